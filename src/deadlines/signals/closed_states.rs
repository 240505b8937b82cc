//! "Closed" as a state a list gives a day, not a past: "Good Friday 29
//! March - Closed", "Friday 19 April - closed.", "Closed Thursday, July 4",
//! "CLOSED: Thanksgiving Weekend", "Monday 19th September: School Closed".
//! Public bodies' pages list their closures this way (real86:46, real87:11,
//! real13:37, real43:25); told as a past ("the consultation closed on …",
//! "Submissions closed") the word still reads as over.

use super::tense::adverb;

/// Is `win[k]` ("closed") a closure state rather than a past tense? It is
/// when nothing before it in its clause tells a subject that did the
/// closing: the window's first word, or right after a dash, colon, bullet
/// or bracket ("- Closed", ": closed", "(closed"), or after a label of the
/// place ("School Closed" led by a colon: "…: School Closed"), or it labels
/// what follows ("CLOSED:"); not when it tells an hour ("closed at 5 p.m.").
pub(super) fn closed_state(win: &[&str], k: usize) -> bool {
    // (shortened hours are no closure: "Wednesday, November 23 — closed at
    // 5 p.m.", real31:42)
    if win
        .get(k + 1)
        .is_some_and(|n| matches!(*n, "at" | "early" | "earlier"))
    {
        return false;
    }
    let lead = |w: &str| matches!(w, "-" | "–" | "—" | ":" | "(" | "•" | "*" | "|");
    if k == 0 || win.get(k + 1).is_some_and(|n| *n == ":") {
        return true;
    }
    // ("Temporarily closed between 8.3.-30.4.2021", real320:56: an adverb
    // before the word leaves it the state a line gives)
    let mut k = k;
    while k > 0 && adverb(win[k - 1]) {
        k -= 1;
    }
    if k == 0 {
        return true;
    }
    let prev = win[k - 1];
    // ("City Child Care Centre / CLOSED 23 December 2019 to 3 January
    // 2020", real542:19: a place's heading over its closed days; the
    // window before a date ends with the word)
    let dated = win
        .get(k + 1)
        .is_none_or(|n| n.bytes().all(|b| b.is_ascii_digit()));
    if dated && is_place(prev) {
        return true;
    }
    // (a place named between the colon and the word: "September: School
    // Closed", "21 October: Library closed", "Thursday 12th September -
    // sports hall closed", "- all facilities closed")
    lead(prev)
        || (is_place(prev)
            && (2..=4).any(|b| k >= b && lead(win[k - b]))
            && win[k.saturating_sub(4)..k - 1]
                .iter()
                .all(|w| !matches!(*w, "." | "," | ";")))
}

/// A place a closure list names before "closed".
fn is_place(w: &str) -> bool {
    matches!(
        w,
        "school"
            | "schools"
            | "library"
            | "libraries"
            | "office"
            | "offices"
            | "museum"
            | "centre"
            | "center"
            | "pool"
            | "hall"
            | "facilities"
            | "reserve"
            | "park"
            | "road"
    )
}
