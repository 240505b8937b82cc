//! Issue 14 round 32 (prose-deadlines): one limit word for two days
//! paired by "and/or" or "respektive" ("Ansökan görs via Rbok senast 15
//! januari, respektive 15augusti", real18:47; "Ansökan senast 1 maj
//! och/eller 1 december", real13:3): the second day shares the first's
//! reading, as in "senast 1 maj och 1 december". (Two days joined by the
//! slash alone, "senast 25 februari/25 augusti", real14:6, are still read
//! to the first: left open.)

use super::*;

/// Two limits a year, joined by "and/or" or "respektive".
#[test]
fn paired_limit_days() {
    check_all(
        &[
            "Ansökan görs senast 15 januari, respektive 15 augusti.",
            "Hakemukset on jätettävä viimeistään 15.1. ja/tai 15.8.",
            "Applications must be made by 15 January and/or 15 August.",
        ],
        "2023-01-05",
        &["deadline 2023-01-15", "deadline 2023-08-15"],
    );
}
