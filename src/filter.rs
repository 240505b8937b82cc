//! What a subscriber or a channel wants to hear about: only items with a
//! deadline or event, items with any of some words, none with others.
//!
//! Owns: the one `Filter` and the one rule that applies it to an item, used
//! for subscribers and channels alike, for item mails, digests and
//! reminders; the folding that makes words match whatever their case and
//! diacritics. Pure: no IO.

use serde::{Deserialize, Serialize};

use crate::store::items::StoredItem;

/// A filter over items; the default lets everything through.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    /// Only items in which a deadline or an event was found.
    #[serde(default, skip_serializing_if = "is_false")]
    pub only_dated: bool,
    /// When not empty, an item must contain at least one of these words or phrases.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub any: Vec<String>,
    /// An item containing any of these words or phrases is left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub none: Vec<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The longest word list a filter keeps, and the longest word: a filter is
/// read on every item for every recipient, and a form must not grow it unbounded.
pub const MAX_WORDS: usize = 50;
pub const MAX_WORD_CHARS: usize = 100;

impl Filter {
    pub fn is_empty(&self) -> bool {
        !self.only_dated && self.any.is_empty() && self.none.is_empty()
    }

    /// Whether `item` passes: the one rule for every recipient and every kind of message.
    pub fn admits_item(&self, item: &StoredItem) -> bool {
        self.admits(
            &item.title,
            item.text.as_deref().unwrap_or(""),
            !item.mentions.is_empty(),
        )
    }

    /// Whether an item with this title and plain text (and dated or not) passes.
    pub fn admits(&self, title: &str, text: &str, dated: bool) -> bool {
        if self.only_dated && !dated {
            return false;
        }
        if self.any.is_empty() && self.none.is_empty() {
            return true;
        }
        let hay = words_of(&format!("{title}\n{text}"));
        let has = |w: &String| contains_words(&hay, &words_of(w));
        (self.any.is_empty() || self.any.iter().any(has)) && !self.none.iter().any(has)
    }

    /// A short human summary, for listings: `only dated; any: amif, "integration 2026"; none: job`.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if self.only_dated {
            parts.push("only dated".to_string());
        }
        let list = |ws: &[String]| ws.join(", ");
        if !self.any.is_empty() {
            parts.push(format!("any: {}", list(&self.any)));
        }
        if !self.none.is_empty() {
            parts.push(format!("none: {}", list(&self.none)));
        }
        parts.join("; ")
    }
}

/// Words as a user writes them in a form field: separated by commas or new
/// lines, trimmed, empty ones and repeats (after folding) dropped, bounded.
pub fn word_list(raw: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in raw.split([',', '\n', ';']) {
        let w: String = w.trim().chars().take(MAX_WORD_CHARS).collect();
        if w.is_empty() || words_of(&w).is_empty() {
            continue;
        }
        if out.iter().any(|o| fold(o) == fold(&w)) {
            continue;
        }
        out.push(w);
        if out.len() == MAX_WORDS {
            break;
        }
    }
    out
}

/// Lower case with diacritics taken off (ä → a, å → a, é → e, ß → ss): both
/// the words and the text are folded, so "Määräaika" matches "maaraaika".
/// In Finnish and Swedish ä and ö are letters of their own; the filter still
/// folds them, because people type keywords on keyboards and phones that
/// lack them, and a missed item costs more than an extra one.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match base_letter(c) {
            Some(b) => out.push_str(b),
            // Combining marks (a decomposed "a" + U+0308) go with the letter they marked.
            None if ('\u{300}'..='\u{36f}').contains(&c) => {}
            None => out.push(c),
        }
    }
    out
}

/// The letter under the diacritics, for the Latin letters news in Europe uses.
fn base_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'þ' => "th",
        'ð' => "d",
        _ => return None,
    })
}

