//! One home for "is this a clock time?". The rules of days read hours in
//! several places (a day's line, a card, a cell of a table, a line led by
//! its hours), and they do not all accept the same forms: a bare "13.12"
//! is a day in a line that holds a day, and an hour in a cell that holds
//! nothing else. The parts every reader shares live here once; where
//! readers differ, the difference is a named choice below, with the reason
//! the reader wants it.
//!
//! The forms: a clock word before an hour ("klo 18", "kl. 9.30", "kello
//! 10", "at 7"), an hour and its minutes after a colon ("18:00") or a dot
//! ("9.00", read as an hour only where a day cannot stand), an hour with
//! its meridiem ("7 pm", "4 p.m."), and hours alone in a cell, a span
//! among them ("klo 18–20"). A bare span "10–14" stays with the one
//! reader that takes it after a date (`classify/near.rs`).
//!
//! Every recogniser looks at a fixed number of tokens from where it is
//! asked, or makes one pass over a short cell: linear in the text.

use super::tokens::{tokenize, Token, TokenKind};

/// A word that leads a clock time: "klo 18", "kl. 9.30", "kello 10",
/// "klockan 09:00", "at 7".
pub(super) fn clock_word(w: &str) -> bool {
    line_clock_word(w) || w == "kello" || w == "klockan"
}

/// A clock word of a line laid out as a day's hours (a card, a calendar's
/// day line, a line of hours alone, the last look of `classify/near.rs`):
/// "klo", "kl", "at". These readers were measured without "kello", and
/// counting it there is left to a round that measures it.
pub(super) fn line_clock_word(w: &str) -> bool {
    matches!(w, "klo" | "kl" | "at")
}

/// A part of a clock time ("4 p.m.", "klo 16.00", "at 12:00"), one word at
/// a time: `classify` reads the words just before a date, without their
/// order.
pub(super) fn time_part(w: &str) -> bool {
    (!w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
        || matches!(
            w,
            "." | ":"
                | "am"
                | "pm"
                | "a"
                | "p"
                | "m"
                | "at"
                | "klo"
                | "kl"
                | "kello"
                | "noon"
                | "cet"
                | "eet"
        )
}

/// "(noon)", "(CET)": a named time in brackets after a clock time.
fn bracketed_time(w: &[&str]) -> bool {
    matches!(w, ["(", t, ")"] if named_time(t))
}

/// Where the clock time written right before `end` in `l` starts ("until 4
/// p.m. on", "by 16.00 on", "senast kl. 12 den", "by midnight on", "until
/// 17.00 Brussels time on", "klo 13 Suomen aikaa", "12:00 p.m. (noon) on");
/// `end` when none is.
pub(super) fn time_start(l: &[&str], end: usize) -> usize {
    let mut ti = end;
    loop {
        if ti > 0 && (time_part(l[ti - 1]) || named_time(l[ti - 1])) {
            ti -= 1;
        } else if ti > 1 && matches!(l[ti - 1], "time" | "aikaa" | "tid") {
            ti -= 2;
        } else if ti > 2 && bracketed_time(&l[ti - 3..ti]) {
            ti -= 3;
        } else {
            return ti;
        }
    }
}

/// A time of day written as a word, or a time zone: "midnight", "noon", "CET".
/// (The words a sentence says beside a date, read by `classify`: no hour
/// is needed.)
pub(super) fn named_time(w: &str) -> bool {
    matches!(
        w,
        "midnight"
            | "noon"
            | "midday"
            | "keskiyöllä"
            | "keskiyöhön"
            | "puoliltaöin"
            | "keskipäivällä"
            | "midnatt"
            | "midnatt."
            | "cet"
            | "eet"
            | "cest"
            | "eest"
            | "utc"
            | "gmt"
    )
}

/// Where a span of hours ends the words before a date: "from 10am until
/// 3.30pm on 28 January", "between 9am and 2pm on Saturday 15 February",
/// "mellan kl. 10 och 14 den 5 maj". `words` end at the connective (the
/// second hour already taken off); the index of "from"/"between" is
/// returned, so that the connective is read as joining two hours of the
/// day, not as a limit ("until") of the day itself.
pub(super) fn hour_span_start(words: &[&str]) -> Option<usize> {
    let (last, rest) = words.split_last()?;
    if !matches!(
        *last,
        "until" | "till" | "to" | "and" | "och" | "tills" | "-" | "–"
    ) {
        return None;
    }
    let mut k = rest.len();
    while k > 0 && time_part(rest[k - 1]) {
        k -= 1;
    }
    let hour = rest[k..]
        .iter()
        .any(|w| w.bytes().any(|b| b.is_ascii_digit()));
    let opener = k.checked_sub(1).filter(|&o| span_opener(rest[o]))?;
    hour.then_some(opener)
}

/// The word opening a span of hours: "from", "between", "mellan", "från".
fn span_opener(w: &str) -> bool {
    matches!(w, "from" | "between" | "mellan" | "från")
}

/// Where a date's left window starts when it reaches `reach` words back
/// from `at`: a reach that ends inside the first clock time of an hours'
/// span ("from 9:30 a.m. until 10:30 a.m. Saturday, Nov. 25") takes the
/// span's opener in, so the span is read as hours, not as "until" the day.
pub(super) fn reach_back(words: &[&str], at: usize, reach: usize) -> usize {
    // (a clock time's bracketed note is no word: "no later than 12:00 p.m.
    // (noon) on", real478:34; "by 23:00 (CET) on", real204:5)
    let notes = words[at.saturating_sub(reach)..at]
        .windows(3)
        .filter(|w| bracketed_time(w))
        .count();
    let lo = at.saturating_sub(reach + 3 * notes);
    if lo == 0 || !time_part(words[lo]) {
        return lo;
    }
    let mut k = lo;
    while k > 0 && time_part(words[k - 1]) {
        k -= 1;
    }
    match k.checked_sub(1) {
        Some(o) if span_opener(words[o]) => o,
        _ => lo,
    }
}

/// The word of the token at `i`, or "" past the end.
fn word(t: &[Token], i: usize) -> &str {
    t.get(i).map_or("", |x| x.word.as_str())
}

/// The index of the hour after a clock word at `k` ("klo 18", and "kl. 18"
/// with the abbreviation's dot between), or `None` when no clock word is
/// at `k`.
pub(super) fn after_clock_word(t: &[Token], k: usize) -> Option<usize> {
    clock_word(word(t, k)).then(|| if word(t, k + 1) == "." { k + 2 } else { k + 1 })
}

/// An hour of a sentence: up to two digits, at most 24 ("24" closes a day:
/// "klo 18–24").
pub(super) fn hour(t: &[Token], i: usize) -> bool {
    t.get(i)
        .is_some_and(|x| x.kind == TokenKind::Num && x.digits <= 2 && x.value <= 24)
}

/// The minutes of a clock time: two digits under 60.
pub(super) fn minutes(t: &[Token], i: usize) -> bool {
    t.get(i)
        .is_some_and(|x| x.kind == TokenKind::Num && x.digits == 2 && x.value < 60)
}

/// Minutes glued to the separator before them ("18:30", not "18: 30"): the
/// readers of a line's own layout, where a space after a colon or a dot
/// starts the next item ("kl. 14: 30 deltagare").
pub(super) fn glued_minutes(t: &[Token], i: usize) -> bool {
    minutes(t, i) && t.get(i).is_some_and(|x| !x.space_before)
}

/// Minutes after a dot that make a bare dotted hour ("18.30", "14.00"):
/// glued and on the quarter only, as "23.10" and "1.11" are days; the
/// readers of a line led by its hours and of a dash between hours take
/// this form, the others read a dotted pair as a day.
pub(super) fn quarter_minutes(t: &[Token], i: usize) -> bool {
    glued_minutes(t, i) && t.get(i).is_some_and(|m| m.value % 15 == 0)
}

/// A meridiem written whole, "am" or "pm": the form the readers of a
/// clause's hours and of a day line's hours were measured with ("7 pm").
pub(super) fn meridiem_word(w: &str) -> bool {
    matches!(w, "am" | "pm")
}

/// A meridiem at `k`: "am", "pm", or "a.m." / "p.m." (read as "p", ".",
/// "m").
pub(super) fn meridiem(t: &[Token], k: usize) -> bool {
    meridiem_word(word(t, k))
        || (matches!(word(t, k), "a" | "p") && word(t, k + 1) == "." && word(t, k + 2) == "m")
}

/// Which cells of a table hold hours and nothing else.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Cell {
    /// A cell of a row of days and times ("| 8:45 am", "| klo 18"): the
    /// cell must hold a colon or a dot, as a bare "18" beside days is a day
    /// number in a row of days; "at" counts, "kello" has not been met.
    Punctuated,
    /// A cell after an occasion and its day ("| 6PM-8PM", "| klo 18–20"):
    /// a colon or a clock word marks it, as "10-12" alone could be days;
    /// "at" never starts such a cell, so it does not count.
    Marked,
}

