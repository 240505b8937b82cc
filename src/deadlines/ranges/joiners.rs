//! The words that join the two ends of a range whatever stands around them.

use super::super::cues::{cue_mask, Category};
use super::super::dates::Grammar;

/// English "through" / "thru": always joins the two ends of a range.
pub(in crate::deadlines) fn through(w: &str) -> bool {
    matches!(w, "through" | "thru")
}

/// Swedish "till och med" and English "up to and including" at `k`, the
/// last day included, join two full dates as "through" does: the token
/// after them ("closed from Thursday 25 December 2025 up to and including
/// Sunday 4 January 2026", real481:5).
pub(super) fn up_to_and_with(g: &Grammar, k: usize) -> Option<usize> {
    let w = |n: usize| g.word(k + n);
    if w(0) == "till" && w(1) == "och" && w(2) == "med" {
        Some(k + 3)
    } else if w(0) == "up" && w(1) == "to" && w(2) == "and" && w(3) == "including" {
        Some(k + 4)
    } else {
        None
    }
}

/// "until" joins two full days as "to" does ("closed on 3 October 2024
/// until 4 October 2024", real536:15), but not a day moved on to another
/// ("extended the deadline … due on November 25 until December 9",
/// real341:4): no word of extending or moving (the lexicon's `extended`
/// and `postpone` words) stands before the first day at `i`.
pub(super) fn until_joins(g: &Grammar, i: usize) -> bool {
    let moving = Category::Extended.bit() | Category::Postpone.bit();
    !g.tokens[..i.min(g.tokens.len())]
        .iter()
        .any(|t| cue_mask(t.word.as_str()) & moving != 0)
}
