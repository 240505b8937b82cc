//! Reading sentences and clauses: every date expression of a clause is
//! classified from a bounded window of words around it.
//!
//! Owns: the decision between deadline, event and nothing for each date
//! (the rules are `docs/DEADLINES.md`), and the snippet reported with it.
//! Never looks further than a constant number of tokens around a date.

use super::cues::*;
use super::dates::*;
use super::signals::*;
use super::tokens::*;
use super::{clock, clock::named_time, clock::time_part, Lang};
use chrono::NaiveDate;
pub(super) use clause_info::{Clause, ClauseInfo};

pub(super) struct Reader<'a> {
    pub(super) text: &'a str,
    pub(super) lang: Lang,
    /// Is the text English by its words or by the caller's word, not only
    /// by `detect_lang`'s default? (`english_text`)
    pub(super) sure_en: bool,
    /// The day a date without a year is inferred from (rule 7): `--today`,
    /// or 1 January of a later year heading the lines read.
    pub(super) today: NaiveDate,
    /// `--today` itself: nothing before it is reported.
    pub(super) floor: NaiveDate,
    /// Does the text invite comments? Found on the first display word.
    pub(super) invited: std::cell::Cell<Option<bool>>,
    /// Does the text ask for views? Found on the first closing verb.
    pub(super) asked: std::cell::Cell<Option<bool>>,
    /// Does the text invite acting on a display? (`shown_periods`)
    pub(super) shown_invited: std::cell::Cell<Option<bool>>,
}

/// What stands right next to one date.
#[derive(Debug, Clone, Copy)]
pub(super) struct Spot {
    /// A verb of taking place in the date's own window ("järjestetään").
    pub(super) happen: bool,
    /// A time of day or a place next to the date ("klo 13–15", "in Turku").
    pub(super) scene: bool,
}

mod acted_ranges;
mod activity_programmes;
mod announced;
mod answer_dashes;
mod application_days;
mod arranged_terms;
mod available_days;
mod bare_untils;
mod cancellations;
mod cancelled_runs;
mod clause_info;
mod clauses;
mod closing_calls;
mod closing_items;
mod comment_spans;
mod consult;
mod contests;
mod copula_days;
mod covered_periods;
mod day_heads;
mod day_noise;
mod decision_days;
pub(super) mod emit;
pub(super) mod facts;
mod governed_days;
mod grant_entries;
mod handled_matters;
mod held_meetings;
mod hourly_days;
mod item_datelines;
mod labelled_days;
mod last_open_days;
mod layout;
mod line_starts;
mod listed_validity;
mod named_after;
mod open_calls;
mod open_hours;
mod open_seasons;
mod opened_calls;
mod opening_days;
mod opening_runs;
mod own_days;
mod parallel_terms;
mod patient_days;
mod perfect_pasts;
mod place_closings;
mod programme_times;
mod quoted_titles;
mod reader_periods;
mod received_days;
mod recent_pasts;
mod reopened;
mod resumed;
mod running_spans;
mod seasons;
mod series_starts;
mod shared_subjects;
mod short_weekdays;
mod shown_periods;
mod start_hours;
mod started_days;
mod taking_part;
mod told_openings;
mod told_pasts;
mod trailing_terms;
mod undecided;
mod upward_reports;
pub(super) mod voting_days;
mod weekday_agree;
mod weekday_default;
mod where_labels;
mod written_cues;
mod year_periods;

pub(super) use layout::{programme_heading, Column};
mod near;
mod payments;
mod period_roles;
pub(super) mod periods;
use periods::range;

/// The words around one date: the windows left and right of it, the words
/// right before it (fillers and a time of day skipped) and the first words
/// after it.
pub(super) struct Around<'a> {
    pub(super) l: &'a [&'a str],
    pub(super) r: &'a [&'a str],
    pub(super) lw: Window<'a>,
    pub(super) rw: Window<'a>,
    pub(super) imm: &'a [&'a str],
    pub(super) r_head: &'a [&'a str],
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

