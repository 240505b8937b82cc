//! The day a reader's action opens: "1 April 2019: Online registration
//! opens", "Förtidsröstningen startar den 6 september", "haku avautuu
//! 26.9.", "voi ilmoittautua 25.8. klo 8.00 alkaen".
//!
//! Rule 2: the opening day of a call, a registration or a booking period is
//! never reported. An opening word next to its day is read by the window
//! rules only when it stands right before the date; in a list line, after
//! a label or with the noun between verb and day, the day reached a default
//! and was told as an event (round 32 counted 15 such days in 14 batches
//! and removed 6).
//! Here the day is dropped when the action's noun and an opening word both
//! stand next to it, after every other reading of the clause.

use super::super::cues::{Category, Window};

/// How many words on each side of the day are looked at: the noun and the
/// verb of "Online registration opens" or "ansökningsomgång lediganslås
/// den" stand within them; a course "that starts" further off is another
/// clause's.
const REACH: usize = 6;

/// Is the day with these words before it (`l`, nearest last, the previous
/// date's words already cut off) and after it (`r`) the opening day of the
/// reader's action?
pub(super) fn opening_day(l: Window, r: Window) -> bool {
    let lo = l.words.len().saturating_sub(REACH);
    let left = Window {
        words: &l.words[lo..],
        masks: &l.masks[lo..],
    };
    let hi = r.words.len().min(REACH);
    let right = Window {
        words: &r.words[..hi],
        masks: &r.masks[..hi],
    };
    let words = || left.words.iter().chain(right.words.iter());
    if !words().any(|w| action_noun(w)) {
        return false;
    }
    // (a postposition of opening, "25.8. klo 8 alkaen", follows its own day
    // only: before the day it is the previous one's)
    let opened = left.words.iter().any(|w| opening_verb(w))
        || right
            .words
            .iter()
            .any(|w| opening_verb(w) || matches!(*w, "alkaen" | "fr.o.m."));
    if !opened {
        return false;
    }
    // "registration opens 1 May and is open until 31 May", "haku on auki
    // 31.5. asti": a limit word makes the day a deadline; an event noun
    // ("registration for the course that starts on") makes the day the
    // event's own
    let kept = [
        Category::Deadline,
        Category::DeadlineBefore,
        Category::EndVerb,
        Category::Event,
    ];
    !kept.iter().any(|&c| left.has(c) || right.has(c))
}

/// A noun of an action the reader takes in a period: registering,
/// applying, voting, booking, queueing, declaring.
fn action_noun(w: &str) -> bool {
    const STEMS: [&str; 19] = [
        "registration",
        "enrolment",
        "enrollment",
        "applications",
        "voting",
        "ballot",
        "booking",
        "nominations",
        "ilmoittaut",
        "haku",
        "äänestys",
        "ennakkoäänestys",
        "varaus",
        "anmälan",
        "anmälning",
        "ansökan",
        "ansöknings",
        "registrering",
        "bokning",
    ];
    STEMS.iter().any(|s| w.starts_with(s))
        || w.contains("röstning")
        || w.contains("ilmoittautu")
        || matches!(w, "kölista" | "kölistan" | "deklarationen")
}

/// A verb of opening or starting, as the action's own: "opens", "startar",
/// "avautuu", "alkaa", "lediganslås", "drar i gång" (its "drar").
fn opening_verb(w: &str) -> bool {
    matches!(
        w,
        "opens"
            | "reopens"
            | "starts"
            | "begins"
            | "commences"
            | "avautuu"
            | "aukeaa"
            | "avataan"
            | "alkaa"
            | "alkavat"
            | "käynnistyy"
            | "öppnar"
            | "öppnas"
            | "öppnade"
            | "startar"
            | "börjar"
            | "inleds"
            | "lediganslås"
            | "drar"
            // the opening told as past: "Hakuaika on alkanut 12.
            // lokakuuta" (real279:19), "ansökningstiden har börjat den"
            | "alkanut"
            | "alkoi"
            | "avautui"
            | "avautunut"
            | "avattiin"
            | "käynnistyi"
            | "käynnistynyt"
            | "opened"
            | "started"
            | "began"
            | "begun"
            | "commenced"
            | "började"
            | "börjat"
            | "startade"
            | "startat"
            | "inleddes"
    )
}
