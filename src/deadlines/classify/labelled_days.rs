//! A day after a label that asks for it ("Date: 15 June", "När? 25/9",
//! "Päivämäärä: 4.8.", "Tid: 2018-03-01, 7.30 - 8.30"): a card or a notice
//! giving the day of what it names. The days listed after the label ("När:
//! 30/11, 1/12, 7/12", "När: 5 och 6 februari 2020") are its days too, one
//! event each. Asked only of a day nothing else decided (`undecided.rs`),
//! with the same exclusions as a day on a line of its own: a limit,
//! validity, publication or a past tense in the clause tells otherwise.

use super::super::dates::Expr;
use super::super::tokens::Token;

/// Is the `k`th date of the clause (tokens `t`, dates `xs`) written right
/// after a date label and its colon or question mark, or listed after such
/// a date with only commas and "and" between?
pub(super) fn labelled_day(t: &[Token], xs: &[Expr], k: usize) -> bool {
    let mut k = k;
    // (walk back over a list: "30/11, 1/12, 7/12" under one label)
    while k > 0
        && xs[k - 1].end <= xs[k].start
        && t[xs[k - 1].end..xs[k].start]
            .iter()
            .all(|w| matches!(w.word.as_str(), "," | "and" | "och" | "ja" | "&"))
    {
        k -= 1;
    }
    let mut j = xs[k].start;
    while j > 0 && matches!(t[j - 1].word.as_str(), ":" | "?") {
        j -= 1;
    }
    // the mark is required: "date 15 June" is prose, not a label
    // ("tid" is the Swedish notice's label of its day and hour, "Tid:
    // 2018-03-01, 7.30 - 8.30", real94:11)
    j < xs[k].start
        && j > 0
        && matches!(
            t[j - 1].word.as_str(),
            "date"
                | "dates"
                | "datum"
                | "päivämäärä"
                | "päivämäärät"
                | "when"
                | "när"
                | "milloin"
                | "tid"
        )
}
