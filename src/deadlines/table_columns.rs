//! The columns of a "|" table, told by its header row: "Programme |
//! Eligibility | Closing Date |" over "Arts Festivals | Organisers |
//! 23.02.25 |" (real93:53), "Semester or session | Due date | …" over
//! "Fall 2021 | September 30, 2020 | …" (real34:8), "Sammanträde |
//! Kungörelse | Handlingar |" over "| 19 Mars | ||||" (real108:52). The
//! header row as a whole often names both a call and a programme, so it
//! tells nothing; the cell over a day's column tells what the days under it
//! are, as a heading does over its list. A header copied one cell a line
//! ("Due Date |\nYouth Participants |\nAdult Supporters |", real68:4) is
//! joined into one row.

use super::Kind;

/// The longest row read: a table's row, not a paragraph with a "|" in it.
const ROW_BYTES: usize = 300;

/// What each column of a header row tells its days are.
#[derive(Default)]
pub(super) struct Columns {
    kinds: Vec<Option<Kind>>,
    /// the last line read was a header: a next header line of one cell
    /// continues it (one cell a line)
    open: bool,
    /// a rule row ("|---|---|") closed the header: a later line without a
    /// day and with as many cells is a row ("| Januari | - | - |")
    ruled: bool,
}

impl Columns {
    /// Reads the header row `line`, each cell told by `tell` (a heading's
    /// hint); a one-cell line under a header line is the header's next cell.
    pub(super) fn header(&mut self, line: &str, tell: impl Fn(&str) -> Option<Kind>) {
        let spans = cells(line);
        if self.ruled && spans.len() == self.kinds.len() {
            return;
        }
        self.ruled = false;
        if !(self.open && spans.len() == 1) {
            self.kinds.clear();
        }
        // (a cell naming only the day, "Päivä", "Date", tells nothing of
        // what the day is: real55:45's closures under "Päivä")
        self.kinds.extend(spans.iter().map(|&(a, b)| {
            let cell = &line[a..b];
            (!day_only(cell)).then(|| tell(cell)).flatten()
        }));
        self.open = true;
    }

    /// A rule row under the header.
    pub(super) fn rule(&mut self) {
        self.ruled = !self.kinds.is_empty();
        self.open = false;
    }

    /// A line that is no header: a row, or prose ending the table.
    pub(super) fn row_seen(&mut self) {
        self.open = false;
    }

    /// Forgets the table (prose ends it).
    pub(super) fn clear(&mut self) {
        self.kinds.clear();
        self.open = false;
        self.ruled = false;
    }

    /// The cells of the row `line` that hold a digit under a column whose
    /// header tells a kind, as byte ranges in the line with that kind. Empty
    /// when no such cell is found: the row is left to the other readers. A
    /// row of fewer than two "|" is one cell a line, not a row.
    pub(super) fn day_cells(&self, line: &str) -> Vec<(usize, usize, Kind)> {
        if self.kinds.iter().all(Option::is_none)
            || line.len() > ROW_BYTES
            || line.matches('|').count() < 2
        {
            return Vec::new();
        }
        cells(line)
            .into_iter()
            .enumerate()
            .filter(|(_, (a, b))| line[*a..*b].bytes().any(|c| c.is_ascii_digit()))
            .filter_map(|(i, (a, b))| self.kinds.get(i).copied().flatten().map(|k| (a, b, k)))
            .collect()
    }
}

/// Words of a header cell naming the day and nothing else.
const DAY_WORDS: &[&str] = &[
    "date",
    "dates",
    "day",
    "days",
    "päivä",
    "päivämäärä",
    "pvm",
    "päivät",
    "datum",
    "dag",
    "dagar",
];

/// Is the header cell `cell` only a word for the day ("Date", "Päivä")?
fn day_only(cell: &str) -> bool {
    let mut words = cell.split_whitespace();
    words
        .next()
        .is_some_and(|w| DAY_WORDS.contains(&w.to_lowercase().as_str()))
        && words.next().is_none()
}

/// The cells of a "|" line as trimmed byte ranges, empty ones kept so that
/// columns line up; a leading "|" opens no cell, nor does the text after
/// the last "|" when empty.
fn cells(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    let lead = line.len() - line.trim_start().len();
    let mut first = true;
    for (i, _) in line.match_indices('|') {
        if !(first && line[from..i].trim().is_empty() && i == lead) {
            out.push(trimmed(line, from, i));
        }
        first = false;
        from = i + 1;
    }
    if !line[from..].trim().is_empty() {
        out.push(trimmed(line, from, line.len()));
    }
    out
}

/// The range `a..b` of `line` without its outer white space.
fn trimmed(line: &str, a: usize, b: usize) -> (usize, usize) {
    let s = &line[a..b];
    let start = a + (s.len() - s.trim_start().len());
    (start, start + s.trim().len())
}
