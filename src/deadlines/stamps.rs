//! A page's own stamp, read as an event on today: the day the page was
//! written or sent, with its year, at the head of the phrase
//! ("15.12.23: Applications are now open", "keskiviikko 7. marraskuuta 2012
//! Kaamosyö valtaa kirjaston", "13.04.2022 Miljöhälsovården informerar") or
//! after one word alone, as a letter is signed ("Helsingissä 11.12.2019",
//! "toimitettu 27.10.2016", "Lund 2018-03-01").
//!
//! Why today only: a page's stamp is the day it was read on, and an
//! occasion today is told as one ("Tänään 16.6.2021 järjestetään", "I dag
//! 4.1.2016 är den första utbetalningen"), or with its hours ("19.03.2026
//! klo 19:00"), neither of which this takes.

use chrono::{Datelike, NaiveDate};

use super::tokens::{month_from, WEEKDAYS};
use super::{Kind, Mention};

/// Is `m` a single-day event on `today` read from the page's own stamp?
pub(super) fn is_stamp(m: &Mention, today: NaiveDate) -> bool {
    if m.kind != Kind::Event || m.end.is_some() || m.date != today {
        return false;
    }
    let words: Vec<&str> = m.text.split_whitespace().collect();
    if labelled(&words) || bracketed(&m.text, today) {
        return true;
    }
    if let Some(n) = dated(&words, today) {
        return !timed(words.get(n).copied());
    }
    // a place or a "sent" word, then the day and nothing else
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    let word = first.trim_end_matches(',');
    if word.is_empty() || !word.chars().all(char::is_alphabetic) || names_today(word) {
        return false;
    }
    // ("Valtiovarainministeriö 5.11.2019 12.00", real208:37: a byline
    // with the minute it was sent)
    dated(rest, today).is_some_and(|n| {
        n == rest.len()
            || rest.get(n) == Some(&"/")
            || rest.get(n..).is_some_and(signer)
            || (n + 1 == rest.len() && super::clock::alone(rest[n]))
    })
}

/// Is `words` the name of the body that signs a notice, in capitals
/// ("Jyväskylässä 8.9.2023 KESKI-SUOMEN LIITTO MAAKUNTAHALLITUS",
/// real97:47; "Savonlinnassa 10.8.2022 / RAKENNUS- JA
/// YMPÄRISTÖLAUTAKUNTA", real100:24)? A plan's display notice ends so,
/// and its day is the day the notice was signed, not an occasion.
fn signer(words: &[&str]) -> bool {
    let words: Vec<&str> = words.iter().copied().filter(|w| *w != "/").collect();
    words.len() >= 2
        && words
            .iter()
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        && words.iter().all(|w| {
            w.chars().any(char::is_alphabetic)
                && !w.chars().any(char::is_lowercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | ','))
        })
}

/// "Today" words: what follows them is an occasion today, not a stamp.
fn names_today(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "today" | "tonight" | "tänään" | "tänä" | "idag" | "ikväll"
    )
}

/// The number of words of today's day written with its year that lead
/// `words` (a weekday before it allowed), if they do.
fn dated(words: &[&str], today: NaiveDate) -> Option<usize> {
    let lower = |w: &str| w.trim_end_matches([',', '.']).to_lowercase();
    let skip = usize::from(
        words
            .first()
            .is_some_and(|w| WEEKDAYS.contains(&lower(w).as_str())),
    );
    let w = words.get(skip..)?;
    let first = w.first()?;
    if numeric(first, today) {
        return Some(skip + 1);
    }
    let day = |s: &str| s.trim_end_matches([',', '.']).parse::<u32>().ok() == Some(today.day());
    let month = |s: &str| {
        let cap = s.chars().next().is_some_and(char::is_uppercase);
        month_from(&lower(s), cap).map(|(m, _)| m) == Some(today.month())
    };
    let year =
        |s: &str| s.trim_end_matches([',', '.', ':']).parse::<i32>().ok() == Some(today.year());
    let (a, b, c) = (w.first()?, w.get(1)?, w.get(2)?);
    // "7. marraskuuta 2012", "26 maj 2022", "Dec 05, 2019"
    ((day(a) && month(b)) || (month(a) && day(b)))
        .then_some(())
        .filter(|()| year(c))
        .map(|()| skip + 3)
}

