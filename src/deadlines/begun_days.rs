//! A day after a label naming a start or an end of its own, on the
//! label's line: "Starts: Thursday 4 January", "Ends: Wednesday 27th
//! March", "Summer Reading Begins: Tuesday, May 30", "Kesäkausi alkaa:
//! 4.6.", "Terminen slutar: 12 juni". A school's term list or a
//! programme's card sets when it begins and ends as labels; the day after
//! one, alone with its weekday, is when that part is on. A label naming
//! what the reader does ("Registration ends:", "Anmälan börjar:") is no
//! occasion of its own: the cues read its day as before.

/// The longest label read: a start or an end and a word or three.
const LABEL_BYTES: usize = 40;

/// Whether `label` (the words before a line's colon) names the start or the
/// end of something on, and nothing the reader does.
pub(super) fn span_label(label: &str) -> bool {
    let Some(t) = super::asked_days::short_label(
        label.trim().trim_matches(['*', '#', '-', '•', ' ']),
        LABEL_BYTES,
    ) else {
        return false;
    };
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() > 4 {
        return false;
    }
    let Some(last) = words.last() else {
        return false;
    };
    matches!(
        *last,
        "starts" | "begins" | "ends" | "alkaa" | "päättyy" | "börjar" | "slutar"
    ) && !words.iter().any(|w| reader_word(w))
}

/// A word naming what the reader does by a day: a call, a registration, a
/// booking (whose end is a deadline, whose start is never reported); or
/// what the issuer does with what came in ("Advisor Grading Begins:" in a
/// call's timeline, real11:4), its own target and no occasion.
fn reader_word(word: &str) -> bool {
    const STEMS: [&str; 30] = [
        "regist",
        "applica",
        "apply",
        "submission",
        "entr",
        "nominat",
        "book",
        "enrol",
        "call",
        "survey",
        "consult",
        "vot",
        "sign",
        "deadline",
        "ticket",
        "ilmoittautumi",
        "haku",
        "hakemu",
        "anmäl",
        "ansök",
        "ansökning",
        "bokning",
        "grading",
        "review",
        "judging",
        "evaluat",
        "assess",
        "result",
        "arviointi",
        "bedömning",
    ];
    STEMS.iter().any(|s| word.starts_with(s))
}
