//! A changed day written over the old one: "June 30 July 3, 2022
//! (extended)", "30 juni 3 juli 2022", "30.6. 3.7.2022". A page of
//! important dates strikes the old day through and writes the new one after
//! it; the copied text keeps both, side by side with no word between. The
//! last day of such a line is the one that counts (an old day is
//! superseded), so the old one is blanked out before anything reads it.

use super::super::tokens::{tokenize, Token, TokenKind};

/// The longest line looked at: a day line holds two days, a year and a
/// note ("(extended)"); a longer line is prose or a table's row.
const LINE_BYTES: usize = 60;
/// The most days a new day moves past the old one: an extension is weeks,
/// a row of two far-apart days is two occasions.
const SHIFT_DAYS: u32 = 62;

/// `clean` with the old day of every struck-through day line blanked out
/// (each of its bytes a space, so every offset stays put).
pub(super) fn keep_last(mut clean: String) -> String {
    let mut blanks: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    for line in clean.split('\n') {
        // (the cheap tests first: few lines are this short and dated)
        if line.len() <= LINE_BYTES && line.bytes().any(|b| b.is_ascii_digit()) {
            if let Some((a, b)) = old_day(line) {
                blanks.push((at + a, at + b));
            }
        }
        at += line.len() + 1;
    }
    for (a, b) in blanks {
        // (the old day is whole tokens, so its ends are character
        // boundaries; checked all the same, since a miss would otherwise
        // cost the whole text rather than leave one day in it)
        if clean.is_char_boundary(a) && clean.is_char_boundary(b) && a <= b {
            clean.replace_range(a..b, &" ".repeat(b - a));
        }
    }
    clean
}

/// The bytes of the old day of a line that is two days with no word
/// between them and the year after the second, the second a little later.
fn old_day(line: &str) -> Option<(usize, usize)> {
    let toks = tokenize(line, 0);
    let first = day_at(&toks, 0)?;
    let second = day_at(&toks, first.next)?;
    // only the new day carries the year: "June 30 July 3, 2022"
    let mut k = second.next;
    if toks.get(k).is_some_and(|t| t.word.as_str() == ",") {
        k += 1;
    }
    let year = toks.get(k).filter(|t| {
        t.kind == TokenKind::Num && t.digits == 4 && (second.numeric || t.space_before)
    })?;
    let later =
        second.ordinal() > first.ordinal() && second.ordinal() - first.ordinal() <= SHIFT_DAYS;
    // nothing dated after the year: a row of a table goes on with its cells
    let rest_dated = toks[k + 1..]
        .iter()
        .any(|t| t.month.is_some() || (t.kind == TokenKind::Num && t.space_before));
    (later && !rest_dated && year.value >= 1900).then(|| (toks[0].start, toks[first.next].start))
}

/// A day and month read at a token, and the token after it.
struct Day {
    day: u32,
    month: u32,
    next: usize,
    /// Written "3.7." (the year follows its dot with no space).
    numeric: bool,
}

impl Day {
    /// A rough day of the year: enough to tell which of two days is later.
    fn ordinal(&self) -> u32 {
        self.month * 31 + self.day
    }
}

/// "July 3", "3 juli", "3rd July", "3.7." starting at token `k`.
fn day_at(toks: &[Token], k: usize) -> Option<Day> {
    let t = toks.get(k)?;
    let num = |t: &Token| t.kind == TokenKind::Num && t.digits <= 2 && (1..=31).contains(&t.value);
    // an ordinal's letters after its number: "30th"
    let suffix = |j: usize| {
        toks.get(j).is_some_and(|s| {
            !s.space_before && matches!(s.word.as_str(), "st" | "nd" | "rd" | "th" | ":e" | "e")
        })
    };
    let skip = |j: usize| if suffix(j) { j + 1 } else { j };
    if let Some((m, _)) = t.month {
        let d = toks.get(k + 1).filter(|d| num(d))?;
        return Some(Day {
            day: d.value,
            month: m,
            next: skip(k + 2),
            numeric: false,
        });
    }
    if !num(t) {
        return None;
    }
    let after = skip(k + 1);
    if let Some((m, _)) = toks.get(after).and_then(|m| m.month) {
        return Some(Day {
            day: t.value,
            month: m,
            next: after + 1,
            numeric: false,
        });
    }
    // "30.6.": day, dot, month, dot
    let dot = |j: usize| {
        toks.get(j)
            .is_some_and(|d| d.word.as_str() == "." && !d.space_before)
    };
    let m = toks
        .get(k + 2)
        .filter(|m| num(m) && m.value <= 12 && !m.space_before)?;
    (dot(k + 1) && dot(k + 3)).then_some(Day {
        day: t.value,
        month: m.value,
        next: k + 4,
        numeric: true,
    })
}
