//! The rules' last word on their own mentions, before [`super::review`]
//! reads them again: one reading per period, duplicates gone, and the first
//! and last days of a range told again on their own folded into it.

use chrono::NaiveDate;

use super::{one_reading, programme_days, timed_ends, Kind, Mention};

/// Deduplicates on (kind, date, end) and sorts by date, then kind.
///
/// A text that gives an event's run as a range often tells its first and
/// last day again on their own ("the exams run 27.–30.5. … begin on Monday
/// 27.5. and the last is held on Thursday 30.5."): those two days are the
/// range's ends, not events of their own. When further listed days fall
/// between them ("lectures on Tuesdays 11.10–22.11": 11.10, 25.10, …, 22.11)
/// the range is the span of a series and the days are the events.
pub(super) fn finish(mut v: Vec<Mention>, text: &str) -> Vec<Mention> {
    one_reading::settle(&mut v, text);
    v.sort_by_key(|a| (a.date, a.kind, a.end));
    v.dedup_by(|a, b| a.kind == b.kind && a.date == b.date && a.end == b.end);
    let singles: std::collections::BTreeSet<NaiveDate> = v
        .iter()
        .filter(|m| m.kind == Kind::Event && m.end.is_none())
        .map(|m| m.date)
        .collect();
    let headings = programme_days::headings(&v);
    let mut ends = std::collections::HashMap::new();
    let mut spans = std::collections::HashSet::new();
    for m in v.iter().filter(|m| m.kind == Kind::Event) {
        let Some(end) = m.end else { continue };
        if !(singles.contains(&m.date) && singles.contains(&end))
            || programme_days::festival(m.date, end, &singles, &headings)
        {
            continue;
        }
        if singles.range(m.date..=end).count() > 2 {
            spans.insert((m.date, end));
        } else {
            ends.insert(m.date, m.text.clone());
            ends.insert(end, m.text.clone());
        }
    }
    v.retain(|m| {
        m.kind != Kind::Event
            || match m.end {
                Some(end) => !spans.contains(&(m.date, end)),
                None => ends
                    .get(&m.date)
                    .is_none_or(|range| timed_ends::own_occasion(&m.text, range)),
            }
    });
    v
}
