//! Issue 14 round 42: the first day of a series of occasions told by a start
//! word (`classify/series_starts.rs`): "the team will be renting a space at
//! the market every Friday, starting 9 October" (real107:20) gives its
//! first Friday; "starting D" alone still names the day a rule applies from.

use super::*;

/// A recurrence before the start word makes the day the first occasion.
#[test]
fn a_recurring_occasion_starts_on_its_first_day() {
    check_all(
        &[
            "The team will be at the market every Friday, starting 9 October, to talk about homes and roads.",
            "Luentoja pidetään perjantaisin alkaen 9.10. kaupungintalolla.",
            "Föreläsningarna hålls varje fredag med start den 9 oktober i stadshuset.",
        ],
        "2015-09-30",
        &["event 2015-10-09"],
    );
}

/// A count of weeks or times is a recurrence as well ("six weeks", "kuusi
/// kertaa", "5ggr").
#[test]
fn a_counted_series_starts_on_its_first_day() {
    check_all(
        &[
            "The club will run walks across six weeks starting on Monday 2 September.",
            "Kävelyretkiä järjestetään kuusi kertaa alkaen 2.9.",
            "Kursen hålls 5ggr på hösten med start den 2/9.",
        ],
        "2019-08-01",
        &["event 2019-09-02"],
    );
}

/// A rule or a timetable that applies from a day stays unreported, also
/// with "every day" before the start word; so do opening hours.
#[test]
fn a_rule_starting_on_a_day_stays_unreported() {
    check_all(
        &[
            "The new timetable applies every day starting 9 October.",
            "Uusi aikataulu on voimassa joka päivä alkaen 9.10.",
            "Torikahvila on auki perjantaisin alkaen 9.10.",
            "Den nya tidtabellen gäller varje dag från och med den 9 oktober.",
        ],
        "2015-09-30",
        &[],
    );
}
