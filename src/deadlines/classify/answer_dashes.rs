//! The issuer's answer after a spaced dash: "Ansökan lämnas senast 15 maj
//! - beslut ges 23 juni". A clause boundary the comma would have made.

use super::super::cues::Category;
use super::super::tokens::{Token, TokenKind};

/// "Ansökan lämnas senast 15 maj - beslut ges 23 juni" (real390:19): a
/// spaced dash after a day, before the issuer's answer (a decision, a
/// result, a publication), starts a clause of its own, as a comma before a
/// new clause would: the answer's day is no part of the reader's limit.
pub(super) fn starts_clause(toks: &[Token], masks: &[u64], k: usize) -> bool {
    let (Some(prev), Some(dash), Some(next)) = (
        k.checked_sub(1).and_then(|p| toks.get(p)),
        toks.get(k),
        toks.get(k + 1),
    ) else {
        return false;
    };
    let answer = [Category::Authority, Category::Publication]
        .iter()
        .fold(0, |m, c| m | c.bit() | c.sure());
    // ("15 October – last day to register": a limit's word is the day's)
    let limit = [Category::Deadline, Category::DeadlineNoun, Category::Apply]
        .iter()
        .fold(0, |m, c| m | c.bit() | c.sure());
    dash.word == "-"
        && dash.space_before
        && next.space_before
        && (prev.kind == TokenKind::Num || prev.month.is_some() || prev.word == ".")
        // ("6 April - Last day to apply": a capital starts the day's own
        // label in a list of key dates)
        && next.kind == TokenKind::Word
        && !next.capitalized
        && masks.get(k + 1).is_some_and(|&m| m & answer != 0 && m & limit == 0)
}
