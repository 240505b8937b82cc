//! A timeline or calendar laid out as a day alone on its line and its step
//! on the line under it, two or more times over ("March 15\nAuthors
//! notified of decision\nMay 15\nFinal paper due.", "5.1.\n\nMarraskuun
//! rakentamisilmoitusten määräpäivä\n\n12.1.\n\nOma-aloitteisten verojen
//! eräpäivä"). Without a schedule's heading over it, a day alone reads as
//! a news item's dateline, or as the step above it labelling it; the run
//! of pairs tells that each day is its step's, read with the step's words.

use chrono::NaiveDate;

use super::alone_days::{date_alone, weekday_led};
use super::text::is_label_line;
use super::tokens::{self, tokenize, TokenKind};

/// The longest step line read: a timeline's steps are a line or two of
/// words, a news item's body is not (and the look stays constant work).
const STEP_BYTES: usize = 200;

/// How many lines a step may stand after its day (one blank line between).
const GAP: usize = 1;

/// How many pairs ahead the end of a run is looked for.
const MAX_PAIRS: usize = 24;

/// When `line` is a day of such a run and its step tells a deadline
/// (`deadline`: the step's words, read as a heading's), how many lines
/// past it its step stands (0: the next line, 1: after one blank line).
/// `before` is the text above the line (the run's earlier pair is looked
/// for there), `after` the lines under it. A step telling an event or
/// nothing is left to the readers of a day over its title
/// (`titled_days.rs`): a programme's days over their titles are read
/// there, and a step read here loses them.
pub(super) fn step_gap<'a>(
    before: &str,
    line: &str,
    after: impl Iterator<Item = &'a str> + Clone,
    today: NaiveDate,
    deadline: impl Fn(&str) -> bool,
) -> Option<usize> {
    if !day_line(line, today) {
        return None;
    }
    let (gap, step, rest) = step_after(after)?;
    if !deadline(step) {
        return None;
    }
    // a run: the next day and its step follow, or an earlier pair stands
    // right above (the run's last day); the blank lines group a day with
    // its step ("Nominations close\n7 February 2020\n\nVoting opens\n9
    // March 2020": each label over its day, real60:23, is no step under
    // the day above it)
    let next = match next_line(rest.clone()) {
        Some((n, blanks, more)) if day_line(n, today) => {
            step_after(more).is_some() && blanks >= gap
        }
        _ => false,
    };
    let run = next || pair_above(before, today);
    // and the run ends with a step, not with a day: labels each over its
    // day ("Normal registration fee\n\n23 March 2019 – 19 April 2019\n\n
    // Onsite registration fee\n\n20 April 2019 – 14 May 2019", real23:1)
    // leave their last day without a step
    (run && ends_with_step(rest, today)).then_some(gap)
}

/// Whether the run of days and steps after a step ends with a step: the
/// text ends, or a line that is no day follows (looked at for a bounded
/// number of pairs).
fn ends_with_step<'a, I>(mut rest: I, today: NaiveDate) -> bool
where
    I: Iterator<Item = &'a str> + Clone,
{
    for _ in 0..MAX_PAIRS {
        match next_line(rest) {
            Some((n, _, more)) if day_line(n, today) => match step_after(more) {
                Some((_, _, r)) => rest = r,
                None => return false,
            },
            _ => return true,
        }
    }
    true
}

/// The step under a day: the first non-blank line (at most [`GAP`] blank
/// lines down) if it is a step, with the lines after it.
fn step_after<'a, I>(mut after: I) -> Option<(usize, &'a str, I)>
where
    I: Iterator<Item = &'a str> + Clone,
{
    for gap in 0..=GAP {
        let n = after.next()?;
        if n.trim().is_empty() {
            continue;
        }
        return step_line(n).then_some((gap, n, after));
    }
    None
}

