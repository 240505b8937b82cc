//! A day a closed place opens again: "We will reopen on Friday 3 January
//! 2025" (real103:40), "libraries will close at 2.00pm on Friday, December
//! 24, and reopen on Tuesday, January 4" (real36:28), "We will reopen on
//! Tuesday, 6 May" (real95:23).
//!
//! The reopening ends a service break; the break is the event (rule 3),
//! its end is the return of the ordinary, nothing held on it. A weekday
//! leading the day reads like a time heading a listing line
//! (`weekday_default.rs`), so such a day became an event; a reopening is
//! read here as a restoration, as "restored" and "ennalleen" are.

/// Does the clause whose lowercased words are `words` tell a place opening
/// again ("reopen", "re-open", "återöppnar", "öppnar igen", "avataan
/// jälleen", "aukeaa uudelleen", "Palvelut aukeavat jälleen", "går det
/// återigen att bada", "kommer åter ha kvällsjour")?
pub(super) fn reopening(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        let next = words.get(i + 1).copied().unwrap_or("");
        w.starts_with("reopen")
            || w.starts_with("re-open")
            || w.starts_with("återöppn")
            || (matches!(*w, "re" | "re-") && next.starts_with("open"))
            || (*w == "re"
                && next == "-"
                && words.get(i + 2).is_some_and(|n| n.starts_with("open")))
            || (matches!(
                *w,
                "öppnar" | "öppnas" | "avataan" | "aukeaa" | "avautuu" | "aukeavat" | "avautuvat"
            ) && again(next))
            || (*w == "går"
                && next == "det"
                && words
                    .get(i + 2)
                    .is_some_and(|n| again(n) || *n == "återigen"))
            || (*w == "åter" && matches!(next, "ha" | "har" | "öppet"))
            // a service working again: "Peppiin kirjautuminen onnistuu
            // jälleen 30.11.", "tjänsten fungerar igen", "available again"
            || (matches!(*w, "onnistuu" | "toimii" | "toimivat" | "fungerar") && again(next))
            || (matches!(*w, "available" | "open" | "online") && next == "again")
    })
}

/// A verb of opening right before the day and the word of return right
/// after it: "för att sedan öppna den 2 januari 2024 igen" (real314:15),
/// "avataan 7.1. uudelleen". (`imm`: the clause's words up to the day;
/// `r_head`: the first words after it.)
pub(super) fn again_after(imm: &[&str], r_head: &[&str]) -> bool {
    let opens = imm.iter().rev().take(3).any(|w| {
        matches!(
            *w,
            "öppna" | "öppnar" | "öppnas" | "avataan" | "aukeaa" | "avautuu" | "open" | "opens"
        )
    });
    opens && r_head.iter().take(2).any(|w| again(w) || *w == "again")
}

/// A word of return: "igen", "åter", "jälleen", "uudelleen".
fn again(w: &str) -> bool {
    matches!(w, "igen" | "åter" | "jälleen" | "uudelleen")
}
