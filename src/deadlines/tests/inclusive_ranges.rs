//! Issue 14 round 25 (prose): two full dates joined by a word that takes
//! the last day in ("through", "till och med"), each day with its weekday
//! and the first keeping its closing comma, are one range (`ranges.rs`).

use super::*;

/// A sale from one weekday's date through another's: one event over
/// the days, not an event and a deadline.
#[test]
fn two_dates_joined_through_the_last_day_are_one_range() {
    let texts = [
        "This Friday, May 8, through Monday, May 11, the club holds its plant sale in the hall.",
        "Kerho järjestää taimimyynnin salissa perjantaista 8. toukokuuta maanantaihin 11. toukokuuta.",
        "Klubben håller sin plantförsäljning i salen fredag 8 maj till och med måndag 11 maj.",
        "Klubben håller sin plantförsäljning i salen från fredag 8 maj, till och med måndag 11 maj.",
    ];
    check_all(&texts, "2026-05-04", &["event 2026-05-08 2026-05-11"]);
}

/// "Till och med" with one date is the last day of something, no range.
#[test]
fn the_last_day_alone_is_no_range() {
    check_all(
        &[
            "Applications are accepted through May 11.",
            "Hakemuksia otetaan vastaan 11. toukokuuta asti.",
            "Ansökningar tas emot till och med 11 maj.",
        ],
        "2026-05-04",
        &["deadline 2026-05-11"],
    );
}

/// Issue 14 round 37: "between" a first day and a last day that keeps its
/// weekday ("between Friday 4 and Sunday 6 November"), and the Finnish
/// postposition after two days sharing a month ("4. ja 6. marraskuuta
/// välisenä aikana"), make one range.
#[test]
fn between_two_days_sharing_a_month_is_one_range() {
    check_all(
        &[
            "The Civic Centre will be shut down between Friday 4 and Sunday 6 November.",
            "Virastotalo on suljettu perjantain 4. ja sunnuntain 6. marraskuuta välisenä aikana.",
            "Virastotalo on suljettu 4. ja 6. marraskuuta välisenä aikana.",
            "Stadshuset är stängt mellan fredag 4 och söndag 6 november.",
        ],
        "2016-11-01",
        &["event 2016-11-04 2016-11-06"],
    );
}

/// Issue 14 round 38: a range's last day told as a bare ordinal after
/// "the" ("from the 13th of August until the 21st", real283:14) falls in
/// the first day's month; the same range in Finnish and Swedish.
#[test]
fn a_bare_ordinal_ends_the_range_in_its_first_month() {
    check_all(
        &[
            "Events for the festival will roll out from the 13th of August until the 21st.",
            "The festival runs from 13 August until the 21st.",
            "Festivaalin tapahtumat järjestetään 13.–21. elokuuta.",
            "Festivalens evenemang pågår den 13–21 augusti.",
        ],
        "2022-06-01",
        &["event 2022-08-13 2022-08-21"],
    );
}

/// English "up to and including" joins a closure's two days as "till och
/// med" does ("closed from Thursday 25 December 2025 up to and including
/// Sunday 4 January 2026", real481:5): one range, no limit on its last day.
#[test]
fn up_to_and_including_joins_a_range() {
    let texts = [
        "Customer Service & Burwood Library:\n• closed from Thursday 25 December 2025 up to and including Sunday 4 January 2026.",
        "The office is closed from 25 December 2025 up to and including 4 January 2026.",
    ];
    check_rules_all(&texts, "2025-12-01", &["event 2025-12-25 2026-01-04"]);
    check_all(&texts, "2025-12-01", &["event 2025-12-25 2026-01-04"]);
}

/// "until" between two full days joins them as "to" does, with no "from"
/// ("The proposed Order will come into force at 08:00 hours on the 3rd
/// October 2024 until 18:00 hours on the 4th October 2024", real536:15),
/// but a day moved on to another stays the new day alone (real341:4).
#[test]
fn until_joins_two_full_days() {
    check_rules(
        "The road will be closed on 3 October 2031 until 4 October 2031 for resurfacing.",
        "2031-09-19",
        &["event 2031-10-03 2031-10-04"],
    );
    check_rules(
        "The Companies Registration Office (CRO) has extended the deadline for annual returns that were due on November 25 until December 9.",
        "2031-11-20",
        &["deadline 2031-12-09"],
    );
}
