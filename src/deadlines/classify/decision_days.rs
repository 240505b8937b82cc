//! A council's or board's own decision day: "Kaupunginhallitus käsittelee
//! kokouksessaan 10. maaliskuuta …", "kokouksessa 1.12.2025 käsiteltiin",
//! "Kaupunginvaltuuston 18.6.2024 päätöksiä", "Det beslutade
//! kommunfullmäktige 20 december", "decisions of the council meeting of
//! 4 March".
//!
//! A body's name or its meeting reads as an event word, and an event word
//! otherwise keeps a date the issuer handles something on ("the meeting
//! takes place, whatever is decided there"). Since stop 33 the labels hold
//! a body's meeting an event whoever may follow it (rule 3 names meetings,
//! issue 14 counts "ministers will meet on" as a missed event): a body
//! sitting on the day ([`sits`]) is an event; a decision day with no
//! meeting named and nothing brought before the body is its own act (rule 5).

use super::super::cues::{Category, Window};

/// Does the sentence tell a council or board handling or deciding a
/// matter, with no word of the public following the meeting and no
/// session of its own held for it?
pub(super) fn decided(lw: Window, rw: Window) -> bool {
    let words = || lw.words.iter().chain(rw.words);
    // ("kaupunginvaltuusto päättää talousarviosta 11.11.2024", real398:32:
    // "päättää" decides a matter, unless it decides to hold something or
    // decides what will be: "päättää, että kunnanvirasto on suljettuna")
    let holds = || words().any(|w| matches!(*w, "pitää" | "järjestää" | "kokoontua" | "että"));
    (words().any(|w| decision_verb(w)) || (words().any(|w| *w == "päättää") && !holds()))
        && words().any(|w| body(w))
        && !words().any(|w| public_word(w) || session(w))
}

/// Does the sentence tell a council or board sitting on the day: the body
/// named with its meeting ("Kaupunginhallitus käsittelee kokouksessaan 10.
/// maaliskuuta"), a meeting that handles a matter, or the body named with
/// a matter brought before it ("ärenden som ska till beslut i
/// kommunfullmäktige 13/11", "presented to Cabinet on 8 April", "will go to
/// Council on October 6")? A body's meeting is an event whoever may follow
/// it (the settled convention on meetings, stop 33); only a decision day
/// with no meeting named ("beslutar den 31 maj") stays the body's own act.
pub(super) fn sits(lw: Window, rw: Window) -> bool {
    let words: Vec<&str> = lw.words.iter().chain(rw.words).copied().collect();
    let named = words.iter().any(|w| body(w));
    let meets = words.iter().any(|w| meeting_noun(w));
    let handles = words.iter().any(|w| handling_verb(w));
    let handled = handles
        || words.windows(2).any(|p| {
            matches!(
                p,
                ["till" | "för", "beslut"] | ["go" | "goes" | "going", "to"] | ["tas", "upp"]
            )
        });
    // ("Hallitus käsittelee kaikki hakemukset viimeistään 31.5.": a limit
    // on the body's handling is its own target, no sitting)
    let limited = [lw, rw]
        .iter()
        .any(|w| w.has(Category::Deadline) || w.has(Category::DeadlineBefore));
    // (a meeting with no body named sits when it handles a matter; the
    // meeting a delegate is chosen for, "valita yhtymäkokoukseen
    // 17.12.2020" after a past decision, real176:25, is still missed)
    (named || meets && handles) && (meets || handled) && !limited
}

/// Is the day, its token at `start` in `words` (the clause from `lo`),
/// the day a matter goes before a body: "will go to Council on October 6",
/// "presented to Cabinet on 8 April", "before the full council on"? An
/// English body's name reads as no event word (a council sends, decides
/// and answers as often as it meets), so the frame tells the sitting.
pub(super) fn before_body(words: &[&str], lo: usize, start: usize) -> bool {
    let mut k = start;
    // ("on", "on Tuesday,": the day's own words)
    while k > lo
        && (matches!(words[k - 1], "on" | "," | "the")
            || crate::deadlines::tokens::WEEKDAYS.contains(&words[k - 1]))
    {
        k -= 1;
    }
    if k <= lo || !matches!(words[k - 1], "council" | "cabinet" | "committee" | "board") {
        return false;
    }
    k -= 1;
    while k > lo
        && matches!(
            words[k - 1],
            "the" | "full" | "city" | "county" | "district"
        )
    {
        k -= 1;
    }
    k > lo && matches!(words[k - 1], "to" | "before")
}

