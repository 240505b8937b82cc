//! Issue 14 round 33 (wrong mentions): a meeting moved to a new day
//! ("Sammanträdet byter dag till 23 november") is an event on the new
//! day, not a deadline read from "till"; the old day of a postponed event
//! is never reported (rule 5).

use super::*;

/// A meeting moved to a new day: an event on that day.
#[test]
fn a_meeting_moved_to_a_day_is_an_event() {
    check_all(
        &[
            "The annual meeting has been postponed to Tuesday 27 April 2032.",
            "Vuosikokous on siirretty tiistaille 27.4.2032.",
            "Sammanträdet byter dag till 27 april 2032.",
        ],
        "2031-08-01",
        &["event 2032-04-27"],
    );
}

/// The day of a party that is postponed: nothing.
#[test]
fn the_old_day_of_a_postponed_party_is_not_reported() {
    check_all(
        &[
            "The party on 30 September 2031 has been postponed.",
            "Juhlat 30.9.2031 siirretään myöhemmäksi.",
            "Festen 30.9.2031 senareläggs.",
            "Stämman den 30 september 2031 skjuts fram.",
        ],
        "2031-08-01",
        &[],
    );
}

/// A day kept in reserve is held only if the first fails (real398:29,
/// real393:17): the first day is the event, the reserve day is not.
#[test]
fn a_reserve_day_is_not_reported() {
    check_all(
        &[
            "The walk is on Tuesday 25 April 2023. Rain date: Wednesday 26 April 2023.",
            "Retki tehdään tiistaina 25.4.2023. Varapäivä on keskiviikko 26.4.2023.",
            "Vandringen hålls tisdag 25 april 2023, reservdag onsdag 26 april 2023.",
        ],
        "2023-04-19",
        &["event 2023-04-25"],
    );
}
