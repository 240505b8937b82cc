//! Issue 14 round 32 (lines): two days each with its weekday joined by
//! "to" / "till" are one range, as the same days without weekdays are
//! ("TERM: Monday 5 September to Friday 16 December", real66:40). The
//! closing weekday hid the closing day from "to" (`ranges/weekday_ends.rs`).

use super::*;

/// A school's terms after their labels, each a range with weekdays
/// (Finnish marks the range by the weekdays' cases, read before).
#[test]
fn a_term_of_two_weekday_days_is_one_range() {
    check_all(
        &[
            "Autumn term 2026\n\nTERM:    Monday 7 September to Friday 18 December\n\nHalf term:    Monday 19 October to Friday 23 October\n",
            "Syyslukukausi 2026\n\nLUKUKAUSI:    maanantaista 7.9. perjantaihin 18.12.\n\nSyyslomaviikko:    maanantaista 19.10. perjantaihin 23.10.\n",
        ],
        "2026-08-01",
        &["event 2026-09-07 2026-12-18", "event 2026-10-19 2026-10-23"],
    );
}

/// A course's weeks with a weekday before each day.
#[test]
fn a_course_from_weekday_to_weekday_is_one_range() {
    check_all(
        &[
            "Autumn course\n\nCourse:    Monday 7 September to Friday 18 December\n",
            "Syksyn kurssi\n\nKurssi:    maanantaista 7.9. perjantaihin 18.12.\n",
            "Höstens kurs\n\nKurs:    måndag 7 september till fredag 18 december\n",
        ],
        "2026-08-01",
        &["event 2026-09-07 2026-12-18"],
    );
}

/// Only a weekday before each day joins them: a weekday after "to" that
/// names no closing day leaves the first day alone.
#[test]
fn a_weekday_after_to_without_its_day_is_no_range() {
    check_all(
        &["Open day on Monday 7 September, welcome to Friday's party too.\n"],
        "2026-08-01",
        &["event 2026-09-07"],
    );
}
