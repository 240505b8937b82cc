//! Trains, buses or ferries cancelled over days: "Därför är samtliga
//! Pågatåg och Öresundståg på den sträckan inställda från påskaftons morgon
//! lördag den 31 mars klockan 01.20 till måndag 2 april klockan 03.00"
//! (real290:28), "all trains are cancelled from Saturday to Monday",
//! "junavuorot perutaan 31.3.–2.4.".
//!
//! A cancelled occasion is not reported (rule 5): the concert will not
//! take place. Cancelled departures are the other way round: the line
//! stops, and a stop of a service is a break the reader plans around, an
//! event by the closures convention, as "no trains run" already is.

use super::super::cues::Category;

/// Marks the cancel words of a clause that cancels departures of a line as
/// a break.
pub(super) fn mark(words: &[&str], masks: &mut [u64]) {
    let n = masks.len().min(words.len());
    // (Swedish splits the verb around its subject: "ställs bussarna in")
    let split = split_cancel(words);
    // (the masks first: few clauses cancel anything, and the departures
    // are asked word by word)
    let cancels = masks.iter().any(|m| m & Category::Cancel.bit() != 0);
    if (!cancels && split.is_none()) || !named(words) {
        return;
    }
    for (k, mask) in masks.iter_mut().enumerate().take(n) {
        if split == Some(k)
            || (*mask & Category::Cancel.bit() != 0 && *mask & Category::Negation.bit() == 0)
        {
            *mask &= !(Category::Cancel.bit() | Category::Cancel.sure());
            *mask |= Category::Break.bit() | Category::Break.sure();
        }
    }
}

/// Does the clause name departures of a line?
pub(super) fn named(words: &[&str]) -> bool {
    words.iter().any(|w| departures(w))
}

/// Where Swedish splits a cancelling verb around its object: "ställs
/// utbildningen … in".
pub(super) fn split_cancel(words: &[&str]) -> Option<usize> {
    words
        .iter()
        .position(|w| matches!(*w, "ställs" | "ställdes" | "ställts" | "ställa" | "ställer"))
        .filter(|&k| words[k..].contains(&"in"))
}

/// A departure of a line, or a compound naming one: "trains", "buses",
/// "ferries", "Pågatåg", "bussturer", "avgångar", "junavuorot", "bussit".
fn departures(w: &str) -> bool {
    const EN: [&str; 10] = [
        "train",
        "trains",
        "bus",
        "buses",
        "ferry",
        "ferries",
        "sailings",
        "departures",
        "trams",
        "flights",
    ];
    // (not a bare "turer": "returer", "kulturer", "strukturer")
    const SV_ENDS: [&str; 10] = [
        "tåg",
        "tågen",
        "bussar",
        "bussarna",
        "avgångar",
        "avgångarna",
        "bussturer",
        "bussturerna",
        "färjeturer",
        "färjeturerna",
    ];
    // ("yleisövuorot", a rink's public sessions, are turns of no line)
    const FI_STARTS: [&str; 6] = [
        "juna",
        "bussi",
        "lauttavuor",
        "laivavuor",
        "lentovuor",
        "lähdö",
    ];
    // ("Bokbussens turer … ställs in", real309:41: the trips of a line)
    EN.contains(&w)
        || matches!(w, "turer" | "turerna")
        || SV_ENDS.iter().any(|e| w.ends_with(e))
        || FI_STARTS.iter().any(|s| w.starts_with(s))
}
