//! Rows led by their day under the lines that introduce them: "Here are
//! the Classics book group schedules:\n\nSeptember 8, 2018, Narrative of
//! …\n\nOctober 13, 2018, Hamlet, …", "Mötestider 2023\n • 26 jan (plats:
//! Tivolihuset)\n • 23 feb - val till bolag", "Kokoukset pidetään:\n14.2.
//! Vuosikokous\n3.4. Kevätkokous". A row is its day and then its title;
//! the title seldom tells what the day is (a book, a place, an agenda),
//! the lines over the list do, as a heading does over its rows. Each row
//! is read as its own sentences, its own words first: the kind the intro
//! tells is a hint on the row's dateline sentence only, so "• November 5,
//! 2017, 5pm. Deadline for all entries." still reads its own limit.

use chrono::Datelike;

use super::classify::Reader;
use super::cues::{is_word_of, Category, WordMasks};
use super::dated_lists::lead_tokens;
use super::dates::Grammar;
use super::listed_items::CLOCK_WORDS;
use super::signals::names_hours;
use super::text::sentences;
use super::tokens::{tokenize, TokenKind, WEEKDAYS};
use super::{Kind, Out};

/// The longest line read as a row: a day and a title, not a paragraph
/// that begins with its day.
const ROW_BYTES: usize = 200;

/// The most words of a line over the rows read as their intro: a heading
/// or one sentence, not a paragraph whose words tell other days.
const INTRO_WORDS: usize = 16;

/// The most lines over a run of rows looked at for what they are: "Here
/// are the … schedules:\n\nHillsdale Library Classics Pageturners,\n\n
/// Second Saturdays, 3-5 pm" names the group and its hours between.
const INTRO_LINES: usize = 3;

/// The lines over the run being read (nearest last), how many of its
/// rows were seen, and the row last seen when it waits for its reading.
#[derive(Default)]
pub(super) struct DayRows {
    heads: Vec<(usize, usize)>,
    rows: usize,
    past: bool,
    pending: Option<Pending>,
}

/// A row seen, to be read with its intro's kind if its own reading found
/// nothing: its span, that kind and how many mentions there were before.
struct Pending {
    span: (usize, usize),
    kind: Kind,
    before: usize,
}

impl DayRows {
    /// Sees the non-empty `line` at byte `base` (`next`: the lines after
    /// it), before the line is read: when it is one of two or more day-led
    /// rows in a run under a line telling they are occasions, it waits
    /// (`settle`) for what its own words read.
    pub(super) fn see<'a>(
        &mut self,
        reader: &Reader,
        (line, base): (&str, usize),
        mut next: impl Iterator<Item = &'a str>,
        masks: &mut WordMasks,
        out: &mut Out,
    ) {
        self.settle(reader, masks, out);
        if !is_row(line) {
            self.rows = 0;
            // (a paragraph tells its own days, not the rows' under it, and
            // a dated line that is no row, "PE 2.1.- LA 3.1.2026 avoinna
            // normaalisti", is a list's own line, not its intro)
            // (a line longer than two rows is no intro either, and is not
            // read for a day a second time)
            if line.len() > 2 * ROW_BYTES
                || line.split_whitespace().count() > INTRO_WORDS
                || dated(line)
            {
                self.heads.clear();
            } else {
                if self.heads.len() == INTRO_LINES {
                    self.heads.remove(0);
                }
                self.heads.push((base, base + line.len()));
            }
            return;
        }
        // (one dated line alone is a dateline or a sentence, not a list)
        let run = self.rows > 0 || next.find(|l| !l.trim().is_empty()).is_some_and(is_row);
        if self.rows == 0 {
            self.past = false;
        }
        self.rows += 1;
        // ("Missed a meeting? Catch up here:\n • 28 May 2020: …\n • 25
        // June: …": a row of a past year makes the list a record, whose
        // rows of no year are past too)
        if year_of_row(line).is_some_and(|y| y < reader.today.year()) {
            self.past = true;
        }
        let text = reader.text;
        // (the line just over the rows tells their kind, not one over a
        // term's name; a list of opening hours is the service's days)
        let told = self.heads.last().and_then(|&(a, b)| {
            let h = text.get(a..b)?;
            if names_hours(h) {
                return Some(None);
            }
            reader.heading_hint(h).map(Some)
        });
        if let (true, false, Some(Some(Kind::Event))) = (run, self.past, told) {
            let (span, before) = ((base, base + line.len()), out.v.len());
            let kind = Kind::Event;
            self.pending = Some(Pending { span, kind, before });
        }
    }

    /// Reads the row waiting when its own words read nothing: the kind its
    /// intro tells is the hint of its dateline sentence only, its other
    /// sentences read as they are.
    pub(super) fn settle(&mut self, reader: &Reader, masks: &mut WordMasks, out: &mut Out) {
        let Some(p) = self.pending.take() else {
            return;
        };
        let (base, e) = p.span;
        if out.v.len() != p.before {
            return;
        }
        let Some(line) = reader.text.get(base..e) else {
            return;
        };
        for (k, (a, b)) in sentences(line).into_iter().enumerate() {
            let hint = (k == 0).then_some(p.kind);
            reader.sentence(base + a, base + b, &[], hint, masks, out);
        }
    }
}

