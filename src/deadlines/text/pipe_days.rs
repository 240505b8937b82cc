//! Days set in the cells of a "|" table with nothing else in their row: a
//! club's diary "Tuesday, September 28, 2021 | 8:45 am", a film season's
//! "Wednesday 17 January | Tuesday 23 January |". A "|" row is otherwise
//! read as a news listing's "14.2.2024 | News item", a dateline; a row
//! holding only days and clock times names no item, so its cells are the
//! days of a calendar. Such a row gets its cells on lines of their own (a
//! "|" becomes a line break, keeping every byte offset), and the rules of
//! days one a line read them.

use crate::deadlines::clock::{hours_cell, Cell};
use crate::deadlines::dates::Grammar;
use crate::deadlines::tokens::{tokenize, Token, TokenKind, WEEKDAYS};

/// The longest row looked at: a few days and their clock times.
const ROW_BYTES: usize = 160;

/// Puts the cells of every row of days alone on lines of their own.
pub(super) fn open(mut text: String) -> String {
    if !text.contains('|') {
        return text;
    }
    let (mut rows, mut timed, mut cards) = (Vec::new(), Vec::new(), Vec::new());
    let mut at = 0;
    // (a table under a header row, "| Usual day | Changed day |", is left
    // to the rules of "|" tables: its header tells what its days are)
    // (only the first row of a table is its header: a one-column list's
    // "Thursday 5th May |\nPolling Day |" alternates days and their names)
    let (mut headed, mut inside) = (false, false);
    for line in text.split('\n') {
        if !line.contains('|') {
            (headed, inside) = (false, false);
        } else if !inside && !line.bytes().any(|b| b.is_ascii_digit()) {
            (headed, inside) = (true, true);
        } else if !headed && days_alone(line) {
            inside = true;
            rows.push(at..at + line.len());
        } else if !headed
            && (super::hour_cells::day_then_hours(line) || super::weekday_cells::diary_row(line))
        {
            inside = true;
            timed.push(at..at + line.len());
        } else if !headed && super::hour_cells::card_row(line) {
            inside = true;
            cards.push(at..at + line.len());
        } else {
            inside = true;
        }
        at += line.len() + 1;
    }
    for row in rows {
        // (a "|" is one byte, as is the line break put in its place)
        let opened = text[row.clone()].replace('|', "\n");
        text.replace_range(row, &opened);
    }
    for row in timed {
        let joined = text[row.clone()].replace('|', " ");
        text.replace_range(row, &joined);
    }
    for row in cards {
        let joined = text[row.clone()].replace('|', ",");
        text.replace_range(row, &joined);
    }
    text
}

/// Is every cell of the row a day or a clock time or empty, with at
/// least one day?
fn days_alone(line: &str) -> bool {
    if line.len() > ROW_BYTES {
        return false;
    }
    let mut days = 0;
    for cell in line.split('|') {
        let toks = tokenize(cell, 0);
        if toks.is_empty() || hours_cell(cell, Cell::Punctuated) {
            continue;
        }
        if !day(&toks) {
            return false;
        }
        days += 1;
    }
    days > 0
}

/// A day, after its weekday, with at most its year: "Tuesday, September
/// 28, 2021", "ti 14.11.", "lördag 3 december".
fn day(toks: &[Token]) -> bool {
    let mut first = usize::from(WEEKDAYS.contains(&toks[0].word.as_str()));
    while toks.get(first).is_some_and(|t| t.word == ",") {
        first += 1;
    }
    let g = Grammar::any(toks, first);
    let Some((_, next)) = g.atom(first) else {
        return false;
    };
    toks[next..]
        .iter()
        .all(|t| t.kind == TokenKind::Punct || (t.kind == TokenKind::Num && t.digits == 4))
}
