//! Schedule tables of sessions laid out one cell a line, as a page's "|"
//! table is copied out cell by cell ("Venue |\nDate |\nTime |\nNgaroma
//! Hall |\n30 July |\n10am-12noon |"). A header naming a day and where or
//! at what time ("Date | Time | Location") lays out when and where the
//! reader can come: each day alone in a cell under it is a session, an
//! event. Cells of a row are on lines of their own, so no row is read as a
//! "|" row; a header naming only days ("Event | Date", "Due Date") leaves
//! its cells to the other rules, as its rows' labels tell what they are.

use super::alone_days::{date_alone, weekday_led};
use super::clock;
use super::tokens::{tokenize, TokenKind};

/// The most words of a header cell ("Date", "Start time").
const HEAD_WORDS: usize = 2;
/// The most words of a cell of a header row on one line ("Date and time").
const ROW_CELL_WORDS: usize = 3;

/// The most words of a line of prose still inside the table (a venue's
/// name wrapped over two lines): a longer line without "|" ends it.
const CELL_WORDS: usize = 8;

/// Words of a header cell naming the day.
const DAY_WORDS: &[&str] = &[
    "date",
    "dates",
    "day",
    "päivämäärä",
    "pvm",
    "päivä",
    "datum",
    "dag",
];

/// Words of a header cell naming the hour or the place of a session.
const WHEN_WHERE_WORDS: &[&str] = &[
    "time",
    "times",
    "venue",
    "location",
    "place",
    "where",
    "aika",
    "kellonaika",
    "klo",
    "paikka",
    "tapahtumapaikka",
    "tid",
    "klockan",
    "plats",
    "lokal",
];

/// Where a text stands in such a table, line by line.
#[derive(Default)]
pub(super) struct SessionTable {
    /// the header cells read so far name a day ...
    day: bool,
    /// ... and an hour or a place
    when_where: bool,
    /// under such a header, inside its cells
    on: bool,
}

impl SessionTable {
    /// Notes a non-blank line: a header cell, a cell of the table, or
    /// prose that ends it.
    pub(super) fn see(&mut self, line: &str) {
        if let Some(words) = header_cell(line).or_else(|| header_row(line)) {
            let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
            self.day |= has(DAY_WORDS);
            self.when_where |= has(WHEN_WHERE_WORDS);
            if self.day && self.when_where {
                self.on = true;
            }
            return;
        }
        if self.on {
            // (a wrapped cell stays inside: "Banquet Room, The Honest\nLawyer")
            let prose = !line.contains('|') && line.split_whitespace().count() > CELL_WORDS;
            if prose {
                *self = Self::default();
            }
        } else {
            // (the header's cells stand together)
            self.day = false;
            self.when_where = false;
        }
    }

    /// The day alone in a cell of the table, as a byte range in `line`
    /// ("30 July |", "Thursday 15 Oct |", "21 July").
    pub(super) fn day_cell(&self, line: &str) -> Option<(usize, usize)> {
        if !self.on {
            return None;
        }
        // ("| Monday 8 September 4-7pm |": a row's first cell, its "|"
        // opening it)
        let open = line
            .trim_start()
            .strip_prefix('|')
            .map_or(0, |rest| line.len() - rest.len());
        let body = &line[open..];
        let lead = body.len() - body.trim_start().len();
        let cell = body.trim().trim_end_matches('|').trim_end();
        if cell.contains('|') {
            return None;
        }
        let day = |c: &str| date_alone(c) || weekday_led(c);
        // ("Monday 8 September 4-7pm", "torstai 11.9. klo 16-19": the
        // session's hours after its day)
        let len = if day(cell) {
            cell.len()
        } else {
            before_hours(cell, day)?
        };
        Some((open + lead, open + lead + len))
    }
}

/// The length of the day of `cell` before the hours that close it
/// ("4-7pm", "klo 16-19", "kl. 16.00"): words of a clock time and the dash
/// between them, led by a number or a clock word, after a part `day` takes.
fn before_hours(cell: &str, day: impl Fn(&str) -> bool) -> Option<usize> {
    let toks = tokenize(cell, 0);
    let hours = |k: usize| {
        toks[k..]
            .iter()
            .all(|t| clock::time_part(&t.word) || t.word == "-")
            && toks[k..].iter().any(|t| t.kind == TokenKind::Num)
    };
    // (from the right: "8.9. klo 16-19" is no hour "9. klo 16-19")
    (1..toks.len())
        .rev()
        .filter(|&k| toks[k].kind == TokenKind::Num || clock::clock_word(&toks[k].word))
        .filter(|&k| hours(k))
        .map(|k| cell[..toks[k].start].trim_end().len())
        .find(|&n| day(&cell[..n]))
}

/// The lower-cased words of a header row of cells on one line, "| Date
/// and time | Councillor | Event location |" (real165:36), over rows the
/// page copied a cell a line: two or more cells, each a few words, no digit.
fn header_row(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    let inner = t.strip_prefix('|')?.strip_suffix('|')?;
    let cells: Vec<&str> = inner.split('|').collect();
    if cells.len() < 2 || inner.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut words = Vec::new();
    for cell in cells {
        let cell: Vec<String> = cell
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        if !(1..=ROW_CELL_WORDS).contains(&cell.len()) {
            return None;
        }
        words.extend(cell);
    }
    Some(words)
}

/// The lower-cased words of a header cell alone on its line ("Date |",
/// "No: |"): a few words, no digit, one "|" closing them.
fn header_cell(line: &str) -> Option<Vec<String>> {
    let t = line.trim();
    let words = t.strip_suffix('|')?;
    if words.contains('|') || words.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let words: Vec<String> = words
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    (1..=HEAD_WORDS).contains(&words.len()).then_some(words)
}
