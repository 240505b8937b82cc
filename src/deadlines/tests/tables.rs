//! Issue 14 (real9/real10 causes): tables written as lines, headings over
//! lists of durations, and dates labelled as past or published.

use super::*;

/// Issue 14 (real9): under a heading naming an old and a new day column,
/// days written one a line are the table's cells; only the new column is
/// reported.
#[test]
fn a_table_of_old_and_new_days_gives_the_new_ones() {
    check_all(&["Holiday payment changes\nExpected payment date Actual payment date\n\nMonday 23 December 2024\n\nFriday 20 December 2024\n\nWednesday 1 January 2025\n\nMonday 30 December 2024",
"Maksupäivien muutokset\nAlkuperäinen maksupäivä Uusi maksupäivä\n\nma 23.12.2024\n\npe 20.12.2024\n\nke 1.1.2025\n\nma 30.12.2024",
"Ändrade utbetalningar\nOrdinarie utbetalningsdag Ny utbetalningsdag\n\nmåndag 23 december 2024\n\nfredag 20 december 2024\n\nonsdag 1 januari 2025\n\nmåndag 30 december 2024"], "2024-11-20", &["event 2024-12-20", "event 2024-12-30"]);
}

/// Issue 14 (real9): an exhibition's run is a duration, listed as a range
/// or told with "until"; a stand booked at a fair is no exhibition.
#[test]
fn an_exhibitions_run_is_a_duration() {
    check_all(
        &[
            "3.6.–28.8.: the exhibition of the town's photo club in the main hall.",
            "Kameraseuran näyttely on esillä pääkirjastossa 3.6.–28.8.2025.",
            "Fotoklubbens utställning visas i stora salen till och med 28 augusti 2025.",
        ],
        "2025-05-01",
        &[],
    );
    // the exhibition as the head of a compound (real434:39)
    check_rules_all(
        &[
            "Virtual exhibition on the culture services' Facebook page until 13.5.2020",
            "Valokuvanäyttely on esillä kirjaston Facebook-sivulla 13.5.2020 asti.",
            "Virtuellutställning på Kulturtjänsternas Facebook sida fram till 13.5.2020",
        ],
        "2020-04-29",
        &[],
    );
    check(
        "Messut pidetään 5.–6.11.2025. Yritykset voivat varata näyttelypaikan 17.10. asti.",
        "2025-09-15",
        &["deadline 2025-10-17", "event 2025-11-05 2025-11-06"],
    );
}

/// Issue 14 (real10): under a heading of deadlines, a line telling the
/// issuer's notice is not one of the deadlines the heading lists.
#[test]
fn a_notice_under_a_heading_of_deadlines_is_the_issuers() {
    check_all(&["Key deadlines\n\n20 January 2025: Submission deadline for abstracts\n11 March 2025: Notification of accepted papers",
"Määräajat\n\n20.1.2025: Tiivistelmien jättämisen määräaika\n11.3.2025: Valintatieto hyväksytyistä esityksistä",
"Sista datum\n\n20 januari 2025: Sista dag att skicka in sammanfattningar\n11 mars 2025: Besked om antagna bidrag"], "2025-01-05", &["deadline 2025-01-20"]);
}

/// Issue 14 (real10): a day "onwards" is when a period opens, never
/// reported.
#[test]
fn a_day_onwards_opens_a_period() {
    check_all(&["Key dates and deadlines for admissions\nPrepare and apply: 10 September 2024 onwards\n- Visit the schools\nDeadline for applying: 15 January 2025",
"Tärkeät päivät ja määräajat\nValmistaudu ja hae: 10.9.2024 eteenpäin\n- Tutustu kouluihin\nHakemusten määräaika: 15.1.2025",
"Viktiga datum och sista dagar\nFörbered och ansök: från 10 september 2024 och framåt\n- Besök skolorna\nSista ansökningsdag: 15 januari 2025"], "2024-09-01", &["deadline 2025-01-15"]);
}

