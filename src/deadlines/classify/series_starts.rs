//! The first day of a series of occasions, told by a start word: "at the
//! market every Friday, starting 9 October" (real107:20), "paid walks
//! across six weeks starting on Monday September 2" (real48:30), "Vi övar
//! tre torsdagar med start 14 november" (real51:25), "the Council Hearing
//! … to be held starting on Monday 30 April" (real108:15).
//!
//! "starting D" and "med start D" otherwise name the day a rule or a
//! service starts to apply, which is never reported (rule 5). After a
//! recurrence ("every Friday", "six weeks", "tre torsdagar", "5 ggr") or
//! right after a verb of being held, what starts is a run of occasions,
//! and its first day is an event like any day of a programme. Finnish
//! "alkaen" after the day was tried as well ("tiistaisin 13.1. alkaen") and
//! dropped: the one such day in real1–real108 is a weekly group labelled
//! as nothing (real73:40).

/// Start words a day may follow, each as the words right before the day.
const STARTS: [&[&str]; 8] = [
    &["starting"],
    &["alkaen"],
    &["lähtien"],
    &["beginning"],
    &["commencing"],
    &["med", "start"],
    &["med", "start", "den"],
    &["med", "början", "den"],
];

/// Verbs of being held right before the start word ("to be held starting
/// on"): the occasion itself starts, not a rule.
const HELD: [&str; 5] = ["held", "run", "hålls", "pidetään", "järjestetään"];

/// Does the day start a series of occasions: a start word right before it
/// ("starting", "med start den", Finnish "alkaen" before the day)
/// (`imm`, the clause's words up to the day), and before that a verb of
/// being held or a recurrence in the same clause?
pub(super) fn first_of_series(imm: &[&str]) -> bool {
    let Some(cut) = start_cut(imm) else {
        return false;
    };
    held_or_recurring(&imm[..cut])
}

/// Where the start word right before the day begins in `imm`, if any.
fn start_cut(imm: &[&str]) -> Option<usize> {
    STARTS.iter().find_map(|s| {
        (imm.len() >= s.len() && imm[imm.len() - s.len()..] == **s).then(|| imm.len() - s.len())
    })
}

/// Do the words before the start word end in a verb of being held, or
/// hold a recurrence in their last clause?
fn held_or_recurring(before: &[&str]) -> bool {
    let mut before = before;
    // "every Friday, starting": the comma only sets the start word off
    if before.last() == Some(&",") {
        before = &before[..before.len() - 1];
    }
    if before.last().is_some_and(|w| HELD.contains(w)) {
        return true;
    }
    // the recurrence stands in the same clause: back to the last stop
    let clause = before
        .iter()
        .rposition(|w| matches!(*w, "." | ";" | ":" | "!" | "?"))
        .map_or(before, |k| &before[k + 1..]);
    clause.iter().enumerate().any(|(k, w)| {
        let counted = k > 0 && counts(clause[k - 1]);
        recurrence(w) || (counted && plural_of_time(w))
    })
}

/// A word telling that something comes again and again: "every",
/// "weekly", "varje", "perjantaisin", "fredagar".
fn recurrence(w: &str) -> bool {
    matches!(
        w,
        "every" | "each" | "weekly" | "fortnightly" | "monthly" | "varje" | "joka" | "ggr"
    ) || weekday_plural(w)
        // "5ggr på hösten": a count of times written as one word
        || w.strip_suffix("ggr").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// A plural weekday: "fridays", "torsdagar", and the Finnish "perjantaisin"
/// (on Fridays).
pub(super) fn weekday_plural(w: &str) -> bool {
    const DAYS: [&str; 21] = [
        "mondays",
        "tuesdays",
        "wednesdays",
        "thursdays",
        "fridays",
        "saturdays",
        "sundays",
        "måndagar",
        "tisdagar",
        "onsdagar",
        "torsdagar",
        "fredagar",
        "lördagar",
        "söndagar",
        "maanantaisin",
        "tiistaisin",
        "keskiviikkoisin",
        "torstaisin",
        "perjantaisin",
        "lauantaisin",
        "sunnuntaisin",
    ];
    DAYS.contains(&w)
}

/// A count before a plural of time: "six weeks", "tre gånger", "5".
fn counts(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_digit())
        || [
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
            "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "kaksi", "kolme",
            "neljä", "viisi", "kuusi",
        ]
        .contains(&w)
}

/// A plural of time or of occasions after a count: "six weeks", "tre
/// gånger", "kuusi viikkoa", "five sessions".
fn plural_of_time(w: &str) -> bool {
    matches!(
        w,
        "weeks" | "times" | "sessions" | "veckor" | "gånger" | "tillfällen" | "viikkoa" | "kertaa"
    )
}

/// A round of collecting named near a day (`l` before it, `r_head` after):
/// "Collections begin on 29 April", "bulk waste collection … to begin on
/// Monday", "På måndag 29 mars börjar Farligt avfall-bilens vårturer",
/// "joulukuusien erilliskeräys alkaa 7.1." (real303). Told by its first
/// day, the round takes place from it, as works do.
pub(super) fn collecting(l: &[&str], r_head: &[&str]) -> bool {
    let near = &l[l.len().saturating_sub(12)..];
    near.iter().chain(r_head).any(|w| {
        matches!(*w, "collection" | "collections")
            // (a bare "keräys" or "insamling" is as often a fundraising
            // campaign, "Yhteisvastuukeräys", real161:21)
            || [
                "hämtning",
                "avfallsinsamling",
                "insamlingsrund",
                "vårtur",
                "hösttur",
                "erilliskeräy",
                "jätekeräy",
                "romukeräy",
                "keräyskierro",
                "keräysauto",
            ]
            .iter()
            .any(|s| w.contains(s))
    })
}
