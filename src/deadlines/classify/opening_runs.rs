//! An exhibition or a place that opens on one day and stays open until
//! another ("avautuu 3.7. ja on avoinna 28.7. asti", "opens on 4 May and
//! runs until 30 June"): the two days are one run, not two occasions.
//! (Moved out of `clauses.rs`, which reads the clause and asks this.)

/// An opening word before the first day ("opens", "aukeaa", "invigs"), and
/// between the days a conjunction and a word of lasting ("runs", "on auki",
/// "pågår") with "until" before the second day or after it ("31.1. asti").
pub(super) fn opens_run(before: &[&str], gap: &[&str], after: Option<&str>) -> bool {
    let opening = |w: &&str| {
        matches!(
            *w,
            "opens" | "aukeaa" | "avautuu" | "avataan" | "öppnar" | "öppnas" | "invigs"
        )
    };
    let lasting = |w: &&str| {
        matches!(
            *w,
            "runs" | "continues" | "auki" | "avoinna" | "jatkuu" | "pågår" | "visas" | "öppen"
        )
    };
    let until = |w: &str| {
        matches!(
            w,
            "until" | "till" | "asti" | "saakka" | "t" | "tom" | "through"
        )
    };
    before.iter().rev().take(4).any(opening)
        && gap.len() <= 8
        && gap.iter().any(|w| matches!(*w, "and" | "ja" | "och"))
        && gap.iter().any(lasting)
        // ("t o m", "t.o.m.": "till och med" read as its letters)
        && (gap.last().is_some_and(|w| until(w))
            || gap.ends_with(&["o", "m"])
            || after.is_some_and(until))
}
