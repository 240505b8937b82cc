//! An opening day named with its weekday: "Joulu avautuu sunnuntaina
//! 28.11.", "our next Saturday opening on 5th April", "Torsdagen den 27
//! februari öppnar teatern". A call or a booking opens on a date (rule 2:
//! never reported), but whoever adds the weekday points the reader at a
//! day to come out on: a season, a fair or a venue opening its doors.

use super::super::tokens::WEEKDAYS;

/// Does a weekday name stand among the last four words before the day
/// ("sunnuntaina 28.11.", "Saturday opening on", "torsdagen den")? Only
/// those words are looked at; "every Saturday" is a habit, not a day.
pub(super) fn weekday_named(l: &[&str], r_head: &[&str]) -> bool {
    // (the word before the last four is read too, for "vi öppnar")
    let from = l.len().saturating_sub(5);
    let words: Vec<&str> = l[from..].iter().chain(r_head).copied().collect();
    let opened = (usize::from(l.len() >= 5)..words.len()).any(|k| {
        let prev = if k > 0 { words[k - 1] } else { "" };
        // "the green should be open on": a state, not an opening; "we
        // open the container on", "vi öppnar": the issuer starting its
        // own service (rule 5), not a day out
        opening_word(words[k])
            && (words[k] != "open" || prev == "will")
            && !matches!(prev, "we" | "vi" | "me")
    });
    if !opened {
        return false;
    }
    let from = l.len().saturating_sub(4);
    l[from..].iter().enumerate().any(|(k, w)| {
        let before = if from + k > 0 { l[from + k - 1] } else { "" };
        WEEKDAYS.contains(w) && !matches!(before, "every" | "joka" | "varje" | "each")
    })
}

/// A verb or noun of opening proper ("opens", "opening", "öppnar",
/// "avautuu", "avataan"), not of starting: a programme, works or a term
/// that "begins" or "alkaa" on a day reads as a period's first day.
pub(super) fn opening_word(w: &str) -> bool {
    ["open", "öppn", "avautu", "aukea", "avataan"]
        .iter()
        .any(|p| w.starts_with(p))
}
