//! Runs of bare days one a line, each with no word of its own: a school's
//! INSET days ("Inset Days 2024/2025\n2nd September 2024\n4th November
//! 2024\n6th January 2025"), a faculty's exam days ("Kevään 2024 yleiset
//! tentit\n\n • 11.1.2024\n • 8.2.2024\n • 7.3.2024"), a society's
//! calendar ("KALENDER\n12 september\n19 september\n10 oktober"). Three or
//! more such days in a row name the dates of what the heading over them
//! names, each one an occasion; a news listing's dates stand one above
//! each item's title, never three in a row, and a page's own stamps are
//! past.

use chrono::NaiveDate;

use super::asked_days::bullet_len;
use super::clock::{self, line_clock_word};
use super::dates::Grammar;
use super::grids;
use super::text::is_heading_line;
use super::tokens::{self, tokenize, TokenKind};

/// The fewest days a run holds: one or two days alone are a dateline and
/// its update.
const MIN_RUN: usize = 3;
/// The most lines looked at past a day for the rest of its run.
const WINDOW: usize = 12;
/// The longest day line read: a day, its weekday and a bullet.
const DAY_BYTES: usize = 40;
/// The longest hour after it: " kl. 19.00".
const HOUR_BYTES: usize = 12;
/// The most words of a note after a day's hour ("Avvikande tid").
const NOTE_WORDS: usize = 3;
/// The longest such note: a title after a stamp's hour runs longer.
const NOTE_BYTES: usize = 24;

/// The bare days counted so far in the run the current line belongs to,
/// whether a heading naming an occasion stands right over the run, the
/// last line seen when it was no bare day, and the line seen before that
/// one (a body's name over the line telling when it meets). Those lines
/// are read for a heading only when a run starts under them: most lines
/// head no run, and reading each one cost as much as tokenizing the text
/// again.
#[derive(Default)]
pub(super) struct BareRun<'a>(usize, bool, Option<&'a str>, Option<&'a str>);

impl<'a> BareRun<'a> {
    /// Notes a non-blank line: a bare day extends the run, anything else
    /// ends it.
    pub(super) fn see(&mut self, line: &'a str) {
        if self.0 == 0
            && self.2.is_some()
            && (super::list_intros::year_only(line) || season_year(line))
        {
            // ("Torsdagar / 2020 / 6 februari": the year keeps the heading;
            // "Kommunstyrelsen / Våren 2021 / • 22 februari kl. 15",
            // real481:28: so does a season's)
            return;
        }
        if in_run(line) {
            if self.0 == 0 {
                // (or a line telling when a body meets, under the body's
                // name: "Kommunfullmäktige sammanträder\nmåndagar kl.
                // 13:15.\n\n30 januari 2023\n27 februari 2023 …", real569:33)
                self.1 = self.2.is_some_and(|l| {
                    naming_heading(l) || super::list_intros::points_below(l) || meets(l)
                }) || self.3.is_some_and(|l| naming_heading(l) && meets(l));
            }
            self.0 += 1;
            self.2 = None;
            self.3 = None;
        } else if !line.trim().is_empty() {
            self.0 = 0;
            self.3 = self.2.replace(line);
        }
    }

    /// Is `line`, a bare day just seen and still to come, one of a run of
    /// at least `MIN_RUN` such days, counting those in the lines `ahead`?
    pub(super) fn holds<'b>(
        &self,
        line: &str,
        ahead: impl Iterator<Item = &'b str>,
        today: NaiveDate,
    ) -> bool {
        let blank = |l: &str| l.trim().is_empty();
        self.0 > 0
            && self.1
            && bare_day(line)
            && super::parse_date(&line[bullet_len(line)..]).is_none_or(|d| d >= today)
            && super::day_runs::reaches(self.0, MIN_RUN, ahead.take(WINDOW), in_run, blank)
    }
}

impl BareRun<'_> {
    /// Is `line`, a bare day, one of a run of at least `MIN_RUN` such days
    /// whatever stands over the run? Asked of a run under prose, whose
    /// days the text's title may still name ("Kommunstyrelsens
    /// sammanträdesdagar" over a note on the public's question time and
    /// then "• 18 januari\n• 15 februari\n• 15 mars", real182:9).
    pub(super) fn long<'b>(&self, line: &str, ahead: impl Iterator<Item = &'b str>) -> bool {
        let blank = |l: &str| l.trim().is_empty();
        self.0 > 0
            && bare_day(line)
            && super::day_runs::reaches(self.0, MIN_RUN, ahead.take(WINDOW), in_run, blank)
    }
}

/// Is `line` a day with a note in brackets ("2024-03-27 (onsdag)", "28
/// april (inställt)") inside a run of bare days? It is laid out as the days
/// around it are, so it is read as they are; a noted day alone is not, as its
/// note may be all that tells what the day is (`noted_lines`).
pub(super) fn noted_in_run<'b>(
    run: &BareRun,
    line: &str,
    ahead: impl Iterator<Item = &'b str>,
    today: NaiveDate,
) -> bool {
    let t = line[bullet_len(line)..].trim();
    super::noted_lines::day_before_note(t).is_some() && run.holds(line, ahead, today)
}

