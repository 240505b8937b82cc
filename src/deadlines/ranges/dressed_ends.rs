//! A range joined by "to"/"till" with no "from", whose two days are each
//! dressed the same way: a Swedish weekday with "den" ("måndagen den 28
//! september till lördagen den 3 oktober", real23:41) or an hour with "on"
//! ("12:00 on 4 October to 08:00 on 6 October", a road closure, real99:29).
//! The dressing of the closing day hid it from "to", so the first day was
//! read alone and the closing day became a second single day (or a
//! deadline). Both days must wear the dressing, so "4 October to 08:00"
//! (an hour on the first day) and "28 september till lördagen" stay as
//! they were.

use super::super::dates::Grammar;
use super::super::tokens::{TokenKind, WEEKDAYS};

impl Grammar<'_> {
    /// The index of the closing day after "to" at `k`, past its dressing,
    /// when the opening day at `i` wears the same dressing; else `k`.
    pub(super) fn past_closing_dress(&self, i: usize, k: usize) -> usize {
        self.past_weekday_den(i, k)
            .or_else(|| self.past_hour_on(i, k))
            .unwrap_or(k)
    }

    /// Past an hour written after the opening day at `k` ("Friday, November
    /// 13, 2020, 5:00 PM through Sunday, November 15, 2020, 10:00 AM",
    /// real46:44) when "through" follows it, which always joins a range;
    /// else `k`.
    pub(super) fn past_opening_hour(&self, k: usize) -> usize {
        match self.hour_from(k) {
            Some(e) if super::through(self.word(e)) => e,
            _ => k,
        }
    }

    /// "måndagen den 28 september till lördagen den 3 oktober".
    fn past_weekday_den(&self, i: usize, k: usize) -> Option<usize> {
        let opening =
            i >= 2 && self.word(i - 1) == "den" && WEEKDAYS.contains(&self.word_before(i - 1));
        let closing = WEEKDAYS.contains(&self.word(k)) && self.word(k + 1) == "den";
        (opening && closing).then_some(k + 2)
    }

    /// "12:00 on 4 October to 08:00 on 6 October", "9am on 17th May to 6pm
    /// on 18th May": an hour and "on" before both days.
    fn past_hour_on(&self, i: usize, k: usize) -> Option<usize> {
        if i < 2 || self.word(i - 1) != "on" || !self.hour_ending_at(i - 1) {
            return None;
        }
        let after = self.hour_from(k)?;
        (self.word(after) == "on").then_some(after + 1)
    }

    /// An hour written just before `end` ("12:00", "9am", "6 pm").
    fn hour_ending_at(&self, end: usize) -> bool {
        let num = |j: usize| self.token(j).is_some_and(|t| t.kind == TokenKind::Num);
        let Some(s) = end.checked_sub(1) else {
            return false;
        };
        if matches!(self.word(s), "am" | "pm") {
            return s >= 1 && num(s - 1);
        }
        // "12:00": the minutes glued after a colon
        s >= 2 && self.glued_num(s).is_some() && self.glued(s - 1, ":") && num(s - 2)
    }

    /// An hour starting at `k` ("08:00", "6pm", "6 pm"): the index after it.
    fn hour_from(&self, k: usize) -> Option<usize> {
        let t = self.token(k).filter(|t| t.kind == TokenKind::Num)?;
        if t.digits > 2 || t.value > 24 {
            return None;
        }
        let mut j = k + 1;
        let minutes = self.glued(j, ":") && self.glued_num(j + 1).is_some();
        if minutes {
            j += 2;
        }
        if matches!(self.word(j), "am" | "pm") {
            j += 1;
        } else if !minutes {
            return None;
        }
        Some(j)
    }
}
