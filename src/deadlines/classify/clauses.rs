//! Sentences into clauses, and clauses into dates: the cue masks of a
//! sentence (with the heading words above its line), the clause-wide facts,
//! the window of words each date is read from, and the sharing of one
//! reading along an enumeration.

use super::super::cues::*;
use super::super::dates::*;
use super::super::ranges::paired_verbs::{closed_window, period_joint};
use super::super::ranges::{enumeration_gap, serial_comma};
use super::super::signals::*;
use super::super::tokens::*;
use super::super::{Kind, Lang, Out};
use super::near::{hours_at, place_near, time_near};
use super::{
    cancellations::{cancel_deadline, cancelled_before},
    held_meetings, opened_calls, year_periods, Clause, ClauseInfo, Decision, Reader, Spot,
};

/// What a clause keeps for each of its dates: held in place for the few
/// dates most clauses have (an allocation for each of the seven vectors of
/// every clause cost more than the tests that fill them), on the heap past
/// that.
type PerDate<T> = smallvec::SmallVec<[T; 4]>;

impl Reader<'_> {
    /// Reads the sentence `s..e`; `above` are the headings over its line,
    /// whose words stand before the sentence's own (their dates are not read).
    pub(in crate::deadlines) fn sentence(
        &self,
        s: usize,
        e: usize,
        above: &[(usize, usize)],
        hint: Option<Kind>,
        seen: &mut WordMasks,
        out: &mut Out,
    ) {
        let Some(text) = self.text.get(s..e) else {
            return;
        };
        // a bounded number of heading words: the work stays linear
        const HEAD_WORDS: usize = 16;
        let mut toks = std::mem::take(&mut seen.toks);
        toks.clear();
        for &(a, b) in above {
            if let Some(h) = self.text.get(a..b) {
                tokenize_into(&mut toks, h, a);
            }
        }
        if toks.len() > HEAD_WORDS {
            toks.drain(..toks.len() - HEAD_WORDS);
        }
        let skip = toks.len();
        tokenize_into(&mut toks, text, s);
        if !dated(&toks) {
            seen.toks = toks;
            return;
        }
        let mut words: Vec<&str> = toks.iter().map(|t| t.word.as_str()).collect();
        let mut masks = std::mem::take(&mut seen.masks);
        masks.clear();
        let (known, one_byte) = (&mut seen.known, &mut seen.one_byte);
        let computed = |w: &str| cue_mask(w) | super::facts::word_facts(w);
        // (a mark or a letter alone, a third of a text's tokens, read from a
        // table by its byte instead of hashed; a computed mask is never 0,
        // it carries `Fact::KNOWN`)
        one_byte.resize(128, 0);
        masks.extend(words.iter().map(|w| {
            if let Some(m) = w
                .as_bytes()
                .first()
                .and_then(|b| one_byte.get_mut(usize::from(*b)))
            {
                if w.len() == 1 {
                    if *m == 0 {
                        *m = computed(w);
                    }
                    return *m;
                }
            }
            match known.get(*w) {
                Some(m) => *m,
                None => {
                    let m = computed(w);
                    if known.len() < 1 << 16 {
                        known.insert((*w).to_string(), m);
                    }
                    m
                }
            }
        }));
        super::contests::mark(&words, &mut masks);
        super::item_datelines::clear_labels(skip, &words, &mut masks, text);
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
        super::quoted_titles::clear(&toks, &mut words, &mut masks);
        // "Följande datum gäller för 2019", "valid for 2025": the year the
        // dates belong to, no end of a validity
        for k in 0..masks.len().saturating_sub(2) {
            let year = toks[k + 2].kind == TokenKind::Num && toks[k + 2].digits == 4;
            if matches!(words[k + 1], "för" | "for") && year {
                masks[k] &= !(Category::Validity.bit() | Category::Validity.sure());
            }
        }
        super::listed_validity::clear(&words, &mut masks);
        super::consult::comment_periods(&words, &mut masks, || {
            super::consult::invites(self.text, &self.invited)
        });
        super::start_hours::clear(&words, &toks, &mut masks);
        super::handled_matters::clear(&words, &mut masks);
        super::closing_items::clear(&words, &mut masks);
        super::where_labels::clear(&words, &mut masks);
        super::closing_calls::mark(&words, &mut masks, self.text, &self.asked);
        super::told_openings::clear(&words, &mut masks);
        super::available_days::clear(&words, &mut masks);
        // a place closing on a day is a break; at an hour, only with a
        // reopening on a later day (`place_closings.rs`)
        super::place_closings::mark(&words, &toks, &mut masks, self.text.get(e..).unwrap_or(""));
        super::cancelled_runs::mark(&words, &mut masks);
        // "sista sammanträdet", "sista konserten": the last of a series of
        // meetings takes place, it is no last day to act; "den sista
        // fredagen i september (29.9.2017)" (real425:20) names a day
        let held = Category::Event.bit()
            | Category::Event.sure()
            | Category::Happen.bit()
            | Category::Happen.sure();
        for k in 0..masks.len().saturating_sub(1) {
            if words[k] != "sista" {
                continue;
            }
            let day = words[k + 1].contains("dag") || words[k + 1].contains("datum");
            if (masks[k + 1] & held != 0 && !day) || WEEKDAYS.contains(&words[k + 1]) {
                masks[k] &= !Category::Deadline.bit();
            }
        }
        // "Gamla Borgå", "Vanha kirkko", "Old Town": a name, not an old date
        // (also first in a title over the line: "Vanhat kartat -luentosarja")
        for (k, (m, t)) in masks.iter_mut().zip(&toks).enumerate() {
            if t.capitalized && (k > 0 || skip > 0) {
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
        // clause boundaries: ';', ', and', ', but', 'but', 'mutta', 'men',
        // 'while'
        let mut start = 0;
        for k in 0..=toks.len() {
            let cut = k == toks.len()
                || toks[k].word == ";"
                || toks[k].word == "|"
                || (toks[k].word == ","
                    && toks.get(k + 1).is_some_and(|t| {
                        phrases(Category::Conjunction).contains(&t.word.as_str())
                    })
                    && !period_joint(&words[start..], k - start)
                    && !serial_comma(&toks, k)
                    && !super::shared_subjects::goes_on(&words, k + 2))
                || (k > 0 && matches!(toks[k].word.as_str(), "but" | "mutta")
                    || (self.lang == Lang::Sv && toks[k].word == "men"))
                // ("sessions have been cancelled …, while a special session
                // will be held on Tuesday, March 19", real309:17: a
                // contrast starts a clause of its own)
                || (k > 0 && matches!(toks[k].word.as_str(), "while" | "whereas"))
                || super::answer_dashes::starts_clause(&toks, &masks, k);
            if cut {
                if k > start {
                    let part = Clause {
                        tokens: &toks[start..k],
                        words: &words[start..k],
                        masks: &masks[start..k],
                        happens,
                        skip: skip.saturating_sub(start),
                        hint,
                    };
                    self.clause(&part, s, e, out);
                }
                start = k + 1;
            }
        }
        (seen.toks, seen.masks) = (toks, masks);
    }

    pub(in crate::deadlines) fn clause(&self, c: &Clause, ss: usize, se: usize, out: &mut Out) {
        let (toks, words, masks, happens) = (c.tokens, c.words, c.masks, c.happens);
        let all = Window { words, masks };
        if !dated(toks) {
            return;
        }
        // "Conference deadlines\n…\n11 March: Notification of accepted
        // papers", "1 April: Online registration opens": a line telling the
        // issuer's notice or an opening, with no time limit of its own, is
        // read without the heading over it
        if c.skip > 0 && c.skip < words.len() {
            let own = Window {
                words: &words[c.skip..],
                masks: &masks[c.skip..],
            };
            if (issuer_target(own, self.lang) || own.has(Category::Opening))
                && !own.has(Category::Deadline)
            {
                let part = Clause {
                    tokens: &toks[c.skip..],
                    words: own.words,
                    masks: own.masks,
                    happens,
                    skip: 0,
                    hint: None,
                };
                return self.clause(&part, ss, se, out);
            }
        }
        // "Jos ilmoituksen jakso päättyy 15.4., …", "If your period ends on
        // 15 April, …": the end named in a condition tells which case the
        // rest is about, no day of its own; the clause after its comma is read
        if words
            .get(c.skip)
            .is_some_and(|w| matches!(*w, "if" | "jos" | "om" | "ifall"))
        {
            let comma = (c.skip..words.len()).find(|&k| words[k] == ",");
            let cond = Window {
                words: &words[..comma.unwrap_or(words.len())],
                masks: &masks[..comma.unwrap_or(words.len())],
            };
            // ("If December 10th falls on a weekend, …", "Om dagen infaller
            // på en helgdag, …": a day's case, told again by the rest)
            let falls = cond
                .words
                .iter()
                .any(|w| matches!(*w, "falls" | "infaller" | "osuu" | "sattuu"));
            if (cond.has(Category::EndVerb) || falls) && !cond.has(Category::Apply) {
                let Some(k) = comma else {
                    return;
                };
                let rest = Clause {
                    tokens: &toks[k + 1..],
                    words: &words[k + 1..],
                    masks: &masks[k + 1..],
                    happens,
                    skip: 0,
                    hint: c.hint,
                };
                return self.clause(&rest, ss, se, out);
            }
        }
        let postponed_at = (0..words.len()).find(|&s| {
            masks[s] & Category::Postpone.bit() != 0
                && phrases(Category::Postpone)
                    .iter()
                    .any(|c| matches_at(words, s, c))
        });
        // Swedish splits the verb around the object: "ställs utbildningen
        // ... in" (departures cancelled are a break, `cancelled_runs.rs`)
        let split_cancel = super::cancelled_runs::split_cancel(words).is_some()
            && !super::cancelled_runs::named(words);
        // "due to maintenance" is a cause, not a due date
        // (asked once: the clause's deadline nouns below ask again)
        let word_is =
            |k: usize, f: u64, compute: fn(&str) -> bool| fact(masks[k], f, words[k], compute);
        let period_named = (0..words.len()).any(|k| word_is(k, Fact::PERIOD_NOUN, period_noun));
        let deadline_noun = |w: &str| is_word_of(Category::DeadlineNoun, w);
        let strict_deadline_noun = (0..words.len()).any(|k| {
            word_is(k, Fact::DEADLINE_NOUN, deadline_noun)
                && !(words[k] == "due" && words.get(k + 1) == Some(&"to"))
        }) || period_named;
        let named_period = strict_deadline_noun
            || (0..words.len().saturating_sub(1)).any(|k| {
                masks[k] & Category::Apply.bit() != 0
                    && matches!(words[k + 1], "period" | "periods" | "window")
            });
        let own = Window {
            words: &words[c.skip.min(words.len())..],
            masks: &masks[c.skip.min(masks.len())..],
        };
        let head = Window {
            words: &words[..c.skip.min(words.len())],
            masks: &masks[..c.skip.min(masks.len())],
        };
        let info = ClauseInfo {
            // (opening hours named anywhere over the clause tell the same,
            // unless the clause itself tells of a closure: "During the
            // Midsummer weekend, 21.–23.6., libraries are closed")
            open_heading: head.has(Category::Open)
                || (((0..words.len()).any(|k| word_is(k, Fact::HOURS, hours_word))
                    || hours_at(toks))
                    && !own.has(Category::Break)),
            named_period,
            closed_window: closed_window(words),
            may_extend_at: may_extend(words),
            strict_deadline_noun,
            cancel: ((own.has(Category::Cancel) || head_cancels(head))
                && !cancel_deadline(words)
                && !cancelled_before(words, masks))
                || split_cancel,
            postponed_at,
            postponed: postponed_at.is_some(),
            apply: all.has(Category::Apply),
            event_noun: all.has(Category::Event),
            own_event: own.has(Category::Event),
            works: all.has(Category::Break),
            // (a closure word is a break word too: the mask first)
            closure: all.has(Category::Break)
                && own
                    .words
                    .iter()
                    .any(|w| super::place_closings::closure_word(w)),
            open_told: own.has(Category::Open) && !own.has(Category::Event),
            negation: all.has(Category::Negation),
            held_within: !all.has(Category::Apply)
                && (all.has(Category::Happen) && super::own_days::held_within(words)
                    || super::own_days::must_meet_between(words)),
            deadline_noun: strict_deadline_noun
                || period_named
                || (all.has(Category::Apply) && !all.has(Category::Event)),
        };
        let g = Grammar {
            tokens: toks,
            lang: self.lang,
            first: c.skip,
        };
        let mut xs = g.exprs(info.postponed);
        xs.retain(|x| x.start >= c.skip);
        // "Tapaninpäivänä 26.12. jäteastiat tyhjennetään normaalisti": a
        // lone day on which nothing changes is no event
        if xs.len() == 1 && !info.works && !info.event_noun && as_usual(words) {
            return;
        }
        // "3 april utbetalas 2 april": the first day is the old one; and
        // when a payment comes earlier than its usual day ("December 26
        // (Will be paid on December 23)", "due a payment on December 28,
        // then you'll be paid on December 27"), a looser gap will do
        let first_day = |x: &Expr| match &x.shape {
            Shape::One(dm) => resolve(*dm, self.today),
            _ => None,
        };
        // ("… tehdään jo edeltävänä viikonloppuna 22.–23.12.": the day
        // moved to may be a weekend's range)
        let moved_to = |x: &Expr| match &x.shape {
            Shape::Span(a, _) => resolve(*a, self.today),
            _ => first_day(x),
        };
        let mut moved: PerDate<bool> = (0..xs.len())
            .map(|k| {
                let Some(n) = xs.get(k + 1) else {
                    return false;
                };
                let Some(gap) = words.get(xs[k].end..n.start) else {
                    return false;
                };
                let earlier =
                    matches!((first_day(&xs[k]), moved_to(n)), (Some(a), Some(b)) if b < a);
                moved_payment_gap(gap)
                    || (earlier && earlier_payment_gap(gap))
                    || (renamed_day_gap(gap) && first_day(&xs[k]).is_some())
            })
            .collect();
        // "a payment on December 25 or December 26 … on December 22
        // instead": the days listed with an old day are old too
        for k in (1..xs.len()).rev() {
            if moved[k]
                && !moved[k - 1]
                && toks
                    .get(xs[k - 1].end..xs[k].start)
                    .is_some_and(enumeration_gap)
            {
                moved[k - 1] = true;
            }
        }
        let mut decs: PerDate<Decision> = PerDate::with_capacity(xs.len());
        let mut gaps: PerDate<bool> = PerDate::with_capacity(xs.len());
        let mut spots: PerDate<Spot> = PerDate::with_capacity(xs.len());
        let mut wins: PerDate<(usize, usize, usize, usize)> = PerDate::with_capacity(xs.len());
        for (k, x) in xs.iter().enumerate() {
            let mut lo = if k > 0 { xs[k - 1].end } else { 0 };
            if k > 0 {
                // the previous date's own postposition and time ("20.9. klo 16 mennessä")
                while lo < x.start && postposition(&toks[lo]) {
                    lo += 1;
                }
                // ... and its note ("3.4. (tilinpäätös), 23.4.")
                if toks.get(lo).is_some_and(|t| t.word == "(") {
                    lo += toks[lo..x.start]
                        .iter()
                        .position(|t| t.word == ")")
                        .map_or(0, |c| c + 1);
                }
            }
            let lo = lo.max(super::super::clock::reach_back(words, x.start, 12));
            let hi_bound = xs.get(k + 1).map_or(toks.len(), |n| n.start);
            // "On October 28th, a meeting was held": a date opening its
            // clause is read with the clause after its comma
            let opens = k == 0
                && words[c.skip..x.start].iter().all(|w| {
                    matches!(*w, "on" | "den" | "the" | "," | ":") || WEEKDAYS.contains(w)
                });
            let mut hi = x.end;
            while hi < hi_bound && hi < x.end + 8 {
                let w = words[hi];
                let own_comma = opens && w == "," && hi <= x.end + 1;
                if (matches!(w, "," | ";" | "(" | ")") && !own_comma)
                    || phrases(Category::Conjunction).contains(&w)
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
        let old: PerDate<bool> = wins.iter().map(|w| superseded(win(w.0, w.1))).collect();
        for (k, x) in xs.iter().enumerate() {
            let (l0, l1, r0, r1) = wins[k];
            let (l, r) = (win(l0, l1), win(r0, r1));
            // after a postponement word, only the last day is the new one (a
            // period after it is what the day is for: "flytta fram sista
            // datum … till 15 november 2020 för tävlingar som ska arrangeras
            // 1 januari – 30 juni 2021", real38:12)
            let newest = info.postponed_at.is_some_and(|p| {
                x.start > p
                    && xs[k + 1..]
                        .iter()
                        .zip(&old[k + 1..])
                        .all(|(n, o)| n.start <= p || *o || matches!(n.shape, Shape::Span(..)))
            });
            let spot = Spot {
                happen: l.has(Category::Happen) || r.has(Category::Happen),
                scene: time_near(toks, x.start, x.end, c.skip) || place_near(toks, x.start, x.end),
            };
            let lo = xs[..k].last().map_or(c.skip, |p| p.end.max(c.skip));
            decs.push(if moved[k] {
                Decision::Drop
            } else {
                match self.classify(x, l, r, &info, newest, spot) {
                    // a display nobody is invited to act on (`shown_periods.rs`;
                    // before a consultation's period, which a display also names)
                    d @ (Decision::Deadline | Decision::Event | Decision::Drop)
                        if (d == Decision::Deadline || matches!(x.shape, Shape::Span(..)))
                            && super::shown_periods::uninvited(
                                words,
                                self.text,
                                &self.shown_invited,
                            ) =>
                    {
                        Decision::Drop
                    }
                    // the new day of a moved payment is paid out then
                    Decision::Default if k > 0 && moved[k - 1] => Decision::Event,
                    // a deadline named as the subject of "is D" (`copula_days.rs`, `day_noise.rs`)
                    d @ (Decision::Event | Decision::Default | Decision::Drop)
                        if super::day_noise::labelled(words, lo, x.start, self.lang, d, &r) =>
                    {
                        Decision::Deadline
                    }
                    // an election's polling days take place (`voting_days.rs`)
                    Decision::Deadline if super::voting_days::polling_clause(words) => {
                        Decision::Event
                    }
                    // a consultation's period closes (`comment_spans.rs`)
                    Decision::Event | Decision::Drop
                        if matches!(x.shape, Shape::Span(..))
                            && super::comment_spans::comment_span(words, masks) =>
                    {
                        Decision::Deadline
                    }
                    d => d,
                }
            });
            spots.push(spot);
            // (or term by term: "senast 19 september och för jullovet den 24 november",
            // "15 april inför höstterminen och 15 oktober inför vårterminen")
            let gap = &toks[l0..l1];
            gaps.push(
                k > 0
                    && (enumeration_gap(gap)
                        || super::parallel_terms::parallel_gap(gap)
                        || super::trailing_terms::trailing_gap(gap)),
            );
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
                // "följande datum:\n31 januari – för projekt …": what the
                // heading above the list says
                _ if c.hint == Some(Kind::Deadline) => Decision::Deadline,
                _ if c.hint == Some(Kind::Event) => Decision::Event,
                // "kan dessutom sökas 15 februari": the one day a call takes
                // applications (before a verb of taking place elsewhere)
                _ if super::application_days::can_apply_on(words, c.skip, xs[k].start) => {
                    Decision::Deadline
                }
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
                // (unless the weekday leading it tells a day off or restored)
                _ if !happens
                    && super::weekday_default::told_off(words, c.skip, xs[k].start, xs[k].end) =>
                {
                    Decision::Drop
                }
                _ if happens || spots[k].scene => Decision::Event,
                // "will go to Council on October 6": the body sits that day
                _ if super::decision_days::before_body(words, c.skip, xs[k].start) => {
                    Decision::Event
                }
                // "14.8. Taiteen perusopetuksen valtionavustus": a list of
                // grants leads each with its closing day
                _ if super::grant_entries::grant_entry(self.text, toks, masks, &xs, k) => {
                    Decision::Deadline
                }
                // a weekday named with the day, nothing else told: the day
                // something takes place (measured over real1–real32)
                _ if !info.apply
                    && !info.deadline_noun
                    && (super::weekday_default::weekday_before(words, c.skip, xs[k].start)
                        || super::short_weekdays::short_weekday_before(
                            self.text,
                            toks[xs[k].start].start,
                        ))
                    && !super::weekday_default::moved(words, c.skip, xs[k].start, xs[k].end)
                    && !super::weekday_default::holiday(words, xs[k].end)
                    && !super::weekday_default::restored(words)
                    && first_day(&xs[k]) != Some(self.today) =>
                {
                    Decision::Event
                }
                _ if super::undecided::default_event(self.text, toks, masks, &xs, k, &info)
                    && first_day(&xs[k]) != Some(self.today) =>
                {
                    Decision::Event
                }
                _ => Decision::Drop,
            };
        }
        // "the registration deadline for the November 3 election is October
        // 9", "sista anmälningsdag till valet den 3 november är den 9
        // oktober": the first day names the event the deadline serves, the
        // day after the copula is the deadline
        for k in 0..xs.len().saturating_sub(1) {
            let lo = wins[k].0;
            let before = &words[lo..xs[k].start];
            let mark = Category::Deadline.bit() | Category::DeadlineNoun.bit();
            // "for" or "till" at most three words before the date ("till
            // valet den"), a deadline word right before it
            let serves = (before.len().saturating_sub(4)..before.len()).any(|b| {
                b >= 1
                    && matches!(before[b], "for" | "till" | "för")
                    && (b.saturating_sub(2)..b).any(|a| masks[lo + a] & mark != 0)
            });
            let gap = &words[xs[k].end..xs[k + 1].start];
            let mut g = gap.len();
            while g > 0 && matches!(gap[g - 1], "the" | "den" | "on" | ",") {
                g -= 1;
            }
            let copula = g > 0 && matches!(gap[g - 1], "is" | "är" | "on" | "was");
            if serves
                && copula
                && decs[k] == Decision::Deadline
                && matches!(decs[k + 1], Decision::Event | Decision::Default)
                && !matches!(xs[k].shape, Shape::Span(..))
            {
                decs[k] = Decision::Event;
                decs[k + 1] = Decision::Deadline;
            }
        }
        // "1/1–30/6 med ansökningsdatum senast den 25/8", "projects to be
        // delivered between April 1 and March 31 … will close on November
        // 19": where one day of the clause carries its own deadline mark, a
        // range with no mark of its own is the period applied for or
        // reported on, not a second deadline
        let own_mark = |k: usize| {
            let (l0, l1, r0, r1) = wins[k];
            // three words before the date, fillers and a weekday skipped,
            // and the word right after it
            let mut a = l1;
            while a > l0 && filler(words[a - 1], self.lang) {
                a -= 1;
            }
            let near = win(a.saturating_sub(3).max(l0), a);
            let after = win(r0, r1.min(r0 + 1));
            let bits = Category::Deadline.bit()
                | Category::DeadlineBefore.bit()
                | Category::Apply.bit()
                | Category::DeadlineNoun.bit()
                | Category::Open.bit()
                | Category::EndVerb.bit();
            near.masks.iter().chain(after.masks).any(|m| m & bits != 0)
                || near
                    .words
                    .iter()
                    .zip(near.masks)
                    .any(|(w, &m)| fact(m, Fact::PERIOD_NOUN, w, period_noun))
        };
        let single_marked = (0..xs.len()).any(|k| {
            decs[k] == Decision::Deadline && !matches!(xs[k].shape, Shape::Span(..)) && own_mark(k)
        });
        if single_marked {
            for k in 0..xs.len() {
                // (or its own mark is only the coverage of `covered_periods.rs`)
                let covered = super::covered_periods::covered(&words[wins[k].0..xs[k].start]);
                if decs[k] == Decision::Deadline
                    && matches!(xs[k].shape, Shape::Span(..))
                    && (!own_mark(k) || covered)
                {
                    decs[k] = Decision::Drop;
                }
            }
        }
        // "senast 7 januari för föreläsningen 28 januari", "register by 3
        // May for the workshop on 10 May", "ilmoittaudu 3.5. mennessä 10.5.
        // pidettävään koulutukseen": the limit word binds to its own day, the
        // event noun between the days (or right after the later one) to the
        // days that carry no limit word of their own
        {
            // a strict limit word right before the day ("senast", "by", "no
            // later than") or right after it ("mennessä", "viimeistään")
            let limit = |k: usize| {
                // (a postposition of the day before may be this day's word:
                // "28 januari senast 25 januari")
                let lo = if k > 0 { xs[k - 1].end } else { c.skip };
                let mut a = xs[k].start;
                while a > lo && matches!(words[a - 1], "den" | "the" | "on") {
                    a -= 1;
                }
                let before = a > lo && matches!(words[a - 1], "senast" | "by" | "viimeistään")
                    || a >= lo + 3 && words[a - 3..a] == ["no", "later", "than"];
                let after = matches!(words.get(xs[k].end), Some(&"mennessä"));
                before || after
            };
            let noun = |m: &[u64]| m.iter().any(|m| m & Category::Event.bit() != 0);
            let mut kinds: PerDate<Option<Decision>> = smallvec::smallvec![None; xs.len()];
            for k in 0..xs.len() {
                if limit(k) {
                    kinds[k] = Some(Decision::Deadline);
                } else if k > 0 && kinds[k - 1].is_some() {
                    let after = &masks[xs[k].end..(xs[k].end + 3).min(wins[k].3.max(xs[k].end))];
                    let bound = kinds[k - 1] == Some(Decision::Event) && gaps[k];
                    let served = kinds[k - 1] == Some(Decision::Deadline)
                        && (noun(&masks[xs[k - 1].end..xs[k].start]) || noun(after));
                    if (bound || served) && !matches!(xs[k].shape, Shape::Span(..)) {
                        kinds[k] = Some(Decision::Event);
                    }
                }
            }
            if kinds.contains(&Some(Decision::Event)) {
                for (d, k) in decs.iter_mut().zip(&kinds) {
                    if let (Some(k), false) = (k, *d == Decision::Drop) {
                        *d = *k;
                    }
                }
            }
        }
        // "1 April: Online registration opens", "Förtidsröstningen startar
        // den 6 september": the opening day of the reader's action (rule 2),
        // whatever path decided the day
        for k in 0..xs.len() {
            let (l0, l1, r0, r1) = wins[k];
            if decs[k] != Decision::Drop
                && matches!(xs[k].shape, Shape::One(_))
                && opened_calls::opening_day(win(l0, l1), win(r0, r1))
            {
                decs[k] = Decision::Drop;
            }
            // "stämma ska hållas senast den 30 juni": the society's own
            // term for its meeting, not the reader's (rule 1)
            // "financial year (1 April to 31 March)": a year is no period
            // to act in (rule 5)
            if decs[k] == Decision::Deadline
                && (held_meetings::meeting_term(win(l0, l1))
                    || year_periods::year_long(&xs[k].shape))
            {
                decs[k] = Decision::Drop;
            }
        }
        // "the exhibition opens on 2 May and runs until 30 June", "invigs 4
        // juni och pågår t o m 4 september": an opening day and the day a
        // run lasts until are one event over the days between
        let mut k = 0;
        while k < xs.len() {
            let run = match (&xs[k].shape, xs.get(k + 1).map(|n| &n.shape)) {
                (Shape::One(a), Some(Shape::One(b)))
                    if decs[k] == Decision::Event
                        && decs[k + 1] != Decision::Deadline
                        && super::opening_runs::opens_run(
                            &words[wins[k].0..xs[k].start],
                            &words[xs[k].end..xs[k + 1].start],
                            words.get(xs[k + 1].end).copied(),
                        ) =>
                {
                    Some(Expr {
                        shape: Shape::Span(*a, *b),
                        start: xs[k].start,
                        end: xs[k + 1].end,
                    })
                }
                _ => None,
            };
            match run {
                Some(x) => {
                    self.emit(toks, &x, Decision::Event, ss, se, out);
                    k += 2;
                }
                None => {
                    self.emit(toks, &xs[k], decs[k], ss, se, out);
                    k += 1;
                }
            }
        }
    }
}

/// Whether a stretch of words can hold a date at all: a number, or the word
/// for the end of a period ("end of May", "toukokuun loppuun", "årets slut").
fn dated(toks: &[Token]) -> bool {
    toks.iter().any(|t| {
        t.kind == TokenKind::Num
            || matches!(
                t.word.as_str(),
                "end"
                    | "loppuun"
                    | "slutet"
                    | "utgången"
                    | "årets"
                    | "sista"
                    | "last"
                    | "viimeisenä"
                    | "viimeinen"
                    | "viimeiseen"
            )
    })
}

/// A cancellation over the clause reaches it, unless it is the value of a
/// label line above ("Pre-meeting: cancelled", "Förträff: inställd",
/// "Esitapaaminen: peruttu"): that line tells its own item's fate, not the
/// fate of the items listed after it.
fn head_cancels(head: Window) -> bool {
    head.has(Category::Cancel)
        && (0..head.words.len()).any(|k| {
            head.masks[k] & Category::Cancel.bit() != 0 && (k == 0 || head.words[k - 1] != ":")
        })
}

/// Where a clause says a time may be extended: a modal verb, then within
/// two words an extending one.
fn may_extend(words: &[&str]) -> Option<usize> {
    let extend =
        |w: &str| w.starts_with("jatka") || w.starts_with("extend") || w.starts_with("förläng");
    (0..words.len()).find(|&k| {
        matches!(
            words[k],
            "voidaan" | "voi" | "can" | "may" | "kan" | "could"
        ) && words[k + 1..].iter().take(3).any(|w| extend(w))
    })
}