/// A meeting by its noun, also inside a compound: "kokouksessaan",
/// "yhtymäkokoukseen", "sammanträdet", "mötet", "meeting".
fn meeting_noun(w: &str) -> bool {
    w.contains("kokou")
        || w.contains("sammanträd")
        || w.starts_with("möte")
        || matches!(w, "meeting" | "meetings" | "session" | "sitting")
}

/// A body taking up a matter: "käsittelee", "käsittelyyn", "behandlar",
/// "behandlas", "considers", "discussed", "presented".
fn handling_verb(w: &str) -> bool {
    w.starts_with("käsittel")
        || w.starts_with("behandla")
        || w.starts_with("consider")
        || w.starts_with("discuss")
        || matches!(w, "presented" | "heard")
}

/// A council or board by its name: "kaupunginhallitus",
/// "sosiaali- ja terveyslautakunnan", "kommunfullmäktige",
/// "förbundsdirektionen", "the council". (A bare "kokous" or "möte" is not
/// enough: an annual meeting of associations and the city that "käsitellään"
/// a matter is held for those who meet.)
fn body(w: &str) -> bool {
    [
        "valtuust",
        "hallitu",
        "lautakun",
        "fullmäktig",
        "styrelse",
        "nämnd",
        "direktion",
    ]
    .iter()
    .any(|stem| w.contains(stem))
        || matches!(
            w,
            "council" | "council's" | "board" | "board's" | "committee" | "cabinet"
        )
}

/// A session the body holds apart from its meeting, to hear and discuss:
/// "käsittelee säästötoimia iltakoulussaan 11.1" is an evening seminar the
/// labels read as an event.
fn session(w: &str) -> bool {
    w.starts_with("iltakoulu") || w.starts_with("seminaari") || w.starts_with("seminar")
}

/// A body's handling or deciding, in the forms a news item about its
/// agenda or minutes uses ("käsittelee", "käsitellään", "käsiteltiin",
/// "päätöksiä", "beslutade", "behandlar", "decisions"). Not "päättää"
/// ("päättää pitää valtuuston kokoukset:" decides to hold the meetings it
/// lists; [`decided`] takes it where it decides a matter) nor "behandlas"
/// (matters "kommer att behandlas på fullmäktiges sammanträde den 17
/// december" at a council meeting the labels keep).
fn decision_verb(w: &str) -> bool {
    matches!(
        w,
        "käsittelee"
            | "käsitellään"
            | "käsiteltiin"
            | "käsitteli"
            | "päätetään"
            | "päätettiin"
            | "päätti"
            | "päätöksiä"
            | "päätökset"
            | "beslutade"
            | "beslutar"
            | "behandlar"
            | "behandlade"
            | "decisions"
    )
}

/// The public invited to attend or follow: "yleisö", "allmänheten",
/// "public", "seurata", "följa", "livestream", "webbsändning".
fn public_word(w: &str) -> bool {
    w.starts_with("yleisö")
        || w.starts_with("allmänhet")
        || w.starts_with("seura")
        || w.starts_with("följ")
        || w.starts_with("webbs")
        || w.starts_with("livestream")
        || matches!(w, "public" | "attend" | "watch" | "youtube" | "suora")
}

/// "Ansökningstiden för universitetens gemensamma antagning börjar …
/// och slutar den 1 april" (real230:55): an issuer's act named only in a
/// phrase after "för", "for" or "of" qualifies the time limit the
/// sentence is about; the admission is not what happens on the day.
pub(super) fn qualifies_limit(lw: Window) -> bool {
    let authority = Category::Authority.bit() | Category::Authority.sure();
    (0..lw.words.len()).all(|k| {
        lw.masks[k] & authority == 0
            || lw.words[k.saturating_sub(3)..k]
                .iter()
                .any(|w| matches!(*w, "för" | "for" | "of"))
    })
}
