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
//!    `lexicon/en.txt`, `fi.txt`, `sv.txt`), so the work is linear in the text.
//!
//! Invariant: never panics on any input, and never looks further than a
//! constant number of tokens around a date.

mod classify;
mod cues;
mod dates;
mod lexicon;
mod ranges;
mod signals;
mod text;
mod tokens;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

use classify::Reader;
use dates::{ymd, Grammar};
use text::{clean_text, is_header_line, is_heading_line, is_label_line, sentences};
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
/// and at most [`MAX_MENTIONS`] are kept.
pub fn find(text: &str, lang: Lang, today: NaiveDate) -> Vec<Mention> {
    let lang = match lang {
        Lang::Auto => detect_lang(text),
        other => other,
    };
    let clean = clean_text(text);
    let mut out = Out::default();
    // cue masks of the words seen so far: a text repeats its words
    let mut masks: HashMap<String, u64> = HashMap::new();
    let reader = Reader {
        text: &clean,
        lang,
        today,
    };
    let mut lines = clean.split('\n').peekable();
    let mut line_start = 0;
    // the last two headings or labels above the current line ("Application
    // periods:", "Avvikande utbetalningsdagar", "Deadline for submission"):
    // they tell what the dates listed under them are
    let mut heads: [Option<(usize, usize)>; 2] = [None, None];
    let mut listed = false;
    while let Some(line) = lines.next() {
        let base = line_start;
        line_start += line.len() + 1;
        if line.trim().is_empty() {
            continue;
        }
        if is_heading_line(line) {
            let here = Some((base, base + line.len()));
            // "University of Jyväskylä:" after the dates listed under
            // "University of Helsinki:" takes its place under the same
            // top heading
            heads = if listed {
                [heads[0], here]
            } else {
                [heads[1], here]
            };
            listed = false;
            continue;
        }
        if line.bytes().any(|b| b.is_ascii_digit()) {
            listed = true;
        } else {
            // prose ends what a heading above it told
            heads = [None, None];
            listed = false;
        }
        let ctx: Vec<(usize, usize)> = heads.iter().flatten().copied().collect();
        // "31 March:" or "10 Sep–1 Oct 2018" on a line of its own labels the
        // line after it, which tells what happens then
        let mut end = base + line.len();
        // (not a next line that is empty or itself a dated label: "vår: 20
        // mars\nhöst: 20 september", a list of ranges one a line)
        // (nor, in a list under a heading, the prose after the list)
        let next_is_text = heads[1].is_none()
            && lines
                .peek()
                .is_some_and(|n| !n.trim().is_empty() && !is_label_line(n) && !is_header_line(n));
        if is_label_line(line) {
            if let Some(next) = lines.next_if(|_| next_is_text) {
                end = line_start + next.len();
                line_start += next.len() + 1;
            }
        } else if is_header_line(line) {
            // "26 juni" alone under "Avvikande utbetalningsdagar:" is a listed
            // day, not a news item's date
            let listed = heads[1]
                .and_then(|(a, b)| clean.get(a..b))
                .is_some_and(|h| reader.heading_tells(h));
            if !listed || line.contains('|') {
                continue;
            }
        }
        let Some(span) = clean.get(base..end) else {
            continue;
        };
        for (n, (s, e)) in sentences(span).into_iter().enumerate() {
            for (ps, pe) in pieces(span, s, e) {
                // a heading reaches the first sentence under it only
                let above: &[(usize, usize)] = if n == 0 && ps == s { &ctx } else { &[] };
                reader.sentence(base + ps, base + pe, above, &mut masks, &mut out);
                if out.full() {
                    return finish(out.v);
                }
            }
        }
    }
    finish(out.v)
}

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
}

impl Out {
    fn push(&mut self, m: Mention) {
        if !self.full() && self.seen.insert((m.kind, m.date, m.end)) {
            self.v.push(m);
        }
    }

    fn full(&self) -> bool {
        self.v.len() >= MAX_MENTIONS
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
    let g = Grammar {
        tokens: &toks,
        lang: Lang::Auto,
    };
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

/// Deduplicates on (kind, date, end) and sorts by date, then kind.
fn finish(mut v: Vec<Mention>) -> Vec<Mention> {
    v.sort_by_key(|a| (a.date, a.kind, a.end));
    v.dedup_by(|a, b| a.kind == b.kind && a.date == b.date && a.end == b.end);
    v
}

#[cfg(test)]
mod tests;
