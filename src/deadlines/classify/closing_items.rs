//! The item a season or a festival closes with: "Äldreveckan avslutas med
//! högmässa söndagen den 14 oktober", "kuntorastit päättyvät sprinttiin
//! 1. syyskuuta", "the season will end with a gala on 31 May".
//!
//! A verb of ending names the last day of a call or of a duration; followed
//! by what the thing ends with ("med", "with", a Finnish illative noun) it
//! names that closing item instead, and the day is when it takes place.

use super::super::cues::Category;

/// How far after the verb "med" or "with" may stand: "ends with", "will
/// end with", "avslutas sedan med".
const AHEAD: usize = 2;

/// Clears the end-verb bit of a verb of ending followed by what it closes
/// with.
pub(super) fn clear(words: &[&str], masks: &mut [u64]) {
    let bits = Category::EndVerb.bit() | Category::EndVerb.sure();
    for k in 0..masks.len() {
        // (the mask first: few words are verbs of ending)
        if masks[k] & bits == 0 {
            continue;
        }
        let after = &words[k + 1..(k + 1 + AHEAD).min(words.len())];
        let with = after.iter().any(|w| matches!(*w, "with" | "med"));
        let into = after.first().is_some_and(|w| illative_item(w));
        if with || into {
            masks[k] &= !bits;
        }
    }
}

/// A Finnish noun in the illative ("sprinttiin", "konserttiin",
/// "gaalaan"): what the thing ends in. A month or an end ("toukokuuhun",
/// "loppuun") still ends a period by a day.
fn illative_item(w: &str) -> bool {
    const ENDINGS: [&str; 9] = [
        "iin", "aan", "ään", "een", "oon", "uun", "yyn", "öön", "seen",
    ];
    w.chars().count() > 5
        && ENDINGS.iter().any(|e| w.ends_with(e))
        && !w.starts_with("lopp")
        && !w.contains("kuu")
        && !w.starts_with("viimei")
}
