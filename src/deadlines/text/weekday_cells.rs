//! A diary row that names its day with the weekday and no year, beside the
//! occasion in another cell: a school's "Year 6 Parents Evening | Thursday
//! 15 October |", "Friday 27th January | All day | Year 2 trip |", a
//! club's "ti 14.11. | Syyskokous |", "lördag 3 december | Julmarknad |".
//! A "|" row is otherwise read as a news listing's "14.2.2024 | News
//! item", a dateline; a dateline carries its year and seldom a weekday, a
//! diary's day the weekday and no year, so such a row's "|" is read as a
//! space and the row as the line it would be without the table.

use crate::deadlines::dates::Grammar;
use crate::deadlines::tokens::{tokenize, TokenKind, WEEKDAYS};

/// The longest row looked at: a day, its hours and a line of what happens.
const ROW_BYTES: usize = 240;

/// Whether a cell of the row opens with a weekday and its day, and no cell
/// holds a year.
pub(super) fn diary_row(line: &str) -> bool {
    if line.len() > ROW_BYTES {
        return false;
    }
    let mut dated = false;
    for cell in line.split('|') {
        let toks = tokenize(cell, 0);
        if toks
            .iter()
            .any(|t| t.kind == TokenKind::Num && t.digits == 4)
        {
            return false;
        }
        if toks.is_empty() || !WEEKDAYS.contains(&toks[0].word.as_str()) {
            continue;
        }
        let mut first = 1;
        while toks.get(first).is_some_and(|t| t.word == ",") {
            first += 1;
        }
        let g = Grammar::any(&toks, first);
        dated |= g.atom(first).is_some();
    }
    dated
}
