//! Issue 14, round 45: every way of saying that something takes place, with
//! every way of writing its day, in the plainest frames. The cue grid
//! (`cue_grid.rs`) did this for deadlines; this grid does it for events
//! (`DEADLINES.md` rules 3, 4, 6, 7): the event nouns a speaker of each
//! language uses, with the verbs of taking place in the tenses and voices a
//! notice uses, crossed with single days, ranges, enumerations, clock times
//! and label frames ("Date: …", "Aika: …", "Tid: …"). Expected: one event
//! per day, a range as one event with its end.

use super::cue_grid::{read, EN_DAYS, FI_DAYS, SV_DAYS};
use super::*;

const ONE: &str = "event 2024-03-15";
const RANGE: &str = "event 2024-03-14 2024-03-15";
const THREE: [&str; 3] = ["event 2024-03-05", "event 2024-03-12", "event 2024-03-19"];

pub(super) const EN_NOUNS: [&str; 30] = [
    "seminar",
    "webinar",
    "conference",
    "training",
    "course",
    "info session",
    "information event",
    "meeting",
    "open day",
    "fair",
    "concert",
    "festival",
    "exhibition opening",
    "market",
    "lecture",
    "workshop",
    "ceremony",
    "election",
    "vote",
    "language test",
    "entrance exam",
    "church service",
    "reception",
    "excursion",
    "camp",
    "tournament",
    "hackathon",
    "annual general meeting",
    "panel discussion",
    "briefing",
];
/// Clauses between the noun and the day: "The N V D."
pub(super) const EN_VERBS: [&str; 10] = [
    "is held on",
    "is being held on",
    "is arranged on",
    "will be organised on",
    "is scheduled for",
    "will be held on",
    "will take place on",
    "takes place on",
    "is organised on",
    "is on",
];
/// Clauses before the noun: "F the N on D."
const EN_INVITES: [&str; 5] = [
    "We invite you to",
    "Join us for",
    "Welcome to",
    "Come to",
    "Don't miss",
];
/// Clock times with a day, read as the day (rule 6).
const EN_TIMED: [&str; 7] = [
    "15 March at 6pm",
    "15 March 2024 at 18:00",
    "Friday 15 March, 1–3pm",
    "15 March from 1pm to 3pm",
    "Friday 15 March at 6 p.m.",
    "15 March 2024, 10.00–12.00",
    "15 March 2024 from 9 am to 4 pm",
];
const EN_RANGES: [&str; 9] = [
    "14–15 March 2024",
    "14–15 March",
    "14-15 March 2024",
    "14.–15.3.2024",
    "March 14–15, 2024",
    "Thursday 14 – Friday 15 March",
    "14 to 15 March 2024",
    "14/3–15/3",
    "14 March – 15 March 2024",
];
/// Ranges led by "from" or "between", said without "on".
const EN_SPANS: [&str; 4] = [
    "from 14 to 15 March",
    "from 14 to 15 March 2024",
    "from Thursday 14 March to Friday 15 March",
    "between 14 and 15 March 2024",
];
const EN_LISTS: [&str; 6] = [
    "5, 12 and 19 March",
    "5, 12 and 19 March 2024",
    "5 March, 12 March and 19 March",
    "5 March, 12 March and 19 March 2024",
    "March 5, 12 and 19",
    "Tuesdays 5, 12 and 19 March",
];
const EN_LABELS: [&str; 4] = ["Date", "When", "Date and time", "Time"];

pub(super) const FI_NOUNS: [&str; 21] = [
    "Seminaari",
    "Webinaari",
    "Konferenssi",
    "Koulutus",
    "Kurssi",
    "Infotilaisuus",
    "Kokous",
    "Messut",
    "Konsertti",
    "Tapahtuma",
    "Luento",
    "Työpaja",
    "Vaalit",
    "Pääsykoe",
    "Jumalanpalvelus",
    "Retki",
    "Leiri",
    "Kielikoe",
    "Vastaanotto",
    "Turnaus",
    "Avoimien ovien päivä",
];
/// "N V D."
pub(super) const FI_VERBS: [&str; 7] = [
    "järjestetään",
    "pidetään jälleen",
    "järjestetään tänä vuonna",
    "pidetään",
    "järjestetään jälleen",
    "pidetään tänä vuonna",
    "on",
];
const FI_TIMED: [&str; 6] = [
    "15.3. klo 13–15",
    "15.3.2024 klo 13.00–15.00",
    "perjantaina 15.3. kello 18",
    "15.3.2024 klo 18.00",
    "pe 15.3. klo 13-15",
    "perjantaina 15.3.2024 klo 9–16",
];
const FI_RANGES: [&str; 9] = [
    "14.–15.3.",
    "14.–15.3.2024",
    "14.-15.3.2024",
    "14.3.–15.3.2024",
    "14.3.2024–15.3.2024",
    "torstaista 14.3. perjantaihin 15.3.",
    "torstaista 14.3. perjantaihin 15.3.2024",
    "14.–15. maaliskuuta",
    "14.–15. maaliskuuta 2024",
];
const FI_LISTS: [&str; 5] = [
    "5., 12. ja 19.3.",
    "5., 12. ja 19.3.2024",
    "5.3., 12.3. ja 19.3.",
    "5.3., 12.3. ja 19.3.2024",
    "tiistaisin 5.3., 12.3. ja 19.3.",
];
const FI_LABELS: [&str; 3] = ["Aika", "Päivämäärä", "Ajankohta"];

