//! Issue 14 round 14 (real25/real26 causes): dates the reader missed after
//! the words that close a period.

use super::*;

/// Issue 14 (real25/real26): a slashed day and month right after a word
/// that closes a period ("senast 23/4", "by 15/3") is a deadline.
#[test]
fn slashed_day_after_a_closing_word() {
    check_all(
        &[
            "Anmälan till kursen görs till kansliet senast 23/4. Ta med matsäck.",
            "Ilmoittautumiset kurssille toimistoon viimeistään 23/4. Ota eväät mukaan.",
            "Register for the course with the office by 23/4. Bring a packed lunch.",
        ],
        "2025-03-01",
        &["deadline 2025-04-23"],
    );
}
