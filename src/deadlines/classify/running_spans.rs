//! An event's range written without a year that has already begun on the
//! day of reading: "har varit ute på formellt samråd från 9 maj till 20
//! juni" read on 17 June, "groups from August 15 to May 31" read on 1
//! September.
//!
//! Rule 7 takes the next occurrence of the first day, so such a range was
//! moved a whole year ahead (2020-05-09..2020-06-20 for the consultation
//! above, real84:22). A page tells what is under way now, not the same
//! days a year later: no label of real1–real84 or of the written sets
//! holds a range moved so (round 35 counted), so the range is told
//! nothing. A period to act in keeps its closing day this year (`emit`).

use chrono::{Datelike, NaiveDate};

use super::super::dates::{ymd, DayMonth};

/// Do the yearless days `a`..`b` run over `today`, the first already past
/// (the last still ahead or today)? A range over the turn of the year
/// counts from the first day in `today`'s year or the year before.
pub(super) fn running(a: DayMonth, b: DayMonth, today: NaiveDate) -> bool {
    if a.year.is_some() || b.year.is_some() {
        return false;
    }
    let y = today.year();
    let (Some(s), Some(e)) = (ymd(y, a.month, a.day), ymd(y, b.month, b.day)) else {
        return false;
    };
    if e >= s {
        s < today && today <= e
    } else {
        // over the new year: begun last year and ending this year, or
        // begun this year and ending next year
        today <= e || s < today
    }
}
