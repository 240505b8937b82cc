//! A key-dates row that names its occasion and day in its first cell and
//! the hours in the next: "Opening reception: July 10 | 6PM-8PM",
//! "Vernissage 10.7. | klo 18–20", "Vernissage: 10 juli | kl. 18.00–20.00".
//! A "|" row is otherwise read as a news listing's "14.2.2024 | News
//! item", a dateline with its headline; a row whose other cells hold only
//! clock times names no headline, so its "|" is read as a space and the
//! row as the line it would be without the table.

use crate::deadlines::clock::{hours_cell, Cell};
use crate::deadlines::dates::Grammar;
use crate::deadlines::tokens::{tokenize, TokenKind};

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
        if !hours_cell(cell, Cell::Marked) {
            return false;
        }
        hours += 1;
    }
    hours > 0 && named_day(first)
}

/// A cell holding a day and words of its own: "Art pickup: July 27".
fn named_day(cell: &str) -> bool {
    let toks = tokenize(cell, 0);
    let g = Grammar::any(&toks, 0);
    let words = toks
        .iter()
        .filter(|t| t.kind == TokenKind::Word && t.month.is_none());
    words.count() > 0 && (0..toks.len()).any(|k| g.atom(k).is_some())
}