/// A heading naming what the days under it are: "Inset Days 2024/2025",
/// "Kevään 2024 yleiset tentit", "KALENDER". A term's name and its year
/// ("Vårterminen 2024") tell only when the days fall, and what they are
/// stands in the text above it ("Dagar då fritids stänger kl. 15.45",
/// real34:34); a note in brackets between the cells of a table ("(Where
/// possible pending COVID-19 restrictions)", real73:2) is no heading.
fn naming_heading(line: &str) -> bool {
    let t = line.trim();
    is_heading_line(t)
        && !t.starts_with('(')
        && tokenize(t, 0).iter().any(|w| {
            w.kind == TokenKind::Word
                && w.word.len() > 2
                && w.month.is_none()
                && !grids::term_word(&w.word)
                && !SEASONS.iter().any(|s| w.word.starts_with(s))
        })
}

/// A short line telling that a body meets: "Kommunfullmäktige
/// sammanträder måndagar kl. 13:15.", "The council meets on Mondays at
/// 7 pm.", "Valtuusto kokoontuu maanantaisin"; not one that met.
fn meets(line: &str) -> bool {
    line.len() <= 120
        && line.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
            // (in the present: "sammanträdde", "kokoontui" tell of a past
            // meeting, and the days under it are the page's own)
            w.starts_with("sammanträd") && !w.starts_with("sammanträdde")
                || matches!(w.as_str(), "kokoontuu" | "kokoontuvat" | "meets")
        })
}

/// The line without the clock time that ends it: an hour and its minutes
/// after a colon ("19:00"), or an hour after a clock word ("klo 18", "kl.
/// 19.00", "at 7"). A dotted "19.00" with no clock word is left: after a
/// day it may be a day itself.
fn without_hour(t: &str) -> &str {
    let toks = tokenize(t, 0);
    let n = toks.len();
    // the hour's first token: "19:00" and "19.00" (minutes glued to it), "18"
    let minutes = |sep: &str| {
        n >= 3
            && clock::hour(&toks, n - 3)
            && toks[n - 2].word == sep
            && !toks[n - 2].space_before
            && clock::glued_minutes(&toks, n - 1)
    };
    let hour = if minutes(":") || minutes(".") {
        n - 3
    } else if n >= 1 && clock::hour(&toks, n - 1) {
        n - 1
    } else {
        return t;
    };
    // and the clock word before it ("klo", "kl.", "at"), or its colon
    let said = (hour.saturating_sub(2)..hour).find(|&k| {
        line_clock_word(&toks[k].word) && clock::after_clock_word(&toks, k) == Some(hour)
    });
    let colon = toks.get(hour + 1).is_some_and(|x| x.word == ":");
    match said.or(colon.then_some(hour)) {
        Some(start) if start > 0 => t[..toks[start].start].trim_end(),
        _ => t,
    }
}

/// The day of a table's row copied as one line: the day, its hour and a
/// note of a word or two ("19 juni 15.00 Avvikande tid" under "Dag Tid
/// Notering", real160:14), as the days around it without a note are. The
/// hour stands right after the day's month, year or closing dot, and the
/// note holds no day, weekday or number: a news listing's stamp and title
/// on one line ("3.2.2027 14.35 Valtuusto hyväksyi talousarvion") runs
/// longer.
fn day_hour_note(t: &str) -> Option<&str> {
    // (most lines hold no hour and its minutes before a word: looked for in
    // the bytes before the line is tokenized)
    let b = t.as_bytes();
    let hour_then_word = (1..b.len().saturating_sub(4)).any(|k| {
        matches!(b[k], b':' | b'.')
            && b[k - 1].is_ascii_digit()
            && b[k + 1].is_ascii_digit()
            && b[k + 2].is_ascii_digit()
            && b[k + 3] == b' '
            && !b[k + 4].is_ascii_digit()
    });
    if !hour_then_word {
        return None;
    }
    let toks = tokenize(t, 0);
    let k = (1..toks.len()).find(|&k| {
        let before = &toks[k - 1];
        clock::hour(&toks, k)
            && toks[k].space_before
            && (before.month.is_some() || before.digits == 4 || before.word == ".")
    })?;
    let sep = toks.get(k + 1)?;
    let minutes = match sep.word.as_str() {
        ":" => clock::glued_minutes(&toks, k + 2),
        "." => clock::quarter_minutes(&toks, k + 2),
        _ => false,
    };
    let note = toks.get(k + 3..)?;
    (minutes
        && !sep.space_before
        && (1..=NOTE_WORDS).contains(&note.len())
        && t.len() - note[0].start <= NOTE_BYTES
        && note.iter().all(|w| {
            w.kind == TokenKind::Word
                && w.month.is_none()
                && !tokens::WEEKDAYS.contains(&w.word.as_str())
        }))
    .then(|| t[..toks[k].start].trim_end())
}

