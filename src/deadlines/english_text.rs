//! Is a text surely English, not only guessed so?
//!
//! `detect_lang` answers English for a text holding no word of any of its
//! lists ("Synpunkterna stängdes 7 september 2020.", "Joulutanssit
//! tanssittiin 19.12."): a default, no evidence. The readings that set
//! Finnish and Swedish word shapes aside in English text (the past
//! suffixes of `signals/tense.rs`, which read the Māori "Whanganui" as
//! "osallistui" and "grades" as "avslutades") ask for English outright:
//! given by the caller, or one English function word in the text.

use super::Lang;

/// English words Finnish and Swedish do not spell ("on" is a Finnish verb,
/// "in" a Swedish particle).
const WORDS: [&str; 14] = [
    "the", "and", "of", "to", "is", "will", "be", "for", "by", "with", "are", "from", "this", "at",
];

/// Is `text` English by the caller's word (`given`) or by its own words?
pub(super) fn sure(text: &str, given: Lang) -> bool {
    match given {
        Lang::En => true,
        Lang::Auto => {
            // (the first 64 KiB, as `detect_lang` reads)
            let mut cut = text.len().min(1 << 16);
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            text[..cut]
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| WORDS.iter().any(|e| w.eq_ignore_ascii_case(e)))
        }
        _ => false,
    }
}
