//! Issue 14 round 31 (prose): a verb of ending followed by what the thing
//! ends with ("avslutas med", "ends with", a Finnish illative noun) names
//! the closing item, and its day is an event; a call that ends by a day
//! stays a deadline.

use super::*;

/// What a season of club evenings closes with takes place on its day.
#[test]
fn the_item_a_series_ends_with_is_an_event() {
    check_all(
        &[
            "The club evenings end with a sprint in the park on 1 September.",
            "Kerhoillat päättyvät sprinttiin puistossa 1.9.",
            "Klubbkvällarna avslutas med en sprint i parken den 1 september.",
        ],
        "2031-03-01",
        &["event 2031-09-01"],
    );
}

/// A call ending at the end of a month is still the reader's deadline.
#[test]
fn a_call_ending_by_the_end_of_a_month_stays_a_deadline() {
    check_all(
        &[
            "The call for applications ends at the end of September.",
            "Apurahojen haku päättyy syyskuun loppuun.",
            "Ansökningstiden går ut i slutet av september.",
        ],
        "2031-03-01",
        &["deadline 2031-09-30"],
    );
}
