//! Round 50: an occasion "available on" a day is held on it
//! (`classify/available_days.rs`, real358:17); a thing made available on
//! a day, with no occasion named, stays unreported.

use super::*;

#[test]
fn courses_available_on_two_days_are_held_on_them() {
    check_rules(
        "Mental Health first aid courses will be available on Monday, March 29 and Tuesday, March 30.",
        "2021-03-23",
        &["event 2021-03-29", "event 2021-03-30"],
    );
}

#[test]
fn what_no_occasion_makes_available_on_a_day_stays_unreported() {
    check_rules(
        "The recording will be available on 30 March.",
        "2021-03-23",
        &[],
    );
}
