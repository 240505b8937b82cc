//! A day governed by the word that tells a day in prose: "on" ("the
//! drafts are planned on Aug. 10"), Swedish "den" ("resan till Gnosjö
//! den 19 april"). Whoever writes the day so in a sentence with no limit,
//! validity, publication or past word names the day something happens.
//! Asked only of a day nothing else decided (`undecided.rs`), with the
//! exclusions of a day on its own line.

use super::super::dates::Expr;
use super::super::signals::{past_form, past_suffix};
use super::super::tokens::{Token, TokenKind};

/// Is the `k`th date of the clause (tokens `t`, cue `masks`, dates `xs`)
/// written right after "on" or "den", with nothing in the clause telling
/// otherwise (`told`, the own-line reader's exclusions)? The governing
/// word's own mask is left out: "on" may start a limit's phrase ("on or
/// before"), but one that was written is read before this is asked.
pub(super) fn governed_day(
    t: &[Token],
    masks: &[u64],
    xs: &[Expr],
    k: usize,
    told: impl Fn(&[Token], &[u64]) -> bool,
) -> bool {
    let s = xs[k].start;
    if s == 0 || !matches!(t[s - 1].word.as_str(), "on" | "den") {
        return false;
    }
    // "Den 1 april" cut off by its line's end names nothing held on it
    let named = t.iter().enumerate().any(|(i, y)| {
        (i + 1 < s || i >= xs[k].end) && y.kind == TokenKind::Word && y.month.is_none()
    });
    if !named || denied_or_done_to(t) || glued_and_after(t, xs[k].end) {
        return false;
    }
    let mut own: Vec<u64> = masks.to_vec();
    if let Some(m) = own.get_mut(s - 1) {
        *m = 0;
    }
    !told(t, &own)
}

/// Is `w` a past ("changed", "betalade", "togs", "pidettiin") or a
/// decision ("utser", "decides", "päättää")? The default this file adds
/// replaces the drop that kept such days silent, so it reads them itself:
/// "The rules changed on 18 June", "FPA betalade ut bostadsbidraget den
/// 30 december", "Styrelsen utser den nya direktören den 20 maj".
fn past_or_decided(w: &str) -> bool {
    let n = w.chars().count();
    past_suffix(w)
        || past_form(w)
        || matches!(w, "was" | "were" | "had" | "var" | "oli" | "olivat")
        || (n >= 5 && (w.ends_with("ed") || w.ends_with("ade")))
        || (n >= 4 && w.ends_with("ogs"))
        || w.starts_with("decid")
        || w.starts_with("appoint")
        || w.starts_with("beslut")
        || w.starts_with("utse")
        || w.starts_with("päät")
}

/// Does the clause deny what it names ("det blir ingen samling den 7
/// februari", "there is no class on"), tell a thing done to something in
/// the Swedish s-passive ("Slutbesiktning görs den", "fördelas häst den",
/// "Den 1 april släpps vattnet på": works, allocations, a service
/// switched on), or give a moved thing's new date ("Nytt datum är den 31
/// maj", a limit or an event by what moved)? None of them names a day
/// something is held on.
fn denied_or_done_to(t: &[Token]) -> bool {
    let w = |i: usize| t.get(i).map_or("", |y| y.word.as_str());
    (0..t.len()).any(|i| {
        let x = w(i);
        matches!(
            x,
            "not"
                | "no"
                | "inte"
                | "ingen"
                | "inget"
                | "ei"
                | "eikä"
                | "görs"
                | "släpps"
                | "läggs"
                | "sätts"
        ) || past_or_decided(x)
            || (x.len() >= 5 && x.ends_with("as") && x.chars().all(char::is_alphabetic))
            // "Avgifterna höjs den 1 april": an s-passive governing the day
            || (x.len() >= 4 && x.ends_with('s') && w(i + 1) == "den" && !x.ends_with("ss"))
            || (matches!(x, "new" | "nytt" | "nya" | "uusi")
                && matches!(w(i + 1), "date" | "datum" | "päivämäärä"))
    })
}

/// Is the day ending at token `end` an ordinal glued to the "and" of a
/// second day ("Quilt Show is on November 2ndand 3rd", real38:25)? The
/// reader did not join the two, and the first alone is no day held; a
/// written "and" between days is a list the reader reads itself.
fn glued_and_after(t: &[Token], end: usize) -> bool {
    let glued = t.get(end).is_some_and(|y| {
        let w = y.word.as_str();
        w.len() > 3 && w.ends_with("and") && y.kind == TokenKind::Word
    });
    glued && t.get(end + 1).is_some_and(|y| y.kind == TokenKind::Num)
}
