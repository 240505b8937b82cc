//! What stands next to a date: a time of day or a place, which tell that
//! something takes place then.

use super::super::clock;
use super::super::cues::*;
use super::super::tokens::*;

/// Is a time of day written right after (or just before) the date at
/// tokens `s..e`? "klo 13–15", "kl. 18", "at 10", "12–16", "from 10 to 14",
/// "10 am on 15 June".
pub(super) fn time_near(t: &[Token], s: usize, e: usize, first: usize) -> bool {
    let hour = |i: usize| clock::hour(t, i);
    let minutes = |i: usize| clock::minutes(t, i);
    let w = |i: usize| t.get(i).map_or("", |x| x.word.as_str());
    let meridiem = |k: usize| clock::meridiem(t, k);
    // a listing line "To 7.11. Urailta", "Thu 7.11. Career evening": the
    // weekday heads the line like a time would (`first` is the line's first
    // token after the words of a heading above it)
    // (not a weekday and a date alone: "Perjantaina 16. lokakuuta 2020" is
    // a news item's date)
    if s == first + 1 && e < t.len() && (WEEKDAYS.contains(&w(first)) || w(first) == "to") {
        return true;
    }
    let mut i = e;
    while matches!(w(i), "," | "(") {
        i += 1;
    }
    // (a day's time often follows as "from 10")
    if clock::clock_word(w(i)) || w(i) == "from" {
        let j = if w(i + 1) == "." { i + 2 } else { i + 1 };
        if hour(j) {
            return true;
        }
    }
    // "12–16", "14:00–15:30", "2.30pm"
    if hour(i) && (w(i + 1) == "-" || w(i + 1) == ":" || w(i + 1) == ".") && hour(i + 2) {
        return true;
    }
    if hour(i) && matches!(w(i + 1), ":" | ".") && minutes(i + 2) && meridiem(i + 3) {
        return true;
    }
    // "April 25 Book Club: 6 p.m. to 8 p.m.": a short title, a colon and
    // the time it starts (a day's line and the description under it)
    if let Some(c) = (i..(i + 5).min(t.len())).find(|&k| w(k) == ":") {
        let titled = (i..c).all(|k| t[k].kind == TokenKind::Word);
        if titled
            && c > i
            && (hour(c + 1) && meridiem(c + 2)
                || hour(c + 1) && matches!(w(c + 2), ":" | ".") && minutes(c + 3))
        {
            return true;
        }
    }
    // "at 10 am on 15 June", "6 p.m. Wednesday, May 7"
    let lo = s.saturating_sub(6);
    (lo..s).any(|k| meridiem(k) && k > 0 && (hour(k - 1) || minutes(k - 1)))
        || (lo..s).any(|k| clock::line_clock_word(w(k)) && hour(k + 1))
            && !(lo..s).any(|k| phrases(Category::DeadlineBefore).contains(&w(k)))
}

/// Is a place or a way of taking part written next to the date? "in Turku",
/// "at Oodi", "Logomossa", "online", "verkossa", "på distans", "via Teams".
pub(super) fn place_near(t: &[Token], s: usize, e: usize) -> bool {
    // four words to the left, punctuation and weekdays not counted ("in
    // Kallio on Tues., May 13")
    let mut lo = s;
    let mut seen = 0;
    while lo > 0 && seen < 4 {
        lo -= 1;
        let x = &t[lo];
        if x.kind == TokenKind::Word && !WEEKDAYS.contains(&x.word.as_str()) {
            seen += 1;
        }
    }
    let hi = (e + 4).min(t.len());
    let w = |i: usize| t.get(i).map_or("", |x| x.word.as_str());
    let proper = |i: usize| {
        t.get(i).is_some_and(|x| {
            x.kind == TokenKind::Word
                && x.capitalized
                && x.month.is_none()
                && !WEEKDAYS.contains(&x.word.as_str())
        })
    };
    (lo..hi).filter(|k| *k < s || *k >= e).any(|k| {
        let x = &t[k];
        if x.kind != TokenKind::Word {
            return false;
        }
        let wk = x.word.as_str();
        if matches!(
            wk,
            "online"
                | "verkossa"
                | "etänä"
                | "zoomissa"
                | "teamsissa"
                | "distans"
                | "teams"
                | "zoom"
        ) {
            return true;
        }
        // "in Turku", "at Logomo", "i Vasa", "på Arcada"
        if matches!(wk, "in" | "at" | "i" | "på") && proper(k + 1) {
            return true;
        }
        // "Nuuksiossa", "Hervannan kirjastossa"
        let iness = wk.ends_with("ssa") || wk.ends_with("ssä");
        let adess = wk.ends_with("lla") || wk.ends_with("llä");
        // (the endings first: most words have neither)
        (iness || adess)
            && x.month.is_none()
            && !WEEKDAYS.contains(&wk)
            && wk.chars().count() > 5
            && ((iness && (x.capitalized || (k > 0 && proper(k - 1) && w(k - 1).ends_with('n'))))
                || (adess && x.capitalized))
    })
}

/// "libraries open no later than 10.00 and close by 16.00", "personalen
/// betjänar kl. 10–17", "suljetaan klo 15": a closing or serving word with a
/// clock time after it tells the day's hours.
pub(super) fn hours_at(toks: &[Token]) -> bool {
    let hour = |t: &Token| t.kind == TokenKind::Num && t.value <= 24 && t.digits <= 2;
    (0..toks.len()).any(|k| {
        let w = toks[k].word.as_str();
        // (an opening word alone is not enough: "the office is open on 27.3.
        // 10–14" tells of an extra service day)
        let opens = matches!(
            w,
            "close"
                | "closes"
                | "stänger"
                | "stängs"
                | "betjänar"
                | "palvelee"
                | "palvelevat"
                | "suljetaan"
                | "suljemme"
                | "sulkeutuu"
                | "sulkeutuvat"
        );
        // ("Close Scholars": a capitalised word is a name)
        opens
            && !toks[k].capitalized
            && (k + 1..(k + 6).min(toks.len())).any(|i| {
                matches!(toks[i].word.as_str(), "klo" | "kello" | "kl" | "at" | "by")
                    && toks.get(i + 1).is_some_and(hour)
                    || hour(&toks[i])
                        && match toks.get(i + 1).map(|t| t.word.as_str()) {
                            // ("sulkeutuvat 20.7.", real183:44: a dotted
                            // day has no minutes of two digits)
                            Some(":" | ".") => toks.get(i + 2).is_some_and(|t| t.digits == 2),
                            Some("-" | "–") => toks.get(i + 2).is_some_and(hour),
                            _ => false,
                        }
            })
    })
}
