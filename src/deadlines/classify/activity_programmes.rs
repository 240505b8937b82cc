//! A programme of activities for the public, not a funded project: "The
//! holiday programme will be offered from Wednesday 13 December 2023 to
//! Wednesday 17 January 2024 at more than 130 recreational venues"
//! (real89:5), "This year's program will run from June 7 to July 31"
//! (real25:45).
//!
//! The lexicon's [project] words read a programme's range as a duration
//! ("projects run 1.3.2025–31.12.2026"), which is right for a grant
//! programme. A programme told in the future with a verb of taking place
//! ("offered", "held") or "will run from" is one offered to the reader
//! over those days: an event range.

use super::super::cues::Category;
use super::Around;

/// Is the range beside a programme word ("programme", "program",
/// "programmet") that the words around tell as offered or running for the
/// public? (The Finnish [project] words hold no "ohjelma" but the term
/// "ohjelmakausi", so a Finnish programme is not dropped to begin with.)
pub(super) fn activity_programme(a: &Around) -> bool {
    if !a.l.iter().any(|w| w.starts_with("program")) {
        return false;
    }
    // "will be offered from", "will be held from": a verb of taking place
    if a.lw.has(Category::Happen) {
        return true;
    }
    // "will run from", "kommer att pågå från": the future of running
    a.l.windows(3)
        .any(|w| w[0] == "will" && w[1] == "run" && w[2] == "from")
}
