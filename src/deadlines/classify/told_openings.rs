//! Opening words that open no period on the clause's date: an opening told
//! in a word, "Public consultation opens today and will close on Thursday
//! 11 April 2024" (real340:6), "Hakuaika avautuu nyt ja päättyy 11.4.",
//! "Ansökan öppnar idag och stänger"; and "opening hours", "opening
//! times", the hours of a service.
//!
//! The opening day of a call is never reported (rule 2), so an opening
//! word claims the date of its clause; told as "today" or "now", it has no
//! date of its own, and the one written is the close.

use super::super::cues::Category;

/// Clears the opening bit of an opening word followed by "today", or by
/// "now" that ends its phrase ("opens now and", not "startar nu på måndag
/// 8/4", where "now" leads to the day: real195:22), and of "opening"
/// before "hours" or "times".
pub(super) fn clear(words: &[&str], masks: &mut [u64]) {
    let n = masks.len().min(words.len());
    for k in 0..n.saturating_sub(1) {
        let today = matches!(words[k + 1], "today" | "tänään" | "idag");
        let now = matches!(words[k + 1], "now" | "nyt" | "nu")
            && words
                .get(k + 2)
                .is_some_and(|w| matches!(*w, "and" | "ja" | "och" | "," | "."));
        let hours = words[k] == "opening" && matches!(words[k + 1], "hours" | "times");
        if today || now || hours {
            masks[k] &= !(Category::Opening.bit() | Category::Opening.sure());
        }
    }
}
