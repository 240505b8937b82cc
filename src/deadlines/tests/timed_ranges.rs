//! Issue 14 (stop 34): a range whose days each carry an hour ("from June
//! 24 at 6:30 a.m. until June 28 at 9 p.m.", "from 10 p.m. on Thursday,
//! Aug. 7, to 9 a.m. on Friday, Aug. 8") is one range: rule 6 ignores the
//! hours (`ranges.rs`, real192:14, real195:52).

use super::*;

/// The hours stand between the opener, the days and the connective.
#[test]
fn a_range_with_an_hour_on_each_day_is_one_range() {
    check_all(
        &[
            "The highway will be closed from June 24 at 6:30 a.m. until June 28 at 9 p.m.",
            "Highway 1 will be closed from 10 p.m. on Monday, June 24, to 9 a.m. on Friday, June 28, 2024.",
            "The road is closed from 24 June at 8am until 28 June at 6pm.",
        ],
        "2024-06-19",
        &["event 2024-06-24 2024-06-28"],
    );
}

/// A hyphen inside "re-open" joins no days: the reopening ends no range
/// from the closing day (real190:39).
#[test]
fn a_hyphen_inside_a_word_is_no_range() {
    let got = written(
        "The library will be closed from Friday, September 27 at 5pm and will re-open on Monday, September 30 at 1.30pm.",
        Lang::Auto,
        day("2019-09-24"),
    );
    assert!(
        !got.iter().any(|m| m.ends_with("2019-09-30")),
        "a range to the reopening: {got:?}"
    );
}

/// "Starting D1 until D2" opens a range as "from" does, hours and all
/// (real552:6, real544:27).
#[test]
fn starting_one_day_until_another_is_a_range() {
    check_rules_all(
        &[
            "Starting Friday July 13th, until Monday July 16th, the intersection will be closed to motorists.",
            "Starting Friday, July 13, 2018 at 5 a.m. until Monday, July 16, 2018 at 7 p.m., a portion of East 4th Street will be closed to through traffic.",
        ],
        "2018-07-12",
        &["event 2018-07-13 2018-07-16"],
    );
}
