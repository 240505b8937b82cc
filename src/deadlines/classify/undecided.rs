//! A future day no cue decided, and nothing right beside it either: the
//! default for a day the reader found and then has to judge from its
//! context alone. A clock time further along its clause ("pe 6.6.
//! päivittäin klo 10–14", "Saturday 14 June, doors open 18:00") tells the
//! hour something starts, so the day is the day it happens on. Past,
//! validity, the issuer's own days and deadline words have all been read
//! before this is asked; what is asked here is what a reader would still
//! say against it: a call or a time limit named in the clause, a service
//! merely open, the far end of a range, the day a window opens. A day
//! first on its line with the name of its occasion after it is read in
//! `line_starts.rs`, a day after a date label in `labelled_days.rs`, a day
//! after "on" or "den" in prose in `governed_days.rs`.

use super::super::clock;
use super::super::cues::Category;
use super::super::dates::Expr;
use super::super::tokens::{Token, TokenKind};
use super::ClauseInfo;

/// How far a dash, a clock time or a window word is looked for around the
/// day, in tokens: a clause's own reach, not the page's.
const BEFORE: usize = 6;
const AFTER: usize = 12;
/// The longest line read as a day's own line: a heading or a listing
/// entry, not a sentence of prose.
const SHORT_LINE: usize = 60;

/// Is the `k`th date of the clause (tokens `t`, dates `xs`), which nothing
/// else decided, the day something happens on?
pub(super) fn default_event(
    text: &str,
    t: &[Token],
    masks: &[u64],
    xs: &[Expr],
    k: usize,
    info: &ClauseInfo,
) -> bool {
    let x = &xs[k];
    // "Applications … 5 June at 16:00": the hour of a time limit; "avoinna
    // klo 10–14": a service's hours, nothing held
    if info.apply || info.deadline_noun || info.open_told {
        return false;
    }
    if range_end(text, t, x.start) || window_opens(t, x.start, x.end) {
        return false;
    }
    let lo = x.start.saturating_sub(BEFORE);
    let hi = (x.end + AFTER).min(t.len());
    // the numbers of this day and of the days next to it are no hours
    let near = &xs[k.saturating_sub(1)..(k + 2).min(xs.len())];
    let dated = |i: usize| near.iter().any(|d| (d.start..d.end).contains(&(i + lo)));
    if clock_in(&t[lo..hi], dated) {
        return true;
    }
    line_default(text, t, masks, xs)
        || ((super::line_starts::entry_day(text, t, xs, k)
            || super::labelled_days::labelled_day(t, xs, k))
            && !told_otherwise(t, masks))
        || super::governed_days::governed_day(t, masks, xs, k, told_otherwise)
}

/// A day on a short line of its own ("5.9 Slåttergille", "Kulturnatten –
/// 22 april", "Queens theatre 8th March 2025"): a heading or an entry of a
/// listing, the day of what the line names, unless the line itself says
/// otherwise: a limit, validity, opening or publication word or a past
/// tense ("RESPONSE BY: September 30"), a closure or works (a period whose
/// end the line does not give: "ROAD CLOSURE – SUNDAY 2 APRIL" runs
/// overnight), an "until" frame, a holiday's
/// name, a place reopening, a document's title ("12.3. Board minutes"),
/// or two days on one line (a row of a table,
/// read by the layout readers).
fn line_default(text: &str, t: &[Token], masks: &[u64], xs: &[Expr]) -> bool {
    xs.len() == 1
        && own_line(text, t)
        && !told_otherwise(t, masks)
        && !super::line_starts::numbered_section(text, &t[xs[0].start])
}

/// Does the clause (tokens `t`, their cue `masks`) itself say why its day
/// is no day something happens on: a limit, validity, opening or
/// publication word or a past tense, a closure or works, an "until"
/// frame, a holiday's name, a place reopening, a document's title?
fn told_otherwise(t: &[Token], masks: &[u64]) -> bool {
    // the phrases as written, not every word that may start one: "Our
    // final concert is on 2 April" has no "final day" in it
    // (`written_cues.rs`)
    let written = [
        Category::Deadline,
        Category::DeadlineBefore,
        Category::DeadlineNoun,
        Category::Apply,
        Category::Open,
        Category::EndVerb,
        Category::Validity,
        Category::Break,
    ];
    // a word that may open an opening or a publication phrase still
    // tells: "will" of "will open" ("fees will increase on 1 April", a
    // change), "next" of "next update" ("the next issue will appear on
    // 5 June", a publication); read as written, the tuned sets gave
    // three wrong events and real14, real52, real53 lost a day each
    // (a past word too: "Den 10 maj 2029 har vi åter Anna Berg på besök",
    // "har" of "har redan", stays a bare day, as its English and Finnish
    // forms do)
    let loose = Category::Opening.bit() | Category::Publication.bit() | Category::Past.bit();
    if super::written_cues::written_any(t, masks, &written) || masks.iter().any(|b| b & loose != 0)
    {
        return true;
    }
    t.iter().any(|y| {
        let w = y.word.as_str();
        matches!(
            w,
            "by" | "until"
                | "till"
                | "tills"
                | "senast"
                | "asti"
                | "saakka"
                | "mennessä"
                | "viimeistään"
        ) || w.contains("holiday")
            || w.contains("helgdag")
            || w.contains("afton")
            || w.contains("aatto")
            || w.contains("pyhä")
            // "OVERNIGHT ROAD CLOSURE – SUNDAY 2 APRIL": a closure runs
            // past the day it names
            || w.starts_with("closure")
            || w.contains("avstängning")
            || w.ends_with("sulku")
            || w.starts_with("reopen")
            || w.starts_with("resum")
            || w.starts_with("återöppn")
            // "12.3. Board minutes": the date of a document, nothing held
            || matches!(w, "minutes" | "letter" | "report" | "brev" | "kirje")
            || w.starts_with("pöytäkirj")
            || w.starts_with("protokoll")
            || w.starts_with("rapport")
            || w.starts_with("raport")
    })
}

