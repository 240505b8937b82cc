//! A quoted title names its work; it does not tell the sentence's tense:
//! "“Britt-Marie var här” har premiär 15 april" (real313:37) is a
//! first night to come, though "var" (was) stands in the title. The verbs
//! and tense words inside a short quotation with no number in it are
//! taken out of the sentence's reading, so that a title of a play, a book
//! or an exhibition does not put its date in the past, cancel it or open a
//! period. Its nouns stay: "“Joulukonsertti” 5.12." is still a concert.

use super::super::cues::{Category, Fact};
use super::super::tokens::{Token, TokenKind};

/// The most tokens between a title's quotes: titles are short, and a
/// longer quotation is somebody's speech, which may govern its day.
const MOST: usize = 8;

/// What a word of a title reads as in the sentence once its own tense is
/// taken away: a mark no rule reads.
const NEUTRAL: &str = "∙";

/// The categories a title's words keep: what the work is (a concert, a
/// course, a first night). ("Closed", "Deadline" in a title name no
/// closure and no time limit of the sentence's.)
const KEPT: [Category; 2] = [Category::Event, Category::Happen];

/// A quotation mark (a mark of punctuation: the kind is asked first, as
/// every token of every sentence passes here).
fn quote(t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.word.as_str(), "\"" | "“" | "”" | "«" | "»" | "„")
}

/// Takes the words inside each short quotation of a sentence out of its
/// reading: a word naming what the work is keeps its categories, every
/// other becomes a neutral mark with no category and no fact of tense.
pub(super) fn clear(toks: &[Token], words: &mut [&str], masks: &mut [u64]) {
    let kept = KEPT.iter().fold(0u64, |m, c| m | c.bit() | c.sure());
    let mut k = 0;
    while k < toks.len() {
        if !quote(&toks[k]) {
            k += 1;
            continue;
        }
        // the closing quote, before a number or the sentence's end
        let close = (k + 1..toks.len().min(k + 2 + MOST))
            .take_while(|&m| toks[m].kind != TokenKind::Num && !matches!(&*toks[m].word, "." | "?"))
            .find(|&m| quote(&toks[m]));
        let Some(close) = close else {
            k += 1;
            continue;
        };
        for m in k + 1..close {
            let (Some(w), Some(mask)) = (words.get_mut(m), masks.get_mut(m)) else {
                break;
            };
            if *mask & kept == 0 {
                *w = NEUTRAL;
                *mask = Fact::KNOWN;
            }
        }
        k = close + 1;
    }
}
