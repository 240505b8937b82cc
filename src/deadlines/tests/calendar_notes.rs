//! Issue 14 round 28 (prose, real54): a day the reader is asked to note in
//! the calendar is an event, also when the date stands between the verb
//! and the calendar ("skriv upp den 19 november i kalendern").

use super::*;

#[test]
fn a_day_noted_in_the_calendar_is_an_event() {
    check_all(
        &[
            "Skriv upp den 19 november i kalendern! Då blir det julmarknad i byn.",
            "Merkitse 19.11. kalenteriisi! Silloin kylällä on joulumarkkinat.",
            "Mark your calendars for 19 November! The village holds its Christmas market.",
        ],
        "2024-10-01",
        &["event 2024-11-19"],
    );
}

/// A calendar named without a day to note in it tells nothing.
#[test]
fn a_calendar_without_a_day_is_nothing() {
    check_all(
        &[
            "Se alla evenemang i kalendern.",
            "Katso kaikki tapahtumat kalenteriin koottuna.",
            "See all events in the calendar.",
        ],
        "2024-10-01",
        &[],
    );
}
