//! How a decided date becomes mentions: its kind from the decision, its
//! days resolved against `--today` (a yearless day to its next coming, a
//! range already under way kept in its year), and the sentence around it
//! as the mention's text.

use chrono::NaiveDate;

use super::super::dates::*;
use super::super::review::{Candidate, Form};
use super::super::tokens::Token;
use super::super::{Kind, Mention, Out};
use super::{
    arranged_terms, item_datelines, patient_days, programme_times, recent_pasts, running_spans,
    upward_reports, weekday_agree, Decision, Reader,
};

impl Reader<'_> {
    pub(super) fn emit(
        &self,
        toks: &[Token],
        x: &Expr,
        dec: Decision,
        ss: usize,
        se: usize,
        out: &mut Out,
    ) {
        let sentence = self.text.get(ss..se).unwrap_or("");
        let (fs, fe) = match (toks.get(x.start), toks.get(x.end.saturating_sub(1))) {
            (Some(a), Some(b)) => (a.start, b.end),
            _ => (ss, se),
        };
        self.record(toks, x, dec, (ss, se), (fs, fe), out);
        let kind = match dec {
            Decision::Deadline => Kind::Deadline,
            Decision::Event | Decision::Default => Kind::Event,
            Decision::Drop => return,
        };
        // What keeps every mention of this day out, asked only when one
        // would be pushed (a text repeats its days, and these read words
        // around the day): the item's own dateline, a body's report owed
        // upward, a limit of what is done to the reader, the term of an
        // employment or a contract. (The readers of the sentence see at
        // most `NEAR` bytes on either side of the day, so a text of one
        // endless sentence stays linear.)
        let vetoed = || {
            let near = || {
                clip(
                    self.text,
                    ss.max(fs.saturating_sub(NEAR)),
                    se.min(fe + NEAR),
                )
            };
            // the item's own date after the word naming it (`item_datelines.rs`)
            item_datelines::item_dateline(self.text, fs)
                // a news agency's dateline ("ORANGE COUNTY, NC (November 14, 2014)—")
                || item_datelines::agency_dateline(self.text, fs, fe)
                // a programme's next clock time (`programme_times.rs`)
                || programme_times::clock_line(self.text, fs, fe)
                // a body's own final proposal or report owed to the
                // government is the issuer's target (`upward_reports.rs`)
                || (kind == Kind::Deadline && upward_reports::owed_upward(near()))
                // a day of what is done to the reader (`patient_days.rs`)
                || (kind == Kind::Deadline && patient_days::acted_on(self.text, fs, fe))
                // the term of an employment, a contract or a trial is a
                // duration, whatever reading the range got (`arranged_terms.rs`)
                || (matches!(x.shape, Shape::Span(..))
                    && arranged_terms::arranged_term(
                        clip(self.text, ss.max(fs.saturating_sub(NEAR)), fs),
                        clip(self.text, fe, se.min(fe + NEAR)),
                        near(),
                    ))
        };
        let mut verdict: Option<bool> = None;
        let today = self.today;
        // a day just gone by, in a sentence told in the past, is not moved
        // a year ahead (`recent_pasts.rs`)
        let around = recent_pasts::around(self.text, ss);
        let gone = |dm: DayMonth, d: NaiveDate| {
            today == self.floor
                && recent_pasts::told_gone(dm, d, today, sentence, around, self.lang, self.sure_en)
        };
        let mut text: Option<String> = None;
        let mut push = |date: NaiveDate, end: Option<NaiveDate>| {
            if date >= self.floor
                && out.wants(kind, date, end)
                && !*verdict.get_or_insert_with(vetoed)
            {
                let text = text
                    .get_or_insert_with(|| snippet(self.text, ss, se, fs, fe))
                    .clone();
                out.push(Mention {
                    kind,
                    date,
                    end,
                    text,
                });
            }
        };
        match &x.shape {
            Shape::One(dm) => {
                if let Some(d) = one_day(toks, x.start, *dm, today).filter(|d| !gone(*dm, *d)) {
                    push(d, None);
                }
            }
            Shape::Days(v) => {
                for dm in v {
                    if let Some(d) = resolve(*dm, today) {
                        push(d, None);
                    }
                }
            }
            Shape::Span(a, b) => {
                if let Some((s, e)) = resolve_span(*a, *b, today).filter(|(_, e)| !gone(*b, *e)) {
                    match kind {
                        // a yearless period already running ("accepted from
                        // January 1 to January 31" read on 10 January)
                        // closes this year: only its closing day is told
                        Kind::Deadline if a.year.is_none() && b.year.is_none() => {
                            push(resolve(*b, today).map_or(e, |c| c.min(e)), None)
                        }
                        Kind::Deadline => push(e, None),
                        // a yearless range already under way is not
                        // moved a year ahead (`running_spans.rs`); under
                        // a year heading ("2025\n19.12.-6.1.") the
                        // heading's year is the range's own
                        Kind::Event
                            if today == self.floor && running_spans::running(*a, *b, today) => {}
                        Kind::Event => push(s, (e > s).then_some(e)),
                    }
                }
            }
            Shape::EndOf { month: m, year: y } => {
                if let Some(d) = resolve_end_of(*m, *y, today) {
                    push(d, None);
                }
            }
        }
    }
}

