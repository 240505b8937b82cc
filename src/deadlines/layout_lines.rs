//! The shapes of a line that the reader of a text tells apart before it
//! reads a single date: a year heading, a list item and its bullet, a
//! table's rule, a schedule's heading.

use super::{clock, grids, tokens};
use tokens::{tokenize, TokenKind};

/// The year of a line that is a year alone or a few words and a year
/// ("2023", "VÅREN 2019", "Utbetalningsdagar år 2017").
pub(super) fn year_heading(line: &str) -> Option<i32> {
    let t = line.trim();
    // (a heading, not a sentence: a few words; one naming its days a few
    // more, below)
    if t.len() > 80 {
        return None;
    }
    let t = t.strip_suffix(':').unwrap_or(t);
    let toks = tokenize(t, 0);
    let mut year = None;
    let mut words = 0;
    for x in &toks {
        match x.kind {
            TokenKind::Num
                if x.digits == 4 && (1990..=2100).contains(&x.value) && year.is_none() =>
            {
                year = i32::try_from(x.value).ok();
            }
            TokenKind::Word if x.month.is_none() && x.word.chars().all(char::is_alphabetic) => {
                words += 1;
            }
            _ => return None,
        }
    }
    // (a year that names a round or a programme, "Grant Round for 2026",
    // "2023 Call for Proposals", is no heading of days)
    let last = toks.last().is_some_and(|x| x.kind == TokenKind::Num);
    // (nor a year naming a school term, "Vårterminen 2018", "Spring
    // semester 2018": its admission days fall in the year before)
    let term = toks.iter().any(|x| grids::term_word(&x.word));
    let names = term
        || toks
            .iter()
            .any(|x| matches!(x.word.as_str(), "for" | "för" | "varten" | "call" | "round"));
    // ("Elos betalningsdagar för pensioner 2022", "Pension payment dates
    // 2022": a heading naming its days may say whose they are, "för")
    let days = toks.iter().any(|x| days_word(&x.word));
    year.filter(|_| last && (words <= 2 && !names && t.len() <= 48 || words <= 6 && days && !term))
}

/// A word naming days or dates: "dates", "betalningsdagar", "maksupäivät".
fn days_word(w: &str) -> bool {
    matches!(w, "dates" | "days")
        || ["dagar", "dagarna", "päivät", "päivämäärät"]
            .iter()
            .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
}

/// A line of a list: it starts or ends with its date (or a bullet or a
/// weekday), and has at least two words besides the date.
pub(super) fn list_item(line: &str) -> bool {
    let toks = tokenize(line.trim(), 0);
    let own = toks
        .iter()
        .filter(|t| {
            t.kind == TokenKind::Word
                && t.month.is_none()
                && !tokens::WEEKDAYS.contains(&t.word.as_str())
        })
        .count();
    let dateish = |t: &tokens::Token| {
        t.kind == TokenKind::Num || t.month.is_some() || tokens::WEEKDAYS.contains(&t.word.as_str())
    };
    let first = toks
        .first()
        .is_some_and(|t| dateish(t) || bullet(line).is_some());
    let last = toks
        .iter()
        .rev()
        .find(|t| !matches!(t.word.as_str(), "." | ":" | ")"))
        .is_some_and(dateish);
    // "31.8.2009 klo 18.00" under "… pidetään seuraavasti:": a day and
    // its time are one listed occasion
    let timed = toks.iter().enumerate().any(|(k, t)| {
        clock::clock_word(&t.word)
            && toks[k + 1..]
                .iter()
                .find(|n| n.word != ".")
                .is_some_and(|n| n.kind == TokenKind::Num)
    });
    (own >= 2 || timed) && (first || last)
}

/// The rule under a table's header row ("---|---|", "|:--|--:|").
pub(super) fn pipe_rule(line: &str) -> bool {
    line.contains('-')
        && line
            .chars()
            .all(|c| matches!(c, '-' | '|' | ':' | ' ' | '\t'))
}

/// A heading of a schedule or timeline ("Tidplan för antagning",
/// "Hakuaikataulu", "Key dates", "Timeline").
pub(super) fn schedule_heading(h: &str) -> bool {
    tokenize(h, 0).iter().any(|t| {
        let w = t.word.as_str();
        [
            "tidplan",
            "tidsplan",
            "aikataulu",
            "schedule",
            "timeline",
            "timetable",
        ]
        .iter()
        .any(|s| w.contains(s))
            || matches!(w, "dates" | "datum" | "päivämäärät")
    })
}

/// Two items of the same bulleted list.
pub(super) fn sibling_items(a: &str, b: &str) -> bool {
    bullet(a).is_some_and(|x| bullet(b) == Some(x))
}

/// The bullet a list item starts with ("- ", "• ", "* "), if any.
pub(super) fn bullet(line: &str) -> Option<char> {
    let mut cs = line.trim_start().chars();
    let b = cs
        .next()
        .filter(|c| matches!(c, '-' | '•' | '*' | '–' | '·'))?;
    cs.next().is_some_and(char::is_whitespace).then_some(b)
}
