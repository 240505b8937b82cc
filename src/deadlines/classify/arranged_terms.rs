//! The term of an arrangement: the span an employment, a contract, a trial
//! or a grant runs, told as a range: "Työllistämisajanjakso on
//! 17.5–31.8.2021" (real105:36), "Urakka-aika on 4.6. – 10.8.2018"
//! (real105:37), "Kokeilun kesto on 1.8.-31.12.2024" (real97:14), "Under en
//! försöksperiod från 1 juli 2023 till 1 juli 2024" (real106:36), "joka
//! palkkaa … nuoren töihin 1.6.–15.8.2023 välisenä aikana" (real9:30).
//!
//! Such a span is a duration (rule 5), neither a reader's period to act
//! nor something that takes place: the work, the contract or the trial
//! simply runs through it. The event and deadline readers see a range
//! after a copula or "from … to" and take it for a course or a window;
//! here the noun the range measures is read, so the kind of span decides.

/// Compound heads of a term that is a duration of an arrangement: Finnish
/// "työllistämisajanjakso", "urakka-aika", "sopimuskausi", "kokeiluaika",
/// Swedish "försöksperiod", "anställningstid", "avtalsperiod". Read as the
/// word's start, so their inflected forms ("urakka-ajan",
/// "försöksperioden") count too. An application, display or course period
/// ("hakuaika", "ansökningsperiod", "kurssiaika") is never one of these.
const TERMS: &[&str] = &[
    "työllistämisajanjakso",
    "työllistämisaika",
    "työllistämisjakso",
    "urakka-aika",
    "urakka-ajan",
    "sopimuskausi",
    "sopimuskauden",
    "sopimusaika",
    "kokeiluaika",
    "kokeilujakso",
    "kokeilukausi",
    "koeaika",
    "försöksperiod",
    "försökstid",
    "provperiod",
    "pilotperiod",
    "anställningsperiod",
    "anställningstid",
    "avtalsperiod",
    "avtalstid",
    "kontraktstid",
    "entreprenadtid",
    // a validity is a duration too: "Kesäsetelin voimassaoloaikana
    // (1.6.–15.8.2023)" (real9:30)
    "voimassaoloaika",
    "giltighetstid",
];

/// Finnish genitives of an arrangement before "kesto" (duration):
/// "kokeilun kesto", "urakan kesto", "sopimuksen kesto". A course's or an
/// event's duration ("kurssin kesto") is a span that takes place.
const MEASURED: &[&str] = &["kokeilun", "urakan", "sopimuksen", "työsuhteen"];

/// English arrangements before "period" or "term": "trial period",
/// "contract term", "employment period", "validity period".
const EN_TERMS: &[&str] = &[
    "trial",
    "pilot",
    "contract",
    "employment",
    "tenancy",
    "validity",
];

/// How many words before the range are read for its term: "Urakka-aika on",
/// "Under en försöksperiod från", "Kokeilun kesto on".
const WINDOW: usize = 5;

/// Is the range whose sentence text before it is `before` and after it is
/// `after`, in `sentence`, the term of an arrangement?
pub(super) fn arranged_term(before: &str, after: &str, sentence: &str) -> bool {
    let words = lower_words(before);
    let near = &words[words.len().saturating_sub(WINDOW)..];
    named_term(near) || employed_within(&words, after, sentence)
}

/// A term noun among the words just before the range.
fn named_term(near: &[String]) -> bool {
    near.iter().enumerate().any(|(i, w)| {
        let next = near.get(i + 1).map(String::as_str);
        TERMS.iter().any(|t| w.starts_with(t))
            || (MEASURED.contains(&w.as_str()) && next == Some("kesto"))
            || (EN_TERMS.contains(&w.as_str()) && matches!(next, Some("period" | "term")))
    })
}

/// A span in which an employer may employ someone: a verb of employing in
/// the sentence and the range told as the time within which ("palkkaa …
/// 1.6.–15.8.2023 välisenä aikana", "anställer … under perioden
/// 1.6–15.8", "employs … during the period 1 June – 15 August"). The
/// employment runs through it; the reader applies for it elsewhere.
fn employed_within(before: &[String], after: &str, sentence: &str) -> bool {
    let employs = lower_words(sentence).iter().any(|w| {
        w.starts_with("palkkaa")
            || w.starts_with("palkata")
            || w.starts_with("palkataan")
            || w.starts_with("työllistä")
            || w.starts_with("anställ")
            || w.starts_with("employ")
            || w.starts_with("hire")
    });
    if !employs {
        return false;
    }
    let after = lower_words(after);
    let within_after = matches!(
        after.first().map(String::as_str),
        Some("välisenä" | "aikana")
    );
    let last = |n: usize| {
        before
            .iter()
            .rev()
            .take(n)
            .any(|w| w == "perioden" || w == "period")
    };
    within_after || last(3)
}

/// The words of `s`, lowercased, without the punctuation around them.
fn lower_words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|w| w.trim_matches('-').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}
