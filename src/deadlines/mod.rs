//! Deadlines and events read out of free text (English, Finnish, Swedish).
//!
//! Owns: finding dated mentions in text and classifying each as a deadline
//! (something must be done by then) or an event (something takes place then),
//! and parsing a single date string as news listings print it.
//! Never does IO: a pure function of its input, so it is cheap to test and fuzz.
//!
//! How it reads (the rules are `docs/DEADLINES.md`):
//! 1. the text is cleaned (tags dropped, entities decoded), cut into lines,
//!    sentences and clauses ([`text`]);
//! 2. each clause is tokenized once ([`tokens`]); one date grammar over the
//!    tokens finds single dates ([`dates`]), ranges, enumerations and "end of
//!    month" expressions ([`ranges`]) — the same grammar serves [`parse_date`];
//! 3. each expression is classified from a bounded window of words around it
//!    ([`classify`], [`signals`]), using cue words of all three languages
//!    ([`cues`]) kept as data files, one per language ([`lexicon`],
//!    `lexicon/en.txt`, `fi.txt`, `sv.txt`), so the work is linear in the text;
//! 4. the reviewer ([`review`]) weighs both readings of every date the rules
//!    saw with learned weights, and overrules them only when sure.
//!
//! Invariant: never panics on any input, and never looks further than a
//! constant number of tokens around a date.

mod action_days;
mod alone_days;
mod asked_days;
mod asked_inline;
mod bare_runs;
mod begun_days;
mod cards;
mod classify;
mod clock;
mod closed_rows;
mod closing_columns;
mod closing_labels;
mod cues;
mod dated_lists;
mod dates;
mod day_rows;
mod day_runs;
mod described_days;
mod english_text;
mod finish;
mod grids;
mod headed_days;
mod heading_tails;
mod labelled_rows;
mod layout_lines;
mod lexicon;
mod list_intros;
mod listed_items;
mod named_dashes;
mod noted_lines;
mod one_reading;
mod programme_days;
mod ranges;
mod review;
mod schedules;
mod session_tables;
mod signals;
mod slashed_days;
mod stamps;
mod stepped_days;
mod swaps;
mod table_columns;
mod text;
mod timed_days;
mod timed_ends;
mod titled_days;
mod tokens;
mod yeared_slashes;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use alone_days::{date_alone, weekday_led};
use classify::{programme_heading, Column, Reader};
use dates::{ymd, Grammar};
use layout_lines::{bullet, list_item, pipe_rule, schedule_heading, sibling_items, year_heading};
use signals::{dated_hours, names_hours};
use text::{clean_text, introduces, is_header_line, is_heading_line, is_label_line, sentences};
use tokens::tokenize;
pub(crate) use tokens::SV_MONTHS;

/// The language a text is read in (`Auto`: found from the text).
pub use crate::lang::Lang;

/// What a dated mention means for the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Deadline,
    Event,
}

impl Kind {
    /// "deadline" or "event": as stored, published and serialized.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Deadline => "deadline",
            Kind::Event => "event",
        }
    }
}

/// One dated mention found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub kind: Kind,
    pub date: NaiveDate,
    /// Last day of a multi-day event; always `None` for deadlines.
    pub end: Option<NaiveDate>,
    /// The phrase the mention was read from.
    pub text: String,
}

/// Finds every deadline and event in `text`.
///
/// Time and memory are linear in the text: a sentence is read in pieces of
/// at most [`MAX_PIECE`] bytes, mentions are deduplicated as they are found
/// and at most [`MAX_MENTIONS`] are kept; the reviewer weighs a bounded
/// number of readings, each from a bounded window.
pub fn find(text: &str, lang: Lang, today: NaiveDate) -> Vec<Mention> {
    #[cfg(test)]
    review::note_input(text, lang, today);
    let (out, clean, lang) = read(text, lang, today);
    review::settle(out, &clean, lang, today)
}

/// The rules' reading of `text`: every date they saw, with what they made
/// of it, and the cleaned text the offsets point into.
fn read(text: &str, lang: Lang, today: NaiveDate) -> (Out, String, Lang) {
    let sure_en = english_text::sure(text, lang);
    let lang = match lang {
        Lang::Auto => detect_lang(text),
        other => other,
    };
    let clean = clean_text(text);
    (rules(&clean, lang, sure_en, today), clean, lang)
}

