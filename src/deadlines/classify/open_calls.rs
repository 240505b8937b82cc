//! A call, grant or application round told open for a period: "The
//! Community Celebration grant is open from 9 February to 8 March"
//! (real135:12), "avustushaku on avoinna 1.1.–31.1.2024" (real138:22),
//! "avaa … AKKE-rahoitushaun ajalle 4.11.–13.12.2024" (real137:38),
//! "utlysningen är öppen 1–15 mars".
//!
//! Rule 2: what a reader applies in is told by the round being open, not by
//! a deadline word, so the range gives one deadline on its last day — even
//! when the round's name holds an event word ("Celebration", "juhla") or
//! the period is said with a word of coverage ("ajalle"). The role is read
//! from two things only: a noun naming the round (its stem, so compounds
//! count) and a word telling it open, both before the range and close to
//! it, not in the past.

/// How many words before the range are looked at: "The Community
/// Celebration grant is open from" and "avaa … AKKE-rahoitushaun ajalle"
/// fit; a round named in another part of a long sentence does not.
const REACH: usize = 12;

/// Does a call, grant or application round stand told open in the words
/// before a range (`l`, nearest last)?
pub(super) fn open_call(l: &[&str]) -> bool {
    let tail = &l[l.len().saturating_sub(REACH)..];
    if !tail.iter().any(|w| opened(w)) {
        return false;
    }
    // ("the grant round was open from …", "haku oli avoinna …", "ansökan
    // var öppen …": a past round is not the reader's)
    if tail.iter().any(|w| past(w)) {
        return false;
    }
    // the round is named before the word of being open ("the grant is
    // open", "avustushaku on avoinna") or, after a verb of opening, as its
    // object ("avaa … rahoitushaun ajalle", "öppnar utlysningen för")
    tail.iter().any(|w| round_noun(w))
}

/// A word telling a round open now or opening it.
fn opened(w: &str) -> bool {
    matches!(
        w,
        "open"
            | "opens"
            | "avoinna"
            | "auki"
            | "avaa"
            | "avaavat"
            | "avautuu"
            | "aukeaa"
            | "avataan"
            | "käynnissä"
            | "öppen"
            | "öppet"
            | "öppnar"
            | "öppnas"
            | "pågår"
    )
}

/// A word of the past next to the round: its period is over.
fn past(w: &str) -> bool {
    matches!(
        w,
        "was" | "were" | "opened" | "oli" | "olivat" | "avautui" | "var" | "öppnade"
    )
}

/// A noun naming a call, a grant or an application round, by its stem so
/// that compounds count ("avustushaku", "rahoitushaun", "hakukierros",
/// "ansökningsomgången", "projektbidrag", "stipendiet").
pub(super) fn round_noun(w: &str) -> bool {
    const EN: [&str; 12] = [
        "call",
        "calls",
        "round",
        "grant",
        "grants",
        "fund",
        "scholarship",
        "scholarships",
        "bursary",
        "applications",
        "nominations",
        "submissions",
    ];
    if EN.contains(&w) {
        return true;
    }
    // Finnish: "haku" and its cases ("haun", "hakua") end a compound
    // ("avustushaku", "EAKR-haun"), "hakuaika" and "hakukierros" begin one
    let fi = ["haku", "haun", "hakua", "hakuun"]
        .iter()
        .any(|s| w.ends_with(s))
        || w.starts_with("hakuai")
        || w.starts_with("hakukierro")
        || w.contains("avustu")
        || w.contains("apura");
    let sv = w.contains("utlysning")
        || w.starts_with("ansökan")
        || w.contains("ansökningsomg")
        || w.contains("ansökningsperiod")
        || w.contains("bidrag")
        || w.starts_with("stipendi");
    fi || sv
}
