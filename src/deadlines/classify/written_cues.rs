//! Cue phrases as they are written in a clause, not the words that may
//! start one. A word's cue mask marks every category one of whose phrases
//! *may* start at it: "next" may start "next update" (a publication),
//! "final" "final day" (a limit), "sista" "sista dag", "viimeinen"
//! "viimeinen päivä". An exclusion that reacts to the mask alone keeps
//! "Viimeinen torisoitto on 19.8." (real22:11) or "the Holy City on 2
//! April" after "final journey" (real13:49) silent, though no limit is
//! written there. Asked by the own-line and prose defaults of
//! `undecided.rs` for the limit, apply, open, end-verb, validity and
//! break categories (round 33: real1–real76 tp +5, fp +0).

use super::super::cues::{phrase_at, Category};
use super::super::tokens::Token;

/// Does a phrase of one of `categories` stand written in the clause
/// (tokens `t`, their cue `masks`)? Only the words whose mask has the
/// category's bit are tried, so a clause with none costs one pass.
pub(super) fn written_any(t: &[Token], masks: &[u64], categories: &[Category]) -> bool {
    // (most clauses have no word that may start any of the phrases: they
    // are answered before the words are gathered)
    let any = categories.iter().fold(0, |acc, c| acc | c.bit());
    if !masks.iter().any(|b| b & any != 0) {
        return false;
    }
    let words: Vec<&str> = t.iter().map(|y| y.word.as_str()).collect();
    categories.iter().any(|c| {
        masks
            .iter()
            .enumerate()
            .any(|(s, b)| b & c.bit() != 0 && phrase_at(&words, s, *c))
    })
}
