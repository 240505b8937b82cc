//! Issue 14, round 39 (English sentences): a time limit as the subject of
//! its sentence, its day told after a long noun phrase ("The closing date
//! for receipt of completed applications … is Thursday, 14 April 2022",
//! real27:14), is a deadline (`classify/deadline_subjects.rs`); the past
//! ("was") stays nothing.

use super::*;

/// The limit's noun far from its day, joined by "is".
#[test]
fn a_limit_told_as_subject_is_a_deadline() {
    check_all(
        &[
            "The closing date for receipt of completed applications with supporting documentation is Thursday, 14 April 2022.",
            "Täydennettyjen hakemusten ja niiden liitteiden viimeinen jättöpäivä on torstai 14.4.2022.",
            "Sista ansökningsdag för bidraget från kommunens kulturfond är torsdag 14 april 2022.",
        ],
        "2022-03-01",
        &["deadline 2022-04-14"],
    );
}

/// An hour before the day does not make it an event (real64:51).
#[test]
fn an_hour_before_the_day_keeps_the_limit() {
    check_all(
        &[
            "The closing date for Community Funding Grant Applications (Round 1), is 9:00am on Friday 31 July 2020.",
            "Yhteisöavustusten (kierros 1) hakemusten viimeinen jättöpäivä on perjantai 31.7.2020 klo 9.00.",
            "Sista ansökningsdag för föreningsbidrag (omgång 1) är fredag 31 juli 2020 kl. 9.00.",
        ],
        "2020-07-01",
        &["deadline 2020-07-31"],
    );
}

/// A limit that was: nothing.
#[test]
fn a_past_limit_stays_nothing() {
    check_all(
        &[
            "The closing date for the grant round was Friday 31 July 2020.",
            "Avustuskierroksen viimeinen hakupäivä oli perjantai 31.7.2020.",
            "Sista ansökningsdag för bidragsomgången var fredag 31 juli 2020.",
        ],
        "2020-07-01",
        &[],
    );
}
