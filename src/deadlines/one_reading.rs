//! One period, one reading. A period the reader acts in ("på granskning
//! under tiden 23 november till 14 december 2018", "Hakuaika I:
//! 9.–24.1.2018", "finns till påseende 1.7 – 16.8") is read by the rules
//! as a deadline on its closing day (rule 2). When a clause of the text
//! already names that closing day as the reader's limit ("synpunkter …
//! senast den 14 december 2018", real133:55), the period must not stay an
//! event range beside it: the same days would be read twice, once as a
//! thing held and once as a limit, and rule 2 gives the period one
//! deadline only.
//!
//! The role is read, not the phrase. An event range is dropped when a
//! deadline on its last day is read from a sentence that limits the reader
//! (a limit word of the lexicon: "senast", "viimeistään", "received by",
//! "hakuaika", "application", or the range's own sentence) and names no
//! thing held ("Retki … päättyy … klo 16 mennessä", real29:11; "Tapahtuma
//! päättyy …", real107:18: an event's own end misread as a limit). A range
//! stays when its own sentence names a thing held (a trip, a fair, "deltar
//! i Almedalsveckan"), or when the text is about an election, whose polling
//! period is an event by the settled conventions even when a result is due
//! on its last day (real23:20, real35:36, real10:13).
//!
//! The other half: a range whose own sentence invites the reader to act in
//! it ("Tyck till om förslaget 25.6.–7.8.", "Have your say … from 1 to 15
//! March", "anna palautetta") is that period, so rule 2 reads it as a
//! deadline on its close, never as a thing held (real119:30).

use std::collections::HashSet;

use chrono::NaiveDate;

use super::classify::voting_days::ELECTION_STEMS;
use super::cues::{cue_mask, has, is_word_of, phrase_at, phrases, Category};
use super::{Kind, Mention};

/// Drops from `v` every event range whose last day a reader's limit of the
/// same text already reads, unless the range names a thing held or `text`
/// speaks of an election.
pub(super) fn settle(v: &mut Vec<Mention>, text: &str) {
    for m in v.iter_mut() {
        if m.kind == Kind::Event
            && m.end.is_some_and(|e| e > m.date)
            && invites(&m.text)
            && !held(&m.text)
        {
            if let Some(e) = m.end {
                m.kind = Kind::Deadline;
                m.date = e;
                m.end = None;
            }
        }
    }
    if !v.iter().any(|m| m.kind == Kind::Deadline) {
        return;
    }
    let closes: HashSet<(NaiveDate, &str)> = v
        .iter()
        .filter(|m| m.kind == Kind::Deadline)
        .map(|m| (m.date, m.text.as_str()))
        .collect();
    let limits: HashSet<NaiveDate> = closes
        .iter()
        .filter(|(_, s)| limits_reader(s))
        .map(|(d, _)| *d)
        .collect();
    let read_twice = |m: &Mention| {
        let Some(end) = m.end else { return false };
        m.kind == Kind::Event
            && end > m.date
            && !held(&m.text)
            && (limits.contains(&end) || closes.contains(&(end, m.text.as_str())))
    };
    let drop: Vec<bool> = v.iter().map(read_twice).collect();
    // (the whole text is read for an election only when a range would go)
    if !drop.contains(&true) || election(text) {
        return;
    }
    let mut k = 0;
    v.retain(|_| {
        k += 1;
        !drop.get(k - 1).copied().unwrap_or(false)
    });
}

/// The lower-case words of a sentence, punctuation left out.
fn words(sentence: &str) -> Vec<String> {
    sentence
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Does the sentence name a thing held on its days, by a word, a phrase
/// or a compound's stem of the lexicon ("Syysretki", "deltar i
/// Almedalsveckan", "seminar", "anordnas", "Tapahtuma")?
fn held(sentence: &str) -> bool {
    let owned = words(sentence);
    let ws: Vec<&str> = owned.iter().map(String::as_str).collect();
    (0..ws.len()).any(|s| {
        is_word_of(Category::Event, ws[s])
            || cue_mask(ws[s]) & Category::Event.sure() != 0
            || phrase_at(&ws, s, Category::Event)
    })
}

/// Does the sentence set the reader a limit: a deadline word ("senast",
/// "mennessä", "last day to", "received by"), a deadline noun ("hakuaika",
/// "tidsfrist") or an application's word?
fn limits_reader(sentence: &str) -> bool {
    let owned = words(sentence);
    let ws: Vec<&str> = owned.iter().map(String::as_str).collect();
    (0..ws.len())
        .any(|s| phrase_at(&ws, s, Category::Deadline) || phrase_at(&ws, s, Category::Apply))
        || phrases(Category::DeadlineNoun)
            .iter()
            .any(|cue| has(&ws, cue))
}

/// Does the text speak of an election or a vote? Its polling days are
/// events, and a deadline may close them (a school's result is reported
/// by the last voting day).
fn election(text: &str) -> bool {
    let low = text.to_lowercase();
    // ("voting" too: a school's vote, whose result is due on its last day)
    ELECTION_STEMS
        .iter()
        .chain(&["voting"])
        .any(|p| low.contains(p))
}

/// Does the sentence invite the reader to act in its period: comment,
/// give feedback, apply, register, donate ("tyck till", "anna palautetta",
/// "have your say")? Nouns of the one acted for ("applicants") and a
/// closed or negated call ("Ansökan … är stängd 1 januari till 31 mars",
/// real27:22; "du inte kunna ansöka") are no invitation.
fn invites(sentence: &str) -> bool {
    const STEMS: [&str; 14] = [
        "comment",
        "feedback",
        "palaute",
        "palautet",
        "mielipi",
        "kommentoi",
        "lahjoit",
        "ilmoittau",
        "synpunkt",
        "yttrande",
        "skänk",
        "åsikt",
        "hakuaika",
        "ansökningstid",
    ];
    const WORDS: [&str; 9] = [
        "apply",
        "register",
        "views",
        "submissions",
        "hae",
        "hakea",
        "haku",
        "ansök",
        "ansökan",
    ];
    let owned = words(sentence);
    let ws: Vec<&str> = owned.iter().map(String::as_str).collect();
    let asked = ws
        .iter()
        .any(|w| STEMS.iter().any(|p| w.starts_with(p)) || WORDS.contains(w))
        || has(&ws, "tyck till")
        || has(&ws, "have your say")
        || has(&ws, "sign up");
    asked
        && !(0..ws.len())
            .any(|s| phrase_at(&ws, s, Category::Negation) || phrase_at(&ws, s, Category::Break))
}
