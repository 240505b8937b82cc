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

use super::super::tokens::WEEKDAYS;

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
    const EN: [&str; 7] = [
        "round",
        "grant",
        "grants",
        "fund",
        "scholarship",
        "scholarships",
        "bursary",
    ];
    call_noun(w)
        || EN.contains(&w)
        || w.contains("avustu")
        || w.contains("apura")
        || w.contains("bidrag")
        || w.starts_with("stipendi")
}

/// A noun naming a call or an application round itself, whose closing is
/// the reader's last day ("calls", "applications", "avustushaku",
/// "ansökningsomgången"); a grant or a fund may run for a period ("the
/// grant period ends on 31 December") that nobody acts by.
fn call_noun(w: &str) -> bool {
    if matches!(
        w,
        "call" | "calls" | "applications" | "nominations" | "submissions"
    ) {
        return true;
    }
    // Finnish: "haku" and its cases ("haun", "hakua") end a compound
    // ("avustushaku", "EAKR-haun"), "hakuaika" and "hakukierros" begin one
    let fi = ["haku", "haun", "hakua", "hakuun"]
        .iter()
        .any(|s| w.ends_with(s))
        || w.starts_with("hakuai")
        || w.starts_with("hakukierro");
    let sv = w.contains("utlysning")
        || w.starts_with("ansökan")
        || w.contains("ansökningsomg")
        || w.contains("ansökningsperiod");
    fi || sv
}

/// Do the words before a day end with a call closing: the call's noun,
/// then at most auxiliaries, then a verb of closing ("All calls will
/// close on", "The call will be closed on", "Haku suljetaan", "Ansökan
/// stängs den")? Returns whether the verb is the passive "closed" or
/// "suljetaan", read as a break of a service unless its subject is a
/// call. Only the call itself closing counts: "yhteishaun" over
/// "Varasijoilta hyväksyminen päättyy 1.8." names the round, not what ends.
pub(super) fn call_closing(l: &[&str]) -> Option<bool> {
    let v = l.iter().rposition(|w| closing_verb(w))?;
    // (only "on", "den", a weekday or nothing between the verb and its day)
    if l[v + 1..]
        .iter()
        .any(|w| !matches!(*w, "on" | "den" | "the") && !WEEKDAYS.contains(w))
    {
        return None;
    }
    let mut k = v;
    while k > 0 && matches!(l[k - 1], "will" | "shall" | "be" | "is" | "are" | "to") {
        k -= 1;
    }
    // ("Applications closed on 5 May": a past, no auxiliary before it)
    if l[v] == "closed" && k == v {
        return None;
    }
    let passive = matches!(l[v], "closed" | "suljetaan");
    // the subject, at most a short phrase before the verb ("All calls for
    // student representatives will be closed")
    let subject = l[k.saturating_sub(SUBJECT_WORDS)..k]
        .iter()
        .rev()
        .take_while(|w| !matches!(**w, "." | "," | ":" | ";"))
        // (a fund, a grant or a bursary that closes is its round closing,
        // "the Summer Hardship Fund will close on Friday 28 July 2017",
        // real315:24; one that ends may be its period of use)
        .any(|w| call_noun(w) || (!l[v].starts_with("pää") && round_noun(w)));
    subject.then_some(passive)
}

/// How many words the subject of a call's closing may run to before the
/// verb: the noun and a short phrase on whose call it is.
const SUBJECT_WORDS: usize = 5;

/// A verb of closing: "close", "closes", "closed", "päättyy",
/// "sulkeutuu", "suljetaan", "stänger", "stängs".
fn closing_verb(w: &str) -> bool {
    matches!(
        w,
        "close"
            | "closes"
            | "closed"
            | "päättyy"
            | "sulkeutuu"
            | "suljetaan"
            | "stänger"
            | "stängs"
    )
}