impl Reader<'_> {
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
        // a time written before the date ("until 4 p.m. on 22 November")
        let (ti, li_dated) = (clock::time_start(l, li), li);
        if l[ti..li]
            .iter()
            .any(|w| w.bytes().all(|b| b.is_ascii_digit()) || named_time(w))
        {
            li = ti;
            while li > 0 && filler(l[li - 1], self.lang) {
                li -= 1;
            }
            // ("from 10am until 3.30pm on": the hours' span, no limit —
            // but applications taken in those hours close at the last)
            if let Some(k) = clock::hour_span_start(&l[..li]).filter(|_| !info.apply) {
                li = k;
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
        let around = Around {
            l,
            r,
            lw,
            rw,
            imm,
            r_head,
        };

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
        // "the week beginning 28 October", "28.10. alkavalla viikolla",
        // "veckan som börjar 28 oktober": a week named by its first day is
        // a week, no day (rule 10)
        let week_of = [
            "week beginning",
            "week starting",
            "week commencing",
            "veckan som börjar",
            "veckan som inleds",
            "veckan med början",
        ]
        .iter()
        .any(|c| ends_with(imm, c))
            || (r_head.first().is_some_and(|w| w.starts_with("alka"))
                && r_head.get(1).is_some_and(|w| w.starts_with("viiko")));
        // the day a place opens again, or keeps its hours, holds nothing
        let told = [Category::Event, Category::Break, Category::Deadline];
        let held = info.event_noun || told.iter().any(|c| both(*c));
        let reopened = (place_closings::reopening_day(imm)
            || reopened::reopening(r_head)
            || reopened::again_after(imm, r_head))
            && !info.own_event;
        let kept =
            (open_hours::kept(l, r) && !held) || (open_hours::hours_cell(l, r) && !info.event_noun);
        if week_of || reopened || kept {
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
        if own_days::seconds_stamp(r) {
            return Decision::Drop;
        }
        let is_range = matches!(x.shape, Shape::Span(..));
        let is_end_of = matches!(x.shape, Shape::EndOf { .. });
        if is_range && !both(Category::Break) && own_days::changed_hours(l, r) {
            return Decision::Drop;
        }
        // (before a postponement: "Kommunalvalet flyttas fram", real84:56)
        if voting_days::election_step(l, r, self.text) && !strong_in(lw) {
            return Decision::Drop;
        }
        if info.held_within {
            return Decision::Drop;
        }
        if info.postponed && !is_range {
            // a moved deadline stays a deadline ("the deadline has been
            // moved to", "hakuaikaa on siirretty")
            return if newest && !superseded(lw) && !would_have(lw) {
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
        // "palautusaikaa voidaan jatkaa …, kuitenkin enintään 30.11. saakka"
        if info.may_extend_at.is_some_and(|k| k < x.start) {
            return Decision::Drop;
        }
        // "there is no lecture on Nov. 24", "ingen föreläsning den", "ei
        // luentoa": no event that day
        let no_event = (0..l.len()).any(|k| {
            matches!(l[k], "no" | "ingen" | "inget" | "inga" | "ei")
                && (k + 1..(k + 3).min(l.len()))
                    .any(|n| lw.masks[n] & (Category::Event.bit() | Category::Event.sure()) != 0)
        });
        if no_event {
            return Decision::Drop;
        }
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
        // "the fees apply until": no application (`period_roles.rs`)
        let rule_applies = period_roles::rule_applies(l);
        // ("kokouksessa 24.4. on esillä": what the meeting takes up)
        // ("With the funding available, the fund will close on 28 July":
        // a call closing at the day outweighs validity elsewhere, real315:24)
        let validity = both(Category::Validity)
            && (!apply_in(lw) || rule_applies)
            && !unavailable
            && !day_heads::meeting_day(imm)
            && open_calls::call_closing(l).is_none()
            && !both(Category::Break);
        // "Idag den 22 september fyller biblioteket 20 år", "täyttää 50
        // vuotta", "turns 100 years": an anniversary, not an event (its
        // celebration is told apart)
        // (the words before a comma tell of another clause)
        let own_l = &l[l.iter().rposition(|w| *w == ",").map_or(0, |k| k + 1)..];
        let near = || own_l.iter().chain(r.iter().take(6));
        if near().any(|w| matches!(*w, "fyller" | "täyttää" | "turns"))
            && near().any(|w| matches!(*w, "år" | "vuotta" | "years"))
        {
            return Decision::Drop;
        }
        // "3.11. pidettävään kokeeseen", "23.–24. kesäkuuta pidettävän
        // Eurooppa-neuvoston": a day with the participle of holding after it
        // is the day of the event it names, whatever time limit the sentence
        // sets
        if r_head
            .iter()
            .find(|w| **w != ".")
            .is_some_and(|w| w.starts_with("pidettäv") || w.starts_with("järjestettäv"))
        {
            return Decision::Event;
        }
        let strong = strong_in(lw);
        // advance voting and election day take place (`voting_days.rs`)
        let voting = voting_days::voting_frame(l, r, is_range);
        // "voimassa jatketusti 13.5. asti": an extended validity is validity
        if validity && strong && !voting && (!both(Category::Deadline) || !info.apply) {
            return Decision::Drop;
        }
        // (a commissioned body's own report, `own_reports.rs`)
        if commissioned_report(l) {
            return Decision::Drop;
        }
        if strong && !voting {
            return Decision::Deadline;
        }
        // "lähetettiin lausuntokierrokselle, joka päättyy 27.2.": a relative
        // clause after the past main clause has a tense of its own
        let rel = l
            .iter()
            .rposition(|w| matches!(*w, "joka" | "jotka" | "which" | "vilken" | "vilket"));
        // (and "kunnes setelit on jaettu, enintään kuitenkin 31.5. asti": a
        // clause behind a comma has its own tense too)
        // (a comma among the fillers right before the date, "Monday,
        // October 5", is the date's own)
        let comma = l[..li].iter().rposition(|w| *w == ",").map(|k| k + 1);
        // ("was launched in June and closes on October 26": a second verb
        // after "and" has its own tense)
        let and = day_heads::second_verb(&l[..li]);
        let lw_tensed = match rel.max(comma).max(and) {
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
            && ends_with_phrase(imm, Category::DeadlineBefore)
            && !imm
                .iter()
                .any(|w| matches!(*w, "was" | "were" | "had" | "oli" | "hade" | "var"));
        // (not a day still ahead named with its weekday and hour: `hourly_days.rs`)
        // (asked only of a day read as past: every date passes here)
        let ahead = || {
            super::ranges::first_day(&x.shape)
                .and_then(|d| resolve(d, self.today))
                .is_some_and(|d| d > self.today)
        };
        if ((past_in(lw_tensed, self.lang, self.sure_en) && !on_time)
            || past_in(rw, self.lang, self.sure_en))
            && !((hourly_days::weekday_and_hour(l, r) || decided(lw_tensed.words)) && ahead())
        {
            return Decision::Drop;
        }
        if voting && !is_end_of {
            return Decision::Event;
        }
        // "har 31 juli som sista ansökningsdag": the limit named after the
        // day decides it, whatever opening word stood before
        if !is_range && named_after::cue_after(rw) {
            // "28 april är sista öppetdagen": a place's last open day
            if !info.apply && !info.deadline_noun && last_open_days::named(l, r) {
                return Decision::Event;
            }
            return Decision::Deadline;
        }
        // "Applications received after 30 June will not be processed"
        // ("15.9. klo 16 jälkeen", not "15. syyskuuta puolentoista vuoden
        // tauon jälkeen": after a break, not after the day)
        let jalkeen = r_head
            .iter()
            .position(|w| *w == "jälkeen")
            .is_some_and(|k| {
                r_head[..k].iter().all(|w| {
                    named_time(w)
                        || time_part(w)
                        || w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                })
            });
        let after = ends_with(imm, "after") || ends_with(imm, "efter") || jalkeen;
        // "becomes delinquent after May 10", "payments made after 10 May
        // attract a penalty": a penalty past the day makes it the last one;
        // so does a late fee ("efteranmälan efter 15 mars", "late fee")
        let penalty = || {
            l.iter().chain(r).any(|w| {
                *w == "late"
                    || [
                        "delinquen",
                        "penalt",
                        "viivästy",
                        "dröjsmål",
                        "försening",
                        "efteranmäl",
                        "lisämaks",
                        "myöhästy",
                        "tilläggsavgift",
                        // a rejection past the day does too: "efter den 7 maj
                        // avvisas SAM-ansökan", "ingen ersättning alls"
                        "avvisa",
                        "reject",
                        "hylät",
                    ]
                    .iter()
                    .any(|p| w.starts_with(p))
            })
        };
        // "efter den 6 maj får lantbrukaren ingen ersättning": the aid
        // withheld past the day (not "inga beslut om konferenser efter")
        let withheld = || {
            let ws: Vec<&&str> = l.iter().chain(r).collect();
            ws.windows(2).any(|p| {
                matches!(*p[0], "ingen" | "inga")
                    && ["ersättning", "stöd"].iter().any(|s| p[1].starts_with(s))
            })
        };
        // ("penalties on deposits due on or after Feb. 11": a first day)
        let or_after = imm.len() >= 2 && imm[imm.len() - 2] == "or";
        if after && (info.negation || ((penalty() || withheld()) && !or_after)) && !is_range {
            return Decision::Deadline;
        }
        // "applies to applications submitted on or after 1 March"
        if after && !is_range {
            return Decision::Drop;
        }
        // "planerat till den 24 november", "scheduled for 5 May": when it
        // is to take place, not a time limit, also of an occasion about a
        // call ("Ett informationswebbinarium om utlysningen planeras till")
        let planned = imm.len() >= 2
            && matches!(imm[imm.len() - 1], "till" | "for")
            && (imm[imm.len() - 2].starts_with("planera")
                || imm[imm.len() - 2].starts_with("inplanera")
                || imm[imm.len() - 2].starts_with("schemalag")
                || matches!(imm[imm.len() - 2], "scheduled" | "planned"));
        let about_call = info.own_event && !info.strict_deadline_noun;
        if planned && !is_end_of && ((!info.apply && !info.deadline_noun) || about_call) {
            return Decision::Event;
        }
        // "refunds are transferred to bank accounts on": money moved, not
        // a duty transferred to someone from a date
        let money_moved = l.iter().chain(r).any(|w| w.starts_with("transfer"))
            && (payment_day(lw) || payment_day(rw));
        // entry into force, start of application of a rule, "from D"
        // "niin kauan, kunnes setelit ovat menneet käyttöön, enintään 31.5.
        // asti": a rule's word behind a comma tells of another clause
        let comma = l[..li].iter().rposition(|w| *w == ",").map_or(0, |k| k + 1);
        let in_force_left = Window {
            words: &l[comma..],
            masks: &lw.masks[comma..],
        };
        // "Röstningen pågår till 1.4.2024", "frågeformulär som är öppen
        // fram till 1 april": the end of a period the reader takes part in
        // is the last day to act, whatever duration, opening or validity
        // word tells the run (`taking_part.rs`)
        let until = ["until", "till", "through", "fram till", "till och med"]
            .iter()
            .any(|c| ends_with(imm, c))
            || r_head.iter().any(|w| matches!(*w, "asti" | "saakka"));
        // ("Until Sun 18 July you can see … exhibitions": what it shows)
        let shown = facts::in_words(&lw, &rw, Fact::EXHIBITION, periods::exhibition);
        if until && !is_range && !shown && (taking_part::named(l, r) || open_calls::open_call(l)) {
            return Decision::Deadline;
        }
        // "Samråd pågår från och med … till och med …", "Välkommen att tycka
        // till mellan … och …": a range the reader acts in (`acted_ranges.rs`)
        let acted = !shown && !info.event_noun && !both(Category::Break);
        if is_range && acted && acted_ranges::reader_acts_in(l, r) {
            return Decision::Deadline;
        }
        // "every Friday, starting 9 October": a series' first occasion
        // (not opening hours: "open every Saturday, starting")
        let series_start = series_starts::first_of_series(imm) && !lw.has(Category::Open);
        // "pidetään perjantaisin alkaen 9.10.": the first of a series, its
        // start word no rule's (not opening hours: "auki perjantaisin")
        let series = series_start
            && imm
                .last()
                .is_some_and(|w| matches!(*w, "alkaen" | "lähtien"))
            && !(Window {
                words: &in_force_left.words[..in_force_left.words.len().saturating_sub(1)],
                masks: &in_force_left.masks[..in_force_left.masks.len().saturating_sub(1)],
            })
            .has(Category::InForce)
            && !rw.has(Category::InForce);
        // one period, no entry into force (`own_days::told_period`)
        let held_on = info.event_noun || both(Category::Happen) || both(Category::Break);
        let told_period = is_range && own_days::told_period(l, held_on);
        if (in_force_left.has(Category::InForce) || rw.has(Category::InForce))
            && !money_moved
            && !(series
                || told_period
                || place_closings::closed(lw, r_head, is_range.then_some(r))
                || (info.closure && (is_range || place_closings::starts_on(imm, r_head))))
        {
            return Decision::Drop;
        }
        if !is_range
            && !is_end_of
            && !start_hours::programme(imm, li < li_dated)
            && !series_start
            && day_heads::opens_window(immw)
        {
            return Decision::Drop;
        }
        let recurring = |w: &str| {
            w.ends_with("isin")
                && WEEKDAYS
                    .iter()
                    .any(|d| d.len() > 3 && w.starts_with(&d[..4]))
        };
        // "the exhibition is open until": opening hours, not a call
        let open_hours = lw.has(Category::Open) && !info.apply;
        let duration =
            lw.has(Category::Duration) || l.iter().any(|w| recurring(w)) || open_hours || shown;
        if until && !is_range && bare_untils::ends_nothing(duration, imm, l, r, info) {
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
        // "AVOINNA\nMa 29.12.2025 klo 10-17": the days listed under a
        // heading of opening hours are no events and no calls (closures are
        // breaks, read apart; "the office is exceptionally open on" in the
        // sentence itself tells of a service day)
        // ("lördagen", "the day before Midsummer's Eve", "Dag före helg"
        // name the day, nothing held on it)
        let happen_word = |w: Window| {
            w.words.iter().zip(w.masks).any(|(x, m)| {
                m & Category::Happen.bit() != 0
                    && !WEEKDAYS.contains(x)
                    && !matches!(*x, "day" | "dag" | "dagen" | "päivä" | "päivää" | "päivänä")
            })
        };
        let open_day = info.open_heading
            && !info.apply
            && (!info.event_noun || info.open_told)
            && !happen_word(lw)
            && !happen_word(rw)
            && !both(Category::Deadline)
            && !both(Category::Break);
        if open_day {
            return Decision::Drop;
        }
        // "Torsdagen 9 maj sker hämtning som vanligt", "collection as
        // usual", "jäteauto kulkee normaalisti": the ordinary service runs,
        // nothing happens that day
        if (service_as_usual(l) || service_as_usual(r))
            && !both(Category::Deadline)
            && !both(Category::Break)
        {
            return Decision::Drop;
        }
        // "the council deals with the budget at its meeting on": the meeting
        // takes place, whatever is decided there
        let meeting =
            (both(Category::Event) || both(Category::Happen)) && !both(Category::Deadline);
        // ("pidetään tilastopäälliköiden konferenssi", real319:25: a body
        // named for statistics holding its occasion tells no statistical
        // period; a statistics word labelling the day itself, "Situation on
        // 20 April 2024", "Tilanne 15.03.2024", still does)
        let occasion = meeting
            && !both(Category::Publication)
            && !imm.iter().rev().take(3).any(|w| facts::stats_word(w));
        let hard_stats = !occasion && facts::in_words(&lw, &rw, Fact::STATS, facts::stats_word);
        let in_period = l
            .windows(3)
            .any(|w| matches!(w[0], "during" | "in") && w[1] == "the" && w[2] == "period");
        // ("Driftavbrottet infaller under perioden 25.8.–4.9.": a break
        // told by its period is no statistics)
        let break_told = both(Category::Break);
        // (asked only where a period is told: every date passes here)
        let held_told = || covered_periods::held_in(lw.words) || covered_periods::held_in(rw.words);
        let stats = hard_stats
            || (both(Category::Statistics)
                && !(apply_in(lw) || apply_in(rw) || break_told || held_told()))
            || (in_period && !info.apply && !break_told && !held_told());
        let announced = announced::announced(lw, rw);
        // ("… has now been published and the deadline for submitting
        // applications is 1st February": a time limit named after the
        // publication word is what the day is)
        // ("the next update is due on": "due" alone is the issuer's)
        let limit_after = lw.last_mark(Category::Publication).is_some_and(|p| {
            lw.words[p + 1..]
                .iter()
                .any(|w| *w != "due" && is_word_of(Category::DeadlineNoun, w))
        });
        let published = both(Category::Publication) && !announced && !limit_after;
        // ("käsittelee kokouksessaan 10. maaliskuuta": a body handling a
        // matter at its meeting is its own decision day)
        let own_act = both(Category::Authority)
            && !(info.strict_deadline_noun
                && decision_days::qualifies_limit(lw)
                && decision_days::qualifies_limit(rw))
            && (!meeting || decision_days::decided(lw, rw))
            && !decision_days::sits(lw, rw);
        if stats || published || own_act {
            return Decision::Drop;
        }
        // who must act: what the issuer sends, answers or hands over by a
        // date is its own target, not the reader's deadline
        // ("6–10 mars: Deklarationen skickas …": a date labelling the words
        // after its colon is read with them)
        let labels = l.len() <= 1 || r.iter().find(|w| **w != ".") == Some(&":");
        let issuer = issuer_target(lw, self.lang) || (labels && issuer_target(rw, self.lang));
        // "most taxpayers will receive their refund on 6 August": money
        // received is a payment day, read below
        let payout = payment_day(lw) || payment_day(rw);
        // "Besked ska lämnas till dig senast 30 april": a duty whose
        // receiver is the reader is the issuer's
        let must = (obligation(l) || obligation(r)) && !to_reader(l);
        if (issuer && !must || expected_receipt(l)) && !payout {
            return Decision::Drop;
        }
        if let Some(d) = payments::payout(&around) {
            return d;
        }
        if unavailable {
            return Decision::Event;
        }
        // "All calls will be closed on November 20th", "Haku suljetaan
        // 20.11.": a call closed is its closing day, no break of a service
        let call_closing = open_calls::call_closing(l);
        if call_closing == Some(true) && !is_range {
            return Decision::Deadline;
        }
        // "the call closes", "haku päättyy" — but "the school year ends"
        // tells the end of a duration
        let ends = end_verb_in(lw) || end_verb_in(rw);
        // ("Major Grants … close 3 September 2018": a closing period the
        // reader takes part in, `taking_part.rs`; "All calls will close")
        let action = info.apply
            || info.deadline_noun
            || (!is_range && (taking_part::named(l, r) || call_closing.is_some()));
        let deadline_mark = ends_with_phrase(imm, Category::DeadlineBefore)
            || (lw.has(Category::Deadline) && !named_after::claimed(lw)
                || rw.has(Category::Deadline))
            || (ends && action)
            || (ends_with(imm, "to") && any_cue(l, &["extend*", "open", "auki"]));
        // "vuosikokous pidetään toukokuun loppuun mennessä": what the
        // organiser holds by a day is its own target (`held_meetings.rs`)
        let held_by = held_meetings::held_by(lw.words);
        if deadline_mark && held_by && !info.apply && !obligation(l) && !obligation(r) {
            return Decision::Drop;
        }
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
        if is_range && seasons::named(imm) {
            return Decision::Drop;
        }
        if is_range {
            return range(&around, info, spot, deadline_mark);
        }
        // "Applications open: 1 September": a label's colon stands between
        // the opening word and its date
        let label = imm.strip_suffix(&[":"]).unwrap_or(imm);
        let opens = day_heads::opening_told(immw, and, r_head)
            || ends_with(label, "open")
            || ends_with(label, "opens");
        if opens || rheadw.has(Category::Opening) {
            // "resurfacing work … will start on Wednesday, March 10": works
            // told by their first day take place from it
            // (a round of collecting likewise: "Collections begin on 29
            // April", "erilliskeräys alkaa 7.1.", real303)
            let works = (info.works || series_starts::collecting(l, r_head))
                && imm.iter().chain(r_head).any(|w| starts(w));
            // "Den 2 januari öppnar återigen barnbassängerna", "opens again
            // on": a reopening ends a break, no event of its own
            // (the again-word at the day: "applications have opened again
            // from 10 June and will remain open until 21 June" closes then)
            let again = imm[imm.len().saturating_sub(5)..]
                .iter()
                .chain(r_head)
                .any(|w| matches!(*w, "återigen" | "igen" | "again" | "uudelleen" | "jälleen"));
            if again && !resumed::activity(imm, r_head, info.event_noun) {
                return Decision::Drop;
            }
            let day_out = (opening_days::weekday_named(l, r_head)
                || started_days::weekday_start(l, r_head))
                && !info.deadline_noun;
            return if ((info.event_noun || spot.scene || day_out) && !info.apply) || works {
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
        // "sista öppetdagen", "öppet sista dagen": a place open for the
        // last time, no call to the reader
        if deadline_mark && !info.apply && !info.deadline_noun && last_open_days::named(l, r) {
            return Decision::Event;
        }
        if deadline_mark {
            return Decision::Deadline;
        }
        if ends {
            return Decision::Drop;
        }
        Decision::Default
    }
}

/// A verb of starting ("starts", "alkavat", "inleds"), not of opening.
fn starts(w: &str) -> bool {
    [
        "start", "begin", "commenc", "alka", "alkav", "börja", "inled",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}
