//! Issue 14 round 37 (closes): a closing day told alone on a page asking
//! for the public's views is a deadline (`classify/closing_calls.rs`).

use super::*;

/// "Closes D" as a line under a call for views: the last day to answer.
#[test]
fn a_call_for_views_closes_on_its_day() {
    check_all(
        &[
            "Share your views on the park plan.\n\nCloses 16 May 2025.",
            "Anna palautetta puistosuunnitelmasta.\n\nSulkeutuu 16.5.2025.",
            "Lämna synpunkter på planen.\n\nStänger 16 maj 2025.",
        ],
        "2025-04-14",
        &["deadline 2025-05-16"],
    );
}

/// A closing told in the past is over: nothing.
#[test]
fn a_closed_call_for_views_is_nothing() {
    check_all(
        &[
            "Submissions closed at 5pm, Monday 7 September 2020.",
            "Palaute sulkeutui 7.9.2020.",
            "Synpunkterna stängdes 7 september 2020.",
        ],
        "2020-01-10",
        &[],
    );
}

/// A place closing on a page that asks nothing is no call's close: it is
/// the place's closure, a service break (`place_closings.rs`).
#[test]
fn a_place_closing_is_no_deadline() {
    check_all(
        &[
            "The library closes on 24 December 2024.",
            "Kirjasto sulkeutuu 24.12.2024.",
            "Biblioteket stänger 24 december 2024.",
        ],
        "2024-01-10",
        &["event 2024-12-24"],
    );
}

/// An event closing on a page asking for submissions ends then: no
/// deadline.
#[test]
fn an_event_closing_is_no_deadline() {
    check_all(
        &[
            "Send your submissions by 1 October 2021. Pick up your artwork after the exhibition closes on 28 November 2021.",
        ],
        "2021-09-20",
        &["deadline 2021-10-01"],
    );
}

/// A call closed in the passive ("will be closed", "suljetaan", "stängs")
/// is its closing day; a place closed so is a break (stop 33, real176:40).
#[test]
fn a_call_that_will_be_closed_on_a_day_closes_then() {
    check_all(
        &[
            "All calls for student representatives will be closed on November 20th at 4pm.",
            "Opiskelijaedustajien haku suljetaan 20.11. klo 16.",
            "Ansökan för studentrepresentanter stängs den 20 november kl. 16.",
        ],
        "2026-11-07",
        &["deadline 2026-11-20"],
    );
    check_all(
        &[
            "The library will be closed on November 20th.",
            "Kirjasto suljetaan 20.11.",
            "Biblioteket är stängt den 20 november.",
        ],
        "2026-11-07",
        &["event 2026-11-20"],
    );
}

/// A round or a window of funding closing, in any tense, is the last day
/// to apply (real292:2).
#[test]
fn a_round_closing_is_the_last_day_to_apply() {
    check_all(
        &[
            "The second round will close on Tuesday 31 January.",
            "Den andra ansökningsomgången stänger tisdag den 31 januari.",
            "Toinen hakukierros sulkeutuu tiistaina 31.1.",
        ],
        "2023-01-06",
        &["deadline 2023-01-31"],
    );
}

/// A fund or a grant that closes is its round closing, whatever else the
/// sentence says is available (real315:24).
#[test]
fn a_fund_closing_is_the_last_day_to_apply() {
    check_rules(
        "Due to the limited funding available, the Summer Hardship Fund will close on Friday 28 \
         July 2017, or earlier if the funds are exhausted.",
        "2017-06-12",
        &["deadline 2017-07-28"],
    );
    check(
        "The bursary closes on Friday 28 July 2017.",
        "2017-06-12",
        &["deadline 2017-07-28"],
    );
}
