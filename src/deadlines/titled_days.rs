//! A programme's day over its title: "September 28th\nThe Lure of Ivory",
//! "24 JANUARI\nDärför sörjer jorden", "29 mars\n\nKastelholmssamtalen".
//! A season programme, a lecture list or a calendar of a society lays out
//! each occasion as its day alone on a line and the occasion's name on the
//! line under it, often with no word saying something takes place. The
//! day line alone reads as a news item's dateline; a short title under it
//! and a day still to come tell it is the day of what the title names.

use chrono::NaiveDate;

use super::cards;
use super::clock::{after_clock_word, clock_word, glued_minutes, quarter_minutes};
use super::tokens::{tokenize, Token, TokenKind};

/// The longest title read: a programme's titles are short, a news item's
/// first paragraph is not, and the look stays constant work.
const TITLE_BYTES: usize = 120;
/// At most this many words in a title ("Vad händer med klimatet?").
const TITLE_WORDS: usize = 14;

/// Whether the date line `line` (a day with at most its clock time) is the
/// day of an occasion, given the lines after it: an event card's place
/// ([`cards::event_card`]), a programme's hours
/// ([`super::timed_days::over_hours`]), a calendar's description with
/// the next day under it ([`super::described_days::over_description`]) or
/// a programme's title under it.
pub(super) fn occasion<'a>(
    line: &str,
    after: impl Iterator<Item = &'a str> + Clone,
    today: NaiveDate,
) -> bool {
    cards::event_card(line, after.clone())
        || super::timed_days::over_hours(line, after.clone(), today)
        || {
            let mut two = after.clone();
            super::described_days::over_description(line, two.next(), two.next(), today)
        }
        || over_title(line, after, today)
}

/// A day still to come alone on its line over a title (at most one blank
/// line between): the day of what the title names.
pub(super) fn over_title<'a>(
    line: &str,
    mut after: impl Iterator<Item = &'a str>,
    today: NaiveDate,
) -> bool {
    // (a day written with its year that is today or past is the page's
    // own: "6.4.2018\n\nToimittaa vai tiedoksiantaa" over a news item)
    if super::parse_date(line).is_some_and(|d| d <= today) || !one_day(line) {
        return false;
    }
    let next = match after.next() {
        Some(n) if n.trim().is_empty() => after.next(),
        n => n,
    };
    next.is_some_and(title_line)
}

/// A short name with no day of its own: words, no month, no weekday, no
/// dotted or slashed date, not a label ending in ':' and no prose.
pub(super) fn title_line(line: &str) -> bool {
    let t = line.trim();
    // (a line ending in a full stop is a sentence: a news item's lead
    // under its dateline, "Hallitus tapasi opiskelijat.")
    if t.is_empty() || t.len() > TITLE_BYTES || t.ends_with([':', '.']) || t.contains('|') {
        return false;
    }
    let toks = tokenize(t, 0);
    let words = toks.iter().filter(|t| t.kind == TokenKind::Word).count();
    // (a date written with dots or slashes: "4.2." "10/1")
    let dotted = toks.windows(2).any(|w| {
        w[0].kind == TokenKind::Num
            && matches!(w[1].word.as_str(), "." | "/")
            && !w[1].space_before
            && w[0].digits <= 2
    });
    // (a bulleted line is an item of a list under the day: "• Huvudbiblioteket
    // kl. 9–18"; a line in capitals a notice: "SUBMIT ANY TIME")
    let first_upper = t.chars().next().is_some_and(char::is_uppercase);
    let shouted = words > 1 && !t.chars().any(char::is_lowercase);
    (1..=TITLE_WORDS).contains(&words)
        && first_upper
        && !shouted
        && !dotted
        && toks.iter().all(|t| {
            t.month.is_none()
                && !super::tokens::WEEKDAYS.contains(&t.word.as_str())
                && !(t.kind == TokenKind::Word && step_word(&t.word))
        })
}

/// A word telling the day is a step of a procedure or a limit, which the
/// title line then tells with its own words ("Publication of call",
/// "Authors notified of decision", "Consultation period", "Report to Full
/// Council"): such a day is no programme's occasion.
pub(super) fn step_word(w: &str) -> bool {
    use super::cues::{is_word_of, Category, Category::*};
    const STEPS: u64 = Publication.bit()
        | Authority.bit()
        | Deadline.bit()
        | DeadlineNoun.bit()
        | Apply.bit()
        | Past.bit()
        | Cancel.bit()
        | Postpone.bit()
        | InForce.bit()
        | Validity.bit()
        | Statistics.bit()
        | Opening.bit()
        | Open.bit()
        | EndVerb.bit()
        | Duration.bit()
        | Break.bit();
    Category::ALL
        .into_iter()
        .filter(|c| STEPS & c.bit() != 0)
        .any(|c| is_word_of(c, w))
}

/// One day on the line, no range of days ("06 May → 07 June 2024", "10 -
/// 11 mars" are periods, read by the rules of ranges).
pub(super) fn one_day(line: &str) -> bool {
    let toks = tokenize(line.trim(), 0);
    let months = toks.iter().filter(|t| t.month.is_some()).count();
    months <= 1
        && !line.contains('→')
        && !toks
            .iter()
            .enumerate()
            .any(|(k, t)| t.word == "-" && !hours_dash(&toks, k))
}

/// Whether the dash at `k` parts the hours of the day ("kl. 14:00 –
/// 16:30", "klo 18–20", "14.00–16.00"), not two days: a clock time on its
/// left, an hour on its right.
fn hours_dash(toks: &[Token], k: usize) -> bool {
    let num = |i: usize| toks.get(i).filter(|t| t.kind == TokenKind::Num);
    let clock_word = |i: usize| toks.get(i).is_some_and(|t| clock_word(&t.word));
    // (left: "14:00" / "14.00" with two digits of minutes, or "klo 18")
    let left = k >= 3
        && glued_minutes(toks, k - 1)
        && matches!(toks[k - 2].word.as_str(), ":" | ".")
        && num(k - 3).is_some_and(|h| h.value < 24)
        && (toks[k - 2].word == ":"
            || (0..k - 3).any(clock_word)
            // ("14.00–16.30" bare: a day and month "1.10–12.10" has no
            // two-digit hour on the quarter)
            || (toks[k - 3].digits == 2 && quarter_minutes(toks, k - 1)));
    // ("kl. 18–20": the abbreviation's dot stands between)
    let led = (k >= 2 && after_clock_word(toks, k - 2) == Some(k - 1))
        || (k >= 3 && after_clock_word(toks, k - 3) == Some(k - 1));
    let left = left || (led && num(k - 1).is_some_and(|h| h.value < 24));
    left && num(k + 1).is_some_and(|h| h.value <= 24)
}
