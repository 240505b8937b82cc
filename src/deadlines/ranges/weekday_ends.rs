//! A range whose two days each carry a weekday: "Monday 23 – Friday 27
//! October", "mån 23 – fre 27 okt", "maanantaista 23. perjantaihin
//! 27.10.". The weekday written before the closing day hides the day from
//! the dash, so without this only the last day was read (as one day); the
//! first day takes the closing day's month and year, as in "23–27 October".
//! Written with no month at all ("closed on Friday 20 October, then half
//! term Monday 23 – Friday 27"), both days take the month of the clause's
//! previous date, when they come after it.

use super::super::dates::{valid_day, DayMonth, Expr, Grammar, Shape};
use super::super::tokens::{fi_weekday_illative, WEEKDAYS};
use super::through;

/// A Finnish weekday in the elative ("maanantaista"): the start of a range.
fn fi_weekday_elative(w: &str) -> bool {
    w.strip_suffix("sta")
        .is_some_and(|stem| WEEKDAYS.contains(&stem) && stem.len() > 3)
}

impl Grammar<'_> {
    /// "Monday 23 – Friday 27" at `i` with no month written: a range in
    /// the month of `prev`, the clause's previous date.
    pub(super) fn month_left_out(
        &self,
        i: usize,
        floor: usize,
        prev: Option<&Expr>,
    ) -> Option<(Expr, usize)> {
        let last = match &prev?.shape {
            Shape::One(d) | Shape::Span(_, d) => *d,
            Shape::Days(v) => *v.last()?,
            Shape::EndOf { .. } => return None,
        };
        let (d, j) = self.bare_day(i)?;
        self.weekday_led_end(d, i, j, floor, Some(last))
    }

    /// After the bare day `d` (written at `i`, read up to `j`) that follows a
    /// weekday: a connective, the closing day's weekday and the closing
    /// date. Both weekdays are required, so a bare number before a dash
    /// ("open 9 – Friday 27 October") stays what it was.
    pub(super) fn weekday_led_end(
        &self,
        d: u32,
        i: usize,
        j: usize,
        floor: usize,
        prev: Option<DayMonth>,
    ) -> Option<(Expr, usize)> {
        let before = self.word_before(i);
        if !(WEEKDAYS.contains(&before) || fi_weekday_elative(before)) {
            return None;
        }
        let w = self.word(j);
        // ("from 1pm on Thursday 22 until 10am on Monday 26 February": an
        // hour of the opening day stands between it and "from", and the closing day's hour before its weekday is passed,
        // `past_hour`. Without "from", "Monday 4th to Monday 11th July"
        // heads a window to act in, real27:1, so "to" still wants it)
        let reach = if self.hour_before_weekday(i) { 8 } else { 3 };
        // ("Thursday 26th to Friday 27th September - all facilities
        // closed": a closure told after the days makes them its span)
        let closure = || {
            (j..j + 12).any(|k| {
                matches!(
                    self.word(k),
                    "closed" | "closure" | "stängt" | "stängd" | "suljettu" | "kiinni"
                )
            })
        };
        let joined = self.is_dash(j)
            || through(w)
            || (matches!(w, "to" | "till" | "until")
                && (self.range_opener(i, floor, reach) || closure()));
        let k = if joined {
            self.past_hour(self.past_hedge(j + 1))
        } else {
            j
        };
        let closing = self.word(k);
        // Finnish marks the closing weekday by its case, with no dash
        // ("maanantaista 23. perjantaihin 27.10.")
        let weekday = if k == j {
            fi_weekday_illative(closing)
        } else {
            WEEKDAYS.contains(&closing) || fi_weekday_illative(closing)
        };
        if !weekday {
            return None;
        }
        // "fre. 27 okt": the point of an abbreviation
        let day = if self.word(k + 1) == "." {
            k + 2
        } else {
            k + 1
        };
        if let Some(span) = self.bare_day_to(d, i, day) {
            return Some(span);
        }
        self.in_previous_month(d, i, day, prev)
    }

    /// "Monday 23 – Friday 27" with no month: the month and year of the
    /// clause's previous date `prev`, when both days come after it.
    fn in_previous_month(
        &self,
        d: u32,
        i: usize,
        day: usize,
        prev: Option<DayMonth>,
    ) -> Option<(Expr, usize)> {
        let prev = prev?;
        let (d2, end) = self.bare_day(day)?;
        // a month written after the day belongs to a date `atom` read
        if self
            .token(end)
            .and_then(super::super::tokens::month_of)
            .is_some()
        {
            return None;
        }
        let a = DayMonth { day: d, ..prev };
        let b = DayMonth { day: d2, ..prev };
        (prev.day < d && d < d2 && valid_day(&a) && valid_day(&b)).then_some((
            Expr {
                shape: Shape::Span(a, b),
                start: i,
                end,
            },
            end,
        ))
    }

    /// Past the closing day's weekday at `k` when the opening day at `i`
    /// carries one too: "Monday 5 September to Friday 16 December", a
    /// school term after its label. The weekday hides the closing day
    /// from "to", so the term was read as two days; both weekdays are
    /// required, so "5 September to Friday's meeting" stays one day.
    pub(super) fn past_closing_weekday(&self, i: usize, k: usize) -> usize {
        if !self.weekday_led(i) || !WEEKDAYS.contains(&self.word(k)) {
            return k;
        }
        // ("Fri. 16 December", "Friday, 16 December")
        match self.word(k + 1) {
            "." | "," => k + 2,
            _ => k + 1,
        }
    }

    /// A weekday written just before the day at `i`, with or without its
    /// comma ("Friday 19 June", "from Friday, June 19"): the American order
    /// keeps the weekday's comma, which hid it from the range's first day.
    /// With the comma only after "from" or "between": lines of moved days
    /// ("Monday, December 25 to Saturday, December 23", real17:7) are no
    /// ranges.
    pub(super) fn weekday_led(&self, i: usize) -> bool {
        if WEEKDAYS.contains(&self.word_before(i)) {
            return true;
        }
        i >= 2
            && self.word(i - 1) == ","
            && WEEKDAYS.contains(&self.word_before(i - 1))
            && self.range_opener(i, 0, 4)
    }
}