/// The rules over the cleaned text, line by line.
fn rules(clean: &str, lang: Lang, sure_en: bool, today: NaiveDate) -> Out {
    let mut out = Out {
        today: Some(today),
        ..Out::default()
    };
    // cue masks of the words seen so far: a text repeats its words
    let mut masks = cues::WordMasks::default();
    let mut reader = Reader {
        text: clean,
        lang,
        sure_en,
        today,
        floor: today,
        invited: Default::default(),
        shown_invited: Default::default(),
        asked: Default::default(),
    };
    let mut lines = clean.split('\n').peekable();
    let mut line_start = 0;
    // the last two headings or labels above the current line ("Application
    // periods:", "Avvikande utbetalningsdagar", "Deadline for submission"):
    // they tell what the dates listed under them are
    let mut heads: [Option<(usize, usize)>; 2] = [None, None];
    let mut listed = false;
    // non-empty lines read so far
    let mut seen = 0usize;
    // under a heading naming two columns of days ("Expected payment date
    // Actual payment date", "Meeting DateClosing Date"), the lines of days
    // are the table's rows: a row of two days, or one cell a line counted
    // to tell the columns apart
    let mut table: Option<([Column; 2], usize)> = None;
    // a heading naming opening hours ("Ordinarie öppettider",
    // "Poikkeusaukioloajat") reaches every day listed under the headings
    // after it ("Avvikelser 2022:"), until prose: they are the service's days
    let mut hours: Option<(usize, usize)> = None;
    // under a heading of a schedule ("Tidplan för antagning", "Timeline"),
    // through the prose of its steps, until the next heading
    let mut in_schedule = false;
    // under the header row of a "|" table: what its header tells its days are
    let mut pipe: Option<Option<Kind>> = None;
    // ... and its columns when one holds the usual days a row's other replaces
    let mut swap: Option<[Column; 2]> = None;
    // ... and what each of its columns tells the days under it are
    let mut cols = table_columns::Columns::default();
    let mut list_heads = grids::ListHeads::default();
    // the text's first line when a heading: a grid of days under prose
    // ("Pensionsutbetalningsdagarna\n\nStatens pensioner betalas …\n\n18
    // januari 20 maj 20 september") is what it names
    let mut title: Option<(usize, usize)> = None;
    let mut run = day_runs::DayRun::default();
    let mut bare = bare_runs::BareRun::default();
    let mut sessions = session_tables::SessionTable::default();
    // under a header line of glued column labels ending in a closing day's
    let mut closing = closing_columns::ClosingColumn::default();
    // the line introducing a bulleted list: what its items' days are
    let mut intro = listed_items::ListIntro::default();
    let mut rows = day_rows::DayRows::default();
    // the line over this one, blank lines skipped: a title over a day alone
    let mut last: Option<&str> = None;
    while let Some(line) = lines.next() {
        let mut base = line_start;
        line_start += line.len() + 1;
        if line.trim().is_empty() {
            continue;
        }
        // ("Mötestider 2023\n • 26 jan (plats: …)": `day_rows`)
        rows.see(&reader, (line, base), lines.clone(), &mut masks, &mut out);
        let above = last.replace(line);
        let top = seen < 2;
        seen += 1;
        run.see(line, lines.clone(), today);
        bare.see(line);
        // "2023", "VÅREN 2019", "Sammanträdesdagar 2022": a year heading
        // the lines under it is the year of their days, so rule 7 infers
        // from its 1 January (its days before `--today` are past, not next
        // year's)
        // (a year far ahead names a plan, "Kommentera landskapsplanen
        // 2040", real328:9: no heading of days to come)
        if let Some(y) = year_heading(line).filter(|y| *y <= today.year() + 2) {
            reader.today = NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or(today);
        }
        // "Venue |\nDate |\nTime |\n…\n30 July |": a table of sessions
        // copied one cell a line; its days are the sessions' (`session_tables`)
        sessions.see(line);
        if let Some((a, b)) = sessions.day_cell(line) {
            let hint = Some(Kind::Event);
            reader.sentence(base + a, base + b, &[], hint, &mut masks, &mut out);
            if out.full() {
                return out;
            }
            continue;
        }
        // "Lördag 6.12.2025\n\nAlla bibliotek är stängda.": a weekday and
        // its date alone over a blank line head the text under it, as a
        // calendar lays out its days (a bare date is a page's own)
        let mut ahead = lines.clone();
        // (not in the first two lines of the text: "Title\n\nPerjantaina
        // 16. lokakuuta 2020" over a news item is its date)
        let under = !top
            && weekday_led(line)
            && ahead.next().is_some_and(|b| b.trim().is_empty())
            && ahead.next().is_some_and(|n| {
                !n.trim().is_empty()
                    && !is_label_line(n)
                    && !is_header_line(n)
                    && !is_heading_line(n)
                    // (nor the next day of a list of days one a line)
                    && !weekday_led(n)
            });
        if under {
            if let (Some(blank), Some(next)) = (lines.next(), lines.next()) {
                let s = line_start + blank.len() + 1;
                line_start = s + next.len() + 1;
                if let Some(span) = clean.get(base..s + next.len()) {
                    for (a, b) in sentences(span) {
                        for (ps, pe) in pieces(span, a, b) {
                            reader.sentence(base + ps, base + pe, &[], None, &mut masks, &mut out);
                        }
                    }
                }
                if out.full() {
                    return out;
                }
                continue;
            }
        }
        // ("ItemSubmissions Close\n… crown land in Oakhampton 2 October
        // 2018": a row's last day is its closing day, `closing_columns`)
        // (a heading naming two columns of days reads its rows: `table`)
        // ("New calls for evidence:\n- Title | Committee | 30 June 2025":
        // the intro tells its items' days, `listed_items`)
        let told = intro.see(line, base, lines.clone()).and_then(|(a, b)| {
            let h = clean.get(a..b)?;
            let ctx = listed_items::intro_words_reach(h).then_some((a, b));
            Some((ctx, reader.heading_hint(h)?))
        });
        if let Some((ctx, kind)) = told {
            let (e, ctx) = (base + line.len(), Vec::from_iter(ctx));
            reader.sentence(base, e, &ctx, Some(kind), &mut masks, &mut out);
            if out.full() {
                return out;
            }
            continue;
        }
        closing.see(line, lines.clone());
        if let Some(a) = closing.last_day(line, lang).filter(|_| table.is_none()) {
            let (s, e) = (base + a, base + line.len());
            reader.sentence(s, e, &[], Some(Kind::Deadline), &mut masks, &mut out);
            if out.full() {
                return out;
            }
            continue;
        }
        if is_heading_line(line) {
            let whole = Some((base, base + line.len()));
            if top && seen == 1 {
                title = whole;
            }
            // (its last sentence heads the lines under it: `heading_tails`)
            let tail = heading_tails::last_sentence(line, lines.peek().copied());
            let here = Some((base + tail, base + line.len()));
            list_heads.clear();
            // "University of Jyväskylä:" after the dates listed under
            // "University of Helsinki:" takes its place under the same
            // top heading
            heads = if listed {
                [heads[0], here]
            } else {
                [heads[1], here]
            };
            listed = false;
            table = reader.columns(line).map(|c| (c, 0));
            if names_hours(&line[tail..]) {
                hours = here;
            }
            in_schedule = schedule_heading(line);
            continue;
        }
        // "Applicant Type | Priority Deadline |\n---|---|\nFall Term |
        // November 22, 2024 |": a table written with "|" (a news listing's
        // "14.2.2024 | News item" has no header row), whose header row tells
        // what the days in its rows are
        if line.contains('|') {
            if pipe_rule(line) {
                cols.rule();
                continue;
            }
            let head = !line.bytes().any(|b| b.is_ascii_digit())
                || lines.peek().is_some_and(|n| pipe_rule(n));
            if head {
                pipe = Some(reader.heading_hint(line));
                swap = reader.columns(line);
                // (a cell naming a time limit is one, though "päivä" in
                // "Eräpäivä" is also a word of taking place)
                let tell = |c: &str| {
                    if reader.step_deadline(c) {
                        Some(Kind::Deadline)
                    } else {
                        reader.heading_hint(c)
                    }
                };
                cols.header(line, tell);
                continue;
            }
            cols.row_seen();
            if let Some((a, b, kind)) = swap.and_then(|c| swaps::new_cell(line, c)) {
                reader.sentence(base + a, base + b, &[], Some(kind), &mut masks, &mut out);
                if out.full() {
                    return out;
                }
                continue;
            }
            // ("Programme | … | Closing Date |" over "Arts Festivals | … |
            // 23.02.25 |": the header cell over a day's column tells it,
            // when the header as a whole tells no deadline; one that does
            // reads its rows below, each row a deadline, as it always has)
            let days = if pipe == Some(Some(Kind::Deadline)) {
                Vec::new()
            } else {
                cols.day_cells(line)
            };
            if !days.is_empty() {
                let ctx: Vec<(usize, usize)> = heads.iter().flatten().copied().collect();
                for (a, b, kind) in days {
                    reader.sentence(base + a, base + b, &ctx, Some(kind), &mut masks, &mut out);
                }
                if out.full() {
                    return out;
                }
                continue;
            }
            // (a header naming deadlines, or a row's label or the heading
            // over it: `labelled_rows.rs`; other rows stay unread)
            let kind = labelled_rows::row_kind(line, pipe, &reader, clean, &heads).or_else(|| {
                // ("14 August | Applications due …": a timeline's row)
                stepped_days::row_step(line, today, |s| reader.step_deadline(s))
                    .then_some(Kind::Deadline)
                    // ("| Pool | Closed Thursday 25 December 2025 |": a closure)
                    .or_else(|| closed_rows::closed_row(line).then_some(Kind::Event))
            });
            if kind.is_some() {
                let ctx: Vec<(usize, usize)> = heads.iter().flatten().copied().collect();
                let (s, e) = (base, base + line.len());
                reader.sentence(s, e, &ctx, kind, &mut masks, &mut out);
                if out.full() {
                    return out;
                }
                continue;
            }
        } else {
            pipe = None;
            swap = None;
            cols.clear();
        }
        if line.bytes().any(|b| b.is_ascii_digit()) {
            listed = true;
            // (the item tokenized only when its heading is to be given back)
            list_heads.carry(bullet(line), || is_header_line(line), &mut heads);
        } else {
            // prose ends what a heading above it told
            heads = [None, None];
            listed = false;
            table = None;
            hours = None;
        }
        let mut ctx: Vec<(usize, usize)> = heads.iter().flatten().copied().collect();
        if let Some(h) = hours.filter(|h| !ctx.contains(h)) {
            ctx.insert(0, h);
        }
        // "Aukioloajat kevätkaudella (1.1.-31.5.2025)", "Summer hours
        // 1.6.-31.8.": a dated line naming opening hours heads the days
        // listed under it as its heading would (its own dates are read with
        // its own words)
        // (a heading's few words, not prose telling a day's hours: "29.3.
        // kirjastot palvelevat omatoimiaukioloin")
        // (the cheap byte test first: few lines name hours)
        let few_words = || {
            line.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count()
                <= 5
        };
        if listed && dated_hours(line) && few_words() {
            hours = Some((base, base + line.len()));
        }
        // (the heading first: few lines stand under one)
        let schedule = || {
            let header = schedules::header(clean, heads).filter(|_| table.is_none())?;
            let cells = schedules::day_cells(line, lang, 6).filter(|c| c.len() > 1)?;
            let kinds = schedules::column_kinds(header, cells.len(), |w| reader.heading_hint(w))?;
            Some(cells.into_iter().zip(kinds))
        };
        if let Some(cells) = schedule() {
            for ((a, b), kind) in cells {
                reader.sentence(base + a, base + b, &[], Some(kind), &mut masks, &mut out);
            }
            if out.full() {
                return out;
            }
            continue;
        }
        if let Some((cols, n)) = table {
            if let Some((cells, two)) = schedules::row_cells(line, lang) {
                let first = if two { 0 } else { n };
                for (k, &(a, b)) in cells.iter().enumerate() {
                    let (s, e) = (base + a, base + b);
                    match cols[(first + k) % 2] {
                        Column::Old | Column::Issuer => {}
                        Column::Reads(kind) => {
                            reader.sentence(s, e, &[], Some(kind), &mut masks, &mut out)
                        }
                        Column::Open => reader.sentence(s, e, &ctx, None, &mut masks, &mut out),
                    }
                }
                table = Some((cols, if two { n } else { n + 1 }));
                if out.full() {
                    return out;
                }
                continue;
            }
        }
        // "31 March:" or "10 Sep–1 Oct 2018" on a line of its own labels the
        // line after it, which tells what happens then
        let mut end = base + line.len();
        // what the heading over a date alone tells its day is
        let mut told = None;
        // (not a next line that is empty or itself a dated label: "vår: 20
        // mars\nhöst: 20 september", a list of ranges one a line)
        // (nor, in a list under a heading, the prose after the list)
        // (nor the next item of the same bulleted list: "- Notification of
        // acceptance: 26 March\n- Deadline for full papers: 3 June")
        let next_is_text = heads[1].is_none()
            && lines.peek().is_some_and(|n| {
                !n.trim().is_empty()
                    && !is_label_line(n)
                    && !is_header_line(n)
                    && !sibling_items(line, n)
            });
        // "Tidplan för antagning\n…\n11 februari\nSista ansökningsdag …": under
        // a heading of a schedule, a day alone on its line labels the line
        // right under it, as a timeline lays out its steps
        // (its step may stand after one blank line: "5-12 augusti\n\nSvarsperiod …")
        // (nor a day alone: "- Fri 24 October" under "- Mon 1 September")
        let step_text = |n: &str| {
            !n.trim().is_empty()
                && !is_label_line(n)
                && !is_header_line(n)
                && !is_heading_line(n)
                && !date_alone(n)
        };
        // (the cheap tests first: few lines stand under a schedule)
        let gap = if !top && in_schedule && !line.contains('|') && date_alone(line) {
            let mut ahead = lines.clone();
            match ahead.next() {
                Some(n) if n.trim().is_empty() => ahead.next().filter(|n| step_text(n)).map(|_| 1),
                Some(n) => step_text(n).then_some(0),
                None => None,
            }
        } else if let Some(g) = clean.get(..base).and_then(|b| {
            stepped_days::step_gap(b, line, lines.clone(), today, |s| reader.step_deadline(s))
        }) {
            told = Some(Kind::Deadline);
            // "March 15\nAuthors notified …\nMay 15\nFinal paper due.": a
            // run of days each over its step, read as a schedule's
            Some(g)
        } else {
            run.leads().inspect(|_| told = Some(Kind::Event))
        };
        // (a step tells what its day is: the schedule's heading does not)
        if gap.is_some() {
            ctx.clear();
        }
        if let Some(gap) = gap {
            for _ in 0..=gap {
                if let Some(next) = lines.next() {
                    end = line_start + next.len();
                    line_start += next.len() + 1;
                }
            }
        } else if run.holds(line, lines.clone()) {
            // a day of a run of days alone is a calendar's, each an occasion
            // unless the heading over them tells what they are
            let heading = grids::telling(clean, heads[1], heads[0], |h| reader.heading_tells(h));
            told = heading
                .and_then(|h| reader.heading_hint(h))
                .or(Some(Kind::Event));
        } else if is_label_line(line) && !closing_labels::names_its_deadline(line, &reader) {
            // (a report told in the past under a title whose day carries
            // its year is no description of it: `recent_pasts.rs`)
            let yeared = || {
                line.split(|c: char| !c.is_ascii_digit())
                    .any(|d| d.len() == 4)
            };
            if let Some(next) =
                lines.next_if(|n| next_is_text && !(yeared() && reader.tells_past(n)))
            {
                end = line_start + next.len();
                line_start += next.len() + 1;
            }
        } else if is_header_line(line) || bare_runs::noted_in_run(&bare, line, lines.clone(), today)
        {
            // "26 juni" alone under "Avvikande utbetalningsdagar:" is a listed
            // day, not a news item's date
            // (a title naming the days of its event reaches a grid of days
            // or a run of bare days under prose: `bare_runs::BareRun::long`)
            let gridded = || grids::day_grid(line) || bare.long(line, lines.clone());
            let near = heads[1].or_else(|| title.filter(|_| gridded()));
            let heading = grids::telling(clean, near, heads[0], |h| reader.heading_tells(h));
            if line.contains('|') {
                continue;
            }
            if heading.is_none() {
                // ("25.12.2024 klo 08:00\nKallion kirkko, Papinkatu 2, …":
                // the place under it makes the day an event's, no dateline)
                if !titled_days::occasion(line, lines.clone(), today)
                    && !headed_days::under_title(line, above, top, lines.clone(), today)
                    && asked_inline::day_at(line, above, today).is_none()
                    && !bare.holds(line, lines.clone(), today)
                    && !grids::meeting_days(clean, line, heads, |h| {
                        reader.heading_names_occasion(h)
                    })
                {
                    continue;
                }
                told = Some(Kind::Event);
            }
            // ("Sammanträdesdagar 2022\n • 15 februari": the heading names
            // the days of its event)
            if let Some(h) = heading {
                told = dated_lists::head_kind(h, reader.heading_hint(h));
            }
            // ("Kommunfullmäktige sammanträder …, om ingen annan plats
            // anges:\n • 2024-05-23": a heading that names a body's
            // meeting, though it tells no kind, heads a run of bare days,
            // each a session)
            if told.is_none()
                && heading.is_some_and(|h| reader.heading_names_occasion(h))
                && bare.holds(line, lines.clone(), today)
            {
                told = Some(Kind::Event);
            }
        }
        // ("DATE:\n- Sunday, November 21, 2021": a card's day under its
        // label; its dash is a bullet, not the open start of a period, and
        // the label, not a title over it, tells the day: "Lucia concerts\n
        // WHEN\n13 December" is no headline over its dateline)
        // ("Date: June 21": the label may lead the day's own line)
        if let Some(skip) = asked_inline::day_at(line, above, today) {
            if told != Some(Kind::Deadline) {
                told = Some(Kind::Event);
                base += skip;
                ctx.clear();
            }
        }
        let Some(span) = dated_lists::kept(clean, base..end, line, told) else {
            continue;
        };
        // the nearest heading that announces a list ("Seuraavat illat:",
        // "… specified below") and tells what its listed dates are, for a
        // list item (a line led or closed by its date, with words of its
        // own), not for prose or a date alone under a title
        // (the headings first: few lines have one, and telling a list item
        // costs a tokenizing of the line)
        let hint = ctx
            .iter()
            .rev()
            .filter_map(|&(a, b)| clean.get(a..b))
            .filter(|h| introduces(h) || programme_heading(h))
            .find_map(|h| reader.heading_hint(h))
            .filter(|_| list_item(line) || weekday_led(line))
            .or(told);
        let cut = sentences(span);
        // ("Mark your calendars! See the dates below.": a short pointing
        // sentence is read with the one before it)
        // (a bulleted item's words "the following year" point at no lines:
        // only a bullet ending in ':' heads the items after it)
        let intro = cut
            .last()
            .copied()
            .filter(|&(s, e)| introduces(&span[s..e]))
            .filter(|&(s, e)| bullet(line).is_none() || span[s..e].trim_end().ends_with(':'))
            .map(|(s, e)| match cut.len() {
                n if n > 1 && e - s < SHORT_INTRO => (cut[n - 2].0, e),
                _ => (s, e),
            });
        for (n, (s, e)) in cut.into_iter().enumerate() {
            for (ps, pe) in pieces(span, s, e) {
                // a heading reaches the first sentence under it only
                let first = n == 0 && ps == s;
                let above: &[(usize, usize)] = if first { &ctx } else { &[] };
                let hint = dated_lists::own(line, hint).filter(|_| first);
                reader.sentence(base + ps, base + pe, above, hint, &mut masks, &mut out);
                if out.full() {
                    return out;
                }
            }
        }
        // "… specified below end at 12.00.", "vi läser av ansökningar
        // följande datum:": the sentence heads the lines listed after it
        if let Some((s, e)) = intro {
            // its last words carry what the list is: a bounded look
            let mut a = e.saturating_sub(INTRO_BYTES).max(s);
            while !span.is_char_boundary(a) {
                a += 1;
            }
            heads = [None, Some((base + a, base + e))];
            listed = false;
        }
    }
    rows.settle(&reader, &mut masks, &mut out);
    out
}

