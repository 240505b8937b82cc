//! Issue 14 round 47 (how a day is written): every written form of one
//! day and of a two-day range we know in each language — the day forms of
//! `cue_grid` and the forms the batches and speakers use beyond them
//! ("15th of March", "15-Mar-2024", "den 15:e mars", "1:a april",
//! "maaliskuun 15. päivänä", "Thursday 14 to Friday 15 March") — in a
//! plain deadline frame and a plain event frame of its language. A day must
//! read as that day, a range as one range (an event) or its closing day
//! (a period acted in, rule 2). Forms that still fail are named in
//! `known_gap`, so a mend that closes one shows here.
use super::cue_grid::{read, EN_DAYS, FI_DAYS, SV_DAYS};
use super::*;

const ONE_D: &str = "deadline 2024-03-15";
const ONE_E: &str = "event 2024-03-15";
const SPAN_D: &str = "deadline 2024-03-15";
const SPAN_E: &str = "event 2024-03-14 2024-03-15";

const EN_ONE: &[&str] = &[
    "15 March 2024",
    "15th of March 2024",
    "the 15th of March",
    "15th of March",
    "March 15th",
    "March 15th, 2024",
    "15-March-2024",
    "15-Mar-2024",
    "15-Mar-24",
    "15 Mar 2024",
    "15 Mar. 2024",
    "Mar. 15",
    "Mar 15",
    "Friday 15 March",
    "Fri 15 Mar",
    "Fri. 15 Mar",
    "Fri, 15 Mar",
    "Friday the 15th of March",
    "Friday, the 15th of March 2024",
    "9am Friday 15 March 2024",
    "4pm on Fri 15 Mar",
    "5pm, Friday 15 March",
    "15.03.2024",
    "15/03/24",
    "2024-03-15",
    "15 MARCH 2024",
    "Friday, 15th March",
    "15th Mar",
    "March 15 2024",
    "FRIDAY 15 MARCH",
    "Friday March 15",
    "Friday, March 15th",
    "15 March, 2024",
    "15th March, 2024",
    "Fri 15/3",
    "Friday 15/3",
    "15-03-2024",
    "noon on Friday 15 March",
    "15. March 2024",
    "15 Mar",
    "the 15th day of March, 2024",
];
const EN_SPAN: &[&str] = &[
    "14-15 March 2024",
    "14–15 March",
    "14th-15th March",
    "14-15th of March 2024",
    "14th–15th March 2024",
    "14 to 15 March",
    "March 14-15",
    "March 14–15, 2024",
    "14 March - 15 March",
    "14 Mar - 15 Mar 2024",
    "Thursday 14 to Friday 15 March 2024",
    "Thu 14 - Fri 15 Mar",
    "14/3-15/3",
    "14/3–15/3/2024",
    "Thursday 14 March to Friday 15 March",
    "14th to 15th March",
    "March 14th-15th",
    "14-15 Mar 2024",
    "Thursday 14 - Friday 15 March",
    "14 - 15 March 2024",
    "14-15.3.2024",
];
const FI_ONE: &[&str] = &[
    "15.3.2024",
    "15.3.",
    "15. maaliskuuta 2024",
    "15. maaliskuuta",
    "maaliskuun 15. päivänä",
    "maaliskuun 15. päivä",
    "15. päivänä maaliskuuta",
    "15. päivä maaliskuuta",
    "15. päivänä maaliskuuta 2024",
    "pe 15.3.",
    "pe 15.3.2024",
    "perjantaina 15.3.",
    "perjantai 15.3.",
    "15.III.2024",
    "15.3.24",
    "15.03.",
    "perjantaina maaliskuun 15. päivänä",
    "Pe 15.3.",
    "pe 15.3",
    "perjantaina 15.3.2024 klo 12",
    "15.3.2024 kello 16.00",
    "15.3.2024 klo 16",
    "2024-03-15",
    "15/3/2024",
    "15. III 2024",
    "perjantaina 15. maaliskuuta",
    "pe 15. maaliskuuta",
    "15 maaliskuuta 2024",
    "perj. 15.3.",
];
const FI_SPAN: &[&str] = &[
    "14.–15.3.2024",
    "14.-15.3.",
    "14.3.–15.3.2024",
    "14–15.3.",
    "14.–15. maaliskuuta 2024",
    "14.-15. maaliskuuta",
    "to 14.3. – pe 15.3.2024",
    "14.3.2024–15.3.2024",
    "14.-15.III.2024",
    "torstaina 14.3. – perjantaina 15.3.2024",
    "to–pe 14.–15.3.",
    "14.3.-15.3.",
    "14.–15.3",
    "14/3–15/3",
    "to-pe 14.-15.3.2024",
];
const SV_ONE: &[&str] = &[
    "15 mars 2024",
    "den 15 mars",
    "den 15:e mars",
    "15:e mars",
    "den 15:e mars 2024",
    "fredag 15 mars",
    "fre 15 mars",
    "fre 15/3",
    "fredagen den 15:e mars",
    "15/3",
    "15/3-24",
    "15/3 -24",
    "15.3.2024",
    "2024-03-15",
    "15 mar 2024",
    "den 15.3",
    "fredag den 15/3",
    "fredagen den 15 mars 2024",
    "fre 15 mar",
    "fred 15 mars",
    "15 mars 2024 kl. 12",
    "kl. 12 den 15 mars",
    "15/3 2024",
    "den 15/3",
    "15.3",
    "15 MARS 2024",
    "fredag 15/3",
    "15 III 2024",
];
const SV_SPAN: &[&str] = &[
    "14–15 mars 2024",
    "14-15 mars",
    "den 14–15 mars",
    "14/3–15/3",
    "14–15/3",
    "torsdag 14 – fredag 15 mars",
    "tors 14/3 – fre 15/3",
    "14 mars–15 mars 2024",
    "14:e–15:e mars",
    "den 14-15 mars 2024",
    "14/3-15/3 2024",
    "torsdag 14 mars – fredag 15 mars",
    "14 mars - 15 mars",
    "tor 14 - fre 15 mars",
];
/// Swedish ordinal suffixes on other days: (form, date)
const SV_ORD: &[(&str, &str)] = &[
    ("1:a april", "2024-04-01"),
    ("den 1:a april", "2024-04-01"),
    ("2:a april", "2024-04-02"),
    ("den 3:e april", "2024-04-03"),
    ("21:a april", "2024-04-21"),
    ("den 22:a april", "2024-04-22"),
    ("31:a mars", "2024-03-31"),
    ("den 1:e april", "2024-04-01"),
    ("1:a maj", "2024-05-01"),
    ("den 2:a maj 2024", "2024-05-02"),
];