/// A season or a term and its year alone: "Våren 2021", "Spring 2024",
/// "Syksy 2021", "Vårterminen 2024".
fn season_year(line: &str) -> bool {
    // (most lines are longer or end in no year: looked at before tokenizing)
    let t = line.trim();
    let year_last = t.len() >= 6 && t.as_bytes()[t.len() - 4..].iter().all(u8::is_ascii_digit);
    if t.len() > 24 || !year_last {
        return false;
    }
    let toks = tokenize(t, 0);
    toks.len() == 2
        && toks[1].digits == 4
        && toks[0].kind == TokenKind::Word
        && (grids::term_word(&toks[0].word) || SEASONS.iter().any(|s| toks[0].word.starts_with(s)))
}

/// The seasons a term is named for ("Spring term", "höstterminen" is a
/// term word already): like the term, they tell when, not what.
const SEASONS: &[&str] = &[
    "spring", "summer", "autumn", "fall", "winter", "kevä", "kesä", "syks", "talv", "vår",
    "sommar", "höst", "vinter",
];

/// A line of a run: a bare day, or days of the run's form written
/// together, a range or two days joined ("24-25 maj", "9 and 30 April",
/// real162:11 and real167:43). Those are read by the rules of ranges and
/// lists; the run goes on through them to the bare days after them.
fn in_run(line: &str) -> bool {
    bare_day(line) || joined_days(line)
}

/// Two days or a range on a line of their own, nothing else but a bullet,
/// weekdays and the words joining them.
fn joined_days(line: &str) -> bool {
    let t = line[bullet_len(line)..].trim();
    if t.is_empty() || t.len() > DAY_BYTES {
        return false;
    }
    let toks = tokenize(t, 0);
    let nums = toks.iter().filter(|t| t.kind == TokenKind::Num).count();
    nums >= 2
        && toks.iter().any(|t| t.month.is_some() || t.word == ".")
        && toks
            .iter()
            .any(|t| matches!(t.word.as_str(), "-" | "&" | "and" | "ja" | "och"))
        && toks.iter().all(|t| match t.kind {
            TokenKind::Num => t.digits <= 2,
            TokenKind::Punct => matches!(t.word.as_str(), "." | "," | "-" | "&"),
            TokenKind::Word => {
                t.month.is_some()
                    || tokens::WEEKDAYS.contains(&t.word.as_str())
                    || matches!(t.word.as_str(), "and" | "ja" | "och")
            }
        })
}

/// A line holding one day and nothing else but a bullet, its weekday, an
/// ordinal's ending and its hour: "2nd September 2024", " • 11.1.2024", "12
/// september", "3 februari 19:00", " • 2024-05-23". A range is a period of
/// its own.
fn bare_day(line: &str) -> bool {
    let t = line[bullet_len(line)..].trim();
    // ("28 april (inställt)" in a council's list: the note is the day's)
    let t = super::noted_lines::day_before_note(t).unwrap_or(t);
    // (a longer line is no bare day, and is not read again)
    if t.len() > DAY_BYTES + HOUR_BYTES + NOTE_BYTES {
        return false;
    }
    // ("19 juni 15.00 Avvikande tid": a table's row of day, hour and note)
    let t = day_hour_note(t).unwrap_or(t);
    // ("13 februari 19:00", "27.3. klo 18" in a list of sessions: the hour
    // is the day's)
    if t.len() > DAY_BYTES + HOUR_BYTES {
        return false;
    }
    let t = without_hour(t);
    if t.is_empty() || t.len() > DAY_BYTES {
        return false;
    }
    let toks = tokenize(t, 0);
    if iso_day(&toks) {
        return true;
    }
    if !super::titled_days::one_day(t) {
        return false;
    }
    toks.iter().any(|t| t.kind == TokenKind::Num)
        && toks.iter().any(|t| t.month.is_some() || t.word == ".")
        && toks.iter().all(|t| match t.kind {
            TokenKind::Num => t.digits <= 4,
            TokenKind::Punct => matches!(t.word.as_str(), "." | "," | "/"),
            TokenKind::Word => {
                t.month.is_some()
                    || tokens::WEEKDAYS.contains(&t.word.as_str())
                    || tokens::ordinal_end(t)
            }
        })
}

/// One day written as ISO does ("2024-05-23"), as Swedish pages list a
/// council's session days, read by the date grammar's own ISO reader: its
/// dashes part the year, month and day, not two days.
fn iso_day(toks: &[tokens::Token]) -> bool {
    Grammar::any(toks, 0)
        .iso(0)
        .is_some_and(|(_, end)| end == toks.len())
}