/// The most of an introducing sentence read as a heading.
const INTRO_BYTES: usize = 160;

/// An introducing sentence shorter than this only points to the list.
const SHORT_INTRO: usize = 32;

/// The longest piece of a sentence read at once: news sentences are far
/// shorter, and it bounds the tokens held in memory.
const MAX_PIECE: usize = 2048;
/// No news item holds more distinct dates; a bound on the output.
const MAX_MENTIONS: usize = 10_000;

/// Mentions found so far, each `(kind, date, end)` once.
#[derive(Default)]
struct Out {
    v: Vec<Mention>,
    seen: std::collections::HashSet<(Kind, NaiveDate, Option<NaiveDate>)>,
    /// `--today`: a page's own stamp on it is no event ([`stamps`])
    today: Option<NaiveDate>,
    /// every reading of every date the rules saw, for [`review`]
    cands: Vec<review::Candidate>,
}

impl Out {
    fn push(&mut self, m: Mention) {
        if self.today.is_some_and(|t| stamps::is_stamp(&m, t)) {
            return;
        }
        if !self.full() && self.seen.insert((m.kind, m.date, m.end)) {
            self.v.push(m);
        }
    }

    fn full(&self) -> bool {
        self.v.len() >= MAX_MENTIONS
    }

    /// Would [`Out::push`] keep a mention of `kind` on these days? Asked
    /// before its phrase is cut out of the text: a text repeats its days.
    fn wants(&self, kind: Kind, date: NaiveDate, end: Option<NaiveDate>) -> bool {
        !self.full() && !self.seen.contains(&(kind, date, end))
    }
}

