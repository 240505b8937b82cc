//! What arrives by a day, and what the issuer does with it afterwards:
//! "Ansökningar som kommit in senast den 15 mars beslutar vi om före jul"
//! (real3:41), "Ansökan ska vara … inlämnad i rätt tid, senast den 15
//! april för att bli behandlad av nämnden" (real81:32), "Applications
//! received by 5 April will be decided in May", "Viimeistään 5.4.
//! saapuneet hakemukset käsitellään toukokuussa".
//!
//! A decision or handling word makes a day the issuer's own target (rule
//! 5). Here the day is told with the reader's sending ("kommit in",
//! "inlämnad", "received", "saapuneet") and a limit word, and the issuer's
//! step comes after it with no day of its own (a month, a season, "before
//! Christmas"): the day is the reader's deadline for an application
//! window, the step only says what happens to what was sent in time.

use super::super::cues::Category;

/// How far from the limit word the word of sending may stand: "som vi får
/// in senast", "inlämnad i rätt tid, senast" (with its comma), "received
/// by", "5.4. saapuneet".
const SENT_NEAR: usize = 6;

/// Clears the authority bits of the issuer's step after a day that what
/// the reader sends must reach it by, when that step names no day of its
/// own.
pub(super) fn clear(words: &[&str], masks: &mut [u64]) {
    let authority = Category::Authority.bit() | Category::Authority.sure();
    let deadline = Category::Deadline.bit() | Category::Deadline.sure();
    // the first limit word with a word of sending near it
    let Some(limit) = (0..words.len()).find(|&k| {
        masks[k] & deadline != 0 && masks[k] & authority == 0 && {
            let lo = k.saturating_sub(SENT_NEAR);
            let hi = (k + SENT_NEAR).min(words.len());
            words[lo..hi].iter().any(|w| sent(w))
        }
    }) else {
        return;
    };
    // the day after the limit word (or before it: "5.4. mennessä")
    let Some(day) = (limit.saturating_sub(2)..(limit + 4).min(words.len()))
        .find(|&k| words[k].bytes().any(|b| b.is_ascii_digit()))
    else {
        return;
    };
    for k in day + 1..words.len() {
        if masks[k] & authority == 0 {
            continue;
        }
        // (the step's own day makes it the issuer's target: "beslut tas
        // senast 15 maj"; a day told with a limit word and a word of
        // sending of its own is the next round's cut-off, "… käsitellään
        // elokuussa ja 15.9.2025 mennessä saapuneiden …", real167:21)
        let limited = |j: usize| {
            let near = j.saturating_sub(SENT_NEAR)..(j + SENT_NEAR + 1).min(words.len());
            near.clone().any(|i| masks[i] & deadline != 0) && words[near].iter().any(|w| sent(w))
        };
        let own_day = (k + 1..words.len())
            .any(|j| words[j].bytes().any(|b| b.is_ascii_digit()) && !limited(j));
        if !own_day {
            masks[k] &= !authority;
        }
    }
}

/// A word of the reader's sending reaching the issuer: "inkomna", "kommit
/// in", "får in", "inlämnad", "received", "postmarked", "saapuneet",
/// "jätetyt".
fn sent(w: &str) -> bool {
    matches!(
        w,
        "inkomna"
            | "inkommit"
            | "inkommen"
            | "kommit"
            | "kommer"
            | "får"
            | "received"
            | "postmarked"
            | "submitted"
            | "arrive"
            | "arriving"
            | "saapuneet"
            | "saapuneiden"
            | "saapunut"
            | "saapuvat"
            | "jätetyt"
            | "lähetetyt"
    ) || w.starts_with("inlämna")
}
