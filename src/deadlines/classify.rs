//! Reading sentences and clauses: every date expression of a clause is
//! classified from a bounded window of words around it.
//!
//! Owns: the decision between deadline, event and nothing for each date
//! (the rules are `docs/DEADLINES.md`), and the snippet reported with it.
//! Never looks further than a constant number of tokens around a date.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::cues::*;
use super::dates::*;
use super::ranges::enumeration_gap;
use super::signals::*;
use super::tokens::*;
use super::{Kind, Lang, Mention, Out};

pub(super) struct Reader<'a> {
    pub(super) text: &'a str,
    pub(super) lang: Lang,
    pub(super) today: NaiveDate,
}

/// What stands right next to one date.
#[derive(Debug, Clone, Copy)]
pub(super) struct Spot {
    /// A verb of taking place in the date's own window ("järjestetään").
    pub(super) happen: bool,
    /// A time of day or a place next to the date ("klo 13–15", "in Turku").
    pub(super) scene: bool,
}

/// Is a time of day written right after (or just before) the date at
/// tokens `s..e`? "klo 13–15", "kl. 18", "at 10", "12–16", "from 10 to 14",
/// "10 am on 15 June".
pub(super) fn time_near(t: &[Token], s: usize, e: usize) -> bool {
    let hour = |i: usize| {
        t.get(i)
            .is_some_and(|x| x.kind == TokenKind::Num && x.digits <= 2 && x.value <= 24)
    };
    let w = |i: usize| t.get(i).map_or("", |x| x.word.as_str());
    // a listing line "To 7.11. Urailta", "Thu 7.11. Career evening": the
    // weekday heads the line like a time would
    if s == 1 && (WEEKDAYS.contains(&w(0)) || w(0) == "to") {
        return true;
    }
    let mut i = e;
    while matches!(w(i), "," | "(") {
        i += 1;
    }
    if matches!(w(i), "klo" | "kl" | "kello" | "at" | "from") {
        let j = if w(i + 1) == "." { i + 2 } else { i + 1 };
        if hour(j) {
            return true;
        }
    }
    // "12–16", "14:00–15:30"
    if hour(i) && (w(i + 1) == "-" || w(i + 1) == ":" || w(i + 1) == ".") && hour(i + 2) {
        return true;
    }
    // "at 10 am on 15 June"
    let lo = s.saturating_sub(5);
    (lo..s).any(|k| matches!(w(k), "am" | "pm" | "a.m" | "p.m") && k > 0 && hour(k - 1))
        || (lo..s).any(|k| matches!(w(k), "at" | "klo" | "kl") && hour(k + 1))
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
        x.month.is_none()
            && !WEEKDAYS.contains(&wk)
            && wk.chars().count() > 5
            && ((iness && (x.capitalized || (k > 0 && proper(k - 1) && w(k - 1).ends_with('n'))))
                || (adess && x.capitalized))
    })
}

/// What the words around one date decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Decision {
    /// Not reported (publication, validity, past tense, ...).
    Drop,
    Deadline,
    Event,
    /// No cue decided: the clause does (a date listed with a decided one
    /// shares its decision; a verb of taking place, a time or a place
    /// makes an event).
    Default,
}

/// One clause of a sentence: its tokens, their words and cue masks.
pub(super) struct Clause<'a> {
    pub(super) tokens: &'a [Token],
    pub(super) words: &'a [&'a str],
    pub(super) masks: &'a [u64],
    /// The sentence tells of something taking place.
    pub(super) happens: bool,
    /// Leading tokens from a heading: read as words, never as dates.
    pub(super) skip: usize,
}

/// Clause-wide facts.
pub(super) struct ClauseInfo {
    pub(super) cancel: bool,
    /// Token index of the first postponement word ("postponed", "siirretty").
    pub(super) postponed_at: Option<usize>,
    pub(super) postponed: bool,
    pub(super) apply: bool,
    pub(super) event_noun: bool,
    pub(super) negation: bool,
    /// "deadline", "määräaika", "tidsfrist", "hakuaika": a postponed date is
    /// a new deadline.
    pub(super) deadline_noun: bool,
    /// A noun naming a time limit itself ("deadline", "valitusaika",
    /// "besvärstiden"), not just an action word.
    pub(super) strict_deadline_noun: bool,
}