/// Swedish nouns in their definite form, as the subject of "N V D".
pub(super) const SV_NOUNS: [&str; 20] = [
    "Seminariet",
    "Webbinariet",
    "Konferensen",
    "Utbildningen",
    "Kursen",
    "Informationsmötet",
    "Mötet",
    "Mässan",
    "Konserten",
    "Festivalen",
    "Föreläsningen",
    "Workshopen",
    "Valet",
    "Gudstjänsten",
    "Utflykten",
    "Lägret",
    "Språktestet",
    "Inträdesprovet",
    "Mottagningen",
    "Årsmötet",
];
pub(super) const SV_VERBS: [&str; 10] = [
    "hålls",
    "kommer att hållas",
    "kommer att äga rum",
    "genomförs",
    "avhålls",
    "äger rum",
    "arrangeras",
    "anordnas",
    "går av stapeln",
    "är",
];
const SV_TIMED: [&str; 6] = [
    "15 mars kl. 18.00",
    "den 15 mars kl. 13–15",
    "fredag 15 mars klockan 18",
    "15/3 kl 18",
    "den 15 mars kl. 13.00–15.00",
    "fredagen den 15 mars kl. 9–16",
];
const SV_RANGES: [&str; 8] = [
    "14–15 mars",
    "den 14–15 mars",
    "14–15 mars 2024",
    "från den 14 till den 15 mars",
    "från 14 till 15 mars 2024",
    "14/3–15/3",
    "14.3–15.3.2024",
    "torsdag 14 – fredag 15 mars",
];
const SV_LISTS: [&str; 5] = [
    "5, 12 och 19 mars",
    "den 5, 12 och 19 mars",
    "5 mars, 12 mars och 19 mars",
    "den 5 mars, 12 mars och 19 mars 2024",
    "5/3, 12/3 och 19/3",
];
const SV_LABELS: [&str; 3] = ["Tid", "Datum", "När"];

/// Day forms of the cue grid that name an hour of a deadline ("5pm on
/// Friday 15 March") do not follow "on"; the event's own clock forms do.
pub(super) fn en_days() -> Vec<&'static str> {
    let plain = EN_DAYS
        .iter()
        .filter(|d| !["pm", "noon", "midnight"].iter().any(|h| d.contains(h)));
    plain.chain(EN_TIMED.iter()).copied().collect()
}

pub(super) fn fi_days() -> Vec<&'static str> {
    FI_DAYS.iter().chain(FI_TIMED.iter()).copied().collect()
}

pub(super) fn sv_days() -> Vec<&'static str> {
    SV_DAYS.iter().chain(SV_TIMED.iter()).copied().collect()
}

/// Left out of the grid where the rules leave it open: a vote over several
/// days is the reader's own action over a period (rule 2 reads such a period
/// as a deadline on its closing day, rule 3 an event), and an opening is one
/// day (rule 2 never reports the opening day of a period). "Vote" alone as
/// a title is the imperative.
fn many_days_unclear(noun: &str) -> bool {
    matches!(noun, "vote" | "exhibition opening")
}

/// "There will be a vote on 15 March" reads as nothing: "vote" is no event
/// noun, and made one it turns a voting period the batches read as a
/// deadline ("The voting period … is from 28 October to 3 November") into
/// an event as well (real40:3, fp +1). With a verb of taking place ("The
/// vote is held on") it is read.
pub(super) fn known_gap(noun: &str) -> bool {
    noun == "vote"
}

fn one_day(want: &[&str]) -> bool {
    want == [ONE]
}

