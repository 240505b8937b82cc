//! Days given term by term in one sentence: "senast den 19 september och
//! för jullovet den 24 november" (real91:44), "senast den 1 augusti och
//! inför vårterminen den 20 december" (real16:12), "för vårterminen 31
//! januari och för höstterminen 4 september" (real21:9). The second day
//! has no limit word of its own: the limit told with the first day holds
//! for each term, as in a plain list ("senast 19 september och 24
//! november"). Without this the purpose phrase between the days broke the
//! list, and the second day was read as an event or as nothing. Finnish
//! names the term before its postposition: "viimeistään 19.9. ja
//! joululomaa varten 24.11.".

use super::super::tokens::{Token, TokenKind};

/// Words joining the terms; each gives one day of the same reading.
const JOINS: [&str; 7] = ["och", "and", "eller", "or", "samt", "ja", "tai"];

/// Prepositions opening the term a day is for ("för jullovet", "inför
/// vårterminen", "for the Christmas break"). Not "to" nor "till": "and to
/// begin training on May 6th" tells what follows, not a term.
const FOR: [&str; 3] = ["för", "inför", "for"];

/// Words the day itself may be led by after its term ("den 24 november",
/// "on 24 November").
const LEADS: [&str; 3] = ["den", "on", "the"];

/// Does the gap between two days read "och för <term> [den]": a join, a
/// preposition of purpose and one to three words naming the term?
pub(super) fn parallel_gap(gap: &[Token]) -> bool {
    let words: Vec<&str> = gap
        .iter()
        .map(|t| t.word.as_str())
        .filter(|w| *w != ",")
        .collect();
    let [join, prep, rest @ ..] = words.as_slice() else {
        return false;
    };
    let term = match rest.split_last() {
        Some((last, term)) if LEADS.contains(last) => term,
        _ => rest,
    };
    // ("ja joululomaa varten": the term, then its postposition)
    let before_varten = match words[1..].split_last() {
        Some((&"varten", term)) => (1..=3).contains(&term.len()),
        _ => false,
    };
    let term_for = FOR.contains(prep) && (1..=3).contains(&term.len());
    JOINS.contains(join)
        && (term_for || before_varten)
        && gap
            .iter()
            .all(|t| t.kind == TokenKind::Word || t.word == ",")
}
