//! The date grammar: one calendar day as written, and resolving days to
//! dates.
//!
//! Owns: the forms of a single day ("14.2.2024", "18 February 2024",
//! "February 18, 2024", "18. helmikuuta", "den 4:e juni", ISO and slashed
//! dates) and what is not a date (times, decimals, versions, record
//! numbers); the year of a day written without one (rule 7 of
//! `docs/DEADLINES.md`). Ranges, enumerations and "end of month" are
//! [`super::ranges`].

use chrono::{Datelike, NaiveDate};

use super::tokens::{month_of, MonthForm, Token, TokenKind};
use super::Lang;

/// A calendar day as written: the year may be missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct DayMonth {
    pub(super) day: u32,
    pub(super) month: u32,
    pub(super) year: Option<i32>,
}

#[derive(Debug, Clone)]
pub(super) enum Shape {
    One(DayMonth),
    Span(DayMonth, DayMonth),
    /// Bare days sharing one month ("5., 12. ja 19. maaliskuuta").
    Days(Vec<DayMonth>),
    /// "by the end of March": the day is known once the year is.
    EndOf {
        month: Option<u32>,
        year: Option<i32>,
    },
}

#[derive(Debug, Clone)]
pub(super) struct Expr {
    pub(super) shape: Shape,
    /// Token range within the clause.
    pub(super) start: usize,
    pub(super) end: usize,
}

pub(super) const TIME_CUES: &[&str] = &[
    "klo", "kl", "kello", "at", "time", "clock", "version", "versio", "v",
];
pub(super) const DECIMAL_NEXT: &[&str] = &[
    "%",
    "million",
    "milj",
    "miljoonaa",
    "miljoner",
    "billion",
    "miljardia",
    "per",
    "percent",
    "prosenttia",
    "procent",
    "euro",
    "euroa",
    "eur",
    "€",
    "am",
    "pm",
    "h",
    "tuntia",
    "timmar",
    // a distance or a weight: "U10 1.5 km", "2.5 kg"
    "km",
    "kg",
    "miles",
    "mil",
];

pub(super) struct Grammar<'a> {
    pub(super) tokens: &'a [Token],
    pub(super) lang: Lang,
    /// The first token of the text read (those before it are the words of
    /// a heading above the line): where a date stands first.
    pub(super) first: usize,
}

pub(super) fn year_of(t: &Token) -> Option<i32> {
    if t.kind != TokenKind::Num {
        return None;
    }
    let v = i32::try_from(t.value).ok()?;
    match t.digits {
        4 if (1900..=2100).contains(&v) => Some(v),
        2 => Some(2000 + v),
        _ => None,
    }
}

impl<'a> Grammar<'a> {
    /// The grammar over a line's or a cell's own tokens, in no language in
    /// particular (month and weekday names of all three are read).
    pub(in crate::deadlines) fn any(tokens: &'a [Token], first: usize) -> Self {
        Grammar {
            tokens,
            lang: Lang::Auto,
            first,
        }
    }

