//! Lists of dated items, one a line: a club's competition days ("• 14.2.
//! Pm-pilkki, merialue"), a society's talks ("Tisdag 10/1: Ta hand om dina
//! fötter"), a work party's sites ("4.6. Myrtinoja, Kulloontie 268"). Each
//! line is led by its day and names what happens then, and no word of the
//! list says so. Three or more such items in a run are a programme's days,
//! each an occasion unless its own words tell otherwise (a limit in an
//! item, "ilmoitetaan viimeistään 4.2.", is still read as one).

use super::dates::Grammar;
use super::tokens::{tokenize, Token, TokenKind, WEEKDAYS};

mod item_labels;

pub(super) use item_labels::{duty_head, head_kind, kept, own};

/// The fewest items a run holds: one or two dated lines are a dateline
/// and a news item, or two steps of a procedure.
const MIN_RUN: usize = 3;
/// The most lines looked at past an item for the rest of its run.
const WINDOW: usize = 8;
/// The longest item read: an item names its occasion in a few words.
const ITEM_BYTES: usize = 110;

/// The items counted so far in the run the current line belongs to.
#[derive(Default)]
pub(super) struct DatedList(usize);

impl DatedList {
    /// Notes a non-blank line: an item extends the run, anything else ends it.
    pub(super) fn see(&mut self, line: &str) {
        if dated_item(line) {
            self.0 += 1;
        } else if !line.trim().is_empty() {
            self.0 = 0;
        }
    }

    /// Is `line`, an item just seen, one of a run of at least `MIN_RUN`
    /// items, counting those in the lines `ahead` of it?
    pub(super) fn holds<'a>(&self, line: &str, ahead: impl Iterator<Item = &'a str>) -> bool {
        if self.0 == 0 || !dated_item(line) {
            return false;
        }
        let blank = |l: &str| l.trim().is_empty();
        super::day_runs::reaches(self.0, MIN_RUN, ahead.take(WINDOW), dated_item, blank)
    }
}

/// A short line led by one day (after a bullet or a weekday), then words
/// of its own: "• 30.05. Pm-onki, Kimola kanava", "Tisdag 17/1: Vart går
/// Ryssland", "12 March Spring lecture". A range or a year leading it is a
/// period or a dateline, not an item, and so is a full sentence.
pub(super) fn dated_item(line: &str) -> bool {
    let t = line
        .trim()
        .trim_start_matches(['-', '•', '*', '–', '·'])
        .trim_start();
    // (an item ending in a full stop is a sentence, a step of a procedure
    // telling its day with its own verb: "2 augusti Första reservantagningen
    // visas.")
    // (a dotted day keeps its dot: "ilmoittautuminen viimeistään 4.3.")
    let stop = t.ends_with('.') && !t[..t.len() - 1].ends_with(|c: char| c.is_ascii_digit());
    if t.is_empty() || t.len() > ITEM_BYTES || t.contains('|') || stop {
        return false;
    }
    let (toks, first) = lead_tokens(t);
    let g = Grammar::any(&toks, first);
    let Some((dm, next)) = g.atom(first) else {
        return false;
    };
    // (a range: "16–22.10.2023, höstlov" is a period of its own)
    let ranged = toks
        .get(next)
        .is_some_and(|n| n.word == "-" || n.word == "/");
    let words = toks[next..]
        .iter()
        .filter(|w| w.kind == TokenKind::Word && w.month.is_none() && w.word.len() > 2)
        .count();
    dm.year.is_none() && !ranged && words >= 1
}

/// The tokens of a line and where its leading day starts: after a
/// weekday that opens it ("ke 26.5. Kirjasto", "Tuesday 3 March …").
pub(super) fn lead_tokens(t: &str) -> (Vec<Token>, usize) {
    let toks = tokenize(t, 0);
    let first = usize::from(
        toks.first()
            .is_some_and(|w| WEEKDAYS.contains(&w.word.as_str())),
    );
    (toks, first)
}
