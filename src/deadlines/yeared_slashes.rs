//! A slashed day and month followed by a space and a four-digit year
//! ("31/1 2023", "10/1 2018", "11/8 2016"): the Swedish way of writing a
//! full date. The year right after the pair tells that a day is meant, so
//! it needs no word before it to place it, and the year written is the
//! year read (rule 7 only fills a year left out). Fractions and record
//! numbers stay out: the year must be a plausible one standing alone, not
//! the start of a span ("2023-2024", "2023/24") or a report number
//! ("2023:45", rule 11).

use super::dates::{valid_day, year_of, DayMonth, Grammar};
use super::tokens::{Token, TokenKind};

/// The date at `i` when the slashed pair `d`/`m` (tokens `i`, `i + 2`) is
/// followed by a spaced four-digit year at `i + 3`; returns the index
/// after the year.
pub(super) fn yeared_slash(
    g: &Grammar,
    i: usize,
    d: &Token,
    m: &Token,
) -> Option<(DayMonth, usize)> {
    let y = g.token(i + 3)?;
    if y.kind != TokenKind::Num || y.digits != 4 || !y.space_before {
        return None;
    }
    // "24/7 2020": round the clock, not a day
    if (d.value, m.value) == (24, 7) {
        return None;
    }
    // a span of years or a number glued on after the year
    let after = g.token(i + 4).filter(|t| !t.space_before);
    if let Some(t) = after {
        let joins = matches!(t.word.as_str(), "-" | "/" | ":" | "." | ",");
        if t.kind == TokenKind::Num || t.kind == TokenKind::Word {
            return None;
        }
        if joins && g.glued_num(i + 5).is_some() {
            return None;
        }
    }
    let dm = DayMonth {
        day: d.value,
        month: m.value,
        year: Some(year_of(y)?),
    };
    valid_day(&dm).then_some((dm, i + 4))
}
