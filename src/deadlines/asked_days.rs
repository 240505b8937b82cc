//! A day under a label asking when: "NÄR\n\n13 december 2025 kl 16.00",
//! "DATE:\n- Sunday, November 21, 2021", "Aika:\nTorstai 03.11.2016 kello
//! 19.00". An event's card or a meeting's notice sets its when, where and
//! what as labels, each over its value on the line under it. The day
//! alone on its line (with at most its weekday, a bullet and its hours)
//! otherwise reads as a news item's dateline; the label over it tells it
//! is when the card's occasion is on.

use chrono::NaiveDate;

use super::clock::clock_word;
use super::tokens::{self, tokenize, TokenKind};

/// The longest line read as a label: a label is a word or three.
const LABEL_BYTES: usize = 24;
/// The longest day line read: a day, its weekday and its hours.
const DAY_BYTES: usize = 64;

/// Whether `line` is the day asked for by `label`, the non-blank line over
/// it: one day still to come (a day today or past is the page's own stamp,
/// "Date:\n12 March 2024" over a news item) under a label asking when.
pub(super) fn under_label(line: &str, label: Option<&str>, today: NaiveDate) -> bool {
    label.is_some_and(when_label)
        && day_line(line)
        && super::titled_days::one_day(&line[bullet_len(line)..])
        && super::parse_date(line).is_none_or(|d| d > today)
}

/// A line that is only a label asking when ("WHEN", "NÄR", "DATE:",
/// "Aika:", "Date and time", "Ajankohta"), with at most a bullet, its
/// colon or question mark and the stars of bold type.
pub(super) fn when_label(line: &str) -> bool {
    let Some(t) = short_label(
        line.trim()
            .trim_matches(['*', '#', '-', '•', ':', '?', ' ']),
        LABEL_BYTES,
    ) else {
        return false;
    };
    matches!(
        t.as_str(),
        "when"
            | "date"
            | "date and time"
            | "date & time"
            | "date/time"
            | "time and date"
            | "när"
            | "datum"
            | "datum och tid"
            | "dag och tid"
            | "milloin"
            | "aika"
            | "ajankohta"
            | "päivämäärä"
            | "päivä ja aika"
    )
}

/// `t` lower-cased, when it is a label of at most `max` bytes; None when
/// empty or longer. A text too long to be one even once lower-cased is
/// left before `to_lowercase` copies it: every line of a text (and every
/// label before a colon) is asked, and a lower-case letter takes at least
/// one byte of at most four, so the bound drops no label.
pub(super) fn short_label(t: &str, max: usize) -> Option<String> {
    if t.len() > 4 * max {
        return None;
    }
    let t = t.to_lowercase();
    (!t.is_empty() && t.len() <= max).then_some(t)
}

/// A short line holding one day and nothing but its weekday, a bullet, a
/// clock word, an ordinal's ending and marks: "13 december 2025 kl 16.00",
/// "- Sunday, November 21, 2021", "ke 7.5.2025 klo 12-12.30".
fn day_line(line: &str) -> bool {
    let t = line[bullet_len(line)..].trim();
    if t.is_empty() || t.len() > DAY_BYTES {
        return false;
    }
    let toks = tokenize(t, 0);
    toks.iter().any(|t| t.month.is_some() || t.word == ".")
        && toks.iter().any(|t| t.kind == TokenKind::Num)
        && toks.iter().all(|t| match t.kind {
            TokenKind::Num => t.digits <= 4,
            TokenKind::Punct => matches!(t.word.as_str(), "." | "-" | "," | "/" | ":"),
            TokenKind::Word => {
                t.month.is_some()
                    || tokens::WEEKDAYS.contains(&t.word.as_str())
                    || tokens::ordinal_end(t)
                    || clock_word(&t.word)
                    || matches!(t.word.as_str(), "den" | "am" | "pm" | "p" | "m")
            }
        })
}

/// The bytes of a leading bullet and the blanks around it ("- ", "• "):
/// read with the day, a dash would open a period ending on it.
pub(super) fn bullet_len(line: &str) -> usize {
    let rest = line
        .trim_start()
        .trim_start_matches(['-', '–', '*', '•', '·'])
        .trim_start();
    line.len() - rest.len()
}
