//! "27. & 28. May 2023", "on 2. September 2026": a day written with its
//! dot before a capitalised month name (English capitalises its months)
//! is one date, not the end of a sentence and the start of the next.

use super::super::tokens::tokenize;

/// Whether the dot ending `before` closes a day number that the month and
/// year (or day) in `rest` complete: a day of one or two digits, then a
/// month's name, then a number.
pub(super) fn day_dot_month(before: &str, rest: &str) -> bool {
    if !super::day_before(before) {
        return false;
    }
    // (two words looked at: constant work whatever the line's length)
    let mut words = rest.split_whitespace();
    words
        .next()
        .is_some_and(|w| tokenize(w, 0).first().is_some_and(|t| t.month.is_some()))
        && words
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}
