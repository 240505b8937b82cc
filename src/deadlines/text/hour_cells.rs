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

/// Whether the row is an event card's line: its day alone, its hours, and
/// where it is held, "Sept. 14 | 10 a.m.–2 p.m. | Fire Station No. 3"
/// under the event's title. Read with commas for its bars, it is the line
/// "Sept. 14, 10 a.m.–2 p.m., Fire Station No. 3" it stands for; a news
/// listing's "14.2.2024 | News item" has no hours cell.
pub(super) fn card_row(line: &str) -> bool {
    // (a card's line is short: a long row of bars is a table, and its
    // cells are not tokenized here)
    if line.len() > CARD_BYTES {
        return false;
    }
    let cells: Vec<&str> = line.split('|').map(str::trim).collect();
    let [day, hours, rest @ ..] = cells.as_slice() else {
        return false;
    };
    let day_alone = || {
        let toks = tokenize(day, 0);
        let g = Grammar::any(&toks, 0);
        toks.len() <= 6 && g.atom(0).is_some_and(|(_, e)| e + 1 >= toks.len())
    };
    let place = |c: &&str| {
        let toks = tokenize(c, 0);
        let g = Grammar::any(&toks, 0);
        !c.is_empty() && (0..toks.len()).all(|k| g.atom(k).is_none())
    };
    // (the cheap tests first: few rows hold hours in their second cell)
    (1..=2).contains(&rest.len())
        && (told_hours(hours) || hours_cell(hours, Cell::Marked))
        && day_alone()
        && rest.iter().all(place)
}

/// The longest line read as an event card's: a day, its hours, a place.
const CARD_BYTES: usize = 160;

/// Hours as an event card writes them: "10 a.m.–2 p.m.", "8 a.m.–noon",
/// "dusk (7:30 p.m.)", "klo 18–20": led by a number or "dusk", marked by a
/// meridiem, a colon or a clock word, and naming no month.
fn told_hours(cell: &str) -> bool {
    let c = cell.to_lowercase();
    let led = c.starts_with(|ch: char| ch.is_ascii_digit()) || c.starts_with("dusk");
    let marked = ["a.m.", "p.m.", "am", "pm", ":", "klo ", "kl.", "noon"]
        .iter()
        .any(|m| c.contains(m));
    led && marked && c.len() <= 32 && tokenize(&c, 0).iter().all(|t| t.month.is_none())
}
