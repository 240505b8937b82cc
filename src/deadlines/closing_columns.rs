//! Tables copied without "|" whose header line names, last, the column of
//! the days a call or a consultation closes on: "ApplicationProposal
//! Submission Close Date" over "RAL25/0056 Lot Creation …\n41 Philp
//! Street\n30 September 2025" (real112:9), "ItemSubmissions Close" over
//! "Licence on Council managed crown land … 2 October 2018" (real114:35),
//! "Title Department/ service area Start date End date" over "… 28 Jul 2021
//! 08 Sep 2021" (real109:39). The page glued or spaced its column labels
//! into one line, so no heading word reaches the rows and each row's day
//! stands alone, read as a dateline. The last column is the row's last day:
//! it is the closing day of the row's item, a deadline; a day before it
//! (a start or a posting day) is left unread, as rule 2 says of openings.

use super::dates::Grammar;
use super::text::glued_words;
use super::tokens::{tokenize, TokenKind};
use super::Lang;

/// The longest line read as a row: longer is a paragraph.
const ROW_BYTES: usize = 200;

/// The most words of a header line: more is prose.
const HEADER_WORDS: usize = 12;

/// Last words of a header line naming the closing day's column.
const CLOSING: &[&[&str]] = &[
    &["close", "date"],
    &["closing", "date"],
    &["due", "date"],
    &["end", "date"],
    // ("Title Department/ service area Start End", real148:12: a
    // consultation portal's columns named by one word each)
    &["start", "end"],
    &["alkaa", "päättyy"],
    &["start", "slut"],
    &["submissions", "close"],
    &["submission", "close"],
    &["comments", "close"],
    &["päättymispäivä"],
    &["viimeinen", "jättöpäivä"],
    &["viimeinen", "palautuspäivä"],
    &["sista", "ansökningsdag"],
    &["sista", "svarsdag"],
    &["sista", "dag"],
    &["slutdatum"],
];

/// Whether the rows under the last header line seen are read.
#[derive(Default)]
pub(super) struct ClosingColumn {
    open: bool,
    /// The line before was a short label without a day ("Study Period"):
    /// a closing label under it is the next column of a header stacked one
    /// label a line.
    label_above: bool,
}

impl ClosingColumn {
    /// Sees the line `line`, the lines `after` it: a header line opens the
    /// table, prose (a sentence without a day, "Public exhibition items …
    /// tracker.") ends it. (The lines after are read only for a closing
    /// label alone on its line.)
    pub(super) fn see<'a>(&mut self, line: &str, after: impl Iterator<Item = &'a str>) {
        let t = line.trim();
        let label_above = std::mem::replace(&mut self.label_above, false);
        if t.bytes().any(|b| b.is_ascii_digit()) {
            return;
        }
        if header(t) || label_above && stacked_header(t) || lone_header(t, after) {
            self.open = true;
        } else if t.ends_with('.') {
            self.open = false;
        }
        self.label_above = label_line(t);
    }

    /// Where the last day of a row under the header starts in `line`: the
    /// day in the closing column. None outside a table, for prose, and for
    /// a row labelling its own day ("Posting Date: November 20, 2020").
    pub(super) fn last_day(&self, line: &str, lang: Lang) -> Option<usize> {
        let t = line.trim_end();
        if !self.open
            || t.len() > ROW_BYTES
            || t.ends_with('.')
            || t.contains(':')
            || t.contains('|')
            || !t.bytes().any(|b| b.is_ascii_digit())
        {
            return None;
        }
        let toks = tokenize(line, 0);
        let g = Grammar {
            tokens: &toks,
            lang,
            first: 0,
        };
        let (mut i, mut last) = (0, None);
        while i < toks.len() {
            match g.atom(i) {
                Some((_, e)) if e > i => {
                    last = Some((i, e));
                    i = e;
                }
                _ => i += 1,
            }
        }
        let (at, e) = last?;
        // (the day closes the row, a time or a weekday at most after it:
        // words after it are prose telling the day)
        let words_after = toks[e..]
            .iter()
            .filter(|t| t.kind == TokenKind::Word && t.month.is_none())
            .count();
        (words_after <= 2).then_some(toks[at].start)
    }
}

/// A short label line of a header written one label a line: no
/// sentence, no colon.
fn label_line(t: &str) -> bool {
    !t.is_empty()
        && !t.ends_with('.')
        && !t.ends_with(':')
        && glued_words(t, HEADER_WORDS / 2).is_some_and(|w| !w.is_empty())
}

/// A label line under another label that names the closing day first
/// ("Closing Date (Domestic)" under "Study Period", real132:39): the
/// column labels were stacked one a line, so the closing one may stand
/// alone, a qualifier after it.
fn stacked_header(t: &str) -> bool {
    if !label_line(t) {
        return false;
    }
    let Some(words) = glued_words(t, HEADER_WORDS / 2) else {
        return false;
    };
    CLOSING
        .iter()
        .any(|p| words.len() >= p.len() && words.iter().zip(p.iter()).all(|(w, x)| w == x))
}

/// Is `t` the closing day's label alone over a row's first cell with no
/// day ("Closing date\n\nTransport for London (TfL)\n\nProposal to cease
/// funding …\n\n23 Jan 2017", real175:54): a table copied one cell a
/// line, its other labels lost? A label straight over its day
/// ("Closing date\n23 Jan 2017") is the day's own label, read elsewhere.
fn lone_header<'a>(t: &str, mut after: impl Iterator<Item = &'a str>) -> bool {
    label_line(t)
        && glued_words(t, HEADER_WORDS / 2).is_some_and(|w| {
            CLOSING
                .iter()
                .any(|p| w.len() == p.len() && w.iter().zip(p.iter()).all(|(a, b)| a == b))
        })
        && after
            .find(|l| !l.trim().is_empty())
            .is_some_and(|n| !n.bytes().any(|b| b.is_ascii_digit()) && !n.trim_end().ends_with('.'))
}

/// Is `t` (trimmed, without a digit) a header line of column labels whose
/// last names the closing day, after at least one other label?
fn header(t: &str) -> bool {
    // (a line longer than a row is prose: its words are not split out)
    if t.is_empty()
        || t.len() > ROW_BYTES
        || t.ends_with('.')
        || t.ends_with(':')
        || t.contains('|')
    {
        return false;
    }
    let Some(words) = glued_words(t, HEADER_WORDS) else {
        return false;
    };
    CLOSING.iter().any(|p| {
        words.len() > p.len()
            && words[words.len() - p.len()..]
                .iter()
                .zip(p.iter())
                .all(|(w, x)| w == x)
    })
}
