//! A programme's days inside the range of its festival: "Kyläviikko
//! 6.–13.6.2021" over "SU 6.6. klo 13.00", "TI 8.6. klo 18.00", …, or a
//! tournament's "16.-17.5.2026" over "• lauantaina 16.5. G-juniorit". A
//! text that tells a run's days again in prose ("the exams run 27.–30.5.
//! … begin on Monday 27.5.") repeats the range's ends, and a series'
//! span ("lectures on Tuesdays 11.10–22.11") is its listed days; but a
//! festival of a week or so laid out as day headings, each line led by its
//! day, is an occasion of its own with the programme's days inside it:
//! the range and the days all stand.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::tokens::{tokenize, TokenKind, WEEKDAYS};
use super::{Kind, Mention};

/// The longest festival read as one occasion over its day headings: a
/// week with its weekends ("Fri 6.6. – Sun 15.6."); a longer span is a
/// season or a series, its days its events.
const FESTIVAL_DAYS: i64 = 10;

/// The single days whose phrase is led by its day, after at most its
/// bullet and weekday: a programme's day headings.
pub(super) fn headings(v: &[Mention]) -> BTreeSet<NaiveDate> {
    v.iter()
        .filter(|m| m.kind == Kind::Event && m.end.is_none() && led_by_day(&m.text))
        .map(|m| m.date)
        .collect()
}

/// Whether the range `from..=to` is a short festival whose single days
/// inside (`singles`) are all day headings of its programme.
pub(super) fn festival(
    from: NaiveDate,
    to: NaiveDate,
    singles: &BTreeSet<NaiveDate>,
    headings: &BTreeSet<NaiveDate>,
) -> bool {
    (to - from).num_days() <= FESTIVAL_DAYS
        && singles.range(from..=to).all(|d| headings.contains(d))
}

/// "SU 6.6. klo 13.00", "• lauantaina 16.5. G-juniorit", "Torsdag 13.11
/// kl. 16.30", "Friday, Oct 14": the day first, after at most a bullet, a
/// weekday and "den".
fn led_by_day(phrase: &str) -> bool {
    // (a heading is short: the look stays constant work)
    let head = phrase.get(..phrase.len().min(40)).unwrap_or(phrase);
    tokenize(head, 0)
        .iter()
        .find(|t| {
            !(t.kind == TokenKind::Punct
                || WEEKDAYS.contains(&t.word.as_str())
                || matches!(t.word.as_str(), "den" | "the"))
        })
        .is_some_and(|t| t.kind == TokenKind::Num || t.month.is_some())
}
