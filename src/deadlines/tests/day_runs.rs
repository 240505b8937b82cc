//! Issue 14 round 17 (real31): days alone one a line, three or more in a
//! run, are a calendar's days even when no heading names their event.

use super::*;

/// A board's diary: its meeting days one a line under a note with no
/// event word of its own.
#[test]
fn a_run_of_weekdays_and_dates_alone_is_a_calendar() {
    check_all(&["Board diary\n\nAll held online, from 6pm\n\nTuesday 14 October\n\nTuesday 11 November\n\nTuesday 9 December",
"Hallituksen kalenteri\n\nKaikki verkossa, klo 18 alkaen\n\ntiistai 14.10.\n\ntiistai 11.11.\n\ntiistai 9.12.",
"Styrelsens kalender\n\nAlla på nätet, från kl. 18\n\ntisdag 14 oktober\n\ntisdag 11 november\n\ntisdag 9 december"], "2025-09-20", &["event 2025-10-14", "event 2025-11-11", "event 2025-12-09"]);
}

/// A closing list: each holiday's name over its days, the names kept in
/// the run.
#[test]
fn short_names_between_the_days_keep_the_run() {
    check_all(&["Museum holidays 2025\nAll Saints\nSaturday 1 November\nChristmas\nWednesday 24 December\nThursday 25 December",
"Museon pyhäpäivät 2025\nPyhäinpäivä\nlauantai 1.11.\nJoulu\nkeskiviikko 24.12.\ntorstai 25.12.",
"Museets helgdagar 2025\nAlla helgons dag\nlördag 1 november\nJulen\nonsdag 24 december\ntorsdag 25 december"], "2025-09-20", &["event 2025-11-01", "event 2025-12-24", "event 2025-12-25"]);
}

/// Two days alone are no run: a post's dateline and its update under
/// the word that names them (a weekday named with a day is otherwise
/// read as an event by `classify::weekday_default`).
#[test]
fn two_days_alone_then_prose_are_no_run() {
    check_all(&["Published\nMonday 6 October\nTuesday 7 October\nThe club thanked its members for a fine summer.",
"Julkaistu\nmaanantai 6.10.2025\ntiistai 7.10.2025\nKerho kiitti jäseniään hienosta kesästä.",
"Publicerad\nmåndag 6 oktober\ntisdag 7 oktober\nKlubben tackade sina medlemmar för en fin sommar."], "2025-09-20", &[]);
}