/// The folded words of `s`: letters and digits, everything else a boundary.
fn words_of(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether `needle` occurs in `hay` as consecutive words, the last of them
/// matched at its start: "deadline" finds "deadlines", "AMIF" finds "AMIF:n",
/// "Integration 2026" finds "integration 2026-2027", "art" does not find "start".
fn contains_words(hay: &[String], needle: &[String]) -> bool {
    let Some((last, whole)) = needle.split_last() else {
        return false;
    };
    if hay.len() < needle.len() {
        return false;
    }
    (0..=hay.len() - needle.len()).any(|i| {
        whole.iter().enumerate().all(|(j, w)| hay[i + j] == *w)
            && hay[i + whole.len()].starts_with(last.as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(filter: &Filter, title: &str, text: &str, dated: bool, expect: bool) {
        assert_eq!(
            filter.admits(title, text, dated),
            expect,
            "{filter:?} on {title:?} / {text:?} (dated: {dated})"
        );
    }

    fn words(any: &[&str], none: &[&str]) -> Filter {
        Filter {
            only_dated: false,
            any: any.iter().map(|s| s.to_string()).collect(),
            none: none.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn an_empty_filter_lets_everything_through() {
        check(&Filter::default(), "Anything", "", false, true);
    }

    #[test]
    fn only_dated_keeps_items_with_a_deadline_or_event() {
        let f = Filter {
            only_dated: true,
            ..Filter::default()
        };
        check(&f, "Call for proposals", "", true, true);
        check(&f, "Office moves", "", false, false);
    }

    #[test]
    fn words_match_whatever_their_case_and_diacritics() {
        let f = words(&["AMIF", "Integration 2026"], &[]);
        check(&f, "Uusi AMIF-haku", "", false, true);
        check(&f, "amif:n rahoitus", "", false, true);
        check(&f, "News", "Funding for INTEGRATION 2026–2027", false, true);
        check(&f, "News", "integration in 2026", false, false);
        check(&f, "Samif", "", false, false);
        let f = words(&["määräaika"], &[]);
        check(&f, "MAARAAIKA lähestyy", "", false, true);
        check(&f, "Hakemukset määräaikaan mennessä", "", false, true);
        let f = words(&["Forderung"], &[]);
        check(&f, "Förderungen für Städte", "", false, true);
        // A decomposed "ä" (a + combining diaeresis) is the same word.
        let f = words(&["hakemus"], &[]);
        check(&f, "Ha\u{308}kemus", "", false, true);
    }

    #[test]
    fn none_of_these_words_wins_over_any() {
        let f = words(&["funding"], &["webinar"]);
        check(&f, "Funding webinar", "", false, false);
        check(&f, "Funding call", "", false, true);
        let f = words(&[], &["Rekrytointi"]);
        check(&f, "News", "rekrytoinnit alkavat", false, true);
        check(&f, "News", "REKRYTOINTI alkaa", false, false);
    }

    #[test]
    fn form_word_lists_are_trimmed_deduplicated_and_bounded() {
        assert_eq!(
            word_list(" AMIF, Integration 2026 ,, amif\n;  "),
            ["AMIF", "Integration 2026"]
        );
        assert_eq!(word_list("--, !!"), Vec::<String>::new());
        let many: String = (0..200).map(|i| format!("w{i},")).collect();
        assert_eq!(word_list(&many).len(), MAX_WORDS);
    }

    #[test]
    fn a_filter_reads_back_from_its_stored_json() {
        let f = Filter {
            only_dated: true,
            any: vec!["AMIF".into()],
            none: vec![],
        };
        let json = serde_json::to_string(&f).unwrap_or_default();
        assert_eq!(json, r#"{"only_dated":true,"any":["AMIF"]}"#);
        assert_eq!(serde_json::from_str::<Filter>(&json).ok(), Some(f));
        assert_eq!(
            serde_json::from_str::<Filter>("{}").ok(),
            Some(Filter::default())
        );
    }
}
