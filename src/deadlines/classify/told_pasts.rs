//! The regular pasts a sentence tells what was done with, read for a day
//! that has just gone by (`recent_pasts.rs`): the irregular forms and the
//! Finnish and Swedish suffixes of `signals::tense` leave out the most
//! common pasts of all three languages, so "Det här beslutade
//! kommunfullmäktige den 17 februari" (real101:5), "Toukokuun 8. päivä
//! käytiin Hauholla ja 28.5. Rengossa" (real109:30), "jaosto on myöntänyt
//! kokouksessaan 11.3." (real93:9) and "On 6 April, the hearing panel
//! provided this notice" (real104:34) were moved a year ahead.
//!
//! Who acts there is the issuer or a body reporting its own step, told
//! after the fact; the reader is asked for nothing. The forms read:
//! Swedish first-conjugation pasts in "-ade" (not after an article or
//! "att", where they are adjectives: "den planerade kursen"), Finnish passive pasts of
//! verbs with a long stem vowel ("käytiin", "saatiin", "tuotiin": the
//! suffix table reads only the short "-ttiin"), Finnish perfects ("on
//! myöntänyt", "oli tullut", "on kerrottu") and
//! English regular pasts taking their object ("provided this notice",
//! "confirmed the combination"). Only days whose last coming lies a short
//! while back reach this, so a page's schedule for next year is untouched.

use super::perfect_pasts;

/// Words after which a Swedish "-ade" word is an adjective, not a verb:
/// articles, determiners, prepositions and "att", after which a past
/// cannot stand ("den planerade kursen", "för nyinflyttade", "alla
/// planerade", "att registrerade föreningar", real39:52).
const SV_DETERMINERS: &[&str] = &[
    "den", "det", "de", "en", "ett", "för", "alla", "våra", "sina", "dina", "era", "nya", "till",
    "med", "av", "om", "och", "eller", "inte", "att",
];

/// Words that take a verb's object, after an English past: "provided this
/// notice", "confirmed the combination", "rolled past the last day".
const EN_OBJECTS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "that", "past",
];

/// Words before an English "-ed" form that make it a participle or an
/// adjective, not a told past: "will be extended", "the extended
/// deadline", "if you received".
const EN_NOT_TOLD: &[&str] = &[
    "be", "is", "are", "been", "being", "will", "to", "has", "have", "had", "the", "a", "an",
    "you", "if", "your", "our", "their", "its", "this", "these", "get", "gets",
];

/// Is the word at `k` of `words` (lower-cased) a regular past telling what
/// was done? `english` says the text is surely English (the Finnish and
/// Swedish forms are then names and nouns).
pub(super) fn regular_past(words: &[String], k: usize, english: bool) -> bool {
    let Some(w) = words.get(k).map(String::as_str) else {
        return false;
    };
    let prev = if k > 0 { words[k - 1].as_str() } else { "" };
    let next = words.get(k + 1).map_or("", String::as_str);
    let n = w.chars().count();
    if english {
        return (n >= 6
            && w.ends_with("ed")
            && k > 0
            && EN_OBJECTS.contains(&next)
            && !EN_NOT_TOLD.contains(&prev))
            || perfect_pasts::english_past(words, k);
    }
    sv_weak_past(w, n, prev)
        || fi_long_passive(w, n)
        || ((fi_participle(w, n) || fi_passive_participle(w, n))
            && words[..k].iter().any(|v| FI_AUX.contains(&v.as_str()))
            // ("Jos sinulle on myönnetty avustus, toimita kuitit
            // viimeistään 15.11.": a perfect in a condition tells nothing)
            && !words[..k].iter().any(|v| FI_CONDITIONS.contains(&v.as_str())))
        // (the strong pasts and Swedish perfects: `perfect_pasts`)
        || perfect_pasts::strong_past(words, k)
}

/// "beslutade", "behandlade", "arrangerade", "medverkade": a verb, not the
/// adjective after an article or preposition.
fn sv_weak_past(w: &str, n: usize, prev: &str) -> bool {
    n >= 7 && w.ends_with("ade") && !SV_DETERMINERS.contains(&prev)
}

/// "käytiin", "saatiin", "tuotiin", "vietiin", "myytiin": "-tiin" after a
/// long vowel or diphthong (the illative "kotiin" has a consonant there).
fn fi_long_passive(w: &str, n: usize) -> bool {
    if n < 7 || !w.ends_with("tiin") {
        return false;
    }
    let cs: Vec<char> = w.chars().collect();
    let vowel = |c: char| "aeiouyäö".contains(c);
    vowel(cs[n - 5]) && vowel(cs[n - 6])
}

/// The Finnish auxiliaries of a perfect: a participle without one before
/// it describes ("Viimeistään 15.3. saapuneet hakemukset", the
/// applications in by a day), it does not tell.
const FI_AUX: &[&str] = &[
    "on", "oli", "ovat", "olivat", "olemme", "olimme", "ei", "eivät",
];

/// "kerrottu", "järjestetty", "päätetty": the passive participle of a
/// perfect ("Muutos on kerrottu omaisille … omaisten illassa 5.
/// kesäkuuta", real374:32, after [`FI_AUX`]).
fn fi_passive_participle(w: &str, n: usize) -> bool {
    n >= 6 && (w.ends_with("ttu") || w.ends_with("tty"))
}

/// The Finnish words opening a condition, in which a perfect tells what
/// must have happened, not what did.
const FI_CONDITIONS: &[&str] = &["jos", "mikäli", "kunhan", "kun"];

/// "kokoontunut", "myöntänyt", "hyväksyneet", "tullut": the past
/// participle of a perfect ("on myöntänyt", after [`FI_AUX`]).
fn fi_participle(w: &str, n: usize) -> bool {
    n >= 6
        && ["nut", "nyt", "neet", "llut", "llyt", "lleet"]
            .iter()
            .any(|e| w.ends_with(e))
}
