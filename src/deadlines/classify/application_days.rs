//! The day an application can be made: "Verksamhetsstöd … kan dessutom
//! sökas 15 februari och 15 juni" (real41:33), "föreningar kan nu enbart
//! ansöka om projektunderstöd den 15 september" (real39:52). No limit word
//! stands by the day, but a verb of applying with a modal of possibility
//! right before it names the one day the call takes applications: the
//! last day to apply, as "Applications must be submitted on 5 March" is.
//! Asked only of a day nothing else decided.

/// How far before the day the verb of applying may stand, in words: "kan
/// ansöka om projektunderstöd den" is four.
const VERB_BEFORE: usize = 4;
/// How far before the verb its modal may stand: "kan dessutom sökas",
/// "can also be applied".
const MODAL_BEFORE: usize = 3;

/// Do the words before the day at `start` (clause words `words`, read
/// from `floor`) hold a verb of applying, itself after a modal of
/// possibility, with no clause break or other number between it and the
/// day?
pub(super) fn can_apply_on(words: &[&str], floor: usize, start: usize) -> bool {
    let lo = start.saturating_sub(VERB_BEFORE).max(floor);
    let Some(v) = (lo..start).rev().find(|&i| applies(words[i])) else {
        return false;
    };
    // (a comma or a number between: the verb belongs to another clause or
    // another day)
    let clear = words[v + 1..start]
        .iter()
        .all(|w| !matches!(*w, "," | "." | ";" | ":") && !w.bytes().any(|b| b.is_ascii_digit()));
    clear
        && (v.saturating_sub(MODAL_BEFORE).max(floor)..v).any(|i| {
            matches!(
                words[i],
                "kan" | "kunna" | "can" | "may" | "voi" | "voivat" | "voit" | "voidaan"
            )
        })
}

/// A verb of applying (not its noun: "ansökan den 15 mars" may be the
/// day an application is handled).
fn applies(w: &str) -> bool {
    matches!(
        w,
        "sökas"
            | "söka"
            | "ansöka"
            | "ansökas"
            | "apply"
            | "applied"
            | "hakea"
            | "hakemaan"
            | "haettavissa"
    )
}
