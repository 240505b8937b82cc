//! A day, a month name and a year joined by dashes: "28-December-2022",
//! "01-Mar-2023", "30-Sep-2018", "24-Mar-20".
//!
//! Owns: that one written form of a full date. Listings and form rows print
//! dates this way (real24:3 "Deadline: 03-Aug-2026", real132:39 a column of
//! "28-December-2022"), and before this the dashes hid the month from
//! `Grammar::day_month`, which reads only a spaced "28 December 2022", so
//! the day was never read at all. The month's name settles the order, so a
//! two-digit year is safe here as it is not in the all-number "24-04-19"
//! (a Swedish year-first dateline); the year is required, so a score or a
//! span of days glued to a month ("3-0", "14-15 March") is never taken.

use super::dates::{year_of, DayMonth, Grammar};
use super::tokens::{month_of, MonthForm, TokenKind};

/// The date of "DD-Month-YYYY" at `i` and the index after it.
pub(super) fn named_dashed(g: &Grammar, i: usize) -> Option<(DayMonth, usize)> {
    let d = g
        .token(i)
        .filter(|t| t.kind == TokenKind::Num && t.digits <= 2)?;
    if !g.free_start(i) || !g.glued(i + 1, "-") {
        return None;
    }
    let month = g.token(i + 2).filter(|t| !t.space_before)?;
    let (m, form) = month_of(month)?;
    if form != MonthForm::Plain || !g.glued(i + 3, "-") {
        return None;
    }
    let y = g
        .glued_num(i + 4)
        .filter(|t| t.digits == 4 || t.digits == 2)?;
    // ("01-Mar-2023-05": an identifier, not a date)
    if g.glued(i + 5, "-") && g.glued_num(i + 6).is_some() {
        return None;
    }
    let dm = DayMonth {
        day: d.value,
        month: m,
        year: Some(year_of(y)?),
    };
    super::dates::valid_day(&dm).then_some((dm, i + 5))
}
