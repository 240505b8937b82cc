//! Days each followed by the term they are for, in one sentence: "sista
//! anmälningsdag som är 15 april inför höstterminen och 15 oktober inför
//! vårterminen" (real102:55), "15.4. syyslukukaudelle ja 15.10.
//! kevätlukukaudelle", "by 15 April for the autumn term and 15 October for
//! the spring term". The limit told with the first day holds for the
//! second, as in a plain list ("senast 15 april och 15 oktober"); the term
//! phrase between them broke the list, and the second day was read as an
//! event (a term is a time of teaching) or as nothing. `parallel_terms.rs`
//! reads the other order, the term before its day ("och för jullovet den
//! 24 november").

use super::super::tokens::{Token, TokenKind};

/// Words joining the terms; each gives one day of the same reading.
const JOINS: [&str; 6] = ["och", "and", "samt", "ja", "sekä", "&"];

/// Prepositions opening the term a day is for ("inför höstterminen", "for
/// the spring term"). Not "to" nor "till", which tell what follows.
const FOR: [&str; 3] = ["för", "inför", "for"];

/// Words the second day may be led by ("och den 15 oktober").
const LEADS: [&str; 3] = ["den", "on", "the"];

/// Does the gap between two days read "<term> och [den]": the first day's
/// term (a preposition of purpose and one to three words, or a Finnish
/// allative or "varten" phrase of one to three words), then a join?
pub(super) fn trailing_gap(gap: &[Token]) -> bool {
    if !gap
        .iter()
        .all(|t| t.kind == TokenKind::Word || t.word == ",")
    {
        return false;
    }
    let words: Vec<&str> = gap
        .iter()
        .map(|t| t.word.as_str())
        .filter(|w| *w != ",")
        .collect();
    let words = match words.split_last() {
        Some((last, rest)) if LEADS.contains(last) => rest,
        _ => words.as_slice(),
    };
    let Some((join, term)) = words.split_last() else {
        return false;
    };
    if !JOINS.contains(join) {
        return false;
    }
    match term {
        // ("inför höstterminen", "for the autumn term")
        [prep, rest @ ..] if FOR.contains(prep) => (1..=3).contains(&rest.len()),
        // ("syyslukukaudelle", "syyslukukautta varten"): a Finnish term
        // names its purpose by its ending or its postposition
        [.., last] if term.len() <= 3 => {
            *last == "varten" && term.len() >= 2 || term.len() == 1 && allative(last)
        }
        _ => false,
    }
}

/// A Finnish allative of a time word ("syksylle", "kevätlukukaudelle",
/// "lukuvuodelle"): the word a term is named by, not any "-lle" word
/// ("hakijalle" names a person).
fn allative(word: &str) -> bool {
    const TIMES: [&str; 6] = [
        "kaudelle",
        "syksylle",
        "keväälle",
        "vuodelle",
        "jaksolle",
        "kesälle",
    ];
    TIMES.iter().any(|t| word.ends_with(t))
}
