//! A poster at the very top of a text: "Vernissage\n\n10 oktober 2019, kl
//! 18.30", "Talkoot Päivänrannassa\n17.7. klo 17:00 - 19:00",
//! "SKÖRDEFEST\n\n28 augusti, 2021\n\nTid: 11:00-15:00." A title and a
//! day alone as a text's first lines are most often a news item's headline
//! and dateline; the hours of the day, on its line or on the line under
//! it, tell the day is when the titled occasion is on: a dateline gives
//! its day, not the hours of something.

use super::super::clock::{clock_word, glued_minutes, meridiem_word};
use super::super::timed_days::hour_led;
use super::super::tokens::{tokenize, TokenKind};

/// Words naming the hours on the line under a day: "Tid: 11:00-15:00",
/// "Time: 7 pm", "Aika: klo 18".
const TIME_LABELS: [&str; 6] = ["time", "times", "tid", "tider", "aika", "kellonaika"];

/// Whether the day line `line`, or the first line of text `after` it,
/// gives the day's hours.
pub(super) fn hours_given<'a>(line: &str, mut after: impl Iterator<Item = &'a str>) -> bool {
    let toks = tokenize(line.trim(), 0);
    // (a clock word, "18:30", or "7 pm"; a bare "13.12" is the day itself)
    let clock = (0..toks.len()).any(|k| {
        toks[k].kind == TokenKind::Num
            && toks.get(k + 1).is_some_and(|c| c.word == ":")
            && glued_minutes(&toks, k + 2)
    });
    let meridiem = toks
        .windows(2)
        .any(|w| w[0].kind == TokenKind::Num && meridiem_word(&w[1].word));
    if clock || meridiem || toks.iter().any(|t| clock_word(&t.word)) {
        return true;
    }
    let Some(next) = after.find(|l| !l.trim().is_empty()) else {
        return false;
    };
    let t = next.trim();
    let rest = t
        .split_once(':')
        .filter(|(label, _)| TIME_LABELS.contains(&label.trim().to_lowercase().as_str()))
        .map_or(t, |(_, rest)| rest);
    hour_led(rest)
}
