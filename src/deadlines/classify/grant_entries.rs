//! A grant listed under its day: "14.8. Taiteen perusopetuksen ylimääräinen
//! valtionavustus", "18 November: Special grant for equality measures",
//! "31.12. Bidrag till kulturföreningar". A funding body's list of rounds
//! puts each round's closing day first and the round's name after it, as a
//! programme puts an occasion's day before its title (`line_starts.rs`);
//! what the entry names tells which: an occasion is held on its day, a
//! grant is applied for by it (real170:44–46).

use super::super::cues::Category;
use super::super::dates::Expr;
use super::super::tokens::Token;

/// Is the `k`th date of the clause (tokens `t`, their cue `masks`, dates
/// `xs`) first on its line with the name of a grant, a call or a
/// scholarship after it, and nothing on the line telling of an occasion, a
/// payment, a decision, an opening or a past round?
pub(super) fn grant_entry(text: &str, t: &[Token], masks: &[u64], xs: &[Expr], k: usize) -> bool {
    if !super::line_starts::entry_day(text, t, xs, k) {
        return false;
    }
    let end = xs[k].end;
    // the entry's own words: the rest of its line
    let line = (end..t.len()).take_while(|&i| {
        i == 0
            || text
                .get(t[i - 1].end..t[i].start)
                .is_some_and(|gap| !gap.contains('\n'))
    });
    let other = [
        Category::Event,
        Category::Happen,
        Category::Authority,
        Category::Publication,
        Category::Past,
        Category::Cancel,
        Category::Opening,
        Category::Statistics,
        Category::Break,
    ]
    .iter()
    .fold(0, |m, c| m | c.bit() | c.sure());
    let mut round = false;
    for i in line {
        let w = t[i].word.as_str();
        if masks.get(i).is_some_and(|m| m & other != 0) || paid(w) {
            return false;
        }
        // ("Sept 18 - Round 1": a tournament's round is held on its day)
        round |= w != "round" && super::open_calls::round_noun(w);
    }
    round
}

/// A word of money paid out: a grant's payment day is an occasion
/// ("20.12. Avustusten maksatus", "Bidraget betalas ut").
fn paid(w: &str) -> bool {
    w.starts_with("maks")
        || w.contains("utbetal")
        || w.starts_with("betal")
        || matches!(
            w,
            "paid" | "pay" | "payment" | "payments" | "payout" | "instalment" | "installment"
        )
}
