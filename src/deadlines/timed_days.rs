//! A programme's day over its hours: "June 7\n\n4 p.m. - Judging of dairy
//! heifers", "May 19th, 2024\n2:00 - 3:00 pm\nCH Booth Library", "12.8.\nklo
//! 18 Avajaiset". A show's or a festival's programme lays out each day alone
//! on a line and what happens then on lines led by the hour. The day line
//! alone reads as a news item's dateline; a line led by a clock time under
//! it tells it is the day of what those hours hold.

use chrono::NaiveDate;

use super::clock::{after_clock_word, glued_minutes, meridiem, quarter_minutes};
use super::tokens::{tokenize, Token, TokenKind};

/// The longest line read as an hour's line: the look stays constant work.
const HOUR_LINE: usize = 160;

/// Whether the date line `line` (a day alone, still to come when its year
/// is written) stands over a line led by a clock time (at most one blank
/// line between).
pub(super) fn over_hours<'a>(
    line: &str,
    mut after: impl Iterator<Item = &'a str>,
    today: NaiveDate,
) -> bool {
    let (first, second) = (after.next(), after.next());
    let hours = match first {
        Some(blank) if blank.trim().is_empty() => second,
        n => n,
    };
    // (a day written with its year that is today or past is the page's
    // own: "5.3.2024\n10:32" is a news item's time of publishing)
    hours.is_some_and(hour_led) && super::parse_date(line).is_none_or(|d| d > today)
}

/// A line led by a clock time: "4 p.m. - …", "18:30 Prelude", "2:00 -
/// 3:00 pm", "klo 18 Avajaiset", "kl. 13.30 Visning", "at 7pm the talk".
pub(super) fn hour_led(line: &str) -> bool {
    let t = line
        .trim_start_matches(['-', '•', '*', ' ', '\t'])
        .trim_end();
    if t.is_empty() || t.len() > HOUR_LINE {
        return false;
    }
    let toks = tokenize(t, 0);
    let num = |i: usize| toks.get(i).filter(|t| t.kind == TokenKind::Num);
    let word = |i: usize| toks.get(i).map_or("", |t: &Token| t.word.as_str());
    // (a clock word first: "klo 18", "kl. 13.30", "at 7")
    let at = after_clock_word(&toks, 0).unwrap_or(0);
    if num(at).is_none_or(|h| h.value >= 24 || h.digits > 2) {
        return false;
    }
    // ("18:30", "2:00"; "18.30" on the quarter only, as "23.10" is a day)
    let minutes = |sep: &str| word(at + 1) == sep && glued_minutes(&toks, at + 2);
    let dotted = word(at + 1) == "." && quarter_minutes(&toks, at + 2);
    // ("4 p.m.", "7pm", "11 a.m.")
    at > 0 || minutes(":") || dotted || meridiem(&toks, at + 1)
}
