//! A closing day told alone on a page that asks for the public's views:
//! "Closes 16 May 2025" as a line of a listing of consultations
//! (real89:10), "Feedback closes on Friday 30 August 2024" (real88:38),
//! "(closes 5 pm, 8 October 2023)" after a consultation's name
//! (real94:24). By the labels a consultation's closing day is a deadline
//! (rule 1).
//!
//! A verb of ending is a deadline only with an action of the reader in its
//! clause; a listing names the consultation in a heading or a line apart,
//! and "feedback" or "views" are no action word of the lexicon, so the day
//! was read as the end of a duration: nothing. The page's own words tell
//! what closes: a consultation, a survey, a call for views. Only the
//! present "closes" is read so: "Submissions closed at 5pm" (real91:6) is
//! a past and stays nothing.

use std::cell::Cell;

use super::super::cues::Category;

/// Verbs of a call's closing, in the present ("closes", "sulkeutuu",
/// "stänger").
const CLOSES: [&str; 4] = ["closes", "sulkeutuu", "stänger", "stängs"];

/// Stems of words of a page asking for the public's views ("consultation",
/// "feedback", "have your say", "kysely", "palaute", "synpunkter").
const ASKED: [&str; 12] = [
    "consult",
    "feedback",
    "survey",
    "submission",
    "views",
    "evidence",
    "kysely",
    "palaut",
    "lausun",
    "synpunkt",
    "enkät",
    "remiss",
];

/// Does `text` ask for the public's views? Computed once per text, on the
/// first closing verb met (`consult::text_words`, as for an invitation to
/// comment).
fn asks(text: &str, cache: &Cell<Option<bool>>) -> bool {
    super::consult::text_words(text, &ASKED, 5, cache)
}

/// Turns a present verb of closing into the reader's action when the page
/// asks for views and the clause names no action and no event of its own.
pub(super) fn mark(words: &[&str], masks: &mut [u64], text: &str, cache: &Cell<Option<bool>>) {
    let bits = Category::EndVerb.bit() | Category::EndVerb.sure();
    let action = Category::Apply.bit() | Category::Apply.sure();
    // (an event's own close is when it ends: "pick up your artwork after
    // the show closes on Sunday, November 28", real55:35)
    let event = Category::Event.bit() | Category::Event.sure();
    if masks.iter().any(|m| m & (action | event) != 0) {
        return;
    }
    for k in 0..masks.len() {
        // (the mask first: few words are verbs of ending)
        if masks[k] & bits == 0 {
            continue;
        }
        if (CLOSES.contains(&words[k]) && asks(text, cache)) || round_closes(words, k) {
            masks[k] |= Category::Apply.sure();
        }
    }
}

/// A round or a window of funding closing, in any tense: "The second round
/// will close on Tuesday 31 January" (real292:2), "ansökningsomgången
/// stänger", "kierros sulkeutuu". What closes is the window the reader
/// applies in, whoever the page names.
fn round_closes(words: &[&str], k: usize) -> bool {
    let round = |w: &&str| {
        matches!(*w, "round" | "window") || w.ends_with("omgången") || w.ends_with("kierros")
    };
    words[k.saturating_sub(3)..k].iter().any(round)
}