/// Is `line` a row led by its day: short, its day first (after a bullet
/// or a weekday), then a title of its own words ("September 8, 2018,
/// Narrative of …", "• 7/8 – Lek och lär med häst", "ke 26.5. Kirjasto"),
/// or a day of no year alone ("• 27 apr")? A range leading the line
/// ("28.-29.11. Kurssi") is a period, whose kind its own words tell; a
/// dated line alone with its year is a news item's dateline.
pub(super) fn is_row(line: &str) -> bool {
    let t = line
        .trim()
        .trim_start_matches(['-', '•', '*', '–', '·', '▪', '●'])
        .trim_start();
    if t.is_empty() || line.len() > ROW_BYTES || t.contains('|') {
        return false;
    }
    let (toks, mut first) = lead_tokens(t);
    if first == 1 && toks.get(1).is_some_and(|w| w.word == ",") {
        first = 2;
    }
    let g = Grammar::any(&toks, first);
    let Some((dm, next)) = g.atom(first) else {
        return false;
    };
    // ("31 augusti–2 september", "26.5. - 28.5.2021": a dash between two
    // numbers; "7/8 – Lek" is a day and its title)
    let dash = |w: &str| w == "-" || w == "–";
    let ranged = toks.get(next).is_some_and(|n| dash(&n.word)) && {
        // ("ke 26.5. - pe 28.5.2021": the end day's weekday before it)
        let k = next
            + 1
            + usize::from(
                toks.get(next + 1)
                    .is_some_and(|n| WEEKDAYS.contains(&n.word.as_str())),
            );
        toks.get(k)
            .is_some_and(|n| n.kind == TokenKind::Num || n.month.is_some())
    };
    let words = toks[next..]
        .iter()
        .filter(|w| w.kind == TokenKind::Word && w.month.is_none() && w.word.len() > 2)
        // ("Ma 29.12.2025 klo 10–17" is a day and its hours, no title)
        .filter(|w| !CLOCK_WORDS.contains(&w.word.as_str()))
        .count();
    // ("8.12. sarjojen ilmoittautuminen alkaa": the first day of a call is
    // never reported, rule 2, whatever the list's intro tells)
    let opening = toks
        .iter()
        .any(|t| t.kind == TokenKind::Word && is_word_of(Category::Opening, &t.word));
    // (a day alone is an item only when bulleted: "1st Apr" a line under
    // column labels is a table's cell, whose column tells it)
    let bulleted = t.len() < line.trim().len();
    !ranged && !opening && (words >= 1 || dm.year.is_none() && bulleted)
}

/// The year `line`'s leading day is written with, if any.
fn year_of_row(line: &str) -> Option<i32> {
    let t = line
        .trim()
        .trim_start_matches(['-', '•', '*', '–', '·', '▪', '●'])
        .trim_start();
    let (toks, first) = lead_tokens(t);
    let g = Grammar::any(&toks, first);
    let (dm, next) = (first..first + 2).find_map(|i| g.atom(i))?;
    // ("28 May 2020: Sandy Walkington": the year before a label's colon)
    let after = toks
        .get(next)
        .filter(|t| t.kind == TokenKind::Num && t.digits == 4);
    dm.year
        .or_else(|| after.and_then(|t| i32::try_from(t.value).ok()))
}

/// Does `line` hold a day anywhere?
fn dated(line: &str) -> bool {
    let toks = tokenize(line, 0);
    let g = Grammar::any(&toks, 0);
    (0..toks.len()).any(|i| g.atom(i).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_led_by_their_day() {
        assert!(is_row(
            "September 8, 2018, Narrative of the Life of Frederick Douglass"
        ));
        assert!(is_row(" • 23 feb - val till bolag"));
        assert!(is_row(" • 27 apr"));
        assert!(is_row("ke 26.5. Kirjasto, Virastokuja 4"));
        assert!(is_row("14.2. Vuosikokous"));
        assert!(!is_row("18.12.2017"));
        assert!(!is_row("31 augusti–2 september"));
        assert!(!is_row("ke 26.5. - pe 28.5.2021 klo 10.00 - 18.00"));
        assert!(!is_row("Kirjasto 14.2. Vuosikokous"));
    }
}