/// Whether `cell` is clock times alone in the form `form` asks for: "8:45
/// am", "klo 18", "kl. 19.00", "14.00–16.00", "6PM-8PM".
pub(super) fn hours_cell(cell: &str, form: Cell) -> bool {
    let toks = tokenize(cell, 0);
    let mut marked = match form {
        Cell::Punctuated => cell.contains([':', '.']),
        Cell::Marked => cell.contains(':'),
    };
    let all = toks.iter().all(|t| match t.kind {
        TokenKind::Num => t.value < 100 && t.digits <= 2,
        TokenKind::Punct => matches!(t.word.as_str(), ":" | "." | "-"),
        TokenKind::Word => {
            let w = t.word.as_str();
            let clock = meridiem_word(w)
                || matches!(w, "klo" | "kl")
                || match form {
                    Cell::Punctuated => w == "at",
                    Cell::Marked => w == "kello",
                };
            marked |= clock && form == Cell::Marked;
            clock
        }
    });
    all && marked && toks.iter().any(|t| t.kind == TokenKind::Num)
}

/// A clock time alone on its line ("14.00", "18:00", "kl. 10"): two
/// numbers, or one after a clock word. Here a bare "14.00" is an hour, as
/// the line under a day holds its time, and "kello" has not been met.
pub(super) fn alone(line: &str) -> bool {
    let toks = tokenize(line, 0);
    let nums = toks.iter().filter(|x| x.kind == TokenKind::Num).count();
    let said = toks.iter().any(|x| x.kind == TokenKind::Word);
    (nums == 2 || (said && nums == 1))
        && toks.iter().all(|x| match x.kind {
            TokenKind::Num => x.digits <= 2,
            TokenKind::Punct => matches!(x.word.as_str(), "." | ":"),
            TokenKind::Word => line_clock_word(&x.word),
        })
}