    pub(super) fn token(&self, i: usize) -> Option<&'a Token> {
        self.tokens.get(i)
    }

    pub(super) fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.word.as_str())
    }

    /// Token `i` is the punctuation `p`, written without a space before it.
    pub(super) fn glued(&self, i: usize, p: &str) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| !t.space_before && t.word == p)
    }

    pub(super) fn glued_num(&self, i: usize) -> Option<&'a Token> {
        self.tokens
            .get(i)
            .filter(|t| !t.space_before && t.kind == TokenKind::Num)
    }

    pub(super) fn is_dash(&self, i: usize) -> bool {
        self.word(i) == "-"
    }

    /// A number may start a date: not glued to a word, a version, a time or
    /// a record number before it.
    pub(super) fn free_start(&self, i: usize) -> bool {
        let Some(t) = self.token(i) else {
            return false;
        };
        if t.kind != TokenKind::Num || t.space_before || i == 0 {
            return t.kind == TokenKind::Num;
        }
        let prev = &self.tokens[i - 1];
        match prev.kind {
            TokenKind::Word => false,
            TokenKind::Num => false,
            TokenKind::Punct => match prev.word.as_str() {
                // (a comma right after a dotted day's closing point starts
                // the next day: "26.1.,2.2.,16.2.", real536:36)
                "," => {
                    i >= 3
                        && self.tokens[i - 2].word.as_str() == "."
                        && !self.tokens[i - 2].space_before
                        && self.tokens[i - 3].kind == TokenKind::Num
                }
                ":" | "/" | "." | "+" | "_" | "#" => false,
                _ => true,
            },
        }
    }

    /// The word before token `i`, skipping a glued dot ("kl. 9.10").
    pub(super) fn word_before(&self, i: usize) -> &'a str {
        let mut j = i;
        while j > 0 {
            j -= 1;
            let t = &self.tokens[j];
            if t.kind == TokenKind::Word {
                return t.word.as_str();
            }
            if t.word != "." {
                return "";
            }
        }
        ""
    }

    /// One calendar day at `i`: returns it and the index after it.
    pub(super) fn atom(&self, i: usize) -> Option<(DayMonth, usize)> {
        self.iso(i)
            .or_else(|| self.dashed(i))
            .or_else(|| super::named_dashes::named_dashed(self, i))
            .or_else(|| self.slashed(i))
            .or_else(|| self.dotted(i))
            .or_else(|| self.day_month(i))
            .or_else(|| self.month_day(i))
    }

    pub(super) fn iso(&self, i: usize) -> Option<(DayMonth, usize)> {
        let y = self.token(i)?;
        if y.kind != TokenKind::Num || y.digits != 4 || !self.free_start(i) {
            return None;
        }
        if !(self.glued(i + 1, "-") && self.glued(i + 3, "-")) {
            return None;
        }
        let m = self.glued_num(i + 2).filter(|t| t.digits <= 2)?;
        let d = self.glued_num(i + 4).filter(|t| t.digits <= 2)?;
        if self.glued(i + 5, "-") && self.glued_num(i + 6).is_some() {
            return None;
        }
        Some((
            DayMonth {
                day: d.value,
                month: m.value,
                year: year_of(y),
            },
            i + 5,
        ))
        .filter(|(dm, _)| valid_day(dm))
    }

    /// "31-01-2019": day, month and a four-digit year joined by dashes,
    /// read day first as the dotted and slashed forms are (rule 8); never a
    /// phone number or a span of years (the year must have four digits and
    /// nothing may be glued after it).
    pub(super) fn dashed(&self, i: usize) -> Option<(DayMonth, usize)> {
        let (d, m) = self.day_month_numbers(i, "-")?;
        if !self.glued(i + 3, "-") {
            return None;
        }
        let y = self.glued_num(i + 4).filter(|t| t.digits == 4)?;
        if self.glued(i + 5, "-") || self.glued_num(i + 5).is_some() {
            return None;
        }
        full_date(d, m, y, i + 5)
    }

    /// The two numbers of "14.2" or "14/2" (at most two digits each, glued
    /// by `sep`, the first not glued to what comes before).
    fn day_month_numbers(&self, i: usize, sep: &str) -> Option<(&Token, &Token)> {
        let d = self
            .token(i)
            .filter(|t| t.kind == TokenKind::Num && t.digits <= 2)?;
        if !self.free_start(i) || !self.glued(i + 1, sep) {
            return None;
        }
        let m = self.glued_num(i + 2).filter(|t| t.digits <= 2)?;
        Some((d, m))
    }

    pub(super) fn slashed(&self, i: usize) -> Option<(DayMonth, usize)> {
        let (d, m) = self.day_month_numbers(i, "/")?;
        if !self.glued(i + 3, "/") {
            return super::yeared_slashes::yeared_slash(self, i, d, m)
                .or_else(|| self.slashed_day_month(i, d, m));
        }
        let y = self
            .glued_num(i + 4)
            .filter(|t| t.digits == 4 || t.digits == 2)?;
        if self.glued(i + 5, "/") {
            return None;
        }
        full_date(d, m, y, i + 5)
    }

    /// "(15/10)", "17/10 sätter sig", "tis 5/3": a day and month without a
    /// year, read only where a date stands — first in the clause, after a
    /// bracket, a list dash, a weekday or "den"/"on" — never 24/7 or a
    /// fraction such as 1/2 or 3/4, and not a record number ("5/10/").
    fn slashed_day_month(&self, i: usize, d: &Token, m: &Token) -> Option<(DayMonth, usize)> {
        let prev = i.checked_sub(1).map_or("", |k| self.word(k));
        // "1/7–31/12": two slashed days joined by a dash are a range
        let num = |k: usize| self.token(k).is_some_and(|t| t.kind == TokenKind::Num);
        let range_start =
            self.word(i + 3) == "-" && num(i + 4) && self.word(i + 5) == "/" && num(i + 6);
        // ... and its end ("Ansökningsperioden gäller 10/4 - 1/5", real161:13:
        // "1/5" after the dash is 1 May, no fifth)
        let range_end =
            prev == "-" && i >= 4 && num(i - 4) && self.word(i - 3) == "/" && num(i - 2);
        // "Månadsmötena 29/10, 26/11 och 17/12": days listed with others
        // of their form
        let pair = |k: usize| num(k) && self.glued(k + 1, "/") && self.glued_num(k + 2).is_some();
        let joins = |w: &str| matches!(w, "," | "och" | "and" | "ja" | "&");
        let listed =
            (joins(self.word(i + 3)) && pair(i + 4)) || (i >= 4 && joins(prev) && pair(i - 4));
        // "Fredag 1/5: Stängt", "Långfredagen 3/4: Stängt": a day's name
        // over a colon heads a line of a timetable, no share
        let labelled = self.word(i + 3) == ":" && super::slashed_days::day_name(prev);
        let placed = labelled
            || i == 0
            || i == self.first
            || range_start
            || range_end
            || listed
            || matches!(prev, "(" | "-" | "•" | "·" | "*" | "den" | "on" | "the")
            || ends_by(prev)
            || labels_day(prev)
            || i >= 2 && labels_day_through(self.word(i - 2), prev)
            || super::slashed_days::clocked_by(self, i)
            || matches!(
                self.word(i + 3),
                "mennessä" | "asti" | "saakka" | "alkaen" | "lähtien"
            )
            || super::tokens::WEEKDAYS.contains(&prev);
        // "Vårstädningen 14/5 kl.10-13": a clock time after it places it too
        let timed = super::slashed_days::timed_from(self, i + 3);
        let occasion = super::slashed_days::after_occasion(self, i, d);
        let placed = placed
            || timed
            || super::slashed_days::after_happening(self, i)
            || occasion
            || super::slashed_days::joined_to_slashed(self, i);
        let fraction = d.digits == 1
            && m.digits == 1
            && d.value < m.value
            && !labelled
            && !occasion
            && !super::slashed_days::not_fraction(prev, timed);
        let next = self.token(i + 3);
        let glued_on = next.is_some_and(|t| {
            !t.space_before && (t.kind != TokenKind::Punct || matches!(t.word.as_str(), "/" | "%"))
        });
        if !placed
            || (fraction && !range_start && !range_end)
            || (d.value, m.value) == (24, 7)
            || glued_on
        {
            return None;
        }
        let dm = DayMonth {
            day: d.value,
            month: m.value,
            year: None,
        };
        valid_day(&dm).then_some((dm, i + 3))
    }

    pub(super) fn dotted(&self, i: usize) -> Option<(DayMonth, usize)> {
        // "momentilta 29.10.30", "section 7.2", "punkt 3.1": the number of
        // a budget item or a section (rule 11)
        if self.token(i).is_some() && numbered_item(self.word_before(i)) {
            return None;
        }
        let (d, m) = self.day_month_numbers(i, ".")?;
        let mut dm = DayMonth {
            day: d.value,
            month: m.value,
            year: None,
        };
        if !valid_day(&dm) {
            return None;
        }
        let j = i + 3;
        if self.glued(j, ".") {
            if let Some(y) = self.glued_num(j + 1) {
                dm.year = Some(year_of(y).filter(|_| y.digits == 4 || y.digits == 2)?);
                let k = j + 2;
                if (self.glued(k, ".") && self.glued_num(k + 1).is_some())
                    || (self.glued(k, "/") && self.glued_num(k + 1).is_some())
                {
                    return None; // a version or a record number
                }
                return Some((dm, k));
            }
            if self.glued(j + 1, "/") {
                return None;
            }
            if TIME_CUES.contains(&self.word_before(i)) {
                return None;
            }
            return Some((dm, j + 1));
        }
        // "18.2" with neither trailing dot nor year: a time or a decimal?
        // (also the end of hours whose start is a time: "klo 9.00 – 9.10")
        if TIME_CUES.contains(&self.word_before(i)) || self.ends_hours(i) {
            return None;
        }
        // ("• 7.–10.4: stängt", "1.5: stängt": a list item labelled by its
        // day, no words before it and a word after its colon; "10.30: Coffee"
        // is no day, and a month written "05" is minutes)
        let label = self.glued(j, ":")
            && self.token(j + 1).is_some_and(|t| t.kind == TokenKind::Word)
            && !m.word.starts_with('0')
            && self.tokens[self.first.min(i)..i]
                .iter()
                .all(|t| t.kind != TokenKind::Word);
        if self.glued(j, "/")
            || (self.glued(j, ":") && !label)
            || self.glued(j, ",") && self.glued_num(j + 1).is_some()
        {
            return None;
        }
        if DECIMAL_NEXT.contains(&self.word(j)) {
            return None;
        }
        // a time range "10.15–12.30"
        if self.is_dash(j)
            && self.glued(j + 2, ".")
            && self
                .token(j + 3)
                .is_some_and(|t| t.digits == 2 && t.value > 12)
        {
            return None;
        }
        if m.digits == 2 && m.word.starts_with('0') && d.digits == 2 && self.lang == Lang::En {
            return None;
        }
        Some((dm, j))
    }

    /// Does a dash and a clock time ("klo 9.00 –") stand right before `i`?
    fn ends_hours(&self, i: usize) -> bool {
        i >= 4
            && self.is_dash(i - 1)
            && self.glued(i - 3, ".")
            && self.token(i - 2).is_some_and(|t| t.digits == 2)
            && self
                .token(i - 4)
                .is_some_and(|t| t.digits <= 2 && t.value <= 24)
            && TIME_CUES.contains(&self.word_before(i - 4))
    }

    /// "18 February 2024", "18. helmikuuta", "18th of February", "den 18 februari".
    pub(super) fn day_month(&self, i: usize) -> Option<(DayMonth, usize)> {
        let (d, mut j) = self.bare_day(i)?;
        // ("12. päivä joulukuuta", real111:12: the nominative of a
        // heading or a list is the same day as "12. päivänä joulukuuta")
        if matches!(self.word(j), "of" | "päivänä" | "päivä") {
            j += 1;
        } else if self.word(j) == "day" && self.word(j + 1) == "of" && self.word_before(i) != "this"
        {
            // The formal notice's "on the 25th day of April, 2006" (real472:10);
            // "Dated this 28th day of September" signs the notice (real168:17).
            j += 2;
        }
        let (m, form) = self.token(j).and_then(month_of)?;
        if matches!(form, MonthForm::Iness | MonthForm::Gen) {
            return None;
        }
        if self.list_number(i, j) {
            return None;
        }
        j += 1;
        if self.glued(j, ".") && form == MonthForm::Plain && self.tokens[j - 1].word.len() <= 4 {
            j += 1;
        }
        self.with_year(d, m, j)
    }

    /// "2. September 27 at the hall": the number of a list item standing
    /// first on its line before a month that has its own day after it is
    /// the item's number, not the day (the month-first date is read).
    fn list_number(&self, i: usize, month: usize) -> bool {
        (i == 0 || i == self.first)
            && self.glued(i + 1, ".")
            && month == i + 2
            && self.month_day(month).is_some()
    }

    /// A month written before its day ("February 18", "Feb. 18",
    /// "helmikuun 18."): the month and where the day should stand.
    pub(super) fn month_first(&self, i: usize) -> Option<(u32, usize)> {
        let (m, form) = self.token(i).and_then(month_of)?;
        if !matches!(form, MonthForm::Plain | MonthForm::Gen) {
            return None;
        }
        let j = if self.glued(i + 1, ".") { i + 2 } else { i + 1 };
        Some((m, j))
    }

    /// "February 18, 2024", "Feb. 18", "helmikuun 18. päivään".
    pub(super) fn month_day(&self, i: usize) -> Option<(DayMonth, usize)> {
        let (m, mut j) = self.month_first(i)?;
        if let Some(y) = self
            .token(j)
            .filter(|t| t.kind == TokenKind::Num && t.digits == 4)
        {
            return self.month_year_weekday_day(m, y, j + 1);
        }
        let dt = self
            .token(j)
            .filter(|t| t.kind == TokenKind::Num && t.digits <= 2)?;
        // ("Monday, May 25: Memorial Day": a day labelling its line, not
        // the hour of "May 25:30")
        let clock = |p: &str| self.glued(j + 1, p) && self.glued_num(j + 2).is_some();
        if clock(":") || clock(".") {
            return None;
        }
        if DECIMAL_NEXT.contains(&self.word(j + 1)) {
            return None;
        }
        // "pengar i april. 2 maj: Sista dag": a day followed by its own
        // month name belongs to that month
        if self.token(j + 1).and_then(month_of).is_some() {
            return None;
        }
        j += 1;
        if self.glued(j, ".") || self.ordinal(j) {
            j += 1;
        }
        if self.word(j).starts_with("päiv") {
            j += 1;
        }
        self.with_year(dt.value, m, j)
    }

    /// The day and month read up to `j`, with the year written after them
    /// if any, when the day exists: the date and where it ends.
    fn with_year(&self, day: u32, month: u32, mut j: usize) -> Option<(DayMonth, usize)> {
        let mut dm = DayMonth {
            day,
            month,
            year: None,
        };
        if let Some(k) = self.year_after(j) {
            dm.year = year_of(&self.tokens[k]);
            j = k + 1;
        }
        valid_day(&dm).then_some((dm, j))
    }

    /// Index of a four-digit year at `j` (optionally after a comma).
    pub(super) fn year_after(&self, j: usize) -> Option<usize> {
        let k = if self.word(j) == "," { j + 1 } else { j };
        let t = self.token(k)?;
        if t.kind != TokenKind::Num || t.digits != 4 || year_of(t).is_none() {
            return None;
        }
        // ("2024-25": a span of years; but "1 mars 2024–15 mars 2024" holds
        // a year glued to the next day of a range, whose month follows it)
        let next_day = self
            .glued_num(k + 2)
            .is_some_and(|t| t.digits <= 2 && self.token(k + 3).and_then(month_of).is_some());
        if self.glued(k + 1, "/")
            || self.glued(k + 1, ":")
            || self.glued(k + 1, "-") && self.glued_num(k + 2).is_some() && !next_day
        {
            return None;
        }
        Some(k)
    }

    /// A day number alone ("14", "14.", "14th"): returns it and the index after.
    pub(super) fn bare_day(&self, i: usize) -> Option<(u32, usize)> {
        let t = self
            .token(i)
            .filter(|t| t.kind == TokenKind::Num && t.digits <= 2)?;
        if !(1..=31).contains(&t.value) || !self.free_start(i) {
            return None;
        }
        let mut j = i + 1;
        // "to 5:00 p.m. on January 31": an hour, never the end of a range
        if self.glued(j, ":") && self.glued_num(j + 1).is_some() {
            return None;
        }
        if (self.glued(j, ".") && self.glued_num(j + 1).is_none()) || self.ordinal(j) {
            j += 1;
        } else if self.glued(j, ":")
            && self
                .token(j + 1)
                .is_some_and(|t| !t.space_before && matches!(t.word.as_str(), "e" | "a"))
        {
            // Swedish "den 4:e juni", "1:a maj"
            j += 2;
        }
        Some((t.value, j))
    }

    /// "October 2024 Tuesday 15th", "April 2017   Friday 28th": a pay-date
    /// table's row names its month and year, then the weekday and the day
    /// (the weekday is asked for: a month and its year alone name no day).
    fn month_year_weekday_day(&self, month: u32, y: &Token, k: usize) -> Option<(DayMonth, usize)> {
        if !super::tokens::WEEKDAYS.contains(&self.word(k)) {
            return None;
        }
        let k = k + 1 + usize::from(self.word(k + 1) == ",");
        let d = self
            .token(k)
            .filter(|t| t.kind == TokenKind::Num && t.digits <= 2)?;
        let dm = DayMonth {
            day: d.value,
            month,
            year: year_of(y),
        };
        let end = k + 1 + usize::from(self.ordinal(k + 1));
        valid_day(&dm).then_some((dm, end))
    }

    /// An ordinal suffix glued to a number ("18th").
    pub(super) fn ordinal(&self, j: usize) -> bool {
        self.token(j).is_some_and(|n| {
            !n.space_before && matches!(n.word.as_str(), "th" | "st" | "nd" | "rd")
        })
    }
}

