//! Issue 14 round 42 (wrong mentions): the day a closed place opens again,
//! written with its weekday, is the end of a break, not an event
//! (`classify/reopened.rs`): "We will reopen on Friday 3 January 2025"
//! (real103:40), "and reopen on Tuesday, January 4" (real36:28).

use super::*;

/// A reopening day led by its weekday gives nothing.
#[test]
fn a_reopening_day_with_its_weekday_gives_nothing() {
    check_all(
        &[
            "We will reopen on Friday 3 January 2025.",
            "Kirjasto aukeaa uudelleen perjantaina 3.1.2025.",
            "Biblioteket återöppnar fredag 3 januari 2025.",
        ],
        "2024-12-10",
        &[],
    );
}

/// A day led by its weekday with no reopening word stays an event.
#[test]
fn a_weekday_day_without_reopening_stays() {
    check_all(
        &[
            "We will meet on Friday 3 January 2025.",
            "Tapaamme perjantaina 3.1.2025.",
            "Vi träffas fredag 3 januari 2025.",
        ],
        "2024-12-10",
        &["event 2025-01-03"],
    );
}
