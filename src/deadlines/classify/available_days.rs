//! Occasions "available on" a day: "Mental Health first aid courses will be
//! available on Monday, March 29 and Tuesday, March 30" (real358:17).
//!
//! "Available" tells a validity ("the recording is available until 5
//! May"), whose end is no day to act on; "available on" a day, said of an
//! occasion the clause names (a course, a session, a clinic), tells when it
//! is held.

use super::super::cues::Category;

/// Clears the validity bit of the first "available" right before "on" in a
/// clause that names an occasion.
pub(super) fn clear(words: &[&str], masks: &mut [u64]) {
    let n = masks.len().min(words.len());
    let at = (0..n.saturating_sub(1)).find(|&k| words[k] == "available" && words[k + 1] == "on");
    let Some(k) = at else { return };
    if masks[..n].iter().any(|m| m & Category::Event.bit() != 0) {
        masks[k] &= !(Category::Validity.bit() | Category::Validity.sure());
    }
}
