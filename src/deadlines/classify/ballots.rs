//! A public election's polling days: "Ennakkoäänestys toimitetaan
//! kotimaassa 29.5.–4.6.2024", "The advance polling station is open 7–8
//! March", "ennakkoäänestyksen viimeinen päivä on ensi tiistaina 23.1.",
//! "förtidsröstningen pågår 27 mars–8 april".
//!
//! Advance voting and polling stations take place on their days, as a
//! service break or a payment day does: the labels give them as events
//! (a range is one event), never as a deadline on the closing day. The
//! action cues of the clause ("toimitetaan", "open", "viimeinen päivä")
//! read them as a period to act in; round 35 counted such deadlines in
//! real21, real83 and real84. A member vote of a club or a union ("Voting
//! closes 11 March", "All members can vote between …") is a deadline and
//! names none of these nouns. A clause that also names a registration or
//! an application ("kotiäänestykseen on ilmoittauduttava viimeistään
//! 16.1.") keeps its deadline.
//! (The words naming polling are `voting_days::voting_word`, one list for
//! both readings.)

use super::voting_days::voting_word;

/// Does the clause `words` name a public election's polling (advance
/// voting, a polling station, the election day) and no action of the
/// reader with a limit of its own?
pub(super) fn polling_clause(words: &[&str]) -> bool {
    let ballot = words
        .iter()
        .enumerate()
        .any(|(k, w)| voting_word(w) || english_polling(w, words.get(k + 1).copied()));
    ballot && !words.iter().any(|w| own_limit(w))
}

/// "advance poll", "advance voting", "early voting".
fn english_polling(w: &str, next: Option<&str>) -> bool {
    matches!(w, "advance" | "early")
        && next.is_some_and(|n| n.starts_with("poll") || n.starts_with("voting"))
}

/// A reader's action with a limit of its own in the same clause:
/// registering, applying or asking, or a limit word ("viimeistään",
/// "senast", "deadline").
fn own_limit(w: &str) -> bool {
    const STEMS: [&str; 12] = [
        "ilmoittau",
        "hake",
        "haku",
        "anmäl",
        "ansök",
        "registr",
        "apply",
        "appli",
        "request",
        "deadline",
        "viimeistään",
        "senast",
    ];
    STEMS.iter().any(|s| w.starts_with(s)) || w == "mennessä"
}