pub(super) fn valid_day(dm: &DayMonth) -> bool {
    (1..=31).contains(&dm.day) && (1..=12).contains(&dm.month)
}

pub(super) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The next occurrence of a day-month on or after `today` (rule 7).
pub(super) fn next_occurrence(m: u32, d: u32, today: NaiveDate) -> Option<NaiveDate> {
    (today.year()..today.year() + 9)
        .filter_map(|y| ymd(y, m, d))
        .find(|x| *x >= today)
}

pub(super) fn resolve(dm: DayMonth, today: NaiveDate) -> Option<NaiveDate> {
    match dm.year {
        Some(y) => ymd(y, dm.month, dm.day),
        None => next_occurrence(dm.month, dm.day, today),
    }
}

pub(super) fn resolve_span(
    a: DayMonth,
    b: DayMonth,
    today: NaiveDate,
) -> Option<(NaiveDate, NaiveDate)> {
    let (s, e) = match (a.year, b.year) {
        (Some(_), Some(_)) => (resolve(a, today)?, resolve(b, today)?),
        (None, Some(yb)) => {
            let e = resolve(b, today)?;
            let s = ymd(yb, a.month, a.day)
                .filter(|s| *s <= e)
                .or_else(|| ymd(yb - 1, a.month, a.day))?;
            (s, e)
        }
        (Some(_), None) => {
            let s = resolve(a, today)?;
            let e = ymd(s.year(), b.month, b.day)
                .filter(|e| *e >= s)
                .or_else(|| ymd(s.year() + 1, b.month, b.day))?;
            (s, e)
        }
        (None, None) => {
            let s = resolve(a, today)?;
            let e = ymd(s.year(), b.month, b.day)
                .filter(|e| *e >= s)
                .or_else(|| ymd(s.year() + 1, b.month, b.day))?;
            (s, e)
        }
    };
    (s <= e && (e - s).num_days() <= 750).then_some((s, e))
}

