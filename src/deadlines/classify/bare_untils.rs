//! "Until D" with no action of the reader: "restaurants will be closed
//! until the end of May", "Varasijoja täytetään 31.7. asti", "Spelas i
//! Skellefteå till den 15 juli", "närserviceenheten är stängd fram till
//! 18.8".
//!
//! "Until" marks a deadline only when someone is to act by the day (rule
//! 1). With nobody addressed, no action word, no obligation and no modal of
//! the reader's ability in the clause, the day is the end of a closure, a
//! run, a validity or the issuer's own work (rule 5). Round 32 removed 17
//! such deadlines in 15 batches this way.

use super::super::cues::ends_with;
use super::super::signals::obligation;
use super::ClauseInfo;

/// Is the day after "until" (not a range's) no one's deadline: a duration
/// ("valid until", opening hours, an exhibition), or a clause with no action
/// of the reader in it? ("through Saturday" in a donation drive stays a
/// deadline: "through" is read as the reader's last day.)
pub(super) fn ends_nothing(
    duration: bool,
    imm: &[&str],
    l: &[&str],
    r: &[&str],
    info: &ClauseInfo,
) -> bool {
    if info.apply {
        return false;
    }
    duration
        || !ends_with(imm, "through")
            && !info.deadline_noun
            && !info.event_noun
            && !obligation(l)
            && !obligation(r)
            && !reader_named(l, r)
}

/// Does a word around the day name the reader, what the reader may do
/// ("you can", "voit", "kan man", "have until") or what is taken in from
/// the reader ("responses are collected until"), a campaign the reader
/// takes part in, or a named day of answering ("svarsdatum")?
fn reader_named(l: &[&str], r: &[&str]) -> bool {
    l.iter().chain(r).any(|w| {
        matches!(
            *w,
            "can"
                | "may"
                | "you"
                | "your"
                | "have"
                | "has"
                | "accepted"
                | "taken"
                | "received"
                | "collected"
                | "responses"
                | "kerätään"
                | "vastaanotetaan"
                | "samlas"
                | "emot"
                | "voi"
                | "voit"
                | "voitte"
                | "voivat"
                | "mahdollista"
                | "sinä"
                | "sinulla"
                | "teillä"
                | "aikaa"
                | "entry"
                | "kan"
                | "du"
                | "ni"
                | "har"
                | "påseende"
        ) || w.contains("kampanj")
            || w.starts_with("campaign")
            || (w.len() > 6 && w.ends_with("datum"))
    })
}
