//! A day listed under an introduction naming time limits ("There are three
//! deadlines in the year 2019/20:", "Grant applications must be completed
//! on-line by 5:00 p.m. on the following dates:", "Sista dag för
//! avanmälan:") and followed by what the limit is for ("Round 1: Friday 24
//! May 2019 (for full year running costs or early project starts)",
//! real24:1; "April 3 – for a June decision", real15:1; "15 november inför
//! vårterminen"): the purpose names the later step the limit serves, an
//! event or a decision of its own, not what happens on the day, so the
//! introduction's reading of the day stands.

/// The most words looked at past the day for its purpose.
const REACH: usize = 4;

/// Does a purpose ("for …", "inför …", "för …", "… varten") follow the
/// day ending at `end`, with only punctuation or a dash between?
pub(super) fn purpose_after(words: &[&str], end: usize) -> bool {
    let rest = words.get(end..).unwrap_or(&[]);
    let first = rest
        .iter()
        .take(REACH)
        .find(|w| !matches!(**w, "-" | "–" | "(" | ":" | ","));
    let finnish = rest.iter().take(REACH + 2).any(|w| *w == "varten");
    finnish || first.is_some_and(|w| matches!(*w, "for" | "för" | "inför"))
}
