//! Issue 14 (real9/real10 causes): tables written as lines, headings over
//! lists of durations, and dates labelled as past or published.

use super::*;

/// Issue 14 (real9): under a heading naming an old and a new day column,
/// days written one a line are the table's cells; only the new column is
/// reported.
#[test]
fn a_table_of_old_and_new_days_gives_the_new_ones() {
    check(
        "Holiday payment changes\nExpected payment date Actual payment date\n\nMonday 23 December 2024\n\nFriday 20 December 2024\n\nWednesday 1 January 2025\n\nMonday 30 December 2024",
        "2024-11-20",
        &["event 2024-12-20", "event 2024-12-30"],
    );
    check(
        "Maksupäivien muutokset\nAlkuperäinen maksupäivä Uusi maksupäivä\n\nma 23.12.2024\n\npe 20.12.2024\n\nke 1.1.2025\n\nma 30.12.2024",
        "2024-11-20",
        &["event 2024-12-20", "event 2024-12-30"],
    );
    check(
        "Ändrade utbetalningar\nOrdinarie utbetalningsdag Ny utbetalningsdag\n\nmåndag 23 december 2024\n\nfredag 20 december 2024\n\nonsdag 1 januari 2025\n\nmåndag 30 december 2024",
        "2024-11-20",
        &["event 2024-12-20", "event 2024-12-30"],
    );
}