/// Issue 14 (real9/real10): offers of a place and notices the issuer must
/// give to the reader are the issuer's dates, also with "must".
#[test]
fn offers_and_notices_given_to_the_reader() {
    check_all(&["Key dates and deadlines\nDeadline for applying: 15 January 2025\nOffers of school places: 16 April 2025",
"Viktiga datum och sista dagar\nSista ansökningsdag: 15 januari 2025\nErbjudande om plats: 16 april 2025"], "2024-09-10", &["deadline 2025-01-15"]);
    check_all(
        &[
            "Besked om anställning ska lämnas till dig senast 30 april 2025.",
            "Notification of the result must be sent to you by 30 April 2025.",
            "Tieto valinnasta on lähetettävä sinulle viimeistään 30.4.2025.",
        ],
        "2025-03-01",
        &[],
    );
}

/// Issue 14 (real9/real10): a range keeps the weekday of its last day,
/// after a dash or after "ja" in the genitive.
#[test]
fn a_range_keeps_the_weekday_of_its_last_day() {
    check(
        "Service break: Thursday 9 May - Sunday 12 May 2024\nThe e-service is closed for maintenance.",
        "2024-04-01",
        &["event 2024-05-09 2024-05-12"],
    );
    check(
        "Verkkopalvelussa on huoltokatko tiistain 4.11. ja keskiviikon 5.11.2025 välisenä yönä.",
        "2025-10-27",
        &["event 2025-11-04 2025-11-05"],
    );
    check(
        "Driftavbrott torsdag 9 maj - söndag 12 maj 2024 på grund av serviceunderhåll.",
        "2024-04-01",
        &["event 2024-05-09 2024-05-12"],
    );
}

/// Issue 14 (real10): day, month and year joined by dashes are a date, day
/// first; a month past 12 or a phone number is none.
#[test]
fn dashed_day_month_year() {
    check_all(&["Important dates\n\n31-01-2025 Abstract submission deadline\n02-15-2025 Early bird registration",
"Hakemukset on jätettävä viimeistään 31-01-2025. Lisätietoja numerosta 040-123-4567.",
"Sista ansökningsdag är 31-01-2025 för programmet 2021-2027."], "2024-11-01", &["deadline 2025-01-31"]);
}

/// Issue 14 (real10): a heading naming two columns of days makes each row
/// of two days one day of each column, read by the column's label (glued
/// labels such as "DateClosing" split).
#[test]
fn a_row_of_two_days_under_two_column_labels() {
    check_all(&["Grants committee\nMeeting DateClosing Date\n12 March 2025 30 January 2025\n3 June 2025 22 April 2025",
"Avustukset\nKokouspäivä Hakemusten viimeinen jättöpäivä\n12.3.2025 30.1.2025\n3.6.2025 22.4.2025",
"Föreningsbidrag\nSammanträdesdag Sista ansökningsdag\n12 mars 2025 30 januari 2025\n3 juni 2025 22 april 2025"], "2025-01-10", &[
            "deadline 2025-01-30",
            "event 2025-03-12",
            "deadline 2025-04-22",
            "event 2025-06-03",
        ]);
}

/// Issue 14 (real10): a day alone on its line heads the description under
/// it even when that line ends in a time ("… kl. 08.00-16.00"), which is no
/// date label of its own.
#[test]
fn a_description_ending_in_a_time_belongs_to_the_day_above() {
    check_all(&["Times are given well ahead.\n\nMonday 12 February 2024\nTest system - maintenance break at 08.00-16.00",
"Tarkat ajat kerrotaan hyvissä ajoin.\n\nMaanantai 12.2.2024\nTestiympäristö - huoltokatko klo 08.00-16.00",
"Exakta tider anges i god tid.\n\nMåndag 12 februari 2024\nTestmiljön - serviceunderhåll kl. 08.00-16.00"], "2024-02-01", &["event 2024-02-12"]);
}
