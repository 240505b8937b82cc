//! A key-dates row that names its occasion and day in its first cell and
//! the hours in the next: "Opening reception: July 10 | 6PM-8PM",
//! "Vernissage 10.7. | klo 18–20", "Vernissage: 10 juli | kl. 18.00–20.00".
//! A "|" row is otherwise read as a news listing's "14.2.2024 | News
//! item", a dateline with its headline; a row whose other cells hold only
//! clock times names no headline, so its "|" is read as a space and the
//! row as the line it would be without the table.

use crate::deadlines::dates::Grammar;
use crate::deadlines::tokens::{tokenize, TokenKind};
use crate::deadlines::Lang;

/// Whether the row is a named day with its hours in the cells after it.
pub(super) fn day_then_hours(line: &str) -> bool {
    let mut cells = line.split('|');
    let Some(first) = cells.next() else {
        return false;
    };
    let mut hours = 0;
    for cell in cells {
        if cell.trim().is_empty() {
            continue;
        }
        if !clock_span(cell) {
            return false;
        }
        hours += 1;
    }
    hours > 0 && named_day(first)
}

/// A cell holding a day and words of its own: "Art pickup: July 27".
fn named_day(cell: &str) -> bool {
    let toks = tokenize(cell, 0);
    let g = Grammar {
        tokens: &toks,
        lang: Lang::Auto,
        first: 0,
    };
    let words = toks
        .iter()
        .filter(|t| t.kind == TokenKind::Word && t.month.is_none());
    words.count() > 0 && (0..toks.len()).any(|k| g.atom(k).is_some())
}

/// Clock times alone: "6PM-8PM", "12 pm – 4 pm", "klo 11:00 – 18:00",
/// "kl. 18.00–20.00".
fn clock_span(cell: &str) -> bool {
    let toks = tokenize(cell, 0);
    let mut marked = cell.contains(':');
    let all = toks.iter().all(|t| match t.kind {
        TokenKind::Num => t.value < 100 && t.digits <= 2,
        TokenKind::Punct => matches!(t.word.as_str(), ":" | "." | "-"),
        TokenKind::Word => {
            let clock = matches!(t.word.as_str(), "am" | "pm" | "klo" | "kl" | "kello");
            marked |= clock;
            clock
        }
    });
    all && marked && toks.iter().any(|t| t.kind == TokenKind::Num)
}
