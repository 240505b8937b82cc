//! Issue 14 round 39 (wrong mentions): a place open for the last time
//! ("sista öppetdagen", "öppet sista dagen", "the last day of term") asks
//! nothing of the reader: the day is an event, no deadline (real72:7,
//! real42:33).

use super::*;

/// A museum or a library open for its last day holds that day.
#[test]
fn a_last_open_day_is_an_event() {
    check_all(
        &[
            "The museum is open for the last day on Friday 31 August 2018.",
            "Museo on avoinna viimeistä päivää perjantaina 31.8.2018.",
            "31.8.2018 Gamla Vasa museum är öppet sista dagen.",
        ],
        "2018-08-01",
        &["event 2018-08-31"],
    );
}

/// The last day of a term or of a service's operation is told likewise.
#[test]
fn the_last_day_of_a_term_is_an_event() {
    check_all(
        &[
            "There is a non-uniform day on the last day of term – Friday 22 December 2023.",
            "Lördagen den 22 december 2023 är sista öppetdagen innan biblioteket stänger.",
            "Kirjasto on avoinna viimeistä päivää ennen muuttoa lauantaina 22.12.2023.",
        ],
        "2023-12-01",
        &["event 2023-12-22"],
    );
}

/// The last day to act stays the reader's deadline.
#[test]
fn the_last_day_to_apply_stays_a_deadline() {
    check_all(
        &[
            "The last day to apply is 28 April 2018.",
            "Viimeinen hakupäivä on 28.4.2018.",
            "Sista öppetdag för ansökningar är 28 april 2018.",
        ],
        "2018-04-01",
        &["deadline 2018-04-28"],
    );
}
