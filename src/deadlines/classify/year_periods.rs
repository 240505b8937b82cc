//! A range a whole year long read as a deadline on its last day: "financial
//! year (1 April to 31 March)", "Tävlingstid 1/1-31/12", "under tiden 1
//! november till 31 oktober", "lukuvuodelle 2020-2021 (1.8.2020-31.7.2021)".
//!
//! A reader's period to act (rule 2) is weeks or months long; a range of a
//! year is a financial, membership, school or competition year, a duration
//! or a statistical period (rule 5), whatever limit word stands near it.
//! Round 33 counted such deadlines in real11, 28, 44, 63 and 69.

use chrono::NaiveDate;

use super::super::dates::{DayMonth, Shape};

/// How many days a range must cover to be a year: 1 January – 31 December
/// is 364, 1 April – 31 March 364; the longest application periods in the
/// data run a few months.
const YEAR: i64 = 330;

/// Does the range cover a year or more?
pub(super) fn year_long(shape: &Shape) -> bool {
    let Shape::Span(a, b) = shape else {
        return false;
    };
    days(a, b).is_some_and(|d| d >= YEAR)
}

/// The days from `a` to `b`: with both years written, as written; else in a
/// common year, the end in the next one when it falls before the start.
fn days(a: &DayMonth, b: &DayMonth) -> Option<i64> {
    let (ya, yb) = match (a.year, b.year) {
        (Some(x), Some(y)) => (x, y),
        _ => {
            let wraps = (b.month, b.day) < (a.month, a.day);
            (2001, if wraps { 2002 } else { 2001 })
        }
    };
    let start = NaiveDate::from_ymd_opt(ya, a.month, a.day)?;
    let end = NaiveDate::from_ymd_opt(yb, b.month, b.day)?;
    Some((end - start).num_days())
}
