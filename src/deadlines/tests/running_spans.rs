//! Issue 14 round 35 (wrong): an event's range without a year that has
//! already begun on the day of reading is not moved a year ahead
//! (`classify/running_spans.rs`); a period to act in keeps its closing day.

use super::*;

/// Works under way on 17 June (as the consultation of real84:22).
#[test]
fn a_range_already_under_way_is_not_moved_a_year() {
    check_all(
        &[
            "Road works on Main Street take place from 9 May to 20 June.",
            "Kauppakadun katutyöt tehdään 9.5.–20.6.",
            "Vägarbetet på Storgatan pågår från 9 maj till 20 juni.",
        ],
        "2019-06-17",
        &[],
    );
}

/// A season over the new year, begun in the autumn (real38:48).
#[test]
fn a_season_over_the_new_year_already_begun_is_nothing() {
    check_all(
        &[
            "The indoor season's groups meet from August 15 to May 31.",
            "Sisäkauden ryhmät kokoontuvat 15.8.–31.5.",
            "Inomhussäsongens grupper träffas 15 augusti–31 maj.",
        ],
        "2024-09-01",
        &[],
    );
}

/// A range still ahead, and a year heading over a range, are read as
/// before (real9:27).
#[test]
fn a_range_ahead_or_under_a_year_heading_stays() {
    check_all(
        &[
            "The library is closed 19.12.-6.1. for the holidays.",
            "Kirjasto on suljettu 19.12.-6.1. joulun ja uudenvuoden aikana.",
            "Biblioteket är stängt 19.12-6.1 under jul och nyår.",
        ],
        "2025-12-08",
        &["event 2025-12-19 2026-01-06"],
    );
    check(
        "Hakalan kirjasto\n\n2025\n19.12.-6.1. Joulun ja uudenvuoden aika suljettu\n2026\n16.-22.2. Hiihtolomaviikko suljettu",
        "2025-12-08",
        &["event 2025-12-19 2026-01-06", "event 2026-02-16 2026-02-22"],
    );
}

/// An application period already open keeps its closing day this year.
#[test]
fn a_period_to_apply_in_already_open_keeps_its_deadline() {
    check_all(
        &[
            "Applications are accepted from 1 June to 30 June.",
            "Hakuaika on 1.6.–30.6.",
            "Ansökningstiden är 1 juni–30 juni.",
        ],
        "2019-06-17",
        &["deadline 2019-06-30"],
    );
}

/// A year far ahead in a heading names a plan ("landskapsplanen 2040"), no
/// year of the days under it (real328:9).
#[test]
fn a_plan_named_by_a_far_year_is_no_year_heading() {
    check_all(
        &[
            "Kommentera landskapsplanen 2040\n\nPlanen är framlagd från den 5 februari till den 9 \
             mars och synpunkter kan lämnas senast den 9 mars.",
            "Strategy 2040\n\nComments are welcome from 5 February to 9 March.",
        ],
        "2018-02-01",
        &["deadline 2018-03-09"],
    );
}