pub(super) fn last_day(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    ymd(ny, nm, 1)?.pred_opt()
}

pub(super) fn resolve_end_of(
    m: Option<u32>,
    y: Option<i32>,
    today: NaiveDate,
) -> Option<NaiveDate> {
    match (m, y) {
        (Some(m), Some(y)) => last_day(y, m),
        (Some(m), None) => {
            let d = last_day(today.year(), m)?;
            if d >= today {
                Some(d)
            } else {
                last_day(today.year() + 1, m)
            }
        }
        (None, Some(y)) => ymd(y, 12, 31),
        (None, None) => ymd(today.year(), 12, 31),
    }
}

/// Day, month and year numbers read as one date ending before token `end`,
/// if the day exists.
fn full_date(d: &Token, m: &Token, y: &Token, end: usize) -> Option<(DayMonth, usize)> {
    let dm = DayMonth {
        day: d.value,
        month: m.value,
        year: Some(year_of(y)?),
    };
    valid_day(&dm).then_some((dm, end))
}

/// Words naming a numbered budget item or section: a dotted number after
/// them is no date.
fn numbered_item(w: &str) -> bool {
    w.starts_with("moment")
        || matches!(
            w,
            "mom"
                | "item"
                | "section"
                | "chapter"
                | "paragraph"
                | "kohta"
                | "kohdan"
                | "kohdassa"
                | "kohdat"
                | "luku"
                | "luvun"
                | "luvussa"
                | "punkt"
                | "punkten"
                | "avsnitt"
                | "avsnittet"
                | "kapitel"
                | "kapitlet"
        )
}

