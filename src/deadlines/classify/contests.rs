//! A competition the public enters closes like a call: "the photo
//! competition closes on", "valokuvakilpailu päättyy", "tävlingen pågår
//! till och med". Its closing day is the last day to take part, so the
//! competition is an action of the reader there; one that "is held" or
//! "järjestetään" on a day stays an event, as the lexicon reads it.

use super::super::cues::Category;

/// The competition nouns, whole English words or the head of a Finnish
/// or Swedish compound ("valokuvakilpailu", "fototävlingen").
fn contest(w: &str) -> bool {
    matches!(w, "competition" | "contest") || w.ends_with("kilpailu") || w.ends_with("tävlingen")
}

/// Does a verb of closing, ending or running stand right after the noun
/// ("closes", "will end", "is open", "on avoinna", "är öppen")?
fn closes(after: &[&str]) -> bool {
    let first = after.first().copied().unwrap_or("");
    let second = after.get(1).copied().unwrap_or("");
    let verb = |w: &str| {
        matches!(
            w,
            "closes"
                | "close"
                | "ends"
                | "end"
                | "runs"
                | "run"
                | "päättyy"
                | "sulkeutuu"
                | "jatkuu"
                | "slutar"
                | "pågår"
                | "avslutas"
                | "stänger"
                | "börjar"
                | "löper"
        )
    };
    verb(first)
        || (first == "will" && verb(second))
        || matches!(
            (first, second),
            ("is", "open") | ("on", "avoinna") | ("on", "käynnissä") | ("är", "öppen")
        )
}

/// Puts the competition nouns followed by a closing verb among the
/// reader's actions ([`Category::Apply`], outright). Looks two words on.
pub(super) fn mark(words: &[&str], masks: &mut [u64]) {
    for k in 0..words.len().min(masks.len()) {
        if contest(words[k]) && closes(&words[k + 1..(k + 3).min(words.len())]) {
            masks[k] |= Category::Apply.sure();
        }
    }
}
