//! The issuer's answer after a spaced dash: "Ansökan lämnas senast 15 maj
//! - beslut ges 23 juni". A clause boundary the comma would have made.

use super::super::cues::Category;
use super::super::tokens::{Token, TokenKind};

/// "Ansökan lämnas senast 15 maj - beslut ges 23 juni" (real390:19): a
/// spaced dash after a day, before the issuer's answer (a decision, a
/// result, a publication), starts a clause of its own, as a comma before a
/// new clause would: the answer's day is no part of the reader's limit.
pub(super) fn starts_clause(toks: &[Token], masks: &[u64], k: usize) -> bool {
    // (the dash first: every token of every clause is asked)
    if !toks.get(k).is_some_and(|t| t.word == "-" && t.space_before) {
        return false;
    }
    let (Some(prev), Some(next)) = (k.checked_sub(1).and_then(|p| toks.get(p)), toks.get(k + 1))
    else {
        return false;
    };
    next.space_before
        && (prev.kind == TokenKind::Num || prev.month.is_some() || prev.word == ".")
        // ("6 April - Last day to apply": a capital starts the day's own
        // label in a list of key dates)
        && next.kind == TokenKind::Word
        && !next.capitalized
        && masks.get(k + 1).is_some_and(|&m| m & ANSWER != 0 && m & LIMIT == 0)
}

/// The issuer's answer: a decision, a result, a publication.
const ANSWER: u64 = Category::Authority.bit()
    | Category::Authority.sure()
    | Category::Publication.bit()
    | Category::Publication.sure();

/// A limit's word after the dash is the day's own ("15 October – last day
/// to register").
const LIMIT: u64 = Category::Deadline.bit()
    | Category::Deadline.sure()
    | Category::DeadlineNoun.bit()
    | Category::DeadlineNoun.sure()
    | Category::Apply.bit()
    | Category::Apply.sure();
