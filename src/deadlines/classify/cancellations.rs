//! A cancellation the reader makes, with a time limit ("Cancellations will
//! be accepted until 1 May"), against a cancelled event: the first leaves
//! the clause's deadline standing, the second clears its dates.

use super::super::cues::{cue_mask, phrases, Category};
use super::super::signals::obligation;

/// "Cancellations will be accepted until 1 May", "Peruutukset on tehtävä
/// viimeistään": a cancellation the reader makes, with a time limit — not a
/// cancelled event.
pub(super) fn cancel_deadline(words: &[&str]) -> bool {
    let noun = |w: &str| {
        [
            "cancellation",
            "peruutu",
            "peruutus",
            "avbokning",
            "avanmälan",
        ]
        .iter()
        .any(|p| w.starts_with(p))
    };
    // (a negation opens the phrases of an occasion not held, "not take
    // place", "ei järjestetä", so its word carries the cancel bit; alone,
    // "will not be refunded", it cancels nothing)
    let cancels = words.iter().enumerate().filter(|(_, w)| {
        let m = cue_mask(w);
        m & Category::Cancel.bit() != 0 && m & Category::Negation.bit() == 0
    });
    let mut any = false;
    for (_, w) in cancels {
        if !noun(w) {
            return false;
        }
        any = true;
    }
    let limit = words.iter().any(|w| {
        phrases(Category::DeadlineBefore).contains(w)
            || matches!(*w, "accepted" | "received" | "vastaanotetaan" | "emot")
    });
    any && (limit || obligation(words))
}

/// "will take place on Friday, November 26, after being cancelled last
/// year" (real397:14), "peruttiin viime vuonna": a cancellation told of an
/// earlier year leaves this year's day standing. (`masks` are the
/// clause's: a cancelling phrase carries its bit on its words, which no
/// word alone has. "ställdes in i fjol" is still read as this year's
/// cancellation, by the past of its clause.)
pub(super) fn cancelled_before(words: &[&str], masks: &[u64]) -> bool {
    let earlier = |k: usize| {
        let near = &words[k + 1..(k + 6).min(words.len())];
        near.windows(2).any(|p| {
            matches!(
                p,
                [
                    "last" | "previous" | "viime" | "förra" | "föregående",
                    "year" | "vuonna" | "året"
                ]
            ) || p == ["i", "fjol"]
        })
    };
    let cancel = Category::Cancel.bit() | Category::Cancel.sure();
    let mut cancels = (0..words.len().min(masks.len()))
        .filter(|&k| masks[k] & cancel != 0 && masks[k] & Category::Negation.bit() == 0);
    cancels.next().is_some_and(earlier) && cancels.all(earlier)
}
