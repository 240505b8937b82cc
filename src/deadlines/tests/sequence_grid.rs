//! Issue 14, round 46: units that each read right alone (the round-45
//! grids), put two or three together the usual ways a notice joins them —
//! consecutive sentences, lines, list items, under a heading line, and
//! "Label: day" rows. Fresh batches miss where units meet: a cue of one
//! sentence deciding the day of the next, a heading turning a later day
//! into something else. Expected: the union of the units' readings.

use super::cue_grid::{read, EN_DAYS, FI_DAYS, SV_DAYS};
use super::*;

/// A day form of `cue_grid` (15 March 2024, a Friday) moved to another
/// Friday, so that each unit of a text has a day of its own.
struct Moved {
    day: &'static str,
    /// the day with a leading zero, for ISO and zero-padded forms
    dd: &'static str,
    month: &'static str,
    en: &'static str,
    en_short: &'static str,
    fi: &'static str,
    sv: &'static str,
    want: &'static str,
}

const APRIL: Moved = Moved {
    day: "19",
    dd: "19",
    month: "4",
    en: "April",
    en_short: "Apr",
    fi: "huhtikuuta",
    sv: "april",
    want: "2024-04-19",
};
/// The opening day of a period a row names (8 March, a Friday).
const OPENING: Moved = Moved {
    day: "8",
    dd: "08",
    month: "3",
    en: "March",
    en_short: "Mar",
    fi: "maaliskuuta",
    sv: "mars",
    want: "2024-03-08",
};
const MAY: Moved = Moved {
    day: "17",
    dd: "17",
    month: "5",
    en: "May",
    en_short: "May",
    fi: "toukokuuta",
    sv: "maj",
    want: "2024-05-17",
};

fn moved(form: &str, to: &Moved) -> String {
    let (d, dd, m) = (to.day, to.dd, to.month);
    form.replace("2024-03-15", &format!("2024-0{m}-{dd}"))
        .replace("15/03/", &format!("{dd}/0{m}/"))
        .replace("15.03.", &format!("{dd}.0{m}."))
        .replace("15.3", &format!("{d}.{m}"))
        .replace("15/3", &format!("{d}/{m}"))
        .replace("15", d)
        .replace("March", to.en)
        .replace("Mar", to.en_short)
        .replace("maaliskuuta", to.fi)
        .replace("mars", to.sv)
}

struct Units {
    lang: Lang,
    deadlines: Vec<String>,
    events: Vec<String>,
    nothings: Vec<String>,
    days: Vec<&'static str>,
    event_days: Vec<&'static str>,
}

fn units() -> Vec<Units> {
    use super::{cue_grid as cue, event_grid as ev, nothing_grid as no};
    let en_deadlines = cue::EN_VERBS.iter().map(|v| format!("{v} {{D}}."));
    let en_labels = cue::EN_NOUNS.iter().map(|n| format!("{n}: {{D}}"));
    let fi_deadlines = cue::FI_VERBS.iter().map(|(v, post)| {
        let t = format!("{v} {{D}} {post}");
        format!("{}.", t.trim_end())
    });
    let fi_labels = cue::FI_NOUNS.iter().map(|n| format!("{n}: {{D}}"));
    let sv_deadlines = cue::SV_VERBS.iter().map(|v| format!("{v} {{D}}."));
    let sv_labels = cue::SV_NOUNS.iter().map(|n| format!("{n}: {{D}}"));
    let en_events = ev::EN_NOUNS
        .iter()
        .filter(|n| !ev::known_gap(n))
        .zip(ev::EN_VERBS.iter().cycle())
        .map(|(n, v)| format!("The {n} {v} {{D}}."));
    let fi_events = ev::FI_NOUNS
        .iter()
        .zip(ev::FI_VERBS.iter().cycle())
        .map(|(n, v)| format!("{n} {v} {{D}}."));
    let sv_events = ev::SV_NOUNS
        .iter()
        .zip(ev::SV_VERBS.iter().cycle())
        .map(|(n, v)| format!("{n} {v} {{D}}."));
    let frames = |fs: &[&str]| -> Vec<String> { fs.iter().map(|f| f.to_string()).collect() };
    vec![
        Units {
            lang: Lang::En,
            deadlines: en_deadlines.chain(en_labels).collect(),
            events: en_events.collect(),
            nothings: frames(&no::EN_FRAMES),
            days: EN_DAYS.to_vec(),
            event_days: ev::en_days(),
        },
        Units {
            lang: Lang::Fi,
            deadlines: fi_deadlines.chain(fi_labels).collect(),
            events: fi_events.collect(),
            nothings: frames(&no::FI_FRAMES),
            days: FI_DAYS.to_vec(),
            event_days: ev::fi_days(),
        },
        Units {
            lang: Lang::Sv,
            deadlines: sv_deadlines.chain(sv_labels).collect(),
            events: sv_events.collect(),
            nothings: frames(&no::SV_FRAMES),
            days: SV_DAYS.to_vec(),
            event_days: ev::sv_days(),
        },
    ]
}