/// Does `w` begin with today's day as digits with its year: "29.11.22Oulun",
/// "15.12.23:", "13.04.2022", "2015-06-30", "10/12/2019"?
fn numeric(w: &str, today: NaiveDate) -> bool {
    let head: String = w
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | '/' | '-'))
        .collect();
    let head = head.trim_end_matches(['.', '-', '/']);
    let nums: Vec<&str> = head.split(['.', '/', '-']).collect();
    let [a, b, c] = nums.as_slice() else {
        return false;
    };
    let n = |s: &str| s.parse::<i32>().ok();
    let year = |s: &str| match s.len() {
        2 => n(s).map(|y| 2000 + y),
        4 => n(s),
        _ => None,
    };
    let (d, m) = (today.day() as i32, today.month() as i32);
    if head.contains('-') && !head.contains(['.', '/']) {
        return year(a) == Some(today.year()) && n(b) == Some(m) && n(c) == Some(d);
    }
    n(a) == Some(d) && n(b) == Some(m) && year(c) == Some(today.year())
}

/// Does the word after the day give its hours ("klo 19:00", "at 7pm")?
fn timed(next: Option<&str>) -> bool {
    let Some(w) = next else { return false };
    let low = w.to_lowercase();
    matches!(low.as_str(), "klo" | "kl" | "kl." | "kello" | "at")
        || (low.starts_with(|c: char| c.is_ascii_digit())
            && low.contains(':')
            && !minute_stamp(&low))
}

/// Is `w` a clock time no occasion is set at, the minute a page was saved:
/// "11:54", "08:46:17" (an occasion starts on the hour or a quarter of it)?
fn minute_stamp(w: &str) -> bool {
    let mut parts = w.split(':');
    let (Some(h), Some(m)) = (parts.next(), parts.next()) else {
        return false;
    };
    let seconds = parts.next().is_some();
    let num = |s: &str| {
        (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    match (num(h), num(m)) {
        (Some(h), Some(m)) => h < 24 && (seconds || m % 15 != 0),
        _ => false,
    }
}

/// Is the phrase led by a label of the page's own stamp ("Posted: Dec 05,
/// 2019", "Viimeisin päivitys 7.3.2026", "Uppdatering 27.3", "Postby
/// Harriet » 04 May 2016")? Such a day is when the page was written.
fn labelled(words: &[&str]) -> bool {
    words.iter().take(3).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        PUBLISHING.contains(&w.as_str())
            || matches!(
                w.as_str(),
                "postby"
                    | "updated"
                    | "päivitetty"
                    | "päivitys"
                    | "muokattu"
                    | "uppdaterat"
                    | "uppdaterad"
                    | "uppdatering"
            )
    })
}

/// Words of publishing a page or an item, whole and lower-cased: a day
/// after one is when it was published (also `classify/item_datelines.rs`).
pub(super) const PUBLISHING: &[&str] = &[
    "posted",
    "published",
    "julkaistu",
    "publicerad",
    "publicerat",
    "publiceringsdatum",
    "julkaisuajankohta",
    "julkaisupäivä",
];

/// Does the phrase hold today's day in brackets and nothing else in them
/// ("tehty muutos (19.10.2017)", "tämänhetkisiin (20.4.) tietoihin", "At
/// present (09/02/2020)")? A day so set aside dates the text itself; an
/// occasion's day in brackets comes with its weekday ("(Friday, December 17)").
fn bracketed(text: &str, today: NaiveDate) -> bool {
    text.split('(').skip(1).any(|rest| {
        let Some((inside, _)) = rest.split_once(')') else {
            return false;
        };
        let inside = inside.trim().trim_end_matches('.');
        let nums: Vec<&str> = inside.split(['.', '/']).collect();
        if !(2..=3).contains(&nums.len())
            || !nums
                .iter()
                .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        {
            return false;
        }
        let n = |s: &str| s.parse::<u32>().ok();
        let year_ok = nums.get(2).is_none_or(|y| match y.len() {
            2 => y.parse::<i32>().ok().map(|y| 2000 + y) == Some(today.year()),
            4 => y.parse::<i32>().ok() == Some(today.year()),
            _ => false,
        });
        nums.first().and_then(|d| n(d)) == Some(today.day())
            && nums.get(1).and_then(|m| n(m)) == Some(today.month())
            && year_ok
    })
}