/// A text of the grid and the readings it must give.
pub(super) type Case = (String, Lang, Vec<&'static str>);

/// Each single day, range and list of a language, with the readings it
/// must give.
fn forms(
    days: Vec<&'static str>,
    ranges: &[&'static str],
    lists: &[&'static str],
) -> Vec<(&'static str, Vec<&'static str>)> {
    let spans = ranges.iter().map(|r| (*r, vec![RANGE]));
    let lists = lists.iter().map(|l| (*l, THREE.to_vec()));
    days.into_iter()
        .map(|d| (d, vec![ONE]))
        .chain(spans)
        .chain(lists)
        .collect()
}

/// "N V D." and the inviting frames, for single days, ranges and lists.
pub(super) fn sentences() -> Vec<Case> {
    let mut cases = Vec::new();
    let en_spans = || {
        let ranges = EN_RANGES.iter().map(|r| (format!("on {r}"), vec![RANGE]));
        let spans = EN_SPANS.iter().map(|r| (r.to_string(), vec![RANGE]));
        let lists = EN_LISTS.iter().map(|l| (format!("on {l}"), THREE.to_vec()));
        let days = en_days()
            .into_iter()
            .map(|d| (format!("on {d}"), vec![ONE]));
        days.chain(ranges)
            .chain(spans)
            .chain(lists)
            .collect::<Vec<_>>()
    };
    for n in EN_NOUNS {
        for (d, want) in en_spans() {
            if !one_day(&want) && many_days_unclear(n) {
                continue;
            }
            for v in EN_VERBS {
                // the verb brings its own preposition ("is scheduled for");
                // a span brings "from" or "between" in place of "on"
                let text = match (d.strip_prefix("on "), v.strip_suffix(" on")) {
                    (Some(day), _) => format!("The {n} {v} {day}."),
                    (None, Some(bare)) => format!("The {n} {bare} {d}."),
                    (None, None) => continue,
                };
                cases.push((text, Lang::En, want.clone()));
            }
            // a notice that names the event first: "There will be a …"
            let a = if n.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            if !known_gap(n) {
                let text = format!("There will be {a} {n} {d}.");
                cases.push((text, Lang::En, want.clone()));
            }
            for f in EN_INVITES {
                cases.push((format!("{f} the {n} {d}."), Lang::En, want.clone()));
            }
        }
    }
    let fi_all = forms(fi_days(), &FI_RANGES, &FI_LISTS);
    for n in FI_NOUNS {
        for (d, want) in &fi_all {
            for v in FI_VERBS {
                cases.push((format!("{n} {v} {d}."), Lang::Fi, want.clone()));
            }
            let lower = n.to_lowercase();
            cases.push((
                format!("{d} järjestettävä {lower} on maksuton."),
                Lang::Fi,
                want.clone(),
            ));
        }
    }
    let sv_all = forms(sv_days(), &SV_RANGES, &SV_LISTS);
    for n in SV_NOUNS {
        for (d, want) in &sv_all {
            for v in SV_VERBS {
                cases.push((format!("{n} {v} {d}."), Lang::Sv, want.clone()));
            }
            let lower = n.to_lowercase();
            cases.push((format!("Välkommen på {lower} {d}!"), Lang::Sv, want.clone()));
        }
    }
    cases
}

/// A title line naming the event, then "Label: D".
fn labels() -> Vec<Case> {
    let mut cases = Vec::new();
    let en = en_days().into_iter().map(|d| (d, vec![ONE]));
    let en: Vec<_> = en
        .chain(EN_RANGES.iter().map(|r| (*r, vec![RANGE])))
        .collect();
    for n in EN_NOUNS {
        let title = format!("{}{}", n[..1].to_uppercase(), &n[1..]);
        if n == "vote" {
            continue;
        }
        for (d, want) in &en {
            if !one_day(want) && many_days_unclear(n) {
                continue;
            }
            for l in EN_LABELS {
                cases.push((format!("{title}\n{l}: {d}"), Lang::En, want.clone()));
            }
        }
    }
    let fi = fi_days().into_iter().map(|d| (d, vec![ONE]));
    let fi: Vec<_> = fi
        .chain(FI_RANGES.iter().map(|r| (*r, vec![RANGE])))
        .collect();
    for n in FI_NOUNS {
        for (d, want) in &fi {
            for l in FI_LABELS {
                cases.push((format!("{n}\n{l}: {d}"), Lang::Fi, want.clone()));
            }
        }
    }
    let sv = sv_days().into_iter().map(|d| (d, vec![ONE]));
    let sv: Vec<_> = sv
        .chain(SV_RANGES.iter().map(|r| (*r, vec![RANGE])))
        .collect();
    for n in SV_NOUNS {
        for (d, want) in &sv {
            for l in SV_LABELS {
                cases.push((format!("{n}\n{l}: {d}"), Lang::Sv, want.clone()));
            }
        }
    }
    cases
}

/// The cases whose readings are not the ones wanted, with what was read.
fn misread(cases: &[Case]) -> Vec<String> {
    cases
        .iter()
        .filter_map(|(t, lang, want)| {
            let mut got = read(t, *lang);
            got.sort();
            got.dedup();
            (got != *want).then(|| format!("{t:?} -> {got:?}"))
        })
        .collect()
}

#[test]
fn every_event_sentence_with_every_day_form_is_an_event() {
    let cases = sentences();
    assert!(cases.len() > 1000);
    let wrong = misread(&cases);
    assert!(
        wrong.is_empty(),
        "{} of {} misread:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
}

#[test]
fn every_event_label_with_every_day_form_is_an_event() {
    let cases = labels();
    assert!(cases.len() > 1000);
    let wrong = misread(&cases);
    assert!(
        wrong.is_empty(),
        "{} of {} misread:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
}