/// The next non-blank line (blank lines between steps are the layout's),
/// with the blank lines skipped before it.
fn next_line<'a, I>(mut after: I) -> Option<(&'a str, usize, I)>
where
    I: Iterator<Item = &'a str> + Clone,
{
    for blanks in 0..=GAP + 1 {
        let n = after.next()?;
        if !n.trim().is_empty() {
            return Some((n, blanks, after));
        }
    }
    None
}

/// The two non-blank lines above are a day and its step, the step no
/// further from its day than from the line under it.
fn pair_above(before: &str, today: NaiveDate) -> bool {
    // (`before` ends with the newline of the line above)
    let mut up = before.strip_suffix('\n').unwrap_or(before).rsplit('\n');
    // blank lines under the step, and between the day and the step
    let mut blanks = [0usize; 2];
    let mut found: [Option<&str>; 2] = [None, None];
    for k in 0..2 {
        for l in up.by_ref().take(GAP + 2) {
            if l.trim().is_empty() {
                blanks[k] += 1;
            } else {
                found[k] = Some(l);
                break;
            }
        }
    }
    match found {
        [Some(step), Some(day)] => {
            step_line(step) && day_line(day, today) && blanks[1] <= blanks[0]
        }
        _ => false,
    }
}

/// A day (or range) alone on its line, a bullet and an ordinal's ending
/// allowed ("• September 1st, 2021", "5.1.", "Friday 24 May"), and not a
/// day with its year already past: that is a news listing's dateline
/// ("14.2.2024\nNew rules for …").
fn day_line(line: &str, today: NaiveDate) -> bool {
    let t = line
        .trim()
        .trim_start_matches(['-', '–', '*', '·', '•'])
        .trim();
    if t.is_empty() || t.len() > 48 {
        return false;
    }
    // (not a range: a period's label stands over its days, "Normal
    // registration fee\n\n23 March 2019 – 19 April 2019", real23:1; an
    // ISO day's dashes are its own)
    let iso = t.len() == 10 && t.chars().all(|c| c.is_ascii_digit() || c == '-');
    if t.contains(['–', '—']) || (t.contains('-') && !iso) {
        return false;
    }
    let toks = tokenize(t, 0);
    let alone = date_alone(t)
        || weekday_led(t)
        || (toks.iter().any(|x| x.kind == TokenKind::Num)
            && toks.iter().any(|x| x.month.is_some())
            && toks.iter().all(|x| match x.kind {
                TokenKind::Num => x.digits <= 4,
                TokenKind::Punct => matches!(x.word.as_str(), "." | "-" | "/" | ","),
                TokenKind::Word => {
                    x.month.is_some()
                        || tokens::WEEKDAYS.contains(&x.word.as_str())
                        || tokens::ordinal_end(x)
                }
            }));
    alone && super::parse_date(t).is_none_or(|d| d >= today)
}

/// A step: a line of words with no day alone and no label of its own, no
/// table cell, short.
fn step_line(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && t.len() <= STEP_BYTES
        && !t.contains('|')
        && !t.ends_with(':')
        && !is_label_line(t)
        && tokenize(t, 0)
            .iter()
            .any(|x| x.kind == TokenKind::Word && x.month.is_none())
        && !date_alone(t)
        && !weekday_led(t)
}

/// A "|" row led by its day, the step in the next cell ("14 August |
/// Applications due for all new students … |", "31 August | Bachelor of
/// Teaching applications due. |", real86:28): a timeline's row, a deadline
/// when the step tells one (`deadline`). A news listing's "14.2.2024 |
/// News item" has its year past and is not read.
pub(super) fn row_step(line: &str, today: NaiveDate, deadline: impl Fn(&str) -> bool) -> bool {
    let mut cells = line.split('|').map(str::trim).filter(|c| !c.is_empty());
    match (cells.next(), cells.next()) {
        (Some(day), Some(step)) => {
            day_line(day, today) && step.len() <= STEP_BYTES && !date_alone(step) && deadline(step)
        }
        _ => false,
    }
}
