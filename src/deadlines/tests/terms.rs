//! Issue 14 round 22 (real39–real42, English prose): the span a
//! membership or a mandate covers is validity (rule 5), no event spanning
//! it and no deadline on its last day.

use super::*;

/// A membership year is the time a membership holds.
#[test]
fn a_membership_year_is_no_event() {
    check_all(
        &[
            "The membership year runs from 1 September to 31 August.",
            "Jäsenyys on voimassa jäsenvuoden 1.9.–31.8.",
            "Medlemskapet gäller medlemsåret 1 september–31 augusti.",
        ],
        "2031-08-21",
        &[],
    );
}

/// A board's term of office is the time its mandate holds.
#[test]
fn a_term_of_office_is_no_event() {
    check_all(
        &[
            "The new board is elected for the term of office from January 1 to December 31, 2032.",
            "Hallituksen toimikausi on voimassa 1.1.–31.12.2032.",
            "Styrelsens mandat gäller 1.1–31.12.2032.",
        ],
        "2031-08-21",
        &[],
    );
}
