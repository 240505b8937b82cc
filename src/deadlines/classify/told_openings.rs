//! An opening told in a word, not a date: "Public consultation opens today
//! and will close on Thursday 11 April 2024" (real340:6), "Hakuaika
//! avautuu nyt ja päättyy 11.4.", "Ansökan öppnar idag och stänger".
//!
//! The opening day of a call is never reported (rule 2), so an opening
//! word claims the date of its clause; told as "today" or "now", it has no
//! date of its own, and the one written is the close.

use super::super::cues::Category;

/// Clears the opening bit of an opening word followed by "today", or by
/// "now" that ends its phrase ("opens now and", not "startar nu på måndag
/// 8/4", where "now" leads to the day: real195:22).
pub(super) fn clear(words: &[&str], masks: &mut [u64]) {
    let n = masks.len().min(words.len());
    for k in 0..n.saturating_sub(1) {
        let today = matches!(words[k + 1], "today" | "tänään" | "idag");
        let now = matches!(words[k + 1], "now" | "nyt" | "nu")
            && words
                .get(k + 2)
                .is_some_and(|w| matches!(*w, "and" | "ja" | "och" | "," | "."));
        if today || now {
            masks[k] &= !(Category::Opening.bit() | Category::Opening.sure());
        }
    }
}
