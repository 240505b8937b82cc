//! A "|" table row that is a label and its day: "| Deadline for abstract
//! submission | 15 August 2023 |", "| Monday | 13.1.2025 at 16.00 |" under
//! "Meeting times:". A "|" row is otherwise a news listing's "14.2.2024 |
//! News item", a dateline led by its day, and never a mention; a row led
//! by words is a label over the day in its other cells, as "Label: day"
//! is on a line. The label tells what the day is, as a heading does; a
//! bare name ("Monday", "Weekday") leaves it to the heading over the
//! table. A row whose label and heading tell nothing stays unread.

use super::classify::Reader;
use super::cues::{is_word_of, Category};
use super::grids::Heads;
use super::tokens::{tokenize, TokenKind};
use super::Kind;

/// The longest row read as a label and its day.
const ROW_BYTES: usize = 200;

/// The most words of a label that is a bare name, told by the heading.
const NAME_WORDS: usize = 2;

/// What the days of the "|" row `line` are: a deadline under a header row
/// naming deadlines (`pipe`, as before), else what its label tells, or for
/// a bare name the nearest heading over the table (`heads`, byte ranges in
/// `clean`). None for a row that is not a label and its day.
pub(super) fn row_kind(
    line: &str,
    pipe: Option<Option<Kind>>,
    reader: &Reader,
    clean: &str,
    heads: &Heads,
) -> Option<Kind> {
    if pipe == Some(Some(Kind::Deadline)) {
        return Some(Kind::Deadline);
    }
    let label = label_of(line)?;
    let toks = tokenize(label, 0);
    let words = || toks.iter().filter(|t| t.kind == TokenKind::Word);
    // ("Online abstract submission opening | 01 April": the first day of a
    // call is never reported)
    if words().any(|t| is_word_of(Category::Opening, &t.word)) {
        return None;
    }
    // (a label telling an event is trusted to the heading alone: a
    // conference's key dates set its first and last days on two rows and
    // its site's own steps beside them, "| Move to Conference Archive |
    // November 19, 2021 |", real37:42)
    // (but a closure is the reader's break whoever lists it: "Memorial Day –
    // College Closed | May 29 |", real214:43)
    // ("Submissions closed | October 31": a call's close, real37:42)
    let closed = words().any(|t| is_word_of(Category::Break, &t.word))
        && !words().any(|t| is_word_of(Category::Apply, &t.word));
    let own = reader
        .heading_hint(label)
        .filter(|&k| k == Kind::Deadline)
        .or(closed.then_some(Kind::Event));
    own.or_else(|| {
        (words().count() <= NAME_WORDS)
            .then(|| {
                heads
                    .iter()
                    .rev()
                    .flatten()
                    .find_map(|&(a, b)| clean.get(a..b).and_then(|h| reader.heading_hint(h)))
            })
            .flatten()
    })
}

/// The label of a row: its first cell holding anything, when it has
/// letters and no digit and a later cell has a digit (the day), and no
/// later cell holds a range.
fn label_of(line: &str) -> Option<&str> {
    if line.len() > ROW_BYTES {
        return None;
    }
    let mut cells = line.split('|').map(str::trim).filter(|c| !c.is_empty());
    let label = cells.next()?;
    let rest: Vec<&str> = cells.collect();
    // (a range in a row, "| Regular registration | 01 April – 15 August
    // 2023 |", is a period whose kind the row's few words do not tell)
    let range = |c: &&str| c.contains('–') || c.contains(" - ") || c.contains(" to ");
    (label.chars().any(char::is_alphabetic)
        && !label.chars().any(|c| c.is_ascii_digit())
        && rest.iter().any(|c| c.chars().any(|c| c.is_ascii_digit()))
        && !rest.iter().any(range))
    .then_some(label)
}
