//! A place's opening hours on a day: "Keskiviikkona 23.12. kauppa on auki
//! klo 10–17" (real190:30), "Torstaina 17.12. museo on avoinna klo 12-16"
//! (real190:51), "The Library will open 10am-11pm on Saturday 7 and Sunday
//! 8 December" (real185:9).
//!
//! Hours kept on a day are neither a break nor something held: the place
//! simply serves, as on any day (rule 3 names breaks and events, not
//! opening times). A clause with an event noun ("the market is open 10–14
//! on Saturday") keeps its event; a closing or a limit ("open until 5pm")
//! is read elsewhere.

/// Do the words around a day (`l` before it, `r` after it) tell a place
/// open for a span of hours ("on auki klo 10–17", "har öppet kl. 10–14",
/// "open 10am-11pm")?
pub(super) fn kept(l: &[&str], r: &[&str]) -> bool {
    // (the words `voting_days.rs` reads an election or its polling by)
    let voting = |words: &[&str]| {
        words.iter().any(|w| {
            super::voting_days::voting_word(w)
                || super::voting_days::ELECTION_STEMS
                    .iter()
                    .any(|p| w.starts_with(p))
        })
    };
    // the polls' hours on an election day leave the day an event
    (open_span(l) || open_span(r)) && !voting(l) && !voting(r)
}

/// A day in a table of days whose cells tell either the hours kept or a
/// closure: "3.5.2025 10.00-15.00 29.5.2025 suljettu 7.6.2025 10.00-13.00"
/// (real447:28). Beside the closed days, a day given its hours is a day the
/// place serves, no break; only the closed days are breaks.
pub(super) fn hours_cell(l: &[&str], r: &[&str]) -> bool {
    let closure = |w: &&str| super::super::closed_rows::is_closure(w);
    // the day's own cell is its hours alone, up to the next day; the cell
    // before it closes another day, or gives hours (seven words at most) in
    // a table where some day is closed
    span_end(r, 0) == Some(r.len())
        && (l.last().is_some_and(closure)
            || (l.iter().any(closure)
                && (l.len().saturating_sub(7)..l.len()).any(|k| span_end(l, k) == Some(l.len()))))
}

/// A word of being open and a span of hours among `words`.
fn open_span(words: &[&str]) -> bool {
    // ("Öppna förskolan kl 9-11" names a place, no hours: the Swedish
    // adjective counts only after a verb)
    let open = words.iter().enumerate().any(|(k, w)| {
        let after_verb = k > 0 && matches!(words[k - 1], "är" | "har" | "hålls");
        matches!(*w, "auki" | "avoinna" | "öppet" | "open" | "opens")
            || (*w == "öppen" && after_verb)
    });
    open && (hour_span(words) || words.iter().any(|w| recurring_day(w)))
}

/// A weekday told as recurring: "perjantaisin", "fredagar", "on Fridays",
/// "arkisin", "weekdays". A place open on such days over a range keeps
/// hours ("Pääkirjasto on lisäksi avoinna perjantaisin 1.-31.7.2025",
/// real283:26), no day out.
fn recurring_day(w: &str) -> bool {
    super::series_starts::weekday_plural(w)
        || matches!(
            w,
            "arkisin" | "viikonloppuisin" | "vardagar" | "weekdays" | "weekends"
        )
}

/// Two clock times joined by a dash or "to": "10–17", "10.00-14.00",
/// "10am-11pm", "10am to 2pm", "12 - 16".
fn hour_span(words: &[&str]) -> bool {
    (0..words.len()).any(|k| span_end(words, k).is_some())
}

/// Where a span of two clock times starting at `words[k]` ends.
fn span_end(words: &[&str], k: usize) -> Option<usize> {
    let hour = |w: &str| {
        // (the cheap test first: most words hold no digit)
        if !w.starts_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        let digits = w.trim_end_matches("am").trim_end_matches("pm");
        !digits.is_empty()
            && digits.len() <= 2
            && digits.bytes().all(|b| b.is_ascii_digit())
            && digits.parse::<u32>().is_ok_and(|h| h <= 24)
    };
    if !words.get(k).is_some_and(|w| hour(w)) {
        return None;
    }
    // the minutes of a time: "10.00", "10:30"
    let minutes = |j: usize| {
        if matches!(words.get(j), Some(&"." | &":"))
            && words.get(j + 1).is_some_and(|m| m.len() == 2)
        {
            j + 2
        } else {
            j
        }
    };
    let mut j = minutes(k + 1);
    if matches!(words.get(j), Some(&"am" | &"pm")) {
        j += 1;
    }
    let joined = matches!(words.get(j), Some(&"-" | &"–" | &"—" | &"to" | &"till"))
        && words.get(j + 1).is_some_and(|w| hour(w));
    joined.then(|| minutes(j + 2))
}
