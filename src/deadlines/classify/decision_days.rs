//! A council's or board's own decision day: "Kaupunginhallitus käsittelee
//! kokouksessaan 10. maaliskuuta …", "kokouksessa 1.12.2025 käsiteltiin",
//! "Kaupunginvaltuuston 18.6.2024 päätöksiä", "Det beslutade
//! kommunfullmäktige 20 december", "decisions of the council meeting of
//! 4 March".
//!
//! A body's name or its meeting reads as an event word, and an event word
//! otherwise keeps a date the issuer handles something on ("the meeting
//! takes place, whatever is decided there"). When the sentence tells what
//! the body handles or decides, the day is the issuer's own act (rule 5);
//! the labels give nothing unless the public is invited to follow it.

use super::super::cues::Window;

/// Does the sentence tell a council or board handling or deciding a
/// matter, with no word of the public following the meeting and no
/// session of its own held for it?
pub(super) fn decided(lw: Window, rw: Window) -> bool {
    let words = || lw.words.iter().chain(rw.words);
    words().any(|w| decision_verb(w))
        && words().any(|w| body(w))
        && !words().any(|w| public_word(w) || session(w))
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
            "council" | "council's" | "board" | "board's" | "committee"
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
/// lists) nor "behandlas" (matters "kommer att behandlas på fullmäktiges
/// sammanträde den 17 december" at a council meeting the labels keep).
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
