//! Payout frames: a day on which money is paid out to the reader is an
//! event; a payment the reader makes by a day is a deadline; money paid out
//! "by" a day is the issuer's target, and a day with no payment is nothing.

use super::super::cues::*;
use super::super::signals::*;
use super::{Around, Decision};

/// The decision for a date in a payment frame, `None` when no payment is
/// told next to it.
pub(super) fn payout(a: &Around) -> Option<Decision> {
    let (l, r, lw, rw, imm, r_head) = (a.l, a.r, a.lw, a.rw, a.imm, a.r_head);
    // "Toinen erä tulee maksettavaksi 1. helmikuuta", "mätkyt täytyy maksaa
    // 3. joulukuuta", "must be paid on 3 December": money the reader owes
    // on a day is due then, a deadline (rule 1), whatever else the
    // sentence says of payments
    if owed(&l[l.len().saturating_sub(6)..]) || owed(r_head) {
        return Some(Decision::Deadline);
    }
    // a payment day, also "the last payment day", is when money is paid
    // out; only a payment the reader makes has a deadline
    if payment_day(lw) || payment_day(rw) {
        // "se maksetaan 30.8. mennessä": paid by a date, by the reader
        let by = ends_with_phrase(imm, Category::DeadlineBefore)
            || r_head
                .iter()
                .any(|w| matches!(*w, "mennessä" | "viimeistään"));
        let reader_pays = by || obligation(l) || obligation(r) || reader_pays(l) || reader_pays(r);
        // "ska ha fått återbäringen senast den 9 augusti", "Utbetalning
        // sker senast 30 juni": money paid out by a date is the issuer's
        // target
        let refund = |w: &[&str]| {
            w.iter().any(|x| {
                [
                    "utbetalning",
                    "payout",
                    "återbäring",
                    "skatteåterbäring",
                    "veronpalautu",
                    "refund",
                    "pengarna",
                ]
                .iter()
                .any(|p| x.starts_with(p))
            })
        };
        if by
            && refund(l)
            && !super::super::signals::reader_pays(l)
            && !super::super::signals::reader_pays(r)
        {
            return Some(Decision::Drop);
        }
        // "utbetalas förmåner inte torsdagen 6.12.": no payment that day
        let negated = l[l.len().saturating_sub(5)..]
            .iter()
            .any(|w| matches!(*w, "inte" | "not" | "ei" | "no" | "ej"));
        if negated {
            return Some(Decision::Drop);
        }
        if !reader_pays {
            return Some(Decision::Event);
        }
    }
    None
}

/// A payment the reader owes, told by a modal with a verb of paying or by
/// a form that says the sum falls to be paid: "täytyy maksaa", "tulee
/// maksettavaksi", "ska betalas" (not "ska betalas ut", a payout), "must be
/// paid", "is payable".
fn owed(words: &[&str]) -> bool {
    let pay = |w: &str| {
        matches!(
            w,
            "maksaa" | "pay" | "betala" | "betalas" | "betalt" | "betald"
        )
    };
    let at = |k: usize| words.get(k).copied().unwrap_or("");
    words.iter().enumerate().any(|(k, w)| match *w {
        "maksettavaksi" | "payable" => true,
        // (one word may stand between: "pitää tällöin maksaa")
        "täytyy" | "pitää" | "ska" | "skall" | "måste" => {
            (pay(at(k + 1)) && at(k + 2) != "ut") || (pay(at(k + 2)) && at(k + 3) != "ut")
        }
        "must" | "should" => pay(at(k + 1)) || (at(k + 1) == "be" && at(k + 2) == "paid"),
        _ => false,
    })
}
