//! Issue 14 round 35 (english): a weekday written with its comma before
//! a day ("Friday, May 22", "Wednesday, 12") hid the day from the range
//! or list it opens or closes: "from Friday, May 22 to Monday, May 25"
//! (real80:52) read only the closing day, and "on Wednesday, 12 and
//! Thursday, 13 May 2021" (real84:42) only the 13th. The comma after a
//! weekday ends no clause (`ranges.rs`, `ranges/weekday_ends.rs`).

use super::*;

/// A festival from one weekday's date to another's, each weekday with
/// its comma in the American order (Finnish and Swedish write the same
/// range with their own connectives).
#[test]
fn a_range_between_weekdays_with_commas_is_one_range() {
    check_all(
        &[
            "The inaugural festival, from Friday, May 22 to Monday, May 25, will feature 20 walks.\n",
            "Festivaali järjestetään perjantaista 22.5. maanantaihin 25.5. ja siinä on 20 kävelyä.\n",
            "Festivalen pågår från fredag 22 maj till måndag 25 maj med 20 vandringar.\n",
        ],
        "2026-05-01",
        &["event 2026-05-22 2026-05-25"],
    );
}

/// A closure "from … until …" across the turn of the year, each day
/// after its weekday and comma.
#[test]
fn a_closure_until_a_weekday_with_its_comma_is_one_range() {
    check_all(
        &[
            "The library will be closed from Thursday, December 27 until Tuesday, January 1.\n",
            "Kirjasto on suljettuna torstaista 27.12. tiistaihin 1.1.\n",
            "Biblioteket är stängt från torsdag 27 december till tisdag 1 januari.\n",
        ],
        "2018-12-01",
        &["event 2018-12-27 2019-01-01"],
    );
}

/// Two days listed with their weekdays and commas, the month written
/// once at the end: one event each (Finnish and Swedish write the month
/// with each day here: their lower-case weekdays are not skipped, see
/// the README's round 35).
#[test]
fn two_weekday_days_with_commas_sharing_a_month_are_two_events() {
    check_all(
        &[
            "Two days of hearings will take place this week - on Wednesday, 12 and Thursday, 13 May 2021.\n",
            "Kuulemiset pidetään tällä viikolla keskiviikkona 12.5. ja torstaina 13.5.2021.\n",
            "Två dagars utfrågningar hålls denna vecka, onsdag 12 maj och torsdag 13 maj 2021.\n",
        ],
        "2021-05-01",
        &["event 2021-05-12", "event 2021-05-13"],
    );
}

/// Lines of moved collection days, each day after its weekday and comma
/// but with no "from": the old and the new day, never one range
/// (real17:7 keeps its own reading).
#[test]
fn moved_days_with_weekday_commas_are_no_ranges() {
    check_all(
        &["Christmas changes to collections:\n\nMonday, December 25 to Saturday, December 23\n\nTuesday, December 26 to Wednesday, December 27\n"],
        "2023-12-01",
        &[],
    );
}

/// A weekday with its day in brackets ("på lördag (14 oktober)",
/// real414:14) names that day as the weekday before it does without them.
#[test]
fn a_weekday_with_its_day_in_brackets_names_the_day() {
    check_rules_all(
        &[
            "Instead there will be four films on Saturday (14 October) and one film on Sunday.",
            "I stället blir det fyra filmer på lördag (14 oktober) och en film på söndag.",
        ],
        "2023-10-13",
        &["event 2023-10-14"],
    );
}
