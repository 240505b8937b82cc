//! A day after a label that asks for it ("Date: 15 June", "När? 25/9",
//! "Päivämäärä: 4.8."): a card or a notice giving the day of what it
//! names. Asked only of a day nothing else decided (`undecided.rs`), with
//! the same exclusions as a day on a line of its own: a limit, validity,
//! publication or a past tense in the clause tells otherwise.

use super::super::dates::Expr;
use super::super::tokens::Token;

/// Is the `k`th date of the clause (tokens `t`, dates `xs`) written right
/// after a date label and its colon or question mark?
pub(super) fn labelled_day(t: &[Token], xs: &[Expr], k: usize) -> bool {
    let mut j = xs[k].start;
    while j > 0 && matches!(t[j - 1].word.as_str(), ":" | "?") {
        j -= 1;
    }
    // the mark is required: "date 15 June" is prose, not a label
    j < xs[k].start
        && j > 0
        && matches!(
            t[j - 1].word.as_str(),
            "date" | "dates" | "datum" | "päivämäärä" | "päivämäärät" | "when" | "när" | "milloin"
        )
}
