//! News of an occasion: "The chamber announced it will hold a town hall
//! meeting Thursday, April 2." The announcing word tells of the news; the
//! occasion told after it takes place on its day.

use super::super::cues::{Category, Window};
use super::covered_periods;

/// Is the day the occasion an announcement before it tells of (left
/// window `lw`, right window `rw`)? A verb of taking place after the last
/// news word, with an event noun or a main verb of taking place after it:
/// "is pleased to announce that Culture Night will take place on Friday
/// 23 September" (real416:57) names the occasion as well as "announced it
/// will hold a town hall meeting" does.
pub(super) fn announced(lw: Window, rw: Window) -> bool {
    if rw.has(Category::Publication) {
        return false;
    }
    match (
        lw.last_mark(Category::Publication),
        lw.last_mark(Category::Happen),
    ) {
        (Some(p), Some(h)) if h > p => {
            lw.has(Category::Event) || covered_periods::held_in(&lw.words[p + 1..])
        }
        _ => false,
    }
}
