//! A weekday written with a day that has no year must agree with the day
//! rule 7 infers: "Meal reservations by Thursday, October 14" read on
//! Friday 15 October names the day before, already past, and not 14
//! October of next year (a Friday). A day whose weekday disagrees is
//! dropped rather than moved a year on.

use chrono::{Datelike, NaiveDate, Weekday};

use super::super::tokens::{Token, TokenKind, WEEKDAYS};

/// The weekday a weekday word names, in English, Finnish or Swedish, in
/// full or shortened ("thu", "torstaina", "tors", "to" is no weekday word).
fn named(w: &str) -> Option<Weekday> {
    if !WEEKDAYS.contains(&w) {
        return None;
    }
    let starts = |ps: &[&str]| ps.iter().any(|p| w.starts_with(p));
    Some(match w {
        "ma" => Weekday::Mon,
        "ti" => Weekday::Tue,
        "ke" => Weekday::Wed,
        "pe" => Weekday::Fri,
        "la" => Weekday::Sat,
        "su" => Weekday::Sun,
        _ if starts(&["mon", "maa", "mån"]) => Weekday::Mon,
        _ if starts(&["tue", "tii", "tis"]) => Weekday::Tue,
        _ if starts(&["wed", "kes", "ons"]) => Weekday::Wed,
        _ if starts(&["thu", "tor"]) => Weekday::Thu,
        _ if starts(&["fri", "per", "fre"]) => Weekday::Fri,
        _ if starts(&["sat", "lau", "lör"]) => Weekday::Sat,
        _ if starts(&["sun", "sön"]) => Weekday::Sun,
        _ => return None,
    })
}

/// Does a weekday stand right before the day at token `start` ("Thursday,
/// October 14", "torstaina 14.10.", "torsdagen den 14 oktober") and name
/// another weekday than `date`'s? Three tokens back at most.
pub(super) fn disagrees(toks: &[Token], start: usize, date: NaiveDate) -> bool {
    for k in (start.saturating_sub(3)..start).rev() {
        let w = toks[k].word.as_str();
        if matches!(w, "," | "den" | "the") {
            continue;
        }
        // ("25.1. ma, 21.2. su": a weekday right after a day is that day's;
        // a year alone before it is a heading's, "Programme 2024\n\nSaturday
        // 1 June", real39:24, and says nothing of the weekday)
        let after_day = k > 0 && {
            let p = &toks[k - 1];
            let lone_year =
                p.digits == 4 && (k < 2 || !matches!(toks[k - 2].word.as_str(), "." | "/" | "-"));
            (p.kind == TokenKind::Num && !lone_year) || p.word == "."
        };
        return !after_day && named(w).is_some_and(|d| d != date.weekday());
    }
    false
}
