//! Schedule tables of sessions laid out one cell a line, as a page's "|"
//! table is copied out cell by cell ("Venue |\nDate |\nTime |\nNgaroma
//! Hall |\n30 July |\n10am-12noon |"). A header naming a day and where or
//! at what time ("Date | Time | Location") lays out when and where the
//! reader can come: each day alone in a cell under it is a session, an
//! event. Cells of a row are on lines of their own, so no row is read as a
//! "|" row; a header naming only days ("Event | Date", "Due Date") leaves
//! its cells to the other rules, as its rows' labels tell what they are.

use super::alone_days::{date_alone, weekday_led};

/// The most words of a header cell ("Date", "Start time").
const HEAD_WORDS: usize = 2;

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
        if let Some(words) = header_cell(line) {
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
        let cell = line.trim_end().trim_end_matches('|').trim_end();
        if cell.contains('|') || !(date_alone(cell) || weekday_led(cell)) {
            return None;
        }
        Some((0, cell.len()))
    }
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
