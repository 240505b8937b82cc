//! Issue 14 round 26 (real49/real50, prose): club activities told by the
//! day they start, again or for the first time — practices, dances,
//! bowling and fixtures are events, a place that opens again is not.

use super::*;

/// A course or a training that starts again holds its first meeting on the
/// day: an event, though "again" follows the verb.
#[test]
fn an_activity_that_starts_again_is_an_event() {
    check_all(
        &[
            "After the Christmas break the beginners' course starts again on 14 January.",
            "Joulutauon jälkeen aloittelijoiden kurssi alkaa jälleen 14.1.",
            "Efter jullovet börjar nybörjarkursen igen den 14 januari.",
        ],
        "2031-12-01",
        &["event 2032-01-14"],
    );
}

/// A swimming hall that opens again ends a break: no event of its own.
#[test]
fn a_place_that_opens_again_is_no_event() {
    check_all(
        &[
            "The swimming hall opens again on 14 January after the repairs.",
            "Uimahalli avautuu jälleen 14.1. korjausten jälkeen.",
            "Simhallen öppnar igen den 14 januari efter reparationerna.",
        ],
        "2031-12-01",
        &[],
    );
}

/// Practice nights, dances, bowling and a club's fixtures are things that
/// take place on their day.
#[test]
fn practices_bowling_and_fixtures_are_events() {
    check_all(
        &[
            "Bowling starts in the town hall alley on 6 September and the fixtures against Ashby follow on 20 September.",
            "Keilailu alkaa kaupungin keilahallissa 6.9. ja tanssit seurantalolla 20.9.",
            "Bowlingen börjar i stadens hall den 6 september och övningarna i klubbhuset den 20 september.",
        ],
        "2031-08-01",
        &["event 2031-09-06", "event 2031-09-20"],
    );
}