/// Cuts an over-long sentence `s..e` of `line` at spaces into pieces of at
/// most [`MAX_PIECE`] bytes (at a character boundary when there is no space).
fn pieces(line: &str, s: usize, e: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut a = s;
    std::iter::from_fn(move || {
        if a >= e {
            return None;
        }
        let start = a;
        let mut b = (start + MAX_PIECE).min(e);
        if b < e {
            while b > start && !line.is_char_boundary(b) {
                b -= 1;
            }
            let cut = line
                .get(start..b)
                .and_then(|p| p.rfind(char::is_whitespace))
                .filter(|&k| k > MAX_PIECE / 2)
                .map(|k| start + k + 1);
            if let Some(c) = cut {
                b = c;
            }
            if b == start {
                // one character longer than a piece cannot happen; move on
                b = line[start..]
                    .chars()
                    .next()
                    .map_or(e, |c| start + c.len_utf8());
            }
        }
        a = b;
        Some((start, b))
    })
}

/// Parses one date as a news listing prints it ("14.2.2024 | News item").
///
/// Returns the first full date (with a year) found in `s`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let clean = clean_text(s);
    let toks = tokenize(&clean, 0);
    let g = Grammar::any(&toks, 0);
    (0..toks.len()).find_map(|i| {
        let (dm, _) = g.atom(i)?;
        ymd(dm.year?, dm.month, dm.day)
    })
}

