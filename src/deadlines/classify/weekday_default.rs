//! A day written with its weekday and nothing else to go by: "on
//! Thursday 10 May, we will have …", "lauantaina 13.7. …", "lördag den
//! 13 juli …". Whoever names the weekday points the reader at a day on
//! the calendar, and in club, parish and season news that day is when
//! something takes place. Reached only when no cue decided the day:
//! past, validity, periods, the issuer's own days and deadline words
//! have all been read before.

use super::super::tokens::WEEKDAYS;

/// Is the day starting at `start` written right after a weekday name
/// ("Thursday 10 May", "Thursday, 10 May", "tisdag den 10 maj",
/// "torstaina 10.5.", "på lördag (14 oktober)", real414:14)? Only the two
/// words before the day are looked at.
pub(super) fn weekday_before(words: &[&str], lo: usize, start: usize) -> bool {
    let mut k = start;
    let floor = start.saturating_sub(3).max(lo);
    while k > floor && matches!(words[k - 1], "," | "den" | "the" | "(") {
        k -= 1;
    }
    if k <= lo || !WEEKDAYS.contains(&words[k - 1]) {
        return false;
    }
    // "pe 12. – la 13.7.": the end of a range the reader did not join;
    // "TODAY, Monday, 11 May": the page's own day
    let before = (k >= lo + 2).then(|| words[k - 2]);
    !before.is_some_and(|w| {
        matches!(
            w,
            "–" | "-" | "—" | "today" | "idag" | "tänään" | "tänä" | "to" | "till"
        )
    })
}

/// "Monday, January 2 is an observed bank holiday", "är en helgdag",
/// "on arkipyhä": a day told to be a holiday is a day off, nothing held
/// on it. Only the eight words after the day are looked at.
pub(super) fn holiday(words: &[&str], end: usize) -> bool {
    words.iter().skip(end).take(8).any(|w| {
        w.contains("holiday")
            || w.starts_with("helgdag")
            || w.starts_with("pyhäpäiv")
            || w.contains("arkipyhä")
    })
}

/// "Monday, December 25 to Saturday, December 23", "måndag 25.12 →
/// lördag 23.12": one weekday day moved to another names a changed
/// service day, read by the tables of moves, not a day of its own.
pub(super) fn moved(words: &[&str], lo: usize, start: usize, end: usize) -> bool {
    let mv = |w: &str| {
        matches!(
            w,
            "to" | "till" | "→" | "->" | "moves" | "siirtyy" | "flyttas"
        )
    };
    let mut k = start;
    while k > lo
        && (matches!(words[k - 1], "," | "den" | "the") || WEEKDAYS.contains(&words[k - 1]))
    {
        k -= 1;
    }
    (k > lo && mv(words[k - 1])) || words.get(end).is_some_and(|w| mv(w))
}

/// "liikennejärjestelyt palautetaan ennalleen perjantaina 20.1.", "the
/// road is restored on", "återställs": the day a change ends and the
/// usual returns takes nothing place of its own.
pub(super) fn restored(words: &[&str]) -> bool {
    // a place opening again is the ordinary restored (`reopened.rs`)
    super::reopened::reopening(words)
        || words.iter().any(|w| {
            matches!(*w, "ennalleen" | "restored" | "reinstated") || w.starts_with("återställ")
        })
}

/// "Monday 15 January is a holiday", "Tiistaina 16.1. liikennejärjestelyt
/// palautetaan ennalleen", "Tisdagen den 16 januari återställs trafiken": a
/// weekday leading its day reads like a time heading a listing line, but
/// a day told off, restored or moved takes nothing place of its own
/// either. Only the three words before the day are looked at for the
/// weekday.
pub(super) fn told_off(words: &[&str], lo: usize, start: usize, end: usize) -> bool {
    let led = (start.saturating_sub(3).max(lo)..start).any(|k| WEEKDAYS.contains(&words[k]));
    led && (holiday(words, end) || restored(words) || moved(words, lo, start, end))
}
