//! Issue 14 round 18 (real27–real34, prose): a supply shut off on a day is
//! a service break, an event; "stängs av" is the Swedish particle verb of
//! shutting off, not "stängs" (closes) telling the end of something.

use super::*;

/// "The water is shut off on …", "vesi katkaistaan …", "vattnet stängs av
/// …": the day of the break.
#[test]
fn a_supply_shut_off_on_a_day_is_an_event() {
    check_all(
        &[
            "The water will be shut off on Wednesday 19 March 2031 for the meter change.",
            "Vesi katkaistaan keskiviikkona 19.3.2031 mittarin vaihdon vuoksi.",
            "Vattnet stängs av onsdagen den 19 mars 2031 för mätarbytet.",
        ],
        "2031-03-02",
        &["event 2031-03-19"],
    );
}

/// A call that "stängs" still closes on its day: the particle alone changes
/// the reading.
#[test]
fn a_call_that_closes_stays_a_deadline() {
    check_all(
        &[
            "The application round closes on 19 March 2031.",
            "Hakukierros sulkeutuu 19.3.2031.",
            "Ansökningsomgången stängs den 19 mars 2031.",
        ],
        "2031-03-02",
        &["deadline 2031-03-19"],
    );
}
