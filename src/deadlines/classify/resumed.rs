//! An activity that starts again: "Kursen börjar igen den 8 januari",
//! "training starts again on 8 January", "kerho alkaa jälleen 8.1.".
//!
//! "Opens again" ends a break of a place or a service, which is no event of
//! its own; a course, a training or a club night that *starts* again holds
//! its first meeting on the day, so the day is an event like any start of
//! a named activity.

use super::starts;

/// A verb of starting next to the date, with an event noun in the clause:
/// the again-word tells the activity resumes, not that a place reopens.
pub(super) fn activity(imm: &[&str], r_head: &[&str], event_noun: bool) -> bool {
    event_noun && imm.iter().chain(r_head).any(|w| starts(w))
}