/// Does the clause whose tokens are `t` stand on a short line of its own
/// in `text`: nothing but blanks or a list mark between it and the line
/// breaks around it, shorter than a sentence of prose, and among other
/// lines (a text of one line is a sentence, not a heading)? Only the bytes
/// of that line are looked at, at most `SHORT_LINE` on either side.
pub(super) fn own_line(text: &str, t: &[Token]) -> bool {
    let (Some(first), Some(last)) = (t.first(), t.last()) else {
        return false;
    };
    if last.end.saturating_sub(first.start) >= SHORT_LINE {
        return false;
    }
    let bytes = text.as_bytes();
    let before = line_before(text, first.start, SHORT_LINE);
    let after = line_after(text, last.end, SHORT_LINE);
    let blank_b = before
        .iter()
        .all(|b| matches!(b, b' ' | b'\t' | b'*' | b'#' | b'-'));
    let blank_a = after
        .iter()
        .all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'.' | b':' | b'!'));
    let broken = before.len() < first.start || last.end + after.len() < bytes.len();
    // "Biljettsläpp sker 15 maj.": a sentence of prose ends with its stop
    let words = t
        .iter()
        .filter(|y| y.kind == TokenKind::Word && y.month.is_none())
        .count();
    let stopped = words >= 2 && (last.word.as_str() == "." || after.first() == Some(&b'.'));
    blank_b && blank_a && broken && !stopped
}

/// The bytes of `text` on the same line before byte `at`, the nearest
/// `max` of them at most: what stands before a token on its line.
pub(super) fn line_before(text: &str, at: usize, max: usize) -> &[u8] {
    let b = &text.as_bytes()[..at.min(text.len())];
    let from = b.len().saturating_sub(max);
    let cut = b[from..]
        .iter()
        .rposition(|c| *c == b'\n')
        .map_or(from, |p| from + p + 1);
    &b[cut..]
}

/// The bytes of `text` on the same line from byte `at` on, `max` of them
/// at most: what stands after a token on its line.
fn line_after(text: &str, at: usize, max: usize) -> &[u8] {
    let b = &text.as_bytes()[at.min(text.len())..];
    let b = &b[..b.len().min(max)];
    let end = b.iter().position(|c| *c == b'\n').unwrap_or(b.len());
    &b[..end]
}

/// Is a clock time written among the tokens `t`: "18:00", "7 pm", "kl.
/// 19", "klo 18"? `dated` tells which tokens belong to a date (their
/// numbers are no hours). "at" alone is no clock word here: "at 3 venues".
pub(super) fn clock_in(t: &[Token], dated: impl Fn(usize) -> bool) -> bool {
    let hour = |i: usize| clock::hour(t, i) && !dated(i);
    let w = |i: usize| t.get(i).map_or("", |x| &*x.word);
    // (a colon only, as a dotted "13.12" in a clause is its day; "at 7"
    // left out, as "at" leads a place as often as an hour)
    (0..t.len()).any(|k| {
        (hour(k) && w(k + 1) == ":" && clock::minutes(t, k + 2))
            || (hour(k) && clock::meridiem_word(w(k + 1)))
            || (w(k) != "at" && clock::after_clock_word(t, k).is_some_and(hour))
    })
}

/// Is the day starting at `start` the far end of a range the reader did
/// not join ("ma 2.6. – pe 6.6.", "6.8.2022 / 10:00 - 7.8.2022")? The
/// dash is looked for at most four tokens back, past a weekday or a clock
/// time.
pub(super) fn range_end(text: &str, t: &[Token], start: usize) -> bool {
    let num = |i: usize| t[i].kind == TokenKind::Num;
    // (a dash first in the sentence stands mid-line when the sentence was cut
    // at it; a list's dash stands first on its line)
    let mid_line = |i: usize| {
        line_before(text, t[i].start, 80)
            .iter()
            .any(|b| !b.is_ascii_whitespace())
    };
    // (the tokens before the sentence are the heading's, on lines above)
    let same_line = |a: usize, b: usize| {
        text.get(t[a].end..t[b].start)
            .is_some_and(|g| !g.contains('\n'))
    };
    (start.saturating_sub(4)..start).any(|i| {
        t[i].word.as_str() == "-"
            && if i == 0 || !same_line(i - 1, i) {
                mid_line(i)
            } else {
                num(i - 1) || (i >= 2 && t[i - 1].word.as_str() == "." && num(i - 2))
            }
    })
}

/// Does the day open a window rather than hold an event: "from 1 June",
/// "från den 1 juni", "1.6. klo 9 alkaen", "15 May onwards"?
pub(super) fn window_opens(t: &[Token], start: usize, end: usize) -> bool {
    let mut k = start;
    while k > 0 && matches!(t[k - 1].word.as_str(), "the" | "den" | "on") {
        k -= 1;
    }
    let before = k > 0
        && matches!(
            t[k - 1].word.as_str(),
            "from" | "från" | "starting" | "since" | "effective" | "fr"
        );
    let after = t
        .iter()
        .skip(end)
        .take(8)
        .any(|y| matches!(y.word.as_str(), "alkaen" | "lähtien" | "onwards" | "framåt"));
    before || after
}
