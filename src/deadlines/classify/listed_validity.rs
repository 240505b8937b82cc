//! A validity word whose subject is the days listed: "gäller de här
//! utbetalningsdatumen:", "these dates apply", "seuraavat päivät ovat
//! voimassa", "Under 2018 gäller följande sammanträdestider:". It names the
//! dates or the times under it, no end of a validity; times alone are a
//! timetable's ("de nya tiderna gäller till 5 maj") and stay a validity.

use super::super::cues::{holds_any, Category};

/// Clears the validity bit of such a word in the clause's cue `masks`.
pub(super) fn clear(words: &[&str], masks: &mut [u64]) {
    // (the mask first: the word search is costly, and few words are
    // validity words)
    for k in 0..masks.len().min(words.len()) {
        if masks[k] & Category::Validity.bit() == 0 {
            continue;
        }
        let around = &words[k.saturating_sub(3)..(k + 4).min(words.len())];
        if around.iter().any(|w| dates_noun(w)) || times_listed(around) {
            masks[k] &= !(Category::Validity.bit() | Category::Validity.sure());
        }
    }
}

/// "datum", "dates", "päivät", "dagarna": the days themselves.
fn dates_noun(w: &str) -> bool {
    holds_any(
        w,
        &[
            "datum",
            "dates",
            "days",
            "päivämäär",
            "päivät",
            "dagar",
            "dagarna",
        ],
    )
}

/// Times pointed to: "följande sammanträdestider", "the following times".
fn times_listed(near: &[&str]) -> bool {
    near.iter().any(|w| holds_any(w, &["tider", "times"]))
        && near.iter().any(|w| {
            matches!(
                *w,
                "följande" | "following" | "seuraavat" | "these" | "dessa"
            )
        })
}
