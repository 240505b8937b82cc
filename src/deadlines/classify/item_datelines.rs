//! The date of the item itself, written right after the word naming the
//! item: "Koronarokotustiedote 24.1.2022" (real99:53), "JÄSENTIEDOTE 1 /
//! 2015 24.2.2015" (real45:31), "Pressmeddelanden • Nov 13, 2018"
//! (real85:10), "Kuulutus 10.2.2023 – 10.3.2023" (real109:51), "Posting
//! Date: November 20, 2020" (real111:40).
//!
//! Who acts on that day is the issuer, publishing its bulletin, press
//! release, news item or notice (rule 5: publication and header dates are
//! never reported, nor the days a notice is up). What tells it is the
//! role of the word before the date, whatever the item is called: a
//! Finnish bulletin compound in "-tiedote", a press release, a news item,
//! a notice, or a word of publishing. The word and the date stand on one
//! line ("Publicerad:\n\nDen 25 oktober arrangerar Region Halland …",
//! real111:18, labels a paragraph that tells its own event), and only
//! separators, an issue number ("1 / 2015") or "on"/"den" stand between.
//!
//! A news agency's dateline tells the same: the place in capitals opening
//! the line, the date after it in brackets or after a comma, and a dash
//! before the story ("ORANGE COUNTY, NC (November 14, 2014)— Pursuant to
//! …", real505:7; "LAFAYETTE, LA (August 30, 2024) – In observance …",
//! real511:11).

use super::super::cues::Category;
use super::super::stamps::PUBLISHING;
use super::super::tokens::WEEKDAYS;

/// Words naming the item, whole (lower-cased); its publishing words are
/// the page stamps' (`stamps::PUBLISHING`).
const ITEM_WORDS: &[&str] = &[
    "pressmeddelande",
    "pressmeddelanden",
    "nyhet",
    "nyheter",
    "kuulutus",
    "kungörelse",
    "release",
];

/// Is the date starting at byte `fs` of `text` the dateline of the item
/// the word before it names?
pub(super) fn item_dateline(text: &str, fs: usize) -> bool {
    // (a bounded look back, within the date's line)
    const BACK: usize = 60;
    let mut a = fs.saturating_sub(BACK);
    while a < fs && !text.is_char_boundary(a) {
        a += 1;
    }
    let Some(before) = text.get(a..fs) else {
        return false;
    };
    let line = before.rsplit('\n').next().unwrap_or(before);
    let mut words = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .peekable();
    // ("on 7 October", "den 12 september")
    words.next_if(|w| matches!(w.to_lowercase().as_str(), "on" | "den"));
    // ("Posted: Tuesday, 23 August 2016", real207:1)
    words.next_if(|w| WEEKDAYS.contains(&w.to_lowercase().as_str()));
    // (an issue number: "Tiedote 2/2018 1.8.2018", "JÄSENTIEDOTE 1 / 2015")
    if words.peek().is_some_and(|w| is_year(w)) {
        words.next();
        words.next_if(|w| w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()));
    }
    let Some(last) = words.next().map(str::to_lowercase) else {
        return false;
    };
    // (only separators may stand between the word and the date)
    if !gap_is_separators(line, &last) {
        return false;
    }
    ITEM_WORDS.contains(&last.as_str())
        || PUBLISHING.contains(&last.as_str())
        || (last == "date"
            && words
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("posting")))
        || (last.chars().count() >= 7 && last.ends_with("tiedote"))
}

/// Is the date at bytes `fs..fe` of `text` a news agency's dateline: the
/// line opens with a place in capitals ("MOUNT PLEASANT, SC", "CANADA"),
/// only a comma or a bracket stands between it and the date, and a dash
/// follows the date (past its closing bracket)?
pub(super) fn agency_dateline(text: &str, fs: usize, fe: usize) -> bool {
    // (a bounded look on either side, within the date's line)
    const BACK: usize = 40;
    let mut a = fs.saturating_sub(BACK);
    while a < fs && !text.is_char_boundary(a) {
        a += 1;
    }
    let (Some(before), Some(after)) = (text.get(a..fs), text.get(fe..)) else {
        return false;
    };
    // (the line starts within the look back: at a line break, or at the
    // text's start)
    let line = match before.rsplit_once('\n') {
        Some((_, l)) => l,
        None if a == 0 => before,
        None => return false,
    };
    // (the date set off from the place by a bracket or a comma: not a
    // programme's "SATURDAY 11 MARCH – SILVERWATER PARK")
    if !line.trim_end().ends_with(['(', ',']) {
        return false;
    }
    let head = line.trim_end().trim_end_matches(['(', ',']).trim_end();
    // (every word in capitals but a state's short form last: "KILLEEN,
    // Texas", "RICHMOND, Va.")
    let caps = |w: &str| {
        w.chars().any(char::is_alphabetic)
            && w.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
    };
    let mut words = head.split([',', ' ']).filter(|w| !w.is_empty()).peekable();
    let mut capitals = words
        .peek()
        .is_some_and(|w| caps(w) && w.chars().filter(|c| c.is_alphabetic()).count() >= 3);
    while let Some(w) = words.next() {
        let last = words.peek().is_none();
        capitals &= caps(w) || (last && w.len() <= 6 && w.starts_with(char::is_uppercase));
    }
    let rest = after.trim_start_matches([')', ' ']);
    capitals && rest.starts_with(['—', '–', '-'])
}

/// Does only punctuation, a bullet, an issue number, "on" or "den" stand
/// after the last occurrence of `word` in `line`?
fn gap_is_separators(line: &str, word: &str) -> bool {
    let lower = line.to_lowercase();
    let Some(at) = lower.rfind(word) else {
        return false;
    };
    lower[at + word.len()..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            matches!(w, "on" | "den")
                || WEEKDAYS.contains(&w)
                || w.bytes().all(|b| b.is_ascii_digit())
        })
}

/// A year of four digits.
fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

/// A page's label of the item standing over a paragraph ("Publicerad",
/// "Tiedote", "Nyhet" on a line of their own) names the item, not what its
/// sentences tell: "Publicerad\n\nDen 21 juni deltar EU-ministern i
/// Allmänna rådets möte" (real203:32) holds a meeting, not a publication.
/// Clears the publication cue of such label words among the `head` words
/// over a sentence whose first line holds at least `LONG` words (not days
/// alone on their lines under the label, `text`).
pub(super) fn clear_labels(head: usize, words: &[&str], masks: &mut [u64], text: &str) {
    const LONG: usize = 6;
    let first_line = text.trim_start().split('\n').next().unwrap_or("");
    if first_line.split_whitespace().nth(LONG - 1).is_none() {
        return;
    }
    let bits = Category::Publication.bit() | Category::Publication.sure();
    for (w, m) in words.iter().zip(masks.iter_mut()).take(head) {
        if ITEM_WORDS.contains(w)
            || PUBLISHING.contains(w)
            || matches!(*w, "tiedote" | "uutinen" | "news")
        {
            *m &= !bits;
        }
    }
}