/// Guesses the language of `text` from counts of common function words.
/// Ties and texts without any of them read as English.
pub fn detect_lang(text: &str) -> Lang {
    const EN: &[&str] = &[
        "the", "and", "of", "to", "is", "will", "be", "for", "by", "with", "are", "from", "this",
    ];
    const FI: &[&str] = &[
        "ja",
        "ei",
        "tai",
        "että",
        "sekä",
        "mennessä",
        "voi",
        "klo",
        "myös",
        "tulee",
        "ovat",
        "kanssa",
        "asti",
        "viimeistään",
    ];
    const SV: &[&str] = &[
        "och", "är", "att", "för", "den", "det", "av", "som", "med", "senast", "på", "till", "kan",
    ];
    let (mut en, mut fi, mut sv) = (0usize, 0usize, 0usize);
    // the first 64 KiB tell the language as well as the whole text
    let mut cut = text.len().min(1 << 16);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    for w in text[..cut]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        let w = w.to_lowercase();
        en += usize::from(EN.contains(&w.as_str()));
        fi += usize::from(FI.contains(&w.as_str()));
        sv += usize::from(SV.contains(&w.as_str()));
    }
    if fi > en && fi >= sv {
        Lang::Fi
    } else if sv > en && sv > fi {
        Lang::Sv
    } else {
        Lang::En
    }
}

#[cfg(test)]
mod tests;
