//! Schedule tables whose columns name what their days are: a header of
//! column labels over rows of days ("Meeting Date Initial Contact\nLetter of
//! Intent\n\nOctober 24, 2020 August 24, 2020 September 15, 2020"). Each day
//! takes its column's kind: a deadline label ("letter of intent",
//! "deadline", "hakemus", "ansökan") makes it a deadline, a meeting's or an
//! event's label an event.

use super::dates::Grammar;
use super::grids::Heads;
use super::tokens::{self, tokenize, TokenKind};
use super::{Kind, Lang};

/// The most days a row of a schedule holds: wider rows are no table.
const MAX_COLUMNS: usize = 6;

/// The cells of a row made of days only, at most `max` of them: byte ranges
/// in the line, each from its day's first word to the next day's.
pub(super) fn day_cells(line: &str, lang: Lang, max: usize) -> Option<Vec<(usize, usize)>> {
    // (the cheap test first: a row of days is short)
    if line.len() > 40 * max {
        return None;
    }
    let toks = tokenize(line, 0);
    let only_days = !toks.is_empty()
        && toks.iter().all(|t| {
            t.kind != TokenKind::Word
                || t.month.is_some()
                || tokens::WEEKDAYS.contains(&t.word.as_str())
        });
    if !only_days {
        return None;
    }
    let g = Grammar {
        tokens: &toks,
        lang,
        first: 0,
    };
    // a day at `i`, its weekday and a comma skipped: where it ends
    let day_at = |mut i: usize| {
        while toks.get(i).is_some_and(|t| {
            tokens::WEEKDAYS.contains(&t.word.as_str()) || matches!(t.word.as_str(), "," | ".")
        }) {
            i += 1;
        }
        g.atom(i).map(|(_, e)| e)
    };
    let mut cells = Vec::new();
    let (mut from, mut i) = (0, 0);
    loop {
        let e = day_at(i)?;
        if toks[e..].iter().all(|t| t.kind == TokenKind::Punct) {
            cells.push((from, line.len()));
            return Some(cells);
        }
        if cells.len() + 1 == max {
            return None;
        }
        cells.push((from, toks[e].start));
        from = toks[e].start;
        i = e;
    }
}

/// The cells of a table row made of days only: one day ("Tuesday 24
/// December 2024") or two side by side ("12 March 2020 30 January 2020");
/// byte ranges in the line, and whether the row holds both cells.
pub(super) fn row_cells(line: &str, lang: Lang) -> Option<(Vec<(usize, usize)>, bool)> {
    let cells = row_days(line, lang)?;
    let two = cells.len() == 2;
    Some((cells, two))
}

/// The days of a row under a header of two columns of days, at most two
/// cells; a row may open with cells naming it ("4/2021 april torsdag
/// 11.03.2021 torsdag 25.03.2021": its number and month), skipped when two
/// days follow them.
pub(super) fn row_days(line: &str, lang: Lang) -> Option<Vec<(usize, usize)>> {
    if let Some(cells) = day_cells(line, lang, 2) {
        return Some(cells);
    }
    // (a few words of a row's name at most: the rest is two days)
    line.match_indices(' ')
        .map(|(i, _)| i + 1)
        .take(3)
        .find_map(|s| {
            let cells = day_cells(&line[s..], lang, 2).filter(|c| c.len() == 2)?;
            Some(cells.into_iter().map(|(a, b)| (s + a, s + b)).collect())
        })
}

/// The header over a row of days: the nearest heading, joined to the one
/// right above it when only blanks part them (labels wrapped over two
/// lines: "Meeting Date Initial Contact\nLetter of Intent").
pub(super) fn header(clean: &str, heads: Heads) -> Option<&str> {
    let h1 = heads[1]?;
    let from = heads[0]
        .filter(|h0| clean.get(h0.1..h1.0).is_some_and(|g| g.trim().is_empty()))
        // (not a sentence introducing the table: "on this schedule:")
        .filter(|h0| {
            clean
                .get(h0.0..h0.1)
                .is_some_and(|t| !t.trim_end().ends_with(':'))
        })
        .map_or(h1.0, |h0| h0.0);
    clean.get(from..h1.1)
}

/// The kinds of a schedule's columns, left to right, for a row of `n` days
/// under `header`; `None` unless the header names a deadline among its
/// labels (a header of events alone leaves its days to the other rules).
/// `hint` tells what a few words of a label are. Labels the hint does not
/// know ("Initial Contact") share the kind of the known one after them.
pub(super) fn column_kinds(
    header: &str,
    n: usize,
    hint: impl Fn(&str) -> Option<Kind>,
) -> Option<Vec<Kind>> {
    if !(2..=MAX_COLUMNS).contains(&n) || header.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let words: Vec<&str> = header.split_whitespace().take(24).collect();
    // each word read alone, or with the two after it when alone it tells
    // nothing ("letter of intent"); a hit close after one of the same kind
    // is the same label ("Board Meeting Date")
    let mut labels: Vec<Kind> = Vec::new();
    let mut last: Option<(usize, Kind)> = None;
    for i in 0..words.len() {
        let three = || hint(&words[i..(i + 3).min(words.len())].join(" "));
        let Some(k) = hint(words[i]).or_else(three) else {
            continue;
        };
        if last.is_none_or(|(j, lk)| lk != k || i > j + 2) {
            labels.push(k);
        }
        last = Some((i, k));
    }
    if !labels.contains(&Kind::Deadline) || labels.len() > n {
        return None;
    }
    // the labels spread over the columns in order, the last label
    // reaching the last column
    let m = labels.len();
    Some(
        (0..n)
            .map(|i| labels[(2 * i * (m - 1) + n - 1) / (2 * (n - 1))])
            .collect(),
    )
}
