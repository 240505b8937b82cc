//! A start named with its weekday: "Junior outdoor cricket nets will
//! begin on Friday, April 22nd" (real65:51), "Renovations will begin … on
//! Tuesday, December 13" (real24:7), "The rugby season starts later this
//! year, on Monday 27th April" (real76:49). A call or a registration that
//! starts on a day is its opening (rule 2: never reported, and `apply`
//! keeps it so), but an activity whose first day is written with its
//! weekday takes place that day, as an opening with a weekday does
//! (`opening_days.rs`). English only: the Finnish and Swedish starts
//! are mostly school terms and services (real45:22: six wrong events),
//! and a service begun ("will begin receiving donations on", real41:10;
//! "Christmas tree pick up begins on", real16:52) is no event.

use super::super::tokens::WEEKDAYS;

/// A verb of starting ("begins", "starts", "commences") before the day, and a weekday among the last four words
/// before it ("on Friday, April 22nd"), not "every Friday" (a habit).
pub(super) fn weekday_start(l: &[&str], r_head: &[&str]) -> bool {
    let words: Vec<&str> = l.iter().chain(r_head).copied().collect();
    // ("will begin receiving donations": a service taken up again)
    let started = words
        .iter()
        .enumerate()
        .any(|(k, w)| start_verb(w) && !words.get(k + 1).is_some_and(|n| n.ends_with("ing")));
    // ("Christmas tree pick up begins on": a collection service's days)
    let service = words
        .iter()
        .any(|w| matches!(*w, "pick" | "pickup" | "collection" | "collections"));
    // ("Advisor Grading Begins: Wednesday 29th April": a label's start,
    // asked by `begun_days.rs`, which refuses the issuer's own steps)
    let labelled = l.contains(&":");
    if !started || service || labelled {
        return false;
    }
    let from = l.len().saturating_sub(4);
    l[from..].iter().enumerate().any(|(k, w)| {
        let before = if from + k > 0 { l[from + k - 1] } else { "" };
        WEEKDAYS.contains(w) && !matches!(before, "every" | "joka" | "varje" | "each")
    })
}

/// An English finite verb of starting, not a noun ("the start of",
/// "beginning"): "a week beginning 5 May" is read apart (rule 10).
fn start_verb(w: &str) -> bool {
    matches!(
        w,
        "begin" | "begins" | "start" | "starts" | "commence" | "commences"
    )
}
