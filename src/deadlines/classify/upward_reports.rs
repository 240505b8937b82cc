//! A body's own work owed to the government or parliament: "The final
//! proposal will be submitted to government before the deadline of 28
//! November" (real106:39), "the final proposal, which needs to be
//! submitted to the Government on or before 28 November" (real81:35), "A
//! final report to parliament is due by 28 February 2026" (real88:39).
//!
//! The limit binds the issuing council, commission or inquiry, not the
//! reader (rule 5: target dates of the issuing authority itself). The
//! limit words are a reader's ("submitted", "due by", "deadline"); what
//! tells the two apart is the thing owed, the body's own final proposal or
//! report, and whom it is owed to, a body above it. A reader's nominations
//! "sent to the ministry" (holdout4:9) name no such work, and a report the
//! reader owes to the funder names no such body.

/// English nouns of a body's finished work, after "final": "final
/// proposal", "final report", "final plan", "final recommendations".
const EN_WORKS: &[&str] = &["proposal", "proposals", "report", "plan", "recommendations"];

/// Finnish and Swedish works of a body that are its own by their word:
/// "loppuraportti", "mietintö", "slutrapport", "slutbetänkande",
/// "betänkande". Read as the word's start (inflected forms count).
const OWN_WORKS: &[&str] = &[
    "loppuraport",
    "mietintö",
    "slutrapport",
    "slutbetänkande",
    "betänkande",
    "slutredovisning",
];

/// Words before a work that make it the final one: "lopullinen esitys",
/// "det slutliga förslaget".
const FINAL: &[&str] = &[
    "final",
    "lopullinen",
    "lopullisen",
    "slutliga",
    "slutligt",
    "slutlig",
];

/// Finnish and Swedish works that count after a word of [`FINAL`].
const WORKS: &[&str] = &["esitys", "ehdotus", "raportti", "förslag", "rapport"];

/// Bodies above the issuer, as written in the sentence: "to government",
/// "to parliament", "valtioneuvostolle", "eduskunnalle", "ministeriölle",
/// "till regeringen", "Regeringskansliet", "riksdagen".
const BODIES: &[&str] = &[
    "government",
    "parliament",
    "minister",
    "ministry",
    "hallitukselle",
    "valtioneuvostolle",
    "eduskunnalle",
    "ministeriölle",
    "regeringen",
    "regeringskansliet",
    "riksdagen",
];

/// Does `sentence` tell a body's own finished work owed to a body above
/// it, so that its limit is the issuer's target?
pub(super) fn owed_upward(sentence: &str) -> bool {
    let words: Vec<String> = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let body = words.iter().any(|w| BODIES.contains(&w.as_str()));
    body && words.iter().enumerate().any(|(i, w)| {
        let after_final = i > 0 && FINAL.contains(&words[i - 1].as_str());
        OWN_WORKS.iter().any(|o| w.starts_with(o))
            || (after_final
                && (EN_WORKS.contains(&w.as_str()) || WORKS.iter().any(|o| w.starts_with(o))))
    })
}
