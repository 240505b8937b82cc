//! A time limit named after its day: "has 31 July as its closing date",
//! "har 31 juli som sista ansökningsdag", "31.7. viimeisenä hakupäivänä".
//! The day comes first and the words that make it a deadline follow it,
//! so the cues read before the day (an opening word, a relative clause)
//! must not decide it.

use super::super::cues::{Category, Window};

/// Does the window right after a day open with "as (the/its) D-word",
/// "som (sin) D-word" or a Finnish essive "viimeisenä …päivänä"? Only
/// the first four words are looked at.
pub(super) fn cue_after(r: Window) -> bool {
    let w = r.words;
    match w.first() {
        Some(&"as") | Some(&"som") => {
            // "as the", "as its", "som sin", "som den": one determiner
            let k = match w.get(1) {
                Some(&("the" | "its" | "their" | "our" | "sin" | "sitt" | "den" | "deras")) => 2,
                _ => 1,
            };
            let end = (k + 2).min(w.len());
            k < end
                && Window {
                    words: &w[k..end],
                    masks: &r.masks[k..end],
                }
                .has(Category::Deadline)
        }
        // "viimeisenä hakupäivänä", "viimeisenä ilmoittautumispäivänä"
        Some(&"viimeisenä") => w.get(1).is_some_and(|d| d.ends_with("päivänä")),
        _ => false,
    }
}
