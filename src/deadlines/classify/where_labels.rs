//! Swedish "var" that is no past: the label "Var:" (where) of a notice's
//! card ("Var: Klockargården, Tällberg\n\nNär: 30/11, 1/12"), and the
//! imperative "Var med" (take part) opening a clause ("Var med och
//! utveckla Hjalmarsmuren"). The lexicon lists "var" (was) among the past
//! tense, so either one read the days of its clause as over (real30:10,
//! real78:52, real79:53, real94:13).

use super::super::cues::Category;

/// Clears the past bits of "var" before a colon, or first in its clause
/// before "med".
pub(super) fn clear(words: &[&str], masks: &mut [u64]) {
    let bits = Category::Past.bit() | Category::Past.sure();
    for k in 0..masks.len() {
        // (the mask first: few words are pasts)
        if masks[k] & bits == 0 || words[k] != "var" {
            continue;
        }
        let next = words.get(k + 1).copied();
        if next == Some(":") || (k == 0 && next == Some("med")) {
            masks[k] &= !bits;
        }
    }
}
