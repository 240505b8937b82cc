//! A calendar whose days lead their entries: "7 april\n\nÅrsmöte och
//! föreningsmöte\n\n23 april\n\nStyrelsemöte", "17 mars\n\n14.00\n\nÅrsmöte i
//! sockenstugan.", "13 juni kl 9.00\nPinnplockardag på Sandgärde. Egen
//! skjuts." A society's year programme lays out each occasion as its day
//! alone on a line (with at most its clock time) and the text under it,
//! often a sentence with no word saying something takes place. Read alone,
//! the day is a news item's dateline and the text a heading of the next day;
//! read as a calendar, each day is the day of the text under it, an
//! occasion unless that text tells otherwise ("Sista dag för anmälan").
//!
//! A calendar starts at a day whose line above it is no label of its own (a
//! year heading, a sentence, a note ending in a full stop), and another day
//! leading its text must follow within a few lines: a conference's
//! "Paper submission\nJuly 10" puts the label above its day instead.

use chrono::NaiveDate;

use crate::deadlines::clock::{self, line_clock_word};
use crate::deadlines::text::{is_header_line, is_label_line};
use crate::deadlines::tokens::{tokenize, TokenKind, WEEKDAYS};

/// The most lines looked at past a day for the next day of its calendar.
const WINDOW: usize = 12;
/// The most lines between a day and its text: a blank, a clock time alone,
/// a blank.
const ENTRY_GAP: usize = 3;
/// The longest day line: a day, a weekday and a clock time.
const DAY_BYTES: usize = 40;

/// Where the reader stands in a calendar of days leading their entries.
#[derive(Default)]
pub(super) struct DayLeads {
    /// Inside a calendar: the last day read led its entry.
    on: bool,
    /// The last non-blank line could start a calendar under it (a year
    /// heading, a sentence).
    opener: bool,
}

impl DayLeads {
    /// The lines after the day `line` that its entry takes, counted as the
    /// reader consumes them beyond the first, when `line` leads an entry of
    /// a calendar; `None` otherwise. Call once for every non-blank line.
    pub(super) fn entry<'a>(
        &mut self,
        line: &str,
        after: impl Iterator<Item = &'a str> + Clone,
        today: NaiveDate,
    ) -> Option<usize> {
        let starts = self.on || self.opener;
        self.opener = opens(line);
        if !day_line(line, today) {
            // (a table is no calendar of entries)
            if line.contains('|') {
                self.on = false;
            }
            return None;
        }
        let gap = text_gap(after.clone());
        // (the next day within the window must lead a text too)
        let next = gap.and_then(|g| {
            let mut rest = after.skip(g + 1).take(WINDOW);
            let more = loop {
                match rest.next() {
                    None => break false,
                    Some(l) if day_line(l, today) => break text_gap(rest.clone()).is_some(),
                    Some(_) => {}
                }
            };
            more.then_some(g)
        });
        self.on = starts && gap.is_some() && (self.on || next.is_some());
        gap.filter(|_| self.on)
    }
}

/// The text under a day: after at most a blank, a clock time alone and a
/// blank, a line that is no day, label or dateline of its own; the lines
/// skipped before it.
fn text_gap<'a>(mut after: impl Iterator<Item = &'a str>) -> Option<usize> {
    for k in 0..=ENTRY_GAP {
        let l = after.next()?;
        let t = l.trim();
        if t.is_empty() || clock::alone(t) {
            continue;
        }
        let text = !is_label_line(t) && !is_header_line(t) && !t.contains('|') && !has_day(t);
        return text.then_some(k);
    }
    None
}

/// A day of its own in a line: a number beside a month's name ("26 maj",
/// "May 26") or a slashed day ("26/5"; a dotted one may be a clock time,
/// "kl 10.00"). The next line
/// of a list of days is no text of the day above it.
fn has_day(t: &str) -> bool {
    let toks = tokenize(t, 0);
    toks.windows(2).any(|w| {
        let num = |x: &crate::deadlines::tokens::Token| x.kind == TokenKind::Num && x.digits <= 2;
        (num(&w[0]) && (w[1].month.is_some() || w[1].word == "/"))
            || (w[0].month.is_some() && num(&w[1]))
    })
}

/// A line that a calendar may start under: a heading with its year
/// ("Kalendarium 2019", "2017") or a sentence or note ending in a full stop
/// or an exclamation mark, not a label a day under it would belong to.
fn opens(line: &str) -> bool {
    let t = line.trim();
    let year = t
        .split(|c: char| !c.is_ascii_digit())
        .any(|w| w.len() == 4 && w.starts_with("20"));
    t.ends_with(['.', '!']) || (year && t.len() <= 48)
}

/// A day still to come alone on its line, with at most its weekday and
/// clock time: "7 april", "Söndag 28 februari", "13 juni kl 9.00". A range
/// of days is a period, and a day written with a year that is past a
/// dateline.
fn day_line(line: &str, today: NaiveDate) -> bool {
    let t = line.trim();
    if t.is_empty() || t.len() > DAY_BYTES || t.contains('|') {
        return false;
    }
    let toks = tokenize(t, 0);
    // (the clock time after "kl" / "klo" / "at" is no part of the day)
    let cut = toks
        .iter()
        .position(|x| line_clock_word(&x.word))
        .unwrap_or(toks.len());
    let (day, clock) = toks.split_at(cut);
    let months = day.iter().filter(|x| x.month.is_some()).count();
    let nums = day.iter().filter(|x| x.kind == TokenKind::Num).count();
    // (one day of the month: "Juni 2019" is a month's heading)
    let days = day
        .iter()
        .filter(|x| x.kind == TokenKind::Num && x.digits <= 2);
    let only_day = day.iter().all(|x| match x.kind {
        TokenKind::Num => x.digits <= 4,
        TokenKind::Punct => matches!(x.word.as_str(), "." | ","),
        TokenKind::Word => x.month.is_some() || WEEKDAYS.contains(&x.word.as_str()),
    });
    let clock_ok = clock
        .iter()
        .skip(1)
        .all(|x| x.kind == TokenKind::Num || matches!(x.word.as_str(), "." | ":" | "-"));
    months == 1
        && days.count() == 1
        && (1..=2).contains(&nums)
        && only_day
        && clock_ok
        && crate::deadlines::parse_date(t).is_none_or(|d| d > today)
}
