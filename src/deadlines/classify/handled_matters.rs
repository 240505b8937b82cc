//! The matter a meeting or a board will handle, named in a clause of its
//! own: "Motion som skall behandlas på stämman ska vara styrelsen tillhanda
//! senast den 31 maj", "kokouksessa käsiteltävät aloitteet on toimitettava
//! viimeistään 31.5.", "motions to be processed at the AGM must reach us by
//! 31 May".
//!
//! A handling word of the issuer ("behandlas", "käsitellään", "processed")
//! tells the issuer's own target date; inside a relative clause, an
//! infinitive or a participle it only names what the reader must send, and
//! the deadline word of the main clause is the reader's.

use super::super::cues::Category;

/// How far back a relative or infinitive marker may stand from the
/// handling word: "som skall behandlas", "which will be processed".
const MARKER_BACK: usize = 3;

/// How close a deadline word may follow the handling word and still be the
/// handler's own: "som behandlas senast 31 maj" is the board's date.
const OWN_GAP: usize = 2;

/// Clears the authority bit of a handling word in a subordinate clause
/// when the sentence's deadline word stands apart from it.
pub(super) fn clear(words: &[&str], masks: &mut [u64]) {
    // (what the reader sends by a day and the issuer handles after it: the
    // same question of whose the day is, asked first)
    super::received_days::clear(words, masks);
    let authority = Category::Authority.bit() | Category::Authority.sure();
    let deadline = Category::Deadline.bit() | Category::Deadline.sure();
    // (one pass for the deadline words: the sentence holds few)
    let Some(first_deadline) = masks.iter().position(|m| m & deadline != 0) else {
        return;
    };
    let last_deadline = masks
        .iter()
        .rposition(|m| m & deadline != 0)
        .unwrap_or(first_deadline);
    for k in 0..words.len() {
        // (a decision or an appointment stays the issuer's, whatever clause
        // names it: only the handling of what is sent in is read here)
        if masks[k] & authority == 0 || masks[k] & deadline != 0 || !handling(words[k]) {
            continue;
        }
        let marked = participle(words[k])
            || words[k.saturating_sub(MARKER_BACK)..k]
                .iter()
                .any(|w| matches!(*w, "som" | "which" | "that" | "to" | "jotka" | "joka"));
        // a deadline word before the handling word, or well after it
        let apart = first_deadline < k || last_deadline > k + OWN_GAP;
        if marked && apart {
            masks[k] &= !authority;
        }
    }
}

/// A Finnish passive participle ("käsiteltävät", "käsiteltäväksi"): the
/// matter to be handled, no one handling it by a date.
fn participle(w: &str) -> bool {
    w.contains("tävä") || w.contains("täviä") || w.contains("tävien")
}

/// A word of handling what was sent in: "behandlas", "käsiteltävät",
/// "processed".
fn handling(w: &str) -> bool {
    w.starts_with("behandl") || w.starts_with("käsit") || w.starts_with("process")
}
