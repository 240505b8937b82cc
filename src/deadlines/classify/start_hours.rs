//! A start word before a clock time: "med början kl. 9.00 lördagen den 18
//! maj", "alkaen klo 9 lauantaina 18.5.", "from 9am on Saturday 18 May".
//!
//! "med början", "alkaen" and "from" name the day a rule enters into force;
//! followed by an hour, or "alkaen" after one ("klo 18.00 alkaen"), they
//! start the programme of the day the sentence names, so they say nothing
//! against an event on it.

use super::super::clock::clock_word;
use super::super::cues::Category;
use super::super::tokens::{Token, TokenKind};

/// How many words before the clock word a start word may stand: the two of
/// "med början" and nothing else in between.
const BACK: usize = 2;

/// Clears the entry-into-force bit of the start words just before a clock
/// word that is followed by an hour, and of "alkaen"/"lähtien" right after
/// a clock time.
pub(super) fn clear(words: &[&str], toks: &[Token], masks: &mut [u64]) {
    let bits = Category::InForce.bit() | Category::InForce.sure();
    // "järjestetään tiistaina 13.12. klo 18.00 alkaen": "from" after a
    // clock time starts the day's programme, no rule entering into force
    for k in 2..masks.len() {
        // (the word first: it is rare, the look back is not)
        let clock = || {
            (k.saturating_sub(4)..k).any(|i| matches!(words[i], "klo" | "kl" | "kello"))
                && toks[k - 1].kind == TokenKind::Num
        };
        if matches!(words[k], "alkaen" | "lähtien") && clock() {
            masks[k] &= !bits;
        }
    }
    for j in 1..words.len() {
        // (the clock word first: it is rare, the look around is not)
        if !(clock_word(words[j]) || words[j] == "klockan") {
            continue;
        }
        // "kl. 9.00": the abbreviation's dot is a token of its own
        let hour = toks[j + 1..(j + 3).min(toks.len())]
            .iter()
            .find(|t| t.word != ".")
            .is_some_and(|t| t.kind == TokenKind::Num);
        if !hour {
            continue;
        }
        for m in &mut masks[j.saturating_sub(BACK)..j] {
            *m &= !bits;
        }
    }
}

/// "from 9 am on Saturday 17 May", "starting at 10 on": the words before
/// the date end in a start word once its hour is cut off (`hour_cut`);
/// the hour starts the day's programme, no "from D" of a rule.
pub(super) fn programme(imm: &[&str], hour_cut: bool) -> bool {
    hour_cut
        && imm
            .last()
            .is_some_and(|w| matches!(*w, "from" | "starting" | "beginning" | "från"))
}
