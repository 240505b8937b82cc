//! A calendar's day over its description: "23.10\nFamiljekompet – kurs i
//! Helsingfors Har du koll på familjens ekonomi? …\n24.10\nNaturens
//! örtapotek …". A club's or a union's calendar lays out each occasion as
//! its day alone on a line and a paragraph telling it under it. One day
//! alone over a paragraph reads as a news item's dateline over its lead;
//! the next day alone right under the paragraph tells the days alternate
//! with what happens on them, as a calendar's do.

use chrono::NaiveDate;

use super::tokens::{tokenize, TokenKind, WEEKDAYS};

/// The longest line read as a day alone: the look stays constant work.
const DAY_LINE: usize = 40;

/// Whether the date line `line` stands over one line of description,
/// `text`, with the next day alone, `then`, right under it.
pub(super) fn over_description(
    line: &str,
    text: Option<&str>,
    then: Option<&str>,
    today: NaiveDate,
) -> bool {
    let (Some(text), Some(then)) = (text.map(str::trim), then) else {
        return false;
    };
    // (a label, a table row or another day is no description)
    day_alone(line, today)
        && day_alone(then, today)
        && text.chars().next().is_some_and(char::is_uppercase)
        && !text.ends_with(':')
        && !text.contains('|')
        && !day_alone(text, today)
        && !step_led(text)
}

/// The most words of a description looked at for a step's word.
const LEAD_WORDS: usize = 8;

/// A description led by a step of a procedure or a limit ("Authors
/// notified of decision", "Final paper due"): a timeline's step, whose own
/// words tell what its day is.
fn step_led(text: &str) -> bool {
    let mut end = text.len().min(80);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    tokenize(&text[..end], 0)
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .take(LEAD_WORDS)
        .any(|t| super::titled_days::step_word(&t.word))
}

/// A day alone on its line, no range, still to come when its year is
/// written: "23.10", "01.11.", "7 March", "Tuesday 7 March 2027".
fn day_alone(line: &str, today: NaiveDate) -> bool {
    let t = line.trim();
    if t.is_empty() || t.len() > DAY_LINE || !t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // (a day of a past year is a page's own dateline)
    if super::parse_date(t).is_some_and(|d| d < today) {
        return false;
    }
    let toks = tokenize(t, 0);
    let dotted = toks.windows(3).any(|w| {
        w[0].kind == TokenKind::Num
            && w[1].word == "."
            && w[2].kind == TokenKind::Num
            && w[0].value <= 31
            && w[2].value <= 12
    });
    let named = toks.iter().any(|t| t.month.is_some());
    (dotted || named)
        && toks.iter().filter(|t| t.kind == TokenKind::Num).count() <= 3
        && toks.iter().all(|t| match t.kind {
            TokenKind::Num => true,
            TokenKind::Punct => matches!(t.word.as_str(), "." | "/" | ","),
            TokenKind::Word => t.month.is_some() || WEEKDAYS.contains(&t.word.as_str()),
        })
}
