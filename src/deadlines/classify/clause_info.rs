//! A clause as `classify` reads it: its tokens and words, and the facts
//! told anywhere in it that decide its dates together.

use super::super::tokens::Token;
use super::super::Kind;

/// One clause of a sentence: its tokens, their words and cue masks.
pub(in crate::deadlines) struct Clause<'a> {
    pub(in crate::deadlines) tokens: &'a [Token],
    pub(in crate::deadlines) words: &'a [&'a str],
    pub(in crate::deadlines) masks: &'a [u64],
    /// The sentence tells of something taking place.
    pub(in crate::deadlines) happens: bool,
    /// Leading tokens from a heading: read as words, never as dates.
    pub(in crate::deadlines) skip: usize,
    /// What the heading or the introducing sentence above the line says the
    /// dates listed under it are, for a date no cue of its own decides.
    pub(in crate::deadlines) hint: Option<Kind>,
}

/// Clause-wide facts.
pub(in crate::deadlines) struct ClauseInfo {
    pub(in crate::deadlines) cancel: bool,
    /// Token index of the first postponement word ("postponed", "siirretty").
    pub(in crate::deadlines) postponed_at: Option<usize>,
    pub(in crate::deadlines) postponed: bool,
    pub(in crate::deadlines) apply: bool,
    pub(in crate::deadlines) event_noun: bool,
    /// An event word in the clause's own words, not in the heading or the
    /// line above it ("classes and activities to take place" in the
    /// sentence before "the centre is scheduled to reopen on Saturday").
    pub(in crate::deadlines) own_event: bool,
    /// A period told to open and to close (`ranges::paired_verbs::closed_window`).
    pub(in crate::deadlines) closed_window: bool,
    /// A break or works named in the clause ("resurfacing", "vägarbetet").
    pub(in crate::deadlines) works: bool,
    /// A place told closed in the clause ("will be closed", "stängs",
    /// "sulkeutuu"; `place_closings::closure_word`).
    pub(in crate::deadlines) closure: bool,
    /// The clause itself tells a service open, with no event word of its
    /// own ("TI 23.12. avoinna klo 12-17" under "Poikkeusaukioloajat ja
    /// tapahtumat:"): an event word in the heading does not make it one.
    pub(in crate::deadlines) open_told: bool,
    pub(in crate::deadlines) negation: bool,
    /// "ska hållas tidigast … och senast …": a window to hold something in.
    pub(in crate::deadlines) held_within: bool,
    /// "deadline", "määräaika", "tidsfrist", "hakuaika": a postponed date is
    /// a new deadline.
    pub(in crate::deadlines) deadline_noun: bool,
    /// A noun naming a time limit itself ("deadline", "valitusaika",
    /// "besvärstiden"), not just an action word.
    pub(in crate::deadlines) strict_deadline_noun: bool,
    /// Token index of a possible extension ("voidaan jatkaa", "can be
    /// extended", "kan förlängas"): a later date is its upper bound, not a
    /// deadline.
    pub(in crate::deadlines) may_extend_at: Option<usize>,
    /// The heading over the line says "open" ("AVOINNA", "Öppet"): the
    /// days listed are opening days.
    pub(in crate::deadlines) open_heading: bool,
    /// The clause names an application period ("the application period
    /// … is", "hakuaika", "ansökningstiden"): a range in it is that period.
    pub(in crate::deadlines) named_period: bool,
}
