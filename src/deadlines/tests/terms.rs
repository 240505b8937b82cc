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

/// Issue 14 round 38: a council whose term runs on until a day and an
/// exhibition on show until a day are spans that hold (rule 5), nobody's
/// deadline (real89:36, real76:19).
#[test]
fn a_term_running_on_until_a_day_is_no_deadline() {
    check_all(
        &[
            "The council elected in 2032 continues its term of office until 31 May 2033.",
            "Lokakuussa 2032 valittu valtuusto jatkaa toimikauttaan 31.5.2033 saakka.",
            "Fullmäktige som valdes 2032 fortsätter sin mandatperiod som gäller till 31 maj 2033.",
        ],
        "2032-11-01",
        &[],
    );
}

/// An exhibition on show until a day, and loans valid until a day.
#[test]
fn on_show_until_a_day_is_no_deadline() {
    check_all(
        &[
            "On show until 5 October, the exhibition marks 60 years of the city.",
            "Näyttely on esillä 5.10. asti.",
            "Lånen gäller till 1 september 2032.",
        ],
        "2032-08-01",
        &[],
    );
}