/// "Cancellations will be accepted until 1 May", "Peruutukset on tehtävä
/// viimeistään": a cancellation the reader makes, with a time limit — not a
/// cancelled event.
fn cancel_deadline(words: &[&str]) -> bool {
    let noun = |w: &str| {
        [
            "cancellation",
            "peruutu",
            "peruutus",
            "avbokning",
            "avanmälan",
        ]
        .iter()
        .any(|p| w.starts_with(p))
    };
    let cancels = words
        .iter()
        .enumerate()
        .filter(|(_, w)| cue_mask(w) & Category::Cancel.bit() != 0);
    let mut any = false;
    for (_, w) in cancels {
        if !noun(w) {
            return false;
        }
        any = true;
    }
    let limit = words.iter().any(|w| {
        phrases(Category::DeadlineBefore).contains(w)
            || matches!(*w, "accepted" | "received" | "vastaanotetaan" | "emot")
    });
    any && (limit || obligation(words))
}

impl Reader<'_> {
    /// Does a heading tell what the days listed alone under it are: a
    /// deadline or a payment word ("Sista ansökningsdatum",
    /// "Avvikande utbetalningsdagar"), or an event word in a label ending in
    /// a colon ("Kommande evenemang:")?
    pub(super) fn heading_tells(&self, h: &str) -> bool {
        let toks = tokenize(h, 0);
        let words: Vec<&str> = toks.iter().map(|t| t.word.as_str()).collect();
        let masks: Vec<u64> = words.iter().map(|w| cue_mask(w)).collect();
        let w = Window {
            words: &words,
            masks: &masks,
        };
        w.has(Category::Deadline)
            || payment_day(w)
            || words.iter().any(|x| {
                period_noun(x)
                    || phrases(Category::DeadlineNoun)
                        .iter()
                        .any(|c| part_matches(x, c))
            })
            || (h.trim_end().ends_with(':') && w.has(Category::Event))
    }

    /// Reads the sentence `s..e`; `above` are the headings over its line,
    /// whose words stand before the sentence's own (their dates are not read).
    pub(super) fn sentence(
        &self,
        s: usize,
        e: usize,
        above: &[(usize, usize)],
        seen: &mut HashMap<String, u64>,
        out: &mut Out,
    ) {
        let Some(text) = self.text.get(s..e) else {
            return;
        };
        // a bounded number of heading words: the work stays linear
        const HEAD_WORDS: usize = 16;
        let mut toks: Vec<Token> = above
            .iter()
            .filter_map(|&(a, b)| self.text.get(a..b).map(|h| tokenize(h, a)))
            .flatten()
            .collect();
        if toks.len() > HEAD_WORDS {
            toks.drain(..toks.len() - HEAD_WORDS);
        }
        let skip = toks.len();
        toks.extend(tokenize(text, s));
        let dated = toks.iter().any(|t| {
            t.kind == TokenKind::Num
                || matches!(
                    t.word.as_str(),
                    "end" | "loppuun" | "slutet" | "utgången" | "årets"
                )
        });
        if !dated {
            return;
        }
        let words: Vec<&str> = toks.iter().map(|t| t.word.as_str()).collect();
        let mut masks: Vec<u64> = words
            .iter()
            .map(|w| match seen.get(*w) {
                Some(m) => *m,
                None => {
                    let m = cue_mask(w);
                    if seen.len() < 1 << 16 {
                        seen.insert((*w).to_string(), m);
                    }
                    m
                }
            })
            .collect();
        // "start-up grant", "end-user", "close-up": a verb as the modifier
        // of a hyphenated compound tells nothing of the date
        let verb_bits = Category::Opening.bit()
            | Category::EndVerb.bit()
            | Category::Past.bit()
            | Category::InForce.bit()
            | Category::Publication.bit()
            | Category::Cancel.bit();
        for k in 0..toks.len().saturating_sub(2) {
            let (a, d, b) = (&toks[k], &toks[k + 1], &toks[k + 2]);
            if a.kind == TokenKind::Word
                && d.word == "-"
                && !d.space_before
                && b.kind == TokenKind::Word
                && !b.space_before
            {
                masks[k] &= !verb_bits;
            }
        }
        // "Gamla Borgå", "Vanha kirkko", "Old Town": a name, not an old date
        for (m, t) in masks.iter_mut().zip(&toks).skip(1) {
            if t.capitalized {
                *m &= !Category::Superseded.bit();
            }
        }
        // does anything in the sentence take place (an event noun or verb,
        // a payment, a break)? Without it a bare date is no event.
        let sw = Window {
            words: &words,
            masks: &masks,
        };
        let happens =
            sw.has(Category::Happen) || sw.has(Category::Event) || sw.has(Category::Break);
        // clause boundaries: ';', ', and', ', but', 'but', 'mutta', 'men'
        let mut start = 0;
        for k in 0..=toks.len() {
            let cut = k == toks.len()
                || toks[k].word == ";"
                || toks[k].word == "|"
                || (toks[k].word == ","
                    && toks.get(k + 1).is_some_and(|t| {
                        phrases(Category::Conjunction).contains(&t.word.as_str())
                    }))
                || (k > 0 && matches!(toks[k].word.as_str(), "but" | "mutta")
                    || (self.lang == Lang::Sv && toks[k].word == "men"));
            if cut {
                if k > start {
                    let part = Clause {
                        tokens: &toks[start..k],
                        words: &words[start..k],
                        masks: &masks[start..k],
                        happens,
                        skip: skip.saturating_sub(start),
                    };
                    self.clause(&part, s, e, out);
                }
                start = k + 1;
            }
        }
    }

    pub(super) fn clause(&self, c: &Clause, ss: usize, se: usize, out: &mut Out) {
        let (toks, words, masks, happens) = (c.tokens, c.words, c.masks, c.happens);
        let all = Window { words, masks };
        let dated = toks.iter().any(|t| {
            t.kind == TokenKind::Num
                || matches!(
                    t.word.as_str(),
                    "end" | "loppuun" | "slutet" | "utgången" | "årets"
                )
        });
        if !dated {
            return;
        }
        let postponed_at = (0..words.len()).find(|&s| {
            masks[s] & Category::Postpone.bit() != 0
                && phrases(Category::Postpone)
                    .iter()
                    .any(|c| matches_at(words, s, c))
        });
        // Swedish splits the verb around the object: "ställs utbildningen ... in"
        let split_cancel = words
            .iter()
            .position(|w| matches!(*w, "ställs" | "ställdes" | "ställts" | "ställa" | "ställer"))
            .is_some_and(|k| words[k..].contains(&"in"));
        // "due to maintenance" is a cause, not a due date
        let strict_deadline_noun = words.iter().enumerate().any(|(k, w)| {
            phrases(Category::DeadlineNoun)
                .iter()
                .any(|c| part_matches(w, c))
                && !(*w == "due" && words.get(k + 1) == Some(&"to"))
        }) || words.iter().any(|w| period_noun(w));
        let info = ClauseInfo {
            strict_deadline_noun,
            cancel: (all.has(Category::Cancel) && !cancel_deadline(words)) || split_cancel,
            postponed_at,
            postponed: postponed_at.is_some(),
            apply: all.has(Category::Apply),
            event_noun: all.has(Category::Event),
            negation: all.has(Category::Negation),
            deadline_noun: strict_deadline_noun
                || words.iter().any(|w| period_noun(w))
                || (all.has(Category::Apply) && !all.has(Category::Event)),
        };
        let g = Grammar {
            tokens: toks,
            lang: self.lang,
        };
        let mut xs = g.exprs(info.postponed);
        xs.retain(|x| x.start >= c.skip);
        // "3 april utbetalas 2 april": the first day is the old one
        let moved: Vec<bool> = (0..xs.len())
            .map(|k| {
                xs.get(k + 1)
                    .and_then(|n| words.get(xs[k].end..n.start))
                    .is_some_and(moved_payment_gap)
            })
            .collect();
        let mut decs: Vec<Decision> = Vec::with_capacity(xs.len());
        let mut gaps: Vec<bool> = Vec::with_capacity(xs.len());
        let mut spots: Vec<Spot> = Vec::with_capacity(xs.len());
        let mut wins: Vec<(usize, usize, usize, usize)> = Vec::with_capacity(xs.len());
        for (k, x) in xs.iter().enumerate() {
            let mut lo = if k > 0 { xs[k - 1].end } else { 0 };
            if k > 0 {
                // the previous date's own postposition and time ("20.9. klo 16 mennessä")
                while lo < x.start && postposition(&toks[lo]) {
                    lo += 1;
                }
            }
            let lo = lo.max(x.start.saturating_sub(12));
            let hi_bound = xs.get(k + 1).map_or(toks.len(), |n| n.start);
            let mut hi = x.end;
            while hi < hi_bound && hi < x.end + 8 {
                let w = words[hi];
                if matches!(w, "," | ";" | "(" | ")") || phrases(Category::Conjunction).contains(&w)
                {
                    break;
                }
                hi += 1;
            }
            wins.push((lo.min(x.start), x.start, x.end.min(hi), hi));
        }
        let win = |a: usize, b: usize| Window {
            words: &words[a..b],
            masks: &masks[a..b],
        };
        // dates an "(aiemmin 3.10.)" marks as old
        let old: Vec<bool> = wins.iter().map(|w| superseded(win(w.0, w.1))).collect();
        for (k, x) in xs.iter().enumerate() {
            let (l0, l1, r0, r1) = wins[k];
            let (l, r) = (win(l0, l1), win(r0, r1));
            // after a postponement word, only the last date is the new one
            let newest = info.postponed_at.is_some_and(|p| {
                x.start > p
                    && xs[k + 1..]
                        .iter()
                        .zip(&old[k + 1..])
                        .all(|(n, o)| n.start <= p || *o)
            });
            let spot = Spot {
                happen: l.has(Category::Happen) || r.has(Category::Happen),
                scene: time_near(toks, x.start, x.end) || place_near(toks, x.start, x.end),
            };
            decs.push(if moved[k] {
                Decision::Drop
            } else {
                match self.classify(x, l, r, &info, newest, spot) {
                    // the new day of a moved payment is paid out then
                    Decision::Default if k > 0 && moved[k - 1] => Decision::Event,
                    d => d,
                }
            });
            spots.push(spot);
            gaps.push(k > 0 && enumeration_gap(&toks[l0..l1]));
        }
        // an enumeration ("on 5 March, in Oulu on 12 March") shares the
        // reading of the day before it, or else of the day after it
        // ("5.3. tai 12.3. mennessä")
        for k in 0..decs.len() {
            if decs[k] != Decision::Default {
                continue;
            }
            let before = (k > 0 && gaps[k]).then(|| decs[k - 1]);
            let after = (k + 1 < decs.len() && gaps[k + 1])
                .then(|| decs[k + 1])
                .filter(|d| *d != Decision::Default);
            decs[k] = match (before, after) {
                (Some(p), _) if p != Decision::Default => p,
                (_, Some(n)) => n,
                // "Kielikoe järjestetään 14.9." beats an obligation elsewhere
                _ if spots[k].happen => Decision::Event,
                // "Applications must be submitted on 5 March"
                _ if info.apply && !info.event_noun && obligation(words) => Decision::Deadline,
                // "The deadline, previously 14 March, is now 21 March"
                _ if info.strict_deadline_noun && !info.event_noun && !spots[k].happen => {
                    Decision::Deadline
                }
                // a time of day or a place next to the date: something happens
                // (reporting every such date as an event was measured on
                // holdout8: it only added decision, start and past dates)
                _ if happens || spots[k].scene => Decision::Event,
                _ => Decision::Drop,
            };
        }
        for (x, dec) in xs.iter().zip(decs) {
            self.emit(toks, x, dec, ss, se, out);
        }
    }

    pub(super) fn classify(
        &self,
        x: &Expr,
        lw: Window,
        rw: Window,
        info: &ClauseInfo,
        newest: bool,
        spot: Spot,
    ) -> Decision {
        let (l, r) = (lw.words, rw.words);
        // what stands right before the date, fillers skipped
        let mut li = l.len();
        while li > 0 && filler(l[li - 1], self.lang) {
            li -= 1;
        }
        // a time written before the date: "until 4 p.m. on 22 November",
        // "by 16.00 on", "senast kl. 12 den"
        // "by midnight on", "until 17.00 Brussels time on", "klo 13 Suomen aikaa"
        let mut ti = li;
        loop {
            if ti > 0 && (time_word(l[ti - 1]) || clock_word(l[ti - 1])) {
                ti -= 1;
            } else if ti > 1 && matches!(l[ti - 1], "time" | "aikaa" | "tid") {
                ti -= 2;
            } else {
                break;
            }
        }
        if l[ti..li]
            .iter()
            .any(|w| w.bytes().all(|b| b.is_ascii_digit()) || clock_word(w))
        {
            li = ti;
            while li > 0 && filler(l[li - 1], self.lang) {
                li -= 1;
            }
        }
        let imm = &l[..li];
        let immw = Window {
            words: imm,
            masks: &lw.masks[..li],
        };
        let r_head = &r[..r.len().min(4)];
        let rheadw = Window {
            words: r_head,
            masks: &rw.masks[..r_head.len()],
        };
        let both = |cat: Category| lw.has(cat) || rw.has(cat);

        // law names: "the Act of 30 December 2010", "lagen av den ...", "... annettu laki"
        if [
            "act of",
            "decree of",
            "law of",
            "regulation of",
            "directive of",
            "av",
        ]
        .iter()
        .any(|c| ends_with(imm, c))
            && (imm.len() < 2 || !matches!(imm[imm.len() - 1], "av") || {
                let before = imm[..imm.len() - 1].last().copied().unwrap_or("");
                before.starts_with("lag") || before.starts_with("förordning")
            })
        {
            return Decision::Drop;
        }
        if r_head.iter().any(|w| w.starts_with("annet")) {
            return Decision::Drop;
        }
        // an update stamp: "Päivitys 17.1.2023:", "Updated 5 March:"
        if r_head.first() == Some(&":")
            && imm.last().is_some_and(|w| {
                matches!(
                    *w,
                    "päivitys" | "päivitetty" | "update" | "updated" | "uppdaterad" | "uppdatering"
                )
            })
        {
            return Decision::Drop;
        }
        let is_range = matches!(x.shape, Shape::Span(..));
        let is_end_of = matches!(x.shape, Shape::EndOf { .. });

        if info.postponed && !is_range {
            // a moved deadline stays a deadline ("the deadline has been
            // moved to", "hakuaikaa on siirretty")
            return if newest && !superseded(lw) {
                if info.deadline_noun {
                    Decision::Deadline
                } else {
                    Decision::Event
                }
            } else {
                Decision::Drop
            };
        }
        // "ställa in dagens möte för att istället hålla ett extra den 22
        // december": what comes instead is not cancelled
        let instead = l
            .iter()
            .any(|w| matches!(*w, "istället" | "instead" | "sijaan" | "tilalle"));
        if info.cancel && !instead {
            return Decision::Drop;
        }
        if superseded(lw) {
            return Decision::Drop;
        }
        // "open" is an action word for a call, not for an exhibition
        let apply_in = |w: Window| w.has(Category::Apply);
        // "is not available", "ei ole käytettävissä": a service break
        let unavailable = neg_validity(lw) || neg_validity(rw);
        // validity of a permit or protection: an action word to the left
        // ("the application form is available until") makes it a deadline
        // "the fees apply until": "apply" is no application here
        let rule_applies = ["apply until", "applies until", "apply to", "applies to"]
            .iter()
            .any(|c| has(l, c));
        let validity = both(Category::Validity) && (!apply_in(lw) || rule_applies) && !unavailable;
        let strong = strong_in(lw);
        // "voimassa jatketusti 13.5. asti": an extended validity is validity
        if validity && strong && (!both(Category::Deadline) || !info.apply) {
            return Decision::Drop;
        }
        if strong {
            return Decision::Deadline;
        }
        // "lähetettiin lausuntokierrokselle, joka päättyy 27.2.": a relative
        // clause after the past main clause has a tense of its own
        let rel = l
            .iter()
            .rposition(|w| matches!(*w, "joka" | "jotka" | "which" | "vilken" | "vilket"));
        let lw_tensed = match rel {
            Some(k) => Window {
                words: &l[k..],
                masks: &lw.masks[k..],
            },
            None => lw,
        };
        // "applications received by 15 March", "ansökningar som kommit in
        // senast den 15 mars": a participle naming what is on time, no story
        let on_time = info.apply
            && !lw.has(Category::Past)
            && phrases(Category::DeadlineBefore)
                .iter()
                .any(|c| ends_with(imm, c))
            && !imm
                .iter()
                .any(|w| matches!(*w, "was" | "were" | "had" | "oli" | "hade" | "var"));
        if (past_in(lw_tensed, self.lang) && !on_time) || past_in(rw, self.lang) {
            return Decision::Drop;
        }
        // "Applications received after 30 June will not be processed"
        let after =
            ends_with(imm, "after") || ends_with(imm, "efter") || r_head.contains(&"jälkeen");
        if after && info.negation && !is_range {
            return Decision::Deadline;
        }
        // "applies to applications submitted on or after 1 March"
        if after && !is_range {
            return Decision::Drop;
        }
        // "planerat till den 24 november", "scheduled for 5 May": when it
        // is to take place, not a time limit
        let planned = imm.len() >= 2
            && matches!(imm[imm.len() - 1], "till" | "for")
            && (imm[imm.len() - 2].starts_with("planera")
                || imm[imm.len() - 2].starts_with("inplanera")
                || matches!(imm[imm.len() - 2], "scheduled" | "planned"));
        if planned && !is_end_of && !info.apply && !info.deadline_noun {
            return Decision::Event;
        }
        // "refunds are transferred to bank accounts on": money moved, not
        // a duty transferred to someone from a date
        let money_moved = l.iter().chain(r).any(|w| w.starts_with("transfer"))
            && (payment_day(lw) || payment_day(rw));
        // entry into force, start of application of a rule, "from D"
        if both(Category::InForce) && !money_moved {
            return Decision::Drop;
        }
        if !is_range
            && !is_end_of
            && ([
                "from",
                "since",
                "starting",
                "från",
                "as from",
                "beginning",
                "sedan",
                "alk",
                "alk .",
            ]
            .iter()
            .any(|c| ends_with(imm, c)))
        {
            return Decision::Drop;
        }
        let until = ["until", "till", "through", "fram till", "till och med"]
            .iter()
            .any(|c| ends_with(imm, c))
            || r_head.iter().any(|w| matches!(*w, "asti" | "saakka"));
        let recurring = |w: &str| {
            w.ends_with("isin")
                && WEEKDAYS
                    .iter()
                    .any(|d| d.len() > 3 && w.starts_with(&d[..4]))
        };
        // "the exhibition is open until": opening hours, not a call
        let open_hours = lw.has(Category::Open) && !info.apply;
        let duration = lw.has(Category::Duration) || l.iter().any(|w| recurring(w)) || open_hours;
        if until && duration && !is_range && !info.apply {
            return Decision::Drop;
        }
        // "Until 13 May, no events will take place": a clause opened by
        // "until" tells how long the main clause holds
        if imm == ["until"] && r.is_empty() && !info.apply {
            return Decision::Drop;
        }
        if validity {
            return Decision::Drop;
        }
        // "the council deals with the budget at its meeting on": the meeting
        // takes place, whatever is decided there
        let meeting =
            (both(Category::Event) || both(Category::Happen)) && !both(Category::Deadline);
        // "perioden", "ajanjakso", "covers" name a statistical period only
        // when nobody is applying in it ("du kan söka under perioden")
        let soft_stats = |w: &str| {
            matches!(w, "perioden" | "covers" | "covered" | "period") || w.starts_with("ajanjakso")
        };
        let hard_stats = l.iter().chain(r).any(|w| {
            w.starts_with("statisti")
                || w.starts_with("tilasto")
                || (!soft_stats(w)
                    && phrases(Category::Statistics)
                        .iter()
                        .any(|c| !c.contains(' ') && part_matches(w, c)))
        });
        let in_period = l
            .windows(3)
            .any(|w| matches!(w[0], "during" | "in") && w[1] == "the" && w[2] == "period");
        let stats = hard_stats
            || (both(Category::Statistics) && !(apply_in(lw) || apply_in(rw)))
            || (in_period && !info.apply);
        if stats || both(Category::Publication) || (both(Category::Authority) && !meeting) {
            return Decision::Drop;
        }
        // who must act: what the issuer sends, answers or hands over by a
        // date is its own target, not the reader's deadline
        let issuer = issuer_target(l, self.lang) || (l.len() <= 1 && issuer_target(r, self.lang));
        // "most taxpayers will receive their refund on 6 August": money
        // received is a payment day, read below
        let payout = payment_day(lw) || payment_day(rw);
        if issuer && !obligation(l) && !obligation(r) && !payout {
            return Decision::Drop;
        }
        // a payment day, also "the last payment day", is when money is paid
        // out; only a payment the reader makes has a deadline
        if payment_day(lw) || payment_day(rw) {
            // "se maksetaan 30.8. mennessä": paid by a date, by the reader
            let by = phrases(Category::DeadlineBefore)
                .iter()
                .any(|c| ends_with(imm, c))
                || r_head
                    .iter()
                    .any(|w| matches!(*w, "mennessä" | "viimeistään"));
            let reader_pays =
                by || obligation(l) || obligation(r) || reader_pays(l) || reader_pays(r);
            // "ska ha fått återbäringen senast den 9 augusti": a refund paid
            // by a date is the issuer's target
            let refund = |w: &[&str]| {
                w.iter().any(|x| {
                    [
                        "återbäring",
                        "skatteåterbäring",
                        "veronpalautu",
                        "refund",
                        "pengarna",
                    ]
                    .iter()
                    .any(|p| x.starts_with(p))
                })
            };
            if by && refund(l) && !super::signals::reader_pays(l) && !super::signals::reader_pays(r)
            {
                return Decision::Drop;
            }
            // "utbetalas förmåner inte torsdagen 6.12.": no payment that day
            let negated = l[l.len().saturating_sub(5)..]
                .iter()
                .any(|w| matches!(*w, "inte" | "not" | "ei" | "no" | "ej"));
            if negated {
                return Decision::Drop;
            }
            if !reader_pays {
                return Decision::Event;
            }
        }
        if unavailable {
            return Decision::Event;
        }
        // "the call closes", "haku päättyy" — but "the school year ends"
        // tells the end of a duration
        let ends = end_verb_in(lw) || end_verb_in(rw);
        let action = info.apply || info.deadline_noun;
        let deadline_mark = phrases(Category::DeadlineBefore)
            .iter()
            .any(|c| ends_with(imm, c))
            || both(Category::Deadline)
            || (ends && action)
            || (ends_with(imm, "to") && any_cue(l, &["extend*", "open", "auki"]));
        if is_end_of {
            let mark = deadline_mark
                || ends_with(imm, "to")
                || ends_with(imm, "i")
                    && imm.len() >= 2
                    && matches!(imm[imm.len() - 2], "senast" | "till" | "före" | "innan");
            return if mark {
                Decision::Deadline
            } else {
                Decision::Drop
            };
        }
        if is_range {
            let brk = both(Category::Break);
            // "projects run 1.3.2025–31.12.2026": a duration
            if both(Category::Project) && !brk && !info.apply && !info.event_noun && !deadline_mark
            {
                return Decision::Drop;
            }
            // "training for applicants is held 14–18 October": a verb of
            // taking place beats the application word
            let held = both(Category::Happen) && both(Category::Event) && !deadline_mark;
            // "applications will be accepted from 14 March to 31 December",
            // "hakemuksia otetaan vastaan", "ansökningar tas emot"
            let accepts = l.iter().enumerate().any(|(k, w)| {
                matches!(*w, "accepted" | "received" | "vastaanotetaan")
                    || (*w == "otetaan" && l.get(k + 1) == Some(&"vastaan"))
                    || (*w == "tas" && l.get(k + 1) == Some(&"emot"))
            });
            if accepts && !brk && !held {
                return Decision::Deadline;
            }
            // "Application periods for doctoral studies: 1.-14.9.2017 (all
            // programmes), 1.-14.11.2017 (some)": the clause's action word
            // reaches every period listed in it
            let clause_apply =
                info.apply && !info.event_noun && !both(Category::Happen) && !spot.scene;
            if !brk
                && !held
                && (apply_in(lw)
                    || apply_in(rw)
                    || clause_apply
                    || (deadline_mark && !both(Category::Event)))
            {
                return Decision::Deadline;
            }
            return Decision::Event;
        }
        if immw.has(Category::Opening) || rheadw.has(Category::Opening) || ends_with(imm, "open") {
            return if (info.event_noun || spot.scene) && !info.apply {
                Decision::Event
            } else {
                Decision::Drop
            };
        }
        // "the fees will be reviewed by 1 August at the latest": a future
        // passive with no action asked of the reader is the authority's target
        let authority_passive = l.windows(3).any(|w| {
            w[0] == "will"
                && w[1] == "be"
                && (w[2].ends_with("ed")
                    || matches!(w[2], "sent" | "paid" | "made" | "given" | "done"))
        });
        if deadline_mark
            && authority_passive
            && !info.apply
            && !info.event_noun
            && !obligation(l)
            && !obligation(r)
        {
            return Decision::Drop;
        }
        if deadline_mark {
            return Decision::Deadline;
        }
        if ends {
            return Decision::Drop;
        }
        Decision::Default
    }

    pub(super) fn emit(
        &self,
        toks: &[Token],
        x: &Expr,
        dec: Decision,
        ss: usize,
        se: usize,
        out: &mut Out,
    ) {
        let kind = match dec {
            Decision::Deadline => Kind::Deadline,
            Decision::Event | Decision::Default => Kind::Event,
            Decision::Drop => return,
        };
        let (fs, fe) = match (toks.get(x.start), toks.get(x.end.saturating_sub(1))) {
            (Some(a), Some(b)) => (a.start, b.end),
            _ => (ss, se),
        };
        let today = self.today;
        let mut text: Option<String> = None;
        let mut push = |date: NaiveDate, end: Option<NaiveDate>| {
            if date >= today {
                let text = text
                    .get_or_insert_with(|| snippet(self.text, ss, se, fs, fe))
                    .clone();
                out.push(Mention {
                    kind,
                    date,
                    end,
                    text,
                });
            }
        };
        match &x.shape {
            Shape::One(dm) => {
                if let Some(d) = resolve(*dm, today) {
                    push(d, None);
                }
            }
            Shape::Days(v) => {
                for dm in v {
                    if let Some(d) = resolve(*dm, today) {
                        push(d, None);
                    }
                }
            }
            Shape::Span(a, b) => {
                if let Some((s, e)) = resolve_span(*a, *b, today) {
                    match kind {
                        Kind::Deadline => push(e, None),
                        Kind::Event => push(s, (e > s).then_some(e)),
                    }
                }
            }
            Shape::EndOf { month: m, year: y } => {
                if let Some(d) = resolve_end_of(*m, *y, today) {
                    push(d, None);
                }
            }
        }
    }
}

/// The sentence around a found date, at most about 240 characters.
pub(super) fn snippet(text: &str, ss: usize, se: usize, fs: usize, fe: usize) -> String {
    const SIDE: usize = 110;
    let mut a = ss.max(fs.saturating_sub(SIDE));
    let mut b = se.min(fe + SIDE);
    while a > ss && !text.is_char_boundary(a) {
        a -= 1;
    }
    while b < se && !text.is_char_boundary(b) {
        b += 1;
    }
    let s = text.get(a..b).unwrap_or("");
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    s.trim().to_string()
}
