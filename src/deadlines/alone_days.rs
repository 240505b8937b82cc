//! Lines holding a day alone: a weekday and its date ("Lördag 6.12.2025",
//! "- Monday 1st September 2025"), or a day or range with at most weekdays
//! and marks ("11 februari", "1-29 juli"). A list's bullet, and in a
//! bulleted item an ordinal's ending ("24th"), are part of a weekday's
//! line, so a bulleted list of days reads as the run of days it is.

use super::tokens::{self, tokenize, TokenKind};

/// A line holding a weekday and its date alone ("Lördag 6.12.2025", "Mon
/// 5 May", "ke 24.12.– pe 26.12.").
pub(super) fn weekday_led(line: &str) -> bool {
    // ("Torsdag 12.3. (inställt)": the day's note leaves the line a day's)
    if let Some(day) = super::noted_lines::day_before_note(line) {
        return weekday_led(day);
    }
    let t = line
        .trim()
        .trim_start_matches(['-', '–', '*', '·'])
        .trim_start();
    // (an ordinal's ending only in a bulleted item: "Friday 27th May |" over
    // its entry is a diary's row, read with the entry under it)
    let bulleted = t.len() < line.trim().len();
    if t.len() > 48 {
        return false;
    }
    let toks = tokenize(t, 0);
    toks.first()
        .is_some_and(|t| tokens::WEEKDAYS.contains(&t.word.as_str()))
        && toks.iter().any(|t| t.kind == TokenKind::Num)
        && toks.iter().all(|t| match t.kind {
            TokenKind::Num => true,
            TokenKind::Punct => matches!(t.word.as_str(), "." | "-" | "," | "/"),
            TokenKind::Word => {
                t.month.is_some()
                    || tokens::WEEKDAYS.contains(&t.word.as_str())
                    || t.word == "den"
                    || (bulleted && tokens::ordinal_end(t))
            }
        })
}

/// A line holding a day (or a range of days) alone: numbers, month names,
/// weekdays and the marks between them ("11 februari", "1-29 juli").
pub(super) fn date_alone(line: &str) -> bool {
    if let Some(day) = super::noted_lines::day_before_note(line) {
        return date_alone(day);
    }
    let toks = tokenize(line.trim(), 0);
    toks.iter().any(|t| t.kind == TokenKind::Num)
        && toks.iter().any(|t| t.month.is_some() || t.word == ".")
        && toks.iter().all(|t| match t.kind {
            TokenKind::Num => t.digits <= 4,
            TokenKind::Punct => matches!(t.word.as_str(), "." | "-" | "/" | ","),
            TokenKind::Word => t.month.is_some() || tokens::WEEKDAYS.contains(&t.word.as_str()),
        })
}
