use chrono::NaiveDate;

use super::*;
use crate::deadlines::tests::eval::{jsonl_files, key, Case};

/// With `TIDINGS_REVIEW_INPUTS` set, every text the unit tests give `find`
/// is noted there: the rules read those sentences as the tests say they
/// must, so their readings are training rows too (see `export_training_rows`).
pub(in crate::deadlines) fn note_input(text: &str, lang: Lang, today: NaiveDate) {
    use std::io::Write;
    static FILE: std::sync::Mutex<Option<std::fs::File>> = std::sync::Mutex::new(None);
    let Ok(path) = std::env::var("TIDINGS_REVIEW_INPUTS") else {
        return;
    };
    let Ok(mut f) = FILE.lock() else { return };
    if f.is_none() {
        *f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .ok();
    }
    if let Some(f) = f.as_mut() {
        let rec =
            serde_json::json!({"text": text, "lang": lang.as_str(), "today": today.to_string()});
        let _ = writeln!(f, "{rec}");
    }
}

/// Writes every reading of every labelled case, with its features and
/// whether it is one of the case's expected mentions, for
/// `tools/train_review.py` (`TIDINGS_REVIEW_ROWS`, or
/// `target/review-rows.jsonl`).
#[test]
#[ignore = "writes the reviewer's training rows; run by tools/train_review.py"]
fn export_training_rows() {
    use std::io::Write;
    let root = env!("CARGO_MANIFEST_DIR");
    let path = std::env::var("TIDINGS_REVIEW_ROWS")
        .unwrap_or_else(|_| format!("{root}/target/review-rows.jsonl"));
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    let dirs = [
        format!("{root}/tests/data/deadlines"),
        format!("{root}/tests/data/deadlines/real"),
    ];
    // the unit tests' sentences, labelled by the rules' own reading
    let inputs = std::env::var("TIDINGS_REVIEW_INPUTS")
        .unwrap_or_else(|_| format!("{root}/target/review-inputs.jsonl"));
    // (not the labelled sets' own texts, which the evaluation reads, nor
    // the long texts of the speed tests)
    let labelled: std::collections::HashSet<String> = dirs
        .iter()
        .flat_map(|d| jsonl_files(d))
        .flat_map(|f| {
            std::fs::read_to_string(f)
                .unwrap()
                .lines()
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .filter_map(|l| serde_json::from_str::<Case>(&l).ok().map(|c| c.text))
        .collect();
    let mut seen = std::collections::HashSet::new();
    for line in std::fs::read_to_string(&inputs).unwrap_or_default().lines() {
        if !seen.insert(line.to_string()) {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = v["text"].as_str().unwrap();
        if text.len() > 3000 || labelled.contains(text) {
            continue;
        }
        let lang: Lang = serde_json::from_value(v["lang"].clone()).unwrap();
        let today = NaiveDate::parse_from_str(v["today"].as_str().unwrap(), "%Y-%m-%d").unwrap();
        let (read, clean, _) = super::super::read(text, lang, today);
        let want: Vec<_> = finish(read.v, &clean)
            .iter()
            .map(|m| {
                serde_json::json!([
                    m.kind.as_str(),
                    m.date.to_string(),
                    m.end.map(|d| d.to_string())
                ])
            })
            .collect();
        let rows: Vec<_> = export(text, lang, today)
            .into_iter()
            .map(|(k, f)| {
                serde_json::json!([
                    [k.0.as_str(), k.1.to_string(), k.2.map(|d| d.to_string())],
                    f
                ])
            })
            .collect();
        let rec =
            serde_json::json!({"file": "unit", "line": seen.len(), "want": want, "rows": rows});
        writeln!(out, "{rec}").unwrap();
    }
    for f in dirs.iter().flat_map(|d| jsonl_files(d)) {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        let body = std::fs::read_to_string(&f).unwrap();
        for (n, line) in body
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let case: Case = serde_json::from_str(line).unwrap();
            let show = |k: &Key| {
                serde_json::json!([k.0.as_str(), k.1.to_string(), k.2.map(|d| d.to_string())])
            };
            let want: Vec<_> = case
                .expected
                .iter()
                .map(|x| show(&key(x.kind, x.date, x.end)))
                .collect();
            let rows: Vec<_> = export(&case.text, case.lang, case.today)
                .into_iter()
                .map(|(k, f)| serde_json::json!([show(&k), f]))
                .collect();
            let rec = serde_json::json!({"file": name, "line": n + 1, "want": want, "rows": rows});
            writeln!(out, "{rec}").unwrap();
        }
    }
}

/// Case `line` of a real batch: its text, language, `--today`, and what
/// the rules alone read in it against what `find` (reviewed) reports.
fn first_run(batch: &str, line: usize) -> (Vec<Key>, Vec<Key>, Vec<Key>) {
    let root = env!("CARGO_MANIFEST_DIR");
    let body =
        std::fs::read_to_string(format!("{root}/tests/data/deadlines/real/{batch}")).unwrap();
    let case: Case = serde_json::from_str(body.lines().nth(line - 1).unwrap()).unwrap();
    let (out, clean, _) = super::super::read(&case.text, case.lang, case.today);
    let keys = |v: &[Mention]| {
        v.iter()
            .map(|m| key(m.kind, m.date, m.end))
            .collect::<Vec<_>>()
    };
    let want = case
        .expected
        .iter()
        .map(|x| key(x.kind, x.date, x.end))
        .collect();
    let rules = keys(&finish(out.v, &clean));
    (
        want,
        rules,
        keys(&find_reviewed(&case.text, case.lang, case.today)),
    )
}

fn find_reviewed(text: &str, lang: Lang, today: NaiveDate) -> Vec<Mention> {
    crate::deadlines::find(text, lang, today)
}

// Three calls the reviewer made on batches it had never seen (real146 and
// real148, first run), one of each kind of help, in each language.

#[test]
fn a_validity_end_the_rules_read_as_a_deadline_is_dropped() {
    // "Rajoittamis- ja sulkutoimenpiteitä jatkettu 13.5 saakka": measures
    // extended until 13 May, something nobody must do by then
    let (want, rules, reviewed) = first_run("real146.jsonl", 17);
    assert!(want.is_empty());
    assert_eq!(rules.len(), 1);
    assert_eq!(reviewed, want);
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The rules read nothing in the case; the reviewer reads its one deadline.
fn missed_deadline_found(batch: &str, line: usize, (y, m, d): (i32, u32, u32)) {
    let (want, rules, reviewed) = first_run(batch, line);
    assert!(rules.is_empty());
    assert_eq!(want, [key(Kind::Deadline, day(y, m, d), None)]);
    assert_eq!(reviewed, want);
}

#[test]
fn a_closing_day_the_rules_missed_is_added() {
    // "Expression of interest closes at 12 midday on Friday 10 January 2025."
    missed_deadline_found("real148.jsonl", 29, (2025, 1, 10));
}

#[test]
fn a_yearly_application_day_the_rules_missed_is_added() {
    // "föreningar ska ansöka om kulturstöd den 31 oktober året före"
    missed_deadline_found("real146.jsonl", 50, (2018, 10, 31));
}

// Four calls the reviewer made on real155–real157 at their first run
// (trained on real1–real154), once it read how each date was written: a
// period's words tell whether its close is a deadline or its run an event.

#[test]
fn a_consultation_period_gives_its_closing_day() {
    // "Samrådstiden pågår från 20 december 2017 till och med den 26 januari
    // 2018.": the reviewer found it at real157's first run; since stop 35
    // the rules read "till och med den" too, and the reviewer keeps it
    let (want, rules, reviewed) = first_run("real157.jsonl", 43);
    assert_eq!(want, [key(Kind::Deadline, day(2018, 1, 26), None)]);
    assert_eq!(rules, want);
    assert_eq!(reviewed, want);
}

#[test]
fn a_call_closing_on_a_line_of_its_own_gives_its_closing_day() {
    // "Closes 1 Oct 2024" over "Opened 1 Jul 2024"
    missed_deadline_found("real156.jsonl", 8, (2024, 10, 1));
}

#[test]
fn an_advance_voting_period_listed_day_by_day_is_also_one_range() {
    // "Ennakkoäänestys on ajalla 11-17.1.2012", each day's hours listed below
    let (want, rules, reviewed) = first_run("real155.jsonl", 8);
    let run = key(Kind::Event, day(2012, 1, 11), Some(day(2012, 1, 17)));
    assert!(want.contains(&run));
    assert!(!rules.contains(&run));
    assert!(reviewed.contains(&run));
}

#[test]
fn a_feedback_period_the_rules_read_as_an_event_is_dropped() {
    // "From April 29 to May 29, you can [...] provide feedback"
    let (want, rules, reviewed) = first_run("real155.jsonl", 21);
    let run = key(Kind::Event, day(2025, 4, 29), Some(day(2025, 5, 29)));
    assert!(rules.contains(&run));
    assert!(!want.contains(&run));
    assert!(!reviewed.contains(&run));
}

#[test]
fn a_periods_words_are_weighed_apart_from_a_single_days() {
    let today = day(2025, 2, 1);
    let features = |text: &str, lang: Lang| -> Vec<String> {
        export(text, lang, today)
            .into_iter()
            .flat_map(|(_, f)| f)
            .collect()
    };
    for (text, lang, word) in [
        ("Hakuaika on 1.3.–15.3.2025.", Lang::Fi, "hakuai"),
        (
            "The consultation runs from 1 March to 15 March 2025.",
            Lang::En,
            "consul",
        ),
        ("Samrådet pågår 1–15 mars 2025.", Lang::Sv, "samråd"),
    ] {
        let f = features(text, lang);
        assert!(f.contains(&"Df:p".to_string()), "{text}: {f:?}");
        assert!(f.contains(&format!("Dsp:{word}")), "{text}: {f:?}");
    }
    // one day named alone: its sentence's words count once, as they did
    let f = features("Hakemukset on jätettävä 15.3.2025 mennessä.", Lang::Fi);
    assert!(f.contains(&"Df:o".to_string()), "{f:?}");
    let crossed = ["so:", "lo:", "ro:", "sp:", "lp:", "rp:"];
    assert!(
        !f.iter()
            .any(|x| crossed.iter().any(|c| x[1..].starts_with(c))),
        "{f:?}"
    );
}

#[test]
fn the_weights_file_reads_whole() {
    let text = include_str!("weights.tsv");
    let lines = text.lines().filter(|l| !l.starts_with('#')).count();
    assert!(lines > 10_000, "{lines} weights");
    assert_eq!(weights().len(), lines);
    // a line that does not read is skipped, never a panic
    let odd = parse_weights("Dl1:by\t1.5\nno tab\nQkind\t1\nDr1:x\tnot a number\n\t\n");
    assert_eq!(odd.len(), 1);
    assert_eq!(
        odd.get(&salted(fnv(&["l1:", "by"]), Kind::Deadline)),
        Some(&1.5)
    );
}

#[test]
fn a_feature_has_one_key_however_it_is_cut_and_one_per_kind() {
    assert_eq!(fnv(&["l1:", "mennessä"]), fnv(&["l1:mennessä"]));
    assert_eq!(fnv(&["r", "1:", "senast"]), fnv(&["r1:senast"]));
    let h = fnv(&["r1:senast"]);
    assert_ne!(salted(h, Kind::Deadline), salted(h, Kind::Event));
}

#[test]
fn words_are_lowercased_and_numbers_only_their_length() {
    let mut v = Vec::new();
    words("Haku PÄÄTTYY 18.2.2024 klo 16", &mut v);
    assert_eq!(
        v,
        ["haku", "päättyy", "#2", ".", "#1", ".", "#4", "klo", "#2"]
    );
    words("Ansök senast: 1 mars", &mut v);
    assert_eq!(v, ["ansök", "senast", ":", "#1", "mars"]);
    words("Apply by 5 March", &mut v);
    assert_eq!(v, ["apply", "by", "#1", "march"]);
    assert_eq!(stem("mennessäkin"), "mennes");
    assert_eq!(stem("by"), "by");
}
