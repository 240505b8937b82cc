//! Issue 14 round 23 (real43, real44): a "|" row holding only days and
//! clock times is a calendar's days, not a news listing's datelines.

use super::*;

/// A choir's rehearsal days, each in a row with its clock time.
#[test]
fn rows_of_a_day_and_its_clock_time_are_a_calendar() {
    check_all(&["Rehearsal dates\n\nRehearsals are in the parish hall.\n\nTuesday, October 14, 2025 | 7:30 pm\n\nTuesday, November 11, 2025 | 7:30 pm\n\nTuesday, December 9, 2025 | 7:30 pm",
"Harjoituspäivät\n\nHarjoitukset ovat seurakuntasalissa.\n\ntiistai 14.10.2025 | klo 18.30\n\ntiistai 11.11.2025 | klo 18.30\n\ntiistai 9.12.2025 | klo 18.30",
"Övningsdagar\n\nÖvningarna hålls i församlingshemmet.\n\ntisdag 14 oktober 2025 | kl. 18.30\n\ntisdag 11 november 2025 | kl. 18.30\n\ntisdag 9 december 2025 | kl. 18.30"], "2025-09-20", &["event 2025-10-14", "event 2025-11-11", "event 2025-12-09"]);
}

/// A season's days set two to a row, some cells left empty.
#[test]
fn two_days_to_a_row_with_empty_cells_are_each_a_day() {
    check_all(&["Our autumn evenings will be:\nTuesday 14 October | Thursday 30 October |\nWednesday 12 November | |\nThursday 4 December | |",
"Syksyn illat ovat:\ntiistai 14.10. | torstai 30.10. |\nkeskiviikko 12.11. | |\ntorstai 4.12. | |",
"Höstens kvällar blir:\ntisdag 14 oktober | torsdag 30 oktober |\nonsdag 12 november | |\ntorsdag 4 december | |"], "2025-09-20", &["event 2025-10-14", "event 2025-10-30", "event 2025-11-12", "event 2025-12-04"]);
}

/// A news listing's rows name their items: each day is a dateline still.
#[test]
fn rows_naming_their_items_stay_datelines() {
    check_all(&["Club news\n14.10.2025 | The summer in pictures\n11.11.2025 | New members welcome\n9.12.2025 | Thanks to our volunteers",
"Seuran uutiset\n14.10.2025 | Kesä kuvina\n11.11.2025 | Uudet jäsenet tervetulleita\n9.12.2025 | Kiitos talkoolaisille",
"Föreningens nyheter\n14.10.2025 | Sommaren i bilder\n11.11.2025 | Nya medlemmar välkomna\n9.12.2025 | Tack till våra frivilliga"], "2025-09-20", &[]);
}

/// Issue 14 (real586): an event card's line under its title, its day alone,
/// its hours and its place between bars, is the event's day; a news
/// listing's "date | headline" row stays a dateline.
#[test]
fn a_card_row_of_day_hours_and_place_is_the_events_day() {
    check_rules_all(
        &[
            "Fire Department Open House\n\nSept. 14 | 10 a.m.–2 p.m. | Fire Station No. 3\n\nHave a blast while learning about safety.",
            "Paloaseman avoimet ovet\n\n14.9. | klo 10–14 | Paloasema 3\n\nTervetuloa tutustumaan!",
            "Brandstationens öppna hus\n\n14 september | kl. 10–14 | Brandstation 3\n\nVälkommen!",
        ],
        "2024-09-03",
        &["event 2024-09-14"],
    );
    check_rules(
        "Uutiset\n\n14.9.2024 | Uutinen\n\nKaupunki tiedottaa.",
        "2024-09-03",
        &[],
    );
}
