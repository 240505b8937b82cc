//! An hour written between a range's connective and its closing weekday:
//! "from 1pm on Thursday 22 until 10am on Monday 26 February" (real121:8),
//! "torsdag 14 till kl. 10 fredag 15 mars". Rule 6 ignores the hours, but
//! they stood where `weekday_led_end` looks for the closing weekday, so
//! the first day was dropped and only the last one read, as a single day.
//! A hedge stands there too: "to approximately 4pm Sunday 16 March",
//! "som längst till och med 15 november" (real150:56, real195:49).

use super::super::clock::{after_clock_word, hour, meridiem, minutes};
use super::super::dates::Grammar;

impl Grammar<'_> {
    /// The index after an hour at `k` ("10am", "10:30 pm", "kl. 10", "klo
    /// 10.00", "noon") and the "on" or comma that hands it to its day; `k`
    /// itself when no hour stands there. A bare number is no hour here: it
    /// is the closing day of "Thursday 14 to 15 March"'s kind.
    pub(super) fn past_hour(&self, k: usize) -> usize {
        let t = self.tokens;
        let minutes_after = |h: usize| {
            let sep = matches!(self.word(h + 1), ":" | ".")
                && t.get(h + 1).is_some_and(|x| !x.space_before);
            if sep && minutes(t, h + 2) {
                h + 3
            } else {
                h + 1
            }
        };
        let end = if matches!(self.word(k), "noon" | "midnight") {
            k + 1
        } else if let Some(h) = after_clock_word(t, k).filter(|&h| hour(t, h)) {
            minutes_after(h)
        } else if hour(t, k) && meridiem(t, minutes_after(k)) {
            let m = minutes_after(k);
            // "p.m." is three tokens and its last dot, "pm" one
            if self.word(m + 1) != "." {
                m + 1
            } else if self.word(m + 3) == "." {
                m + 4
            } else {
                m + 3
            }
        } else {
            return k;
        };
        if matches!(self.word(end), "on" | ",") {
            end + 1
        } else {
            end
        }
    }

    /// An hour ends right before the weekday at `i - 1` ("from 1pm on
    /// Thursday 22", "från kl. 13 torsdag 14"): the range's opener may
    /// stand before that hour.
    pub(super) fn hour_before_weekday(&self, i: usize) -> bool {
        let Some(weekday) = i.checked_sub(1) else {
            return false;
        };
        (weekday.saturating_sub(5)..weekday).any(|k| self.past_hour(k) == weekday)
    }

    /// The index after a hedge on the closing day at `k` ("approximately",
    /// "about", "noin", "ungefär", "cirka", "som längst" and its "till och
    /// med"); `k` itself when none stands there.
    pub(super) fn past_hedge(&self, k: usize) -> usize {
        match self.word(k) {
            "approximately" | "approx" | "about" | "around" | "noin" | "ungefär" | "cirka" => {
                k + 1
            }
            "som" if self.word(k + 1) == "längst" => {
                let k = k + 2;
                match self.word(k) {
                    "till" if self.word(k + 1) == "och" && self.word(k + 2) == "med" => k + 3,
                    "till" => k + 1,
                    _ => k,
                }
            }
            _ => k,
        }
    }

    /// What follows a bare number at `k` makes it an hour, not a day ("7
    /// pm", "7.30"), or, after a "to" with no "from" before the range, a
    /// count ("May 1 to 7 days").
    pub(super) fn not_a_day_after(&self, k: usize, to: bool, opened: bool) -> bool {
        meridiem(self.tokens, k)
            || (matches!(self.word(k), "." | ":") && self.glued_num(k + 1).is_some())
            || (to
                && !opened
                && matches!(
                    self.word(k),
                    "days" | "weeks" | "months" | "years" | "hours" | "people" | "per" | "%"
                ))
    }
}
