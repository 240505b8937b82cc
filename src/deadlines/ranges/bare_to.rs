//! A bare day joined by "to" to a full date of the same month, with no
//! "from" before it: "the schools will be closed 6 to 7 April 2022"
//! (real83:4), "Konferensen hålls 6 till 7 april". Written with a dash or
//! after "from"/"between" the range was already read (`expr_at`); without
//! them the first day was dropped and only the last one kept, as a single
//! day. Rule 4: consecutive days written as a range are one event.

use super::super::clock::clock_word;
use super::super::dates::{valid_day, DayMonth, Expr, Grammar, Shape};
use super::super::tokens::TokenKind;

impl Grammar<'_> {
    /// The bare day `day` at `i`, followed at `j` by "to"/"till" and a full
    /// date, read as a range. Not after an hour's word ("kl. 10 till 15
    /// juni" tells an hour), nor after an hour range's dash, nor when the
    /// next word is no day of a month (`bare_day_to` wants a full date: "6
    /// to 7 April", not "aged 6 to 7").
    pub(super) fn bare_day_to_date(&self, day: u32, i: usize, j: usize) -> Option<(Expr, usize)> {
        if !matches!(self.word(j), "to" | "till") {
            return None;
        }
        if clock_word(self.word_before(i)) {
            return None;
        }
        // (the second day must be a number of its own: "6 to 7 April", not
        // "6 to April 7", a month-first date read by its own form)
        if self.token(j + 1).is_none_or(|t| t.kind != TokenKind::Num) {
            return None;
        }
        self.bare_day_to(day, i, j + 1)
    }

    /// Does "och med" (with "den") stand right before `i`, as in "från
    /// och med den 12 till och med den 14 februari" (real453:21)?
    pub(super) fn after_with(&self, i: usize) -> bool {
        let k = i - usize::from(self.word(i.wrapping_sub(1)) == "den");
        k >= 2 && self.word(k - 1) == "med" && self.word(k - 2) == "och"
    }

    /// A bare day `day` (written at `start`) that runs to the full date at
    /// `to`: "14–15 November", "between 14 and 18 October". The first day
    /// takes the second's month and year and must come before it.
    pub(super) fn bare_day_to(&self, day: u32, start: usize, to: usize) -> Option<(Expr, usize)> {
        let (b, end) = self.atom(to)?;
        let a = DayMonth {
            day,
            month: b.month,
            year: b.year,
        };
        (day < b.day && valid_day(&a)).then_some((
            Expr {
                shape: Shape::Span(a, b),
                start,
                end,
            },
            end,
        ))
    }
}
