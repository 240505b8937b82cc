//! A line copied out of one cell of a table, led by its own words:
//! "Hearing Stream 1 27 September to 1 October 2021 |" (real94:45),
//! "Kokous 12.3.2025 |". A short "|" line with a number is otherwise taken
//! for a news listing's "14.2.2024 | News item", a dateline never read; a
//! single cell that opens with words names what its day is, as the same
//! words on a line of their own do, so it is read as that line.

use crate::deadlines::tokens::{month_of, tokenize, TokenKind, WEEKDAYS};

/// Is `t` one cell of a table (its line closed by its only "|") led by a
/// word that is no month or weekday? A dateline leads with its day ("14
/// February 2024 |", "Wednesday 14th July 2021 |"); a row of several cells
/// ("HALF TERM - Monday 13th to Friday 17th February | ||") is left to the
/// readers of rows.
pub(in crate::deadlines) fn worded_cell(t: &str) -> bool {
    let Some(cell) = t.trim_end().strip_suffix('|') else {
        return false;
    };
    if cell.contains('|') {
        return false;
    }
    let toks = tokenize(cell, 0);
    let Some(first) = toks.first() else {
        return false;
    };
    first.kind == TokenKind::Word
        && first.start == 0
        && first.word.chars().count() > 1
        && month_of(first).is_none()
        && !WEEKDAYS.contains(&first.word.as_str())
}