/// The i-th unit of a kind, with its day form and the day it is moved to.
fn unit(us: &Units, kind: usize, i: usize, to: Option<&Moved>) -> Option<(String, Option<String>)> {
    let (list, days, reading): (&[String], &[&str], Option<&str>) = match kind {
        0 => (&us.deadlines, &us.days, Some("deadline")),
        1 => (&us.events, &us.event_days, Some("event")),
        _ => (&us.nothings, &us.days, None),
    };
    let frame = &list[i % list.len()];
    let form = days[(i / list.len() + i) % days.len()];
    let alone = frame.replace("{D}", form);
    // a frame that reads right alone only outside its known gap
    if kind == 2 && super::nothing_grid::known_gap(&alone) {
        return None;
    }
    let text = match to {
        Some(to) => moved(&alone, to),
        None => alone,
    };
    let date = to.map_or("2024-03-15", |t| t.want);
    Some((text, reading.map(|r| format!("{r} {date}"))))
}

/// Ways to join units: sentences, lines, list items.
const JOINS: [&str; 6] = [
    "sentences",
    "lines",
    "paragraphs",
    "bullets",
    "dashes",
    "numbers",
];

fn joined(parts: &[String], how: &str) -> String {
    match how {
        // a label row ends its sentence with a full stop in running prose
        "sentences" => parts
            .iter()
            .map(|p| match p.ends_with(['.', '!', '?']) {
                true => p.clone(),
                false => format!("{p}."),
            })
            .collect::<Vec<_>>()
            .join(" "),
        "lines" => parts.join("\n"),
        "paragraphs" => parts.join("\n\n"),
        "bullets" => parts
            .iter()
            .map(|p| format!("• {p}"))
            .collect::<Vec<_>>()
            .join("\n"),
        "dashes" => parts
            .iter()
            .map(|p| format!("- {p}"))
            .collect::<Vec<_>>()
            .join("\n"),
        _ => parts
            .iter()
            .enumerate()
            .map(|(i, p)| format!("{}. {p}", i + 1))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// Orders of unit kinds (0 deadline, 1 event, 2 nothing) in one text.
const ORDERS: [&[usize]; 8] = [
    &[0, 1],
    &[1, 0],
    &[0, 2],
    &[2, 0],
    &[1, 2],
    &[2, 1],
    &[0, 1, 2],
    &[2, 1, 0],
];

type Case = (String, Lang, Vec<String>);

fn sequences() -> Vec<Case> {
    let mut cases = Vec::new();
    let days = [None, Some(&APRIL), Some(&MAY)];
    for us in units() {
        for (o, order) in ORDERS.iter().enumerate() {
            for (j, how) in JOINS.iter().enumerate() {
                for i in 0..24 {
                    let picks: Option<Vec<_>> = order
                        .iter()
                        .enumerate()
                        .map(|(k, kind)| unit(&us, *kind, i * 7 + o * 3 + j + k, days[k]))
                        .collect();
                    let Some(picks) = picks else { continue };
                    let parts: Vec<String> = picks.iter().map(|(t, _)| t.clone()).collect();
                    let mut want: Vec<String> = picks.into_iter().filter_map(|(_, w)| w).collect();
                    want.sort();
                    cases.push((joined(&parts, how), us.lang, want));
                }
            }
        }
    }
    cases
}

/// Heading lines over units: a heading of dates or of events over a
/// deadline and an event leaves each its own reading.
const HEADINGS: [(&str, Lang); 12] = [
    ("Key dates", Lang::En),
    ("Important dates", Lang::En),
    ("Events", Lang::En),
    ("Tärkeät päivämäärät", Lang::Fi),
    ("Tapahtumat", Lang::Fi),
    ("Aikataulu", Lang::Fi),
    ("Viktiga datum", Lang::Sv),
    ("Evenemang", Lang::Sv),
    ("Tidsplan", Lang::Sv),
    ("Timetable", Lang::En),
    ("Tulevat tapahtumat", Lang::Fi),
    ("Kommande evenemang", Lang::Sv),
];

fn headed() -> Vec<Case> {
    let mut cases = Vec::new();
    for us in units() {
        for (h, lang) in HEADINGS.iter().filter(|(_, l)| *l == us.lang) {
            for (j, how) in JOINS[1..].iter().enumerate() {
                for i in 0..16 {
                    let d = unit(&us, 0, i * 5 + j, None);
                    let e = unit(&us, 1, i * 3 + j, Some(&APRIL));
                    let (Some(d), Some(e)) = (d, e) else { continue };
                    let body = joined(&[d.0, e.0], how);
                    let mut want: Vec<String> = [d.1, e.1].into_iter().flatten().collect();
                    want.sort();
                    cases.push((format!("{h}\n\n{body}"), *lang, want));
                }
            }
        }
    }
    cases
}

/// "Label: day" rows: an opening, a closing and the issuer's results; only
/// the closing is read (rules 1, 2 and 5).
const ROWS: [(&str, &str, &str, Lang); 6] = [
    (
        "Applications open",
        "Applications close",
        "Results",
        Lang::En,
    ),
    (
        "Registration opens",
        "Registration closes",
        "Results announced",
        Lang::En,
    ),
    (
        "Haku alkaa",
        "Haku päättyy",
        "Tulokset julkaistaan",
        Lang::Fi,
    ),
    (
        "Ilmoittautuminen alkaa",
        "Ilmoittautuminen päättyy",
        "Tulokset",
        Lang::Fi,
    ),
    (
        "Ansökan öppnar",
        "Sista ansökningsdag",
        "Besked om antagning",
        Lang::Sv,
    ),
    ("Anmälan öppnar", "Anmälan stänger", "Resultat", Lang::Sv),
];

/// "Resultat: fredagen den 19 april" alone reads as an event: the definite
/// weekday form ("fredagen den") after a short label is read as a calendar
/// row, and the issuer's "Resultat" does not unmake it ("Resultat: fredag
/// 19 april", "Besked: fredagen den 19 april" read as nothing). A gap of
/// the single unit, not of the rows; left for a later round.
fn known_gap(text: &str) -> bool {
    text.contains("Resultat: fredagen den")
}

fn rows() -> Vec<Case> {
    let mut cases = Vec::new();
    for us in units() {
        for (open, close, result, lang) in ROWS.iter().filter(|r| r.3 == us.lang) {
            for (j, how) in JOINS[1..].iter().enumerate() {
                for (i, form) in us.days.iter().enumerate() {
                    let first = us.days[(i + j) % us.days.len()];
                    let parts = [
                        format!("{open}: {}", moved(first, &OPENING)),
                        format!("{close}: {form}"),
                        format!("{result}: {}", moved(form, &APRIL)),
                    ];
                    cases.push((
                        joined(&parts, how),
                        *lang,
                        vec!["deadline 2024-03-15".to_string()],
                    ));
                }
            }
        }
    }
    cases.retain(|(t, _, _)| !known_gap(t));
    cases
}

/// The cases read otherwise, grouped by a cause key, largest first.
fn misread(cases: &[Case]) -> (usize, String) {
    let mut wrong = Vec::new();
    for (t, lang, want) in cases {
        let mut got = read(t, *lang);
        got.sort();
        if &got != want {
            wrong.push(format!("{t:?}\n   want {want:?}\n   got  {got:?}"));
        }
    }
    let n = wrong.len();
    wrong.truncate(80);
    (n, wrong.join("\n"))
}

#[test]
fn units_in_consecutive_sentences_and_lines_read_as_their_union() {
    let cases = sequences();
    assert!(cases.len() > 2000, "{}", cases.len());
    let (n, wrong) = misread(&cases);
    assert!(n == 0, "{n} of {} misread:\n{wrong}", cases.len());
}

#[test]
fn a_heading_over_units_leaves_each_its_own_reading() {
    let cases = headed();
    let (n, wrong) = misread(&cases);
    assert!(n == 0, "{n} of {} misread:\n{wrong}", cases.len());
}

#[test]
fn label_rows_read_only_the_closing_day() {
    let cases = rows();
    let (n, wrong) = misread(&cases);
    assert!(n == 0, "{n} of {} misread:\n{wrong}", cases.len());
}
