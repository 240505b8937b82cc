//! Issue 14 round 47: a day, a month name and a year joined by dashes
//! ("28-December-2022", "03-Aug-2026", "30-Sep-2018") is a full date
//! (`named_dashes.rs`); before, the dashes hid the month and the day was
//! never read. The month's name settles the order, so a two-digit year is
//! read too; without a year the form is left alone.

use super::*;

#[test]
fn a_dashed_day_month_and_year_is_a_date() {
    let texts = [
        "Deadline: 03-Aug-2026",
        "Applications close 03-August-2026.",
        "Hakuaika päättyy 03-Aug-2026.",
        "Viimeinen hakupäivä: 03-Aug-2026",
        "Sista ansökningsdag: 03-aug-2026",
        "Ansök senast 03-augusti-2026.",
    ];
    check_all(&texts, "2026-06-01", &["deadline 2026-08-03"]);
    let texts = [
        "The seminar is held on 14-Sep-2026.",
        "Seminaari pidetään 14-Sep-2026.",
        "Seminariet hålls 14-sep-2026.",
    ];
    check_all(&texts, "2026-06-01", &["event 2026-09-14"]);
}

/// A two-digit year is 20YY (rule 7), safe here because the month is named.
#[test]
fn a_two_digit_year_after_a_named_month_is_read() {
    let texts = [
        "Closing date: 22-Jun-20",
        "Määräaika: 22-Jun-20",
        "Sista dag för anmälan: 22-jun-20",
    ];
    check_all(&texts, "2020-05-12", &["deadline 2020-06-22"]);
}

/// Without a year, or with a number glued after the year, it is no date.
#[test]
fn a_dashed_month_without_a_year_or_in_an_identifier_is_no_date() {
    let texts = [
        "The result was 3-Mar in the table.",
        "Reference 01-Mar-2023-05 was filed.",
        "Viite 01-Mar-2023-05 on arkistoitu.",
        "Referens 01-mar-2023-05 är arkiverad.",
    ];
    check_all(&texts, "2023-01-01", &[]);
}