/// "Deadline: 15/3", "Sista ansökningsdag 23/4", "Hakuaika päättyy 15/3",
/// "the closing date is 15/3": a word that names or ends a limit, or the
/// colon or copula after it, places a slashed day as a date — where a
/// fraction or a score would not stand.
fn labels_day(prev: &str) -> bool {
    // ("Hakuaika umpeutuu 15/3", "Ansökningsperioden avslutas 15/3": the
    // verbs that end a period)
    const BEFORE: [&str; 17] = [
        "umpeutuu",
        "sulkeutuu",
        "avslutas",
        ":",
        "due",
        "is",
        "är",
        "till",
        "med",
        "than",
        "closes",
        "close",
        "ends",
        "päättyy",
        "slutar",
        "stänger",
        "date",
    ];
    BEFORE.contains(&prev)
        || ["dag", "day", "päivä", "deadline", "määräaika"]
            .iter()
            .any(|end| prev.ends_with(end))
}

/// "the deadline will be 15/3", "is now 15/3", "has been set at 15/3",
/// "Sista dag är nu 15/3", "Ansökningstiden går ut 15/3", "up to and
/// including 15/3": the copula, closing verb or limit word of `labels_day`
/// reached through a modal, an adverb or a particle still places the
/// slashed day.
fn labels_day_through(prev2: &str, prev: &str) -> bool {
    matches!(
        (prev2, prev),
        ("will" | "shall" | "would" | "to", "be")
            | ("is" | "är", "now" | "nu")
            | ("set", "at" | "for")
            // "Remisstiden löper ut 15/3" (not the past "har löpt ut 31/3")
            | ("går" | "löper", "ut")
            // "up to and including 15/3"
            | ("and", "including")
    )
}

/// "senast 23/4", "by 15/3", "viimeistään 5/6": a word that closes a
/// period stands only before a date, so a slashed pair after it is one
/// (a fraction such as 1/2 is still refused by the caller).
pub(super) fn ends_by(prev: &str) -> bool {
    matches!(
        prev,
        "senast" | "före" | "innan" | "by" | "before" | "until" | "viimeistään" | "ennen"
    )
}
