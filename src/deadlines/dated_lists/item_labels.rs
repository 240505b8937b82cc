//! An item's own label decides before its layout: "April 16, 2023:
//! Workshop Proposal Submission" and "January 15: … submissions due" in a
//! conference's "Important Dates" are the reader's deadlines, "May 1:
//! Acceptance Notification" is the organiser's own day, and only the days
//! the label names nothing of either ("October 27-29: Main Conference")
//! keep the occasion a run of dated items or a heading over it tells.

use std::ops::Range;

use super::super::Kind;

/// The longest item read: a label names its step in a few words, and a
/// longer line is prose with a reading of its own.
const ITEM_BYTES: usize = 160;
/// The longest day leading a label, "September 12, 2023 (Extended)".
const LEAD_BYTES: usize = 40;

/// What the organiser does on its own day: tells, decides, announces.
/// (checked first: "Notification of accepted submissions" is a notice)
const ISSUER: &[&str] = &[
    "notification",
    "notifications",
    "notify",
    "acceptance",
    "decision",
    "decisions",
    "results",
    "announced",
    "announcement",
    "besked",
    "beslut",
    "beslutet",
    "resultat",
    "resultaten",
    "meddelas",
    "päätös",
    "päätökset",
    "tulokset",
    "julkistetaan",
];

/// What the reader must have done by the day: submit, register, apply.
const DUTY: &[&str] = &[
    "submission",
    "submissions",
    "due",
    "deadline",
    "registration",
    "application",
    "applications",
    "inlämning",
    "ansökan",
    "ansökningar",
    "anmälan",
    "anmälningar",
    "stoppdatum",
    "haku",
    "hakemukset",
    "ilmoittautuminen",
    "ilmoittautumiset",
    "määräaika",
    "jättö",
];

/// The text of `range` to read, if any: none for a short item whose own
/// label names the organiser's notice ("May 1: Acceptance Notification"),
/// its day the issuer's own whatever its layout or its words tell. Only a
/// line that a layout gave a hint or that a day and colon label is looked
/// at.
pub(in crate::deadlines) fn kept<'a>(
    clean: &'a str,
    range: Range<usize>,
    line: &str,
    told: Option<Kind>,
) -> Option<&'a str> {
    clean
        .get(range)
        .filter(|_| !read(line, told) || !label_words(line, ISSUER))
}

/// The hint a listed item carries once its own label is read: a deadline
/// where the label names a duty, else the layout's `told` hint.
pub(in crate::deadlines) fn own(line: &str, told: Option<Kind>) -> Option<Kind> {
    if read(line, told) && label_words(line, DUTY) {
        Some(Kind::Deadline)
    } else {
        told
    }
}

/// A short item a layout tells, or a day and its colon's label, with no
/// time of day: a line whose label the reader would go by.
fn read(line: &str, told: Option<Kind>) -> bool {
    line.len() <= ITEM_BYTES && (told.is_some() || labelled(line)) && !timed(line)
}

/// Does the line name one of `set`, with no day after it? ("Due to the
/// General Election": a cause, no duty; "ilmoittautuminen viimeistään
/// 4.3.": a limit with its own day, read by the sentence.)
fn label_words(line: &str, set: &[&str]) -> bool {
    let words: Vec<String> = line
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    (0..words.len()).any(|k| {
        set.contains(&words[k].as_str())
            && !(words[k] == "due" && words.get(k + 1).is_some_and(|n| n == "to"))
            && !words[k + 1..]
                .iter()
                .any(|w| w.contains(|c: char| c.is_ascii_digit()))
    })
}

/// "April 16, 2023: Workshop Proposal Submission": a day, its colon, then a
/// label of a few words (a clock time's colon, "klo 12:00", has digits after
/// it and is no label's).
fn labelled(line: &str) -> bool {
    let t = line
        .trim()
        .trim_start_matches(['-', '•', '*', '–', '·'])
        .trim_start();
    let Some(k) = t.find(':').filter(|&k| k <= LEAD_BYTES) else {
        return false;
    };
    let after = t[k + 1..].trim_start();
    t[..k].contains(|c: char| c.is_ascii_digit())
        && after.starts_with(char::is_alphabetic)
        && !after.trim_end().ends_with('.')
}

/// "Tuesday, January 30, 6 – 7:30 p.m. Rabb Hall, … Great Decisions": an
/// item with a time of day is an occasion whatever its title names.
fn timed(line: &str) -> bool {
    let b = line.as_bytes();
    let clock = (1..b.len().saturating_sub(1))
        .any(|k| b[k] == b':' && b[k - 1].is_ascii_digit() && b[k + 1].is_ascii_digit());
    clock
        || line
            .split_whitespace()
            .any(|w| matches!(w, "p.m." | "a.m." | "pm" | "am" | "klo" | "kl." | "kl"))
}

/// A label on its own line over a day alone ("Regular paper submission\n\n
/// July 10, 2022", "Anmälan\n\n1 maj 2023") that names the reader's duty and
/// no notice of the organiser's: the day under it is a deadline, as the
/// same words leading the day's own line would make it.
pub(in crate::deadlines) fn duty_head(h: &str) -> bool {
    h.len() <= ITEM_BYTES && !timed(h) && label_words(h, DUTY) && !label_words(h, ISSUER)
}

/// What a heading over a day alone tells it is: a duty's label a
/// deadline, else what its words `hint`.
pub(in crate::deadlines) fn head_kind(h: &str, hint: Option<Kind>) -> Option<Kind> {
    if duty_head(h) {
        Some(Kind::Deadline)
    } else {
        hint
    }
}
