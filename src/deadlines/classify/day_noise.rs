//! What may stand between a deadline's label and its day without changing
//! what the day is: "Closing date for receipt of completed online
//! applications is 5.00 p.m. Friday 25th March 2022" (real138:9), "Sista
//! ansökningsdag är kl. 12.00 fredagen den 25 mars", "Viimeinen hakupäivä
//! on klo 16.00 perjantaina 25.3.". A clock in any written form ("5.00
//! p.m.", "17:00", "12 noon", "5 pm CET", "kl. 12", "klo 16"), a weekday
//! in any form ("Fri", "fredagen", "perjantaina"), an article ("the",
//! "den") and a word of limit ("now", "no later than", "senast",
//! "viimeistään") only dress the day: the label still names it. The
//! tokenizer cuts "5.00 p.m." into seven pieces, so the reach from the day
//! back to its copula is counted in these pieces, not in words.

use super::super::cues::{Category, Window};
use super::super::tokens::WEEKDAYS;
use super::{Decision, Lang};

/// The most noise tokens walked over between a copula and its day: a clock,
/// its zone, a weekday and their commas ("is 5.00 p.m. CET, Friday, the").
pub(super) const NOISE_TOKENS: usize = 14;

/// Is `w` (a lower-cased token) one that may stand between a label's
/// copula and its day?
pub(super) fn noise(w: &str, lang: Lang) -> bool {
    matches!(
        w,
        "," | "this"
            | "den"
            | "the"
            | "at"
            | "."
            | "am"
            | "pm"
            | "a.m."
            | "p.m."
            // (the pieces of "5.00 p.m.", "10 a.m.", "o'clock")
            | "a"
            | "p"
            | "m"
            | "o"
            | "'"
            | "’"
            | "clock"
            | "noon"
            | "midday"
            | "midnight"
            | "hrs"
            | "h"
            | "time"
            // (a zone after the clock: "17:00 CET", "5 pm local time")
            | "cet"
            | "cest"
            | "eet"
            | "eest"
            | "gmt"
            | "bst"
            | "utc"
            | "local"
            | "brussels"
            | "helsinki"
            | "stockholm"
            | "finnish"
            | "swedish"
            // (a limit's own words: "is now", "is no later than")
            | "now"
            | "no"
            | "later"
            | "than"
            | "klo"
            | "kl"
            | "kello"
            | "klockan"
            | "senast"
            | "nu"
            | "viimeistään"
            | "nyt"
            // (the day named twice: "is tomorrow (Tuesday, November 7)",
            // "är i morgon (tisdag 7 november)")
            | "tomorrow"
            | "today"
            | "huomenna"
            | "tänään"
            | "imorgon"
            | "morgon"
            | "i"
            | "idag"
            | "("
    ) || (w == "on" && lang != Lang::Fi)
        || WEEKDAYS.contains(&w)
        || (!w.is_empty() && w.len() <= 5 && w.bytes().all(|b| b.is_ascii_digit() || b == b':'))
        || w.ends_with("am") && w.len() <= 7 && w.as_bytes()[0].is_ascii_digit()
        || w.ends_with("pm") && w.len() <= 7 && w.as_bytes()[0].is_ascii_digit()
}

/// Does the label's link stand at `w`: the copula ("is", "är", "on") or
/// the label's colon ("Closing date for applications: 5.00 p.m. …")?
pub(super) fn link(w: &str, lang: Lang) -> bool {
    w == ":"
        || match lang {
            Lang::Fi => w == "on",
            Lang::Sv => w == "är",
            _ => w == "is",
        }
}

/// Is the day at `start` named by its label ("The deadline for comment is
/// 5.00pm Wednesday 20 November 2019", real119:26), whatever else the
/// sentence tells? The label says what the day is, so a decision, a
/// publication or an opening told beside it ("for a decision in March",
/// "öppnar nästa ansökningsomgång") does not drop it (`was`, the reading
/// before the label's). Only words after the day telling it is old, past,
/// cancelled or moved (`r`) still drop it; the subject's own words do not
/// ("The cut off date for refunds for rescheduled 2020 events is now 4pm
/// on Fri 20 Nov", real124:22).
pub(super) fn labelled(
    words: &[&str],
    lo: usize,
    start: usize,
    lang: Lang,
    was: Decision,
    r: &Window,
) -> bool {
    const OLD: [Category; 4] = [
        Category::Past,
        Category::Superseded,
        Category::Cancel,
        Category::Postpone,
    ];
    super::copula_days::told(words, lo, start, lang)
        && (was != Decision::Drop || !OLD.iter().any(|&c| r.has(c)))
}
