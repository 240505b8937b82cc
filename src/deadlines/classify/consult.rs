//! Displays and runs open to the public's comment: a plan "nähtävillä"
//! while the public may make a "muistutus", a consultation that "will run
//! until" a day. The last day of such a display or run is the last day to
//! comment (rule 1), not the end of a validity (rule 5).

use std::cell::Cell;

use super::super::cues::{fact, Category, Fact};
use super::comment_spans::consultation_word;

/// Words of a display that rule 5 reads as availability unless the text
/// invites comments on what is shown.
const DISPLAY: &[&str] = &[
    "nähtävillä",
    "nähtävänä",
    "nähtäville",
    "utställd",
    "utställt",
    "display",
    "deposit",
];

/// Is `w` one of the [`DISPLAY`] words ([`Fact::DISPLAY`])?
pub(super) fn display(w: &str) -> bool {
    DISPLAY.contains(&w)
}

/// Stems of an invitation to comment, anywhere in the text ("muistutus",
/// "mielipiteensä", "kuulemisaikana", "synpunkter", "representations",
/// "submissions").
const INVITE: &[&str] = &[
    "kuulemis",
    "muistutu",
    "muistutuk",
    "mielipi",
    "synpunkt",
    "invändning",
    "comments",
    "representations",
    "objections",
    // ("Submissions may be made", "observations on the draft": round 47)
    "submission",
    "observation",
];

/// How far before a validity word a consultation noun still is its subject.
const SUBJECT_WORDS: usize = 8;

/// Whether `text` invites the public's comments; computed once per text,
/// on the first display word met.
pub(super) fn invites(text: &str, cache: &Cell<Option<bool>>) -> bool {
    text_words(text, INVITE, 6, cache)
}

/// Whether a word of `text` of at least `min` bytes starts, lower-cased,
/// with one of `stems`: a question asked of the whole page (does it invite
/// comments, does it ask for views), answered once per text into `cache`.
pub(super) fn text_words(
    text: &str,
    stems: &[&str],
    min: usize,
    cache: &Cell<Option<bool>>,
) -> bool {
    if let Some(known) = cache.get() {
        return known;
    }
    let found = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= min)
        .any(|w| {
            let lower = w.to_lowercase();
            stems.iter().any(|s| lower.starts_with(s))
        });
    cache.set(Some(found));
    found
}

/// Turns the validity words of a display open to comment, and of a
/// consultation's run, into words of the reader's action.
pub(super) fn comment_periods(words: &[&str], masks: &mut [u64], invited: impl Fn() -> bool) {
    let validity = Category::Validity.bit() | Category::Validity.sure();
    for k in 0..masks.len() {
        // ("on display" and "utställd" carry no validity cue of their own)
        let valid = masks[k] & validity != 0;
        // (the display words are a bit of the mask where it carries the
        // facts: a scan of the list a word cost more than the rest)
        let shown = fact(masks[k], Fact::DISPLAY, words[k], display) && invited();
        let run = valid
            && words[k.saturating_sub(SUBJECT_WORDS)..k]
                .iter()
                .any(|w| consultation_word(w));
        // (a display is no exhibition either: "utställt" is read as one)
        if shown {
            masks[k] = Category::Apply.sure();
        } else if run {
            masks[k] = (masks[k] & !validity) | Category::Apply.sure();
        }
    }
}
