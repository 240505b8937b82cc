//! An item's own label decides before its layout: "April 16, 2023:
//! Workshop Proposal Submission" and "January 15: … submissions due" in a
//! conference's "Important Dates" are the reader's deadlines, "May 1:
//! Acceptance Notification" is the organiser's own day, and only the days
//! the label names nothing of either ("October 27-29: Main Conference")
//! keep the occasion a run of dated items or a heading over it tells.

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
    "deadline",
    "haku",
    "hakemukset",
    "ilmoittautuminen",
    "ilmoittautumiset",
    "määräaika",
    "jättö",
];

/// The hint a listed item carries once its own label is read: `None` for
/// the issuer's own day (nothing is read on the line), else the layout's
/// `told` hint, unless the label names a duty. Only a short line that a
/// layout gave a hint is looked at, so prose keeps its own reading.
pub(in crate::deadlines) fn own(line: &str, told: Option<Kind>) -> Option<Option<Kind>> {
    if line.len() > ITEM_BYTES || (told.is_none() && !labelled(line)) || timed(line) {
        return Some(told);
    }
    let words: Vec<String> = line
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    // ("Due to the General Election": a cause, no duty)
    let any = |set: &[&str]| {
        (0..words.len()).any(|k| {
            set.contains(&words[k].as_str())
                && !(words[k] == "due" && words.get(k + 1).is_some_and(|n| n == "to"))
        })
    };
    if any(ISSUER) {
        None
    } else if any(DUTY) {
        Some(Some(Kind::Deadline))
    } else {
        Some(told)
    }
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
