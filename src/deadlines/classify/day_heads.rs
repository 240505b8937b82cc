//! What the words right before a day make of it, whatever the rest of the
//! sentence says: "will be closed from Monday 30 March" starts a closure
//! (real190:38, real200:6), "Kaupunginvaltuuston kokouksessa 24.4.2023 on
//! esillä …" is a meeting's day (real205:29), though "from" alone opens a
//! window and "esillä" (on display) tells of validity.

use super::super::cues::{ends_with, Category, Window};

/// Does the day open a window ("from 1 June", "starting", "sedan", "alk.
/// 1.6.") rather than name a day? Not a closure's first day: "will be
/// closed from Monday 30 March".
pub(super) fn opens_window(imm: Window) -> bool {
    const OPENERS: [&str; 9] = [
        "from",
        "since",
        "starting",
        "från",
        "as from",
        "beginning",
        "sedan",
        "alk",
        "alk .",
    ];
    !closed_from(imm) && OPENERS.iter().any(|c| ends_with(imm.words, c))
}

/// "Will be closed from", "closing from", "stängs från": a closure
/// starting on the day (a break word at most four words before the
/// "from": "we will close our Record Office from 4pm on", "are to close
/// for three weeks from 14th February").
fn closed_from(imm: Window) -> bool {
    let n = imm.words.len();
    n >= 2
        && matches!(imm.words[n - 1], "from" | "från")
        && (n.saturating_sub(5)..n - 1).any(|k| imm.masks[k] & Category::Break.bit() != 0)
}

/// A meeting named right before the day: "kokouksessa 24.4.", "the
/// meeting on 5 May", "mötet den 12 mars", "sammanträde 3.6.".
pub(super) fn meeting_day(imm: &[&str]) -> bool {
    let mut n = imm.len();
    if n > 0 && matches!(imm[n - 1], "on" | "den" | "of") {
        n -= 1;
    }
    n > 0 && {
        let w = imm[n - 1];
        w.starts_with("kokoukse")
            || w.starts_with("kokous")
            || matches!(
                w,
                "meeting" | "möte" | "mötet" | "sammanträde" | "sammanträdet"
            )
    }
}

/// Where a second verb's clause starts after "and" ("ja", "och") in the
/// words before a day: "A public consultation was launched in June and
/// closes on October 26" (real209:24). Not "and" right before the day or
/// its fillers ("on 5 May and on 6 May").
pub(super) fn second_verb(imm: &[&str]) -> Option<usize> {
    let k = imm
        .iter()
        .rposition(|w| matches!(*w, "and" | "ja" | "och"))?;
    imm[k + 1..]
        .iter()
        .any(|w| w.len() > 3 && w.chars().all(char::is_alphabetic))
        .then_some(k + 1)
}

/// Does an opening word tell the day, the beginning of what the words
/// before it name? Not when a second verb after "and" runs the period to
/// the day ("Ansökningstiden börjar i januari och pågår fram till den 28
/// februari", "Hakuaika alkaa tammikuussa ja jatkuu 28. helmikuuta asti":
/// the beginning is the first verb's, the day the end's).
pub(super) fn opening_told(imm: Window, and: Option<usize>, r_head: &[&str]) -> bool {
    let Some(k) = and.filter(|&k| k <= imm.words.len()) else {
        return imm.has(Category::Opening);
    };
    let own = Window {
        words: &imm.words[k..],
        masks: &imm.masks[k..],
    };
    // ("… ja jatkuu 28. helmikuuta asti": the Finnish limit after the day)
    let until = own
        .words
        .iter()
        .chain(r_head.first())
        .any(|w| matches!(*w, "until" | "till" | "saakka" | "asti" | "through"));
    imm.has(Category::Opening) && (!until || own.has(Category::Opening))
}
