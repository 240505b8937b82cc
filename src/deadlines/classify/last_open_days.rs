//! A service's last open day: "Lördagen den 28 april är nämligen sista
//! öppetdagen innan man stänger biblioteket" (real10:42), "31.8 Gamla Vasa
//! museum är öppet sista dagen" (real72:7), "the last day of term" (real42:33).
//! "Last day" is a deadline cue, but a place open for the last time asks
//! nothing of the reader: the day is one the place is open, an event
//! (rule 3, as a service break is), unless an action of the reader stands in
//! the clause ("Sista öppetdag för ansökningar", "the last day to apply").

/// Whether the words read "last day" of a place's opening, a term or an
/// operation.
pub(super) fn named(l: &[&str], r: &[&str]) -> bool {
    let words = || l.iter().chain(r.iter()).copied();
    let all: Vec<&str> = words().collect();
    let last_day = all.windows(2).any(|w| {
        matches!(w[0], "last" | "final" | "sista" | "viimeinen" | "viimeistä")
            && (matches!(w[1], "day" | "dag" | "dagen" | "päivä" | "päivää")
                || w[1].starts_with("öppetdag")
                || w[1].starts_with("aukiolopäiv"))
    });
    // (the opening word: "öppet", "open", "avoinna", or the term or the
    // operation whose last day it is)
    let opening = words().any(|w| {
        matches!(
            w,
            "open" | "opening" | "operation" | "term" | "öppet" | "avoinna" | "auki"
        ) || w.starts_with("öppetdag")
            || w.starts_with("aukiolo")
    });
    last_day && opening
}
