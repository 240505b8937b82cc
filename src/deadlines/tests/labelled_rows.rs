//! Issue 14 round 35 (lines): a "|" table row led by a label is read as
//! "Label: day" (`labelled_rows.rs`): the label telling a deadline, or a
//! bare name's heading over the table telling what the days are.

use super::*;

/// A call's key dates in a table without a header row: the deadline's
/// label tells its day.
#[test]
fn a_deadline_label_in_a_row_gives_a_deadline() {
    check_all(
        &[
            "ABSTRACT SUBMISSION\n| Deadline for abstract submission | 15 August 2026 |\n| Deadline for late registration | 15 September 2026 |",
            "HAKU\n| Hakemusten määräaika | 15.8.2026 |\n| Myöhäisen ilmoittautumisen määräaika | 15.9.2026 |",
            "ANSÖKAN\n| Sista ansökningsdag | 15 augusti 2026 |\n| Sista anmälningsdag | 15 september 2026 |",
        ],
        "2026-04-01",
        &["deadline 2026-08-15", "deadline 2026-09-15"],
    );
}

/// A council's meeting times: weekday and day in the rows, the heading
/// over the table naming the meetings.
#[test]
fn weekday_rows_under_a_meeting_heading_are_events() {
    check_all(
        &[
            "Meetings of the City Council\nMeeting times:\n| Weekday | Date |\n|---|---|\n| Monday | 13.1.2025 at 16.00 |\n| Monday | 27.1.2025 |",
            "Kaupunginvaltuuston kokoukset\nKokousajat:\n| Viikonpäivä | Päivämäärä |\n|---|---|\n| maanantai | 13.1.2025 klo 16.00 |\n| maanantai | 27.1.2025 |",
            "Kommunfullmäktiges sammanträden\nSammanträdestider:\n| Veckodag | Datum |\n|---|---|\n| måndag | 13.1.2025 kl. 16.00 |\n| måndag | 27.1.2025 |",
        ],
        "2025-01-03",
        &["event 2025-01-13", "event 2025-01-27"],
    );
}

/// The opening day of a call in its row is never reported, nor a range
/// whose kind the row's few words do not tell.
#[test]
fn an_opening_row_and_a_range_row_are_nothing() {
    check_all(
        &[
            "KEY DATES\n| Online abstract submission opening | 1 May 2026 |\n| Regular registration | 1 May – 15 August 2026 |",
            "AIKATAULU\n| Abstraktihaku avautuu | 1.5.2026 |\n| Tavallinen ilmoittautuminen | 1.5. – 15.8.2026 |",
            "TIDPLAN\n| Abstraktinlämningen öppnar | 1 maj 2026 |\n| Ordinarie anmälan | 1 maj – 15 augusti 2026 |",
        ],
        "2026-04-01",
        &[],
    );
}

/// A news listing's row led by its day is a dateline, as before.
#[test]
fn a_row_led_by_its_day_is_nothing() {
    check_all(
        &[
            "News\n| 14.5.2026 | Seminar on housing |\n| 20.5.2026 | Course on taxes |",
            "Uutiset\n| 14.5.2026 | Seminaari asumisesta |\n| 20.5.2026 | Kurssi veroista |",
            "Nyheter\n| 14.5.2026 | Seminarium om boende |\n| 20.5.2026 | Kurs om skatter |",
        ],
        "2026-04-01",
        &[],
    );
}

/// A row whose label closes a place is the reader's break, whoever lists
/// it (real214:43); a call's "Submissions closed" row is no closure.
#[test]
fn a_row_closing_a_place_is_a_break() {
    check(
        "Description | Date |\nDay of Reflection - No Classes/College Closed | April 7 |\nMemorial Day – College Closed | May 29 |",
        "2023-04-03",
        &["event 2023-04-07", "event 2023-05-29"],
    );
    check_all(
        &[
            "Kuvaus | Päivä |\nPääsiäinen – kirjasto suljettu | 7.4. |\nHelatorstai – kirjasto suljettu | 18.5. |",
            "Beskrivning | Datum |\nLångfredag – biblioteket stängt | 7 april |\nKristi himmelsfärd – biblioteket stängt | 18 maj |",
        ],
        "2023-04-03",
        &["event 2023-04-07", "event 2023-05-18"],
    );
    check(
        "| Submissions closed | October 31, 2021 |",
        "2021-10-01",
        &[],
    );
}
