//! Issue 14, round 39 (English sentences): a programme of activities told
//! with a verb of taking place or "will run from" is an event range
//! (`classify/activity_programmes.rs`); a project's or a funding
//! programme's run stays a duration.

use super::*;

/// A holiday programme offered over its days (real89:5).
#[test]
fn an_offered_programme_is_an_event_range() {
    check_all(
        &[
            "The holiday programme will be offered from Wednesday 13 December 2023 to Wednesday 17 January 2024 at more than 130 recreational venues.",
            "Lomaohjelma järjestetään 13.12.2023–17.1.2024 yli 130 paikassa.",
            "Lovprogrammet ordnas från 13 december 2023 till 17 januari 2024 på över 130 platser.",
        ],
        "2023-12-01",
        &["event 2023-12-13 2024-01-17"],
    );
}

/// "This year's program will run from June 7 to July 31" (real25:45).
#[test]
fn a_programme_that_will_run_is_an_event_range() {
    check_all(
        &[
            "This year's reading program will run from June 7 to July 31.",
            "Kesän lukuohjelma järjestetään 7.6.–31.7.",
            "Årets läsprogram ordnas 7 juni–31 juli.",
        ],
        "2021-05-01",
        &["event 2021-06-07 2021-07-31"],
    );
}

/// A funded project's run is a duration: nothing.
#[test]
fn a_project_run_stays_a_duration() {
    check_all(
        &[
            "The funding programme runs from 1 March 2025 to 31 December 2026.",
            "Hanke kestää 1.3.2025–31.12.2026.",
            "Projektprogrammet pågår 1 mars 2025–31 december 2026.",
        ],
        "2025-01-10",
        &[],
    );
}