/// One day resolved against `today`: a yearless day whose written weekday
/// disagrees with the day rule 7 infers is a day gone by, for the rules and
/// the reviewer alike (`weekday_agree.rs`).
fn one_day(toks: &[Token], start: usize, dm: DayMonth, today: NaiveDate) -> Option<NaiveDate> {
    resolve(dm, today).filter(|d| dm.year.is_some() || !weekday_agree::disagrees(toks, start, *d))
}

impl Reader<'_> {
    /// Keeps both readings of a date, whatever the rules decided, for the
    /// reviewer ([`super::super::review`]) to weigh: its days as a deadline
    /// and as an event, resolved as [`Reader::emit`] would resolve them.
    fn record(
        &self,
        toks: &[Token],
        x: &Expr,
        dec: Decision,
        sent: (usize, usize),
        at: (usize, usize),
        out: &mut Out,
    ) {
        let today = self.today;
        let mut add =
            |kind: Kind, date: NaiveDate, end: Option<NaiveDate>, year: bool, form: Form| {
                if date >= self.floor && out.cands.len() < CANDIDATES {
                    out.cands.push(Candidate {
                        kind,
                        date,
                        end,
                        sent,
                        at,
                        dec,
                        year,
                        form,
                    });
                }
            };
        let mut both = |d: NaiveDate, year: bool, form: Form| {
            add(Kind::Deadline, d, None, year, form);
            add(Kind::Event, d, None, year, form);
        };
        match &x.shape {
            Shape::One(dm) => {
                if let Some(d) = one_day(toks, x.start, *dm, today) {
                    both(d, dm.year.is_some(), Form::One);
                }
            }
            Shape::Days(v) => {
                for dm in v {
                    if let Some(d) = resolve(*dm, today) {
                        both(d, dm.year.is_some(), Form::Days);
                    }
                }
            }
            Shape::EndOf { month: m, year: y } => {
                if let Some(d) = resolve_end_of(*m, *y, today) {
                    both(d, y.is_some(), Form::EndOf);
                }
            }
            Shape::Span(a, b) => {
                let Some((s, e)) = resolve_span(*a, *b, today) else {
                    return;
                };
                let year = a.year.is_some() || b.year.is_some();
                // (as `emit` reads a period: its closing day, or its run)
                let close = if year {
                    e
                } else {
                    resolve(*b, today).map_or(e, |c| c.min(e))
                };
                add(Kind::Deadline, close, None, year, Form::Span);
                if !(today == self.floor && running_spans::running(*a, *b, today)) {
                    add(Kind::Event, s, (e > s).then_some(e), year, Form::Span);
                }
            }
        }
    }
}

/// At most this many readings are kept for the reviewer: a bound on memory
/// the same as [`super::super::MAX_MENTIONS`]'s on the output.
const CANDIDATES: usize = 4 * super::super::MAX_MENTIONS;

/// How many bytes of a day's sentence on either side of it are read for
/// the term it measures or the work it is owed for.
const NEAR: usize = 400;

/// The text from `lo` to `hi`, both moved inward to character boundaries.
pub(in crate::deadlines) fn clip(text: &str, lo: usize, hi: usize) -> &str {
    let mut a = lo.min(text.len());
    let mut b = hi.min(text.len());
    while a < b && !text.is_char_boundary(a) {
        a += 1;
    }
    while b > a && !text.is_char_boundary(b) {
        b -= 1;
    }
    text.get(a..b).unwrap_or("")
}

/// The sentence around a found date, at most about 240 characters.
pub(in crate::deadlines) fn snippet(
    text: &str,
    ss: usize,
    se: usize,
    fs: usize,
    fe: usize,
) -> String {
    const SIDE: usize = 110;
    let mut a = ss.max(fs.saturating_sub(SIDE));
    let mut b = se.min(fe + SIDE);
    while a > ss && !text.is_char_boundary(a) {
        a -= 1;
    }
    while b < se && !text.is_char_boundary(b) {
        b += 1;
    }
    // (its words joined by single spaces, written into one string)
    let s = text.get(a..b).unwrap_or("");
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}
