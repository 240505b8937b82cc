//! A time limit named after its day: "has 31 July as its closing date",
//! "har 31 juli som sista ansökningsdag", "31.7. viimeisenä hakupäivänä".
//! The day comes first and the words that make it a deadline follow it,
//! so the cues read before the day (an opening word, a relative clause)
//! must not decide it.

use super::super::cues::{Category, Window};
use super::super::tokens::month_from;

/// Does the window right after a day open with "as (the/its) D-word",
/// "som (sin) D-word", a Finnish essive "viimeisenä …päivänä", a copula
/// or a dash before a limit? Only the first words are looked at.
pub(super) fn cue_after(r: Window) -> bool {
    let w = r.words;
    match w.first() {
        Some(&"as") | Some(&"som") => {
            // "as the", "as its", "som sin", "som den": one determiner
            let k = match w.get(1) {
                Some(&("the" | "its" | "their" | "our" | "sin" | "sitt" | "den" | "deras")) => 2,
                _ => 1,
            };
            let end = (k + 2).min(w.len());
            k < end
                && Window {
                    words: &w[k..end],
                    masks: &r.masks[k..end],
                }
                .has(Category::Deadline)
        }
        // "viimeisenä hakupäivänä", "viimeisenä ilmoittautumispäivänä"
        Some(&"viimeisenä") => w.get(1).is_some_and(|d| d.ends_with("päivänä")),
        // "30.4. on jäsenmaksujen viimeinen maksupäivä", "31 mars är sista
        // datum": the day is the subject, the limit its predicate
        Some(&("on" | "är" | "is")) => predicate_limit(r, 1).is_some(),
        // "Monday 13th May – closing date for international crews", "15
        // oktober – sista dag att betala", "1.3. – viimeinen hakupäivä": a
        // dash after the day opens the entry it heads, the limit its name
        Some(&("–" | "—" | "-")) => dash_limit(r, 1),
        // (the dot closing a Finnish day, "15.10. –")
        Some(&".") if matches!(w.get(1), Some(&("–" | "—" | "-"))) => dash_limit(r, 2),
        _ => false,
    }
}

/// A time limit named after a dash, read from `from` on: not the far day
/// of a range ("5 januari – senast 8 januari") nor the issuer's own day
/// ("– last date for decision to overseas crews").
fn dash_limit(r: Window, from: usize) -> bool {
    let w = r.words;
    predicate_limit(r, from).is_some_and(|end| {
        !w.get(end)
            .is_some_and(|x| x.starts_with(|c: char| c.is_ascii_digit()))
            && !w[from..end]
                .iter()
                .any(|x| issuer_day(x) || other_day_limit(x))
    })
}

/// A limit word standing before another day: "– senast 8 januari".
fn other_day_limit(w: &str) -> bool {
    matches!(
        w,
        "senast" | "by" | "until" | "till" | "before" | "före" | "viimeistään" | "ennen"
    )
}

/// A word of what the issuer makes known on a day: a decision, a
/// notification, a result.
fn issuer_day(w: &str) -> bool {
    [
        "decision", "notif", "result", "beslut", "besked", "päätö", "tulos",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}

/// The end of a time limit told as the predicate of a day, read from
/// `from` on: a deadline word within seven words, before any punctuation or
/// number (which would start another clause or another day's words).
fn predicate_limit(r: Window, from: usize) -> Option<usize> {
    let w = r.words;
    let mut end = from;
    // (a hyphen joins compounds: "jäsen- ja venepaikkamaksujen")
    let stop = |x: &str| {
        x != "-" && x.starts_with(|c: char| c.is_ascii_punctuation() || c.is_ascii_digit())
    };
    while end < w.len().min(from + 7) && !stop(w[end]) {
        end += 1;
    }
    (end > from
        && Window {
            words: &w[from..end],
            masks: &r.masks[from..end],
        }
        .has(Category::Deadline))
    .then_some(end)
}

/// Is the time limit read before this day another day's predicate? "Den
/// 31 mars är sista datum för motioner till årsmötet torsdagen den 23
/// maj": the limit is 31 March's, the meeting's day after it no deadline.
/// True when the left window holds a copula opening it or after a day's
/// end (a number or a month name), a deadline word within seven words of the copula, and
/// no other deadline word after that up to this day.
pub(super) fn claimed(l: Window) -> bool {
    let w = l.words;
    let day_end = |k: usize| {
        let x = w[k];
        x.bytes().all(|b| b.is_ascii_digit())
            || month_from(x, true).is_some()
            || (x == "." && k > 0 && w[k - 1].bytes().all(|b| b.is_ascii_digit()))
    };
    // (the window starts right after the day before, so a copula opening
    // it follows that day)
    let Some(j) = (0..w.len())
        .rev()
        .find(|&j| matches!(w[j], "on" | "är" | "is") && (j == 0 || day_end(j - 1)))
    else {
        return false;
    };
    let Some(end) = predicate_limit(l, j + 1) else {
        return false;
    };
    !Window {
        words: &w[end..],
        masks: &l.masks[end..],
    }
    .has(Category::Deadline)
}
