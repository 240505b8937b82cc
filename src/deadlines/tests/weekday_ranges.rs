//! Issue 14 round 27 (prose): a range whose two days each carry their
//! weekday ("Monday 19 – Friday 23 October") is one range over the days,
//! the first day taking the closing day's month (`ranges/weekday_ends.rs`).

use super::*;

/// A week of a camp written with both weekdays: one event over the days,
/// not a single event on the closing day.
#[test]
fn both_days_with_their_weekdays_are_one_range() {
    check_all(
        &[
            "The football camp runs Monday 19 – Friday 23 October at the sports park.",
            "The football camp runs from Monday 19 to Friday 23 October at the sports park.",
            "The football camp runs Mon. 19 – Fri. 23 October at the sports park.",
            "Jalkapalloleiri pidetään urheilupuistossa maanantaista 19. perjantaihin 23.10.",
            "Jalkapalloleiri pidetään urheilupuistossa ma 19.–pe 23.10.",
            "Fotbollslägret hålls på idrottsplatsen måndag 19 – fredag 23 oktober.",
            "Fotbollslägret hålls på idrottsplatsen mån 19 – fre 23 okt.",
        ],
        "2026-10-01",
        &["event 2026-10-19 2026-10-23"],
    );
}

/// A registration period written the same way closes on its last day
/// (rule 2): the weekdays do not turn it into an event.
#[test]
fn a_period_with_weekdays_gives_its_closing_day() {
    check_all(
        &[
            "Registration for the camp is open Monday 8 – Friday 12 June.",
            "Leirille ilmoittaudutaan maanantaista 8. perjantaihin 12.6.",
            "Anmälan till lägret är öppen måndag 8 – fredag 12 juni.",
        ],
        "2026-06-01",
        &["deadline 2026-06-12"],
    );
}

/// A number before the dash with no weekday of its own is an hour or a
/// count, not the first day: only the dated day is read.
#[test]
fn a_bare_number_before_the_weekday_is_no_first_day() {
    check_all(
        &[
            "The hall is open 9 – Friday 23 October for the exhibition.",
            "Näyttely on avoinna salissa 9 – perjantaina 23.10.",
            "Utställningen visas i salen 9 – fredag 23 oktober.",
        ],
        "2026-10-01",
        &["event 2026-10-23"],
    );
}

/// With no month after the closing day, both days take the month of the
/// date written before them in the sentence.
#[test]
fn a_range_without_its_month_takes_the_previous_dates() {
    check_all(
        &[
            "The school is closed on Friday 16 October for staff training, then the autumn break is Monday 19 – Friday 23.",
            "Kerho on suljettu perjantaina 16.10. koulutuksen vuoksi ja leiri pidetään maanantaista 19. perjantaihin 23.",
            "Klubben är stängd fredag 16 oktober för fortbildning och lägret hålls måndag 19 – fredag 23.",
        ],
        "2026-10-01",
        &["event 2026-10-16", "event 2026-10-19 2026-10-23"],
    );
}

/// The range's end keeps its weekday while the month is the start's
/// ("December 24 – Wednesday 26", real200:2); with full dates on both
/// sides and no "from", a range weeks long is no line of moved days
/// (real204:10).
#[test]
fn an_end_with_its_weekday_closes_the_range() {
    check(
        "All libraries will be closed from Monday, December 24 – Wednesday 26 inclusive.",
        "2018-12-01",
        &["event 2018-12-24 2018-12-26"],
    );
    check(
        "Deadline: Tuesday, 29 September, 2020 to Wednesday, 30 December, 2020",
        "2020-09-20",
        &["deadline 2020-12-30"],
    );
}
