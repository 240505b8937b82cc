//! An event card: a title, a line holding the day (and its hours), the
//! hours on a line of their own or not, then the place with its street
//! address ("Joulukirkko\n25.12.2024 klo 08:00\nKallion kirkko, Itäinen
//! Papinkatu 2, 00530 Helsinki"). The day line alone reads as a news
//! item's dateline; the place under it tells it is when something is on.

use super::clock::{glued_minutes, line_clock_word, meridiem_word};
use super::tokens::{tokenize, Token, TokenKind};

/// The longest line read as a card's hours or place: a card's lines are
/// short, and the look stays constant work.
const CARD_LINE: usize = 120;

/// Whether the date line `line` (a day with at most its clock time) heads
/// an event card, given the lines after it.
pub(super) fn event_card<'a>(line: &str, mut after: impl Iterator<Item = &'a str>) -> bool {
    let mut timed = clock_in(&tokenize(line.trim(), 0));
    let Some(mut next) = after.next() else {
        return false;
    };
    if hours_line(next) {
        timed = true;
        let Some(n) = after.next() else {
            return false;
        };
        next = n;
    }
    timed && place_line(next)
}

/// A clock word or an "HH:MM" / "HH.MM" time among the tokens.
fn clock_in(toks: &[Token]) -> bool {
    toks.iter().enumerate().any(|(i, t)| {
        line_clock_word(&t.word)
            || (t.kind == TokenKind::Num
                && t.value < 24
                && toks
                    .get(i + 1)
                    .is_some_and(|p| matches!(p.word.as_str(), ":" | "."))
                && glued_minutes(toks, i + 2))
    })
}

/// "13.00 - 13.45", "klo 18–20": hours and nothing else.
fn hours_line(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.len() > CARD_LINE {
        return false;
    }
    let toks = tokenize(t, 0);
    clock_in(&toks)
        && toks.iter().all(|t| match t.kind {
            TokenKind::Num => true,
            TokenKind::Punct => matches!(t.word.as_str(), ":" | "." | "-"),
            TokenKind::Word => line_clock_word(&t.word) || meridiem_word(&t.word),
        })
}

/// "Kallion kirkko, Itäinen Papinkatu 2, 00530 Helsinki": a name and a
/// street address parted by commas, with a house number or a postcode, no
/// month and no sentence's full stop.
fn place_line(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.len() > CARD_LINE || t.ends_with('.') || !t.contains(',') {
        return false;
    }
    let toks = tokenize(t, 0);
    let numbered = toks
        .windows(2)
        .any(|w| w[0].kind == TokenKind::Word && w[1].kind == TokenKind::Num && w[1].digits <= 3)
        || toks
            .iter()
            .any(|t| t.kind == TokenKind::Num && t.digits == 5);
    numbered && toks.iter().all(|t| t.month.is_none())
}
