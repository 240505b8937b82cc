//! Issue 14 (stop 35): a commissioned body's own report by a day is no
//! deadline of the reader's (`signals/own_reports.rs`).

use super::*;

/// A committee, an agency's assignment or an inquiry reporting by a day
/// reports to whoever commissioned it (real219:34, :46, :21); a grantee
/// told to report its grant by a day still has a deadline.
#[test]
fn a_commissioned_report_is_no_deadline() {
    check_all(
        &[
            "The Committee must report by 30 November 2024.",
            "The Senate referred the Bill to the Committee for inquiry and report by 30 November 2024.",
            "Trafikverket ska redovisa uppdraget till Regeringskansliet senast den 30 november 2024.",
            "Selvityshenkilön toimeksianto on raportoitava viimeistään 30.11.2024.",
        ],
        "2024-04-18",
        &[],
    );
    check(
        "Föreningen ska redovisa bidraget senast den 30 november 2024.",
        "2024-04-18",
        &["deadline 2024-11-30"],
    );
}
