//! Runs of days one a line: a council's diary ("Thursday 23 July\n\nThursday
//! 20 August\n\nThursday 17 September"), a library's closing days under the
//! holidays' names ("Labor Day\nMonday, September 5\nThanksgiving\nThursday,
//! November 24"). Three or more lines that are each a weekday and its date
//! alone are the days of a calendar, each one an occasion, even when no
//! heading over them names an event; a news listing's dates stand one above
//! each item's title and text, never in such a run.

use chrono::NaiveDate;

use super::dated_lists::DatedList;
use super::text::is_heading_line;
use super::weekday_led;

mod day_leads;

/// The fewest days a run holds: two days alone may be a dateline and its
/// update.
const MIN_RUN: usize = 3;

/// The most lines looked at past a day for the rest of its run.
const WINDOW: usize = 12;

/// The most words of a name standing between two days of a run ("New
/// Year's Day 2023", "Staff Development Day").
const NAME_WORDS: usize = 4;

/// The days alone counted so far in the run the current line belongs to,
/// the run of dated items ([`DatedList`]) it belongs to, the calendar of
/// days leading their entries ([`day_leads::DayLeads`]) it stands in, and
/// the lines the current line's entry takes when it leads one.
#[derive(Default)]
pub(super) struct DayRun(usize, DatedList, day_leads::DayLeads, Option<usize>);

impl DayRun {
    /// Notes a non-blank line: a day alone extends the run, a short name
    /// between days keeps it, anything else ends it.
    pub(super) fn see<'a>(
        &mut self,
        line: &str,
        ahead: impl Iterator<Item = &'a str> + Clone,
        today: NaiveDate,
    ) {
        self.1.see(line);
        self.3 = self.2.entry(line, ahead, today);
        if weekday_led(line) {
            self.0 += 1;
        } else if !name_line(line) {
            self.0 = 0;
        }
    }

    /// The lines after the current line that its entry takes, beyond the
    /// first, when it is a day leading its entry in a calendar.
    pub(super) fn leads(&self) -> Option<usize> {
        self.3
    }

    /// Is `line`, a day alone just seen, one of a run of at least
    /// `MIN_RUN` days, counting those in the lines `ahead` of it?
    pub(super) fn holds<'a>(
        &self,
        line: &str,
        ahead: impl Iterator<Item = &'a str> + Clone,
    ) -> bool {
        if self.1.holds(line, ahead.clone()) {
            return true;
        }
        if self.0 == 0 || !weekday_led(line) {
            return false;
        }
        reaches(self.0, MIN_RUN, ahead.take(WINDOW), weekday_led, name_line)
    }
}

/// Whether a run of `seen` lines reaches `min` lines counting those
/// `ahead` that are `one` of it; lines that `keep` it are passed over, any
/// other ends it.
pub(super) fn reaches<'a>(
    seen: usize,
    min: usize,
    ahead: impl Iterator<Item = &'a str>,
    one: impl Fn(&str) -> bool,
    keep: impl Fn(&str) -> bool,
) -> bool {
    let mut n = seen;
    for next in ahead {
        if n >= min {
            break;
        }
        if one(next) {
            n += 1;
        } else if !keep(next) {
            break;
        }
    }
    n >= min
}

/// A blank line or a short name with no day in it ("Thanksgiving").
fn name_line(line: &str) -> bool {
    line.trim().is_empty()
        || (is_heading_line(line) && line.split_whitespace().count() <= NAME_WORDS)
}
