//! The latest day a society's own meeting is to be held: "stämma ska
//! hållas senast den 30 juni", "kokous on pidettävä kesäkuun loppuun
//! mennessä", "Vi har föreningsstämma en gång per år, senast 30 april",
//! "the annual general meeting must be held by 30 June".
//!
//! A limit word before such a day sets a term for the society itself (its
//! rules or the law tell it when to meet), nobody asks the reader to act
//! by it (rule 1), and the meeting's own day is not told (rule 10: "by the
//! end of June" is no day of meeting). Round 33 counted such deadlines in
//! real20, 30, 33, 52, 65, 69 and 71. The day is dropped when a meeting
//! noun and a verb of holding (or "once a year") stand before it and no
//! action of the reader ("motions must be submitted", "anmälan") does.

use super::super::cues::{Category, Window};

/// How many words before the day are looked at: "Yhdistys pitää
/// kalenterivuosittain yhden vuosikokouksen toukokuun loppuun" has the verb
/// five words off; the words after the day are the next clause's ("och
/// eventuell motion … måste vara inlämnad senast", real20:52).
const REACH: usize = 8;

/// Is the deadline with these words before it (nearest last) the latest
/// day a society's meeting is held on?
pub(super) fn meeting_term(l: Window) -> bool {
    let lo = l.words.len().saturating_sub(REACH);
    let left = Window {
        words: &l.words[lo..],
        masks: &l.masks[lo..],
    };
    // (the verb first: its prefix tests are cheap and it is rare, while
    // the noun's substring tests ran for every deadline of a text)
    (left.words.iter().any(|w| holding_verb(w)) || yearly(left.words))
        && left.words.iter().any(|w| meeting_noun(w))
        && !left.has(Category::Apply)
        && !left.words.iter().any(|w| reader_item(w))
}

/// A society's meeting: "årsstämma", "föreningsstämma", "årsmöte",
/// "vuosikokous", "kokouksen", "meeting", "AGM". A company's general
/// meeting ("yhtiökokous", "bolagsstämma") is left out: a notice to housing
/// companies tells its reader, the company's board, to hold it by the day
/// ("Yhtiökokous on pidettävä syyskuun loppuun mennessä", real61:6, a
/// deadline).
fn meeting_noun(w: &str) -> bool {
    if w.contains("yhtiökokou") || w.contains("bolagsstämm") {
        return false;
    }
    w.contains("stämma")
        || w.contains("årsmöte")
        || w.contains("kokou")
        || w.starts_with("meeting")
        || w == "agm"
}

/// Holding a meeting: "hållas", "hålls", "pidettävä", "pitää",
/// "pitämisen", "held".
fn holding_verb(w: &str) -> bool {
    w.starts_with("håll")
        || w.starts_with("pidettävä")
        || w.starts_with("pidetään")
        || w.starts_with("pitä")
        || matches!(w, "held" | "hold" | "holds" | "convened")
}

/// "en gång per år", "kalenterivuosittain", "once a year", "each year":
/// a rule of the society's year, not a call.
fn yearly(words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| w.ends_with("vuosittain") || matches!(*w, "annually" | "årligen" | "vuodessa"))
        || words.windows(2).any(|p| {
            matches!(
                (p[0], p[1]),
                ("per", "år") | ("a", "year") | ("each", "year")
            )
        })
}

/// What the reader hands in for a meeting: "motions", "aloitteet",
/// "proposals", "nominations".
fn reader_item(w: &str) -> bool {
    w.starts_with("motion")
        || w.starts_with("aloit")
        || w.starts_with("proposal")
        || w.starts_with("nominat")
        || w.starts_with("förslag")
        || w.starts_with("ehdotu")
}

/// Is a day told as the day by which the organiser holds something ("the
/// annual meeting is held by the end of May", "vuosikokous pidetään
/// toukokuun loppuun mennessä")? Asked with a deadline word before the
/// day: the organiser's own target, nothing the reader must do.
pub(super) fn held_by(words: &[&str]) -> bool {
    words.iter().any(|w| {
        matches!(
            *w,
            "pidetään" | "held" | "hålls" | "järjestetään" | "arranged" | "anordnas"
        )
    })
}