/// Forms the grammar does not read yet, each with its reason.
fn known_gap(text: &str) -> bool {
    [
        // an abbreviated weekday with its point before the day: the point
        // ends the sentence there
        "Fri. 15",
        "perj. 15",
        // Roman-numeral months: none in 132 batches
        "III",
        // weekday-led days joined by "to" without "from" head a window
        // to act in (real27:1), left unjoined
        "takes place Thursday 14 to Friday 15",
        "period is Thursday 14 to Friday 15",
        // "tor" is no Swedish weekday of the lexicon ("tors" is)
        "tor 14",
    ]
    .iter()
    .any(|g| text.contains(g))
}

fn misread(frame: &str, forms: &[&str], want: &str, lang: Lang, out: &mut Vec<(String, String)>) {
    for d in forms {
        let t = frame.replace("{}", d);
        let got = read(&t, lang);
        if got != [want] && !known_gap(&t) {
            out.push((frame.to_string(), format!("{t:?} -> {got:?}")));
        }
    }
}

fn clockless<'a>(days: &[&'a str]) -> Vec<&'a str> {
    days.iter()
        .filter(|d| {
            !["pm", "noon", "midnight", "klo", "kl"]
                .iter()
                .any(|h| d.contains(h))
        })
        .copied()
        .collect()
}

#[test]
fn every_written_day_and_range_reads_as_its_days() {
    let en: Vec<&str> = EN_DAYS.iter().chain(EN_ONE).copied().collect();
    let fi: Vec<&str> = FI_DAYS.iter().chain(FI_ONE).copied().collect();
    let sv: Vec<&str> = SV_DAYS.iter().chain(SV_ONE).copied().collect();
    let mut o = Vec::new();
    misread("Apply by {}.", &en, ONE_D, Lang::En, &mut o);
    misread(
        "The seminar is held on {}.",
        &clockless(&en),
        ONE_E,
        Lang::En,
        &mut o,
    );
    misread(
        "The application period is {}.",
        EN_SPAN,
        SPAN_D,
        Lang::En,
        &mut o,
    );
    misread(
        "The conference takes place {}.",
        EN_SPAN,
        SPAN_E,
        Lang::En,
        &mut o,
    );
    misread("Hae viimeistään {}.", &fi, ONE_D, Lang::Fi, &mut o);
    misread("Seminaari pidetään {}.", &fi, ONE_E, Lang::Fi, &mut o);
    misread("Hakuaika on {}.", FI_SPAN, SPAN_D, Lang::Fi, &mut o);
    misread(
        "Konferenssi järjestetään {}.",
        FI_SPAN,
        SPAN_E,
        Lang::Fi,
        &mut o,
    );
    misread("Ansök senast {}.", &sv, ONE_D, Lang::Sv, &mut o);
    misread("Seminariet hålls {}.", &sv, ONE_E, Lang::Sv, &mut o);
    misread("Ansökningstiden är {}.", SV_SPAN, SPAN_D, Lang::Sv, &mut o);
    misread(
        "Konferensen äger rum {}.",
        SV_SPAN,
        SPAN_E,
        Lang::Sv,
        &mut o,
    );
    for (f, d) in SV_ORD {
        let want = format!("deadline {d}");
        misread(
            "Sista dag för ansökan är {}.",
            &[f],
            &want,
            Lang::Sv,
            &mut o,
        );
        let want = format!("event {d}");
        misread("Seminariet hålls {}.", &[f], &want, Lang::Sv, &mut o);
    }
    assert!(
        o.is_empty(),
        "{} misread:\n{}",
        o.len(),
        super::cue_grid::grouped(o, 5)
    );
}
