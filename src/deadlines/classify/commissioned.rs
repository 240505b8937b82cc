//! A commissioned body's own report by a day: "referred the Bill to the
//! Committee for inquiry and report by 24 October 2002" (real219:34), "The
//! Committee must report by 30 November 2024" (real219:46), "Trafikverket
//! ska redovisa uppdraget till Regeringskansliet senast den 31 augusti"
//! (real219:21).
//!
//! The committee or agency reports to whoever commissioned it; the reader
//! of the notice has nothing to do by then (rule 5), unlike a grantee told
//! to report how a grant was spent ("föreningen ska redovisa … senast 1
//! november", a deadline). What tells them apart is the commission named
//! in the words before the day.

/// How many words before the day the reporting verb may stand.
const REACH: usize = 12;

/// Do the words before a day (`l`, nearest last) tell a committee, an
/// inquiry or a commission reporting by it?
pub(super) fn report_due(l: &[&str]) -> bool {
    let near = &l[l.len().saturating_sub(REACH)..];
    // (the verb with its limit after it: "report by", "redovisa …
    // senast"; not "a report to be considered by the Committee on")
    let reports = near.iter().enumerate().any(|(k, w)| {
        let after = &near[k + 1..];
        match *w {
            "report" => after.first() == Some(&"by"),
            "redovisa" | "redovisas" => after.contains(&"senast"),
            _ => {
                w.starts_with("raportoi")
                    && after
                        .iter()
                        .any(|a| matches!(*a, "mennessä" | "viimeistään"))
            }
        }
    });
    reports
        && near.iter().any(|w| {
            matches!(*w, "committee" | "inquiry")
                || [
                    "uppdrag",
                    "utredning",
                    "kommitté",
                    "toimeksian",
                    "selvityshenkilö",
                ]
                .iter()
                .any(|p| w.starts_with(p))
        })
}
