//! Times `deadlines::find` on 1 MB and 9 MB texts against a baseline pass
//! over the same text (lower-casing it and counting its words), so the
//! figures can be compared between machines as ratios.
//!
//! Two kinds of text: news paragraphs (dates next to cue words in three
//! languages) and the worst case of issue 10, a run of dotted numbers
//! (`1.2.3.…31.1.2.…`) with no sentence break. Peak memory is measured on the
//! binary instead: `/usr/bin/time -v target/release/tidings deadlines < big.txt`.
//!
//! `cargo bench --bench deadlines`; `cargo bench --bench deadlines -- --once
//! "news, 1 MB"` reads only the cases whose name holds the given words, once
//! each and without the baseline: a run short enough for
//! `valgrind --tool=callgrind`, whose instruction counts repeat on a loaded
//! machine where wall times do not. `-- --dump` prints every mention found
//! in every case of the evaluation files (`tests/data/deadlines/**.jsonl`),
//! one JSON line a case: diffing two dumps shows that a change meant to be
//! faster reads exactly the same.

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use tidings::deadlines::{self, Lang};

const ROUNDS: usize = 7;

const NEWS: &str = "The Integration 2024 event will take place on 14–15 November 2024 in Turku. \
Program proposals must be submitted no later than February 18, 2024. \
The amendments will enter into force on 1 January 2025. \
Hakemukset on jätettävä viimeistään 15.3.2024 klo 16.00. \
Kela maksaa lapsilisän 20.12.2024. \
Ansökningstiden går ut den 30 april 2024. \
Seminariet hålls i Åbo den 3, i Vasa den 5 och i Uleåborg den 10 september 2024.\n";

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time(mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut times = Vec::with_capacity(ROUNDS);
    let mut n = 0;
    for _ in 0..ROUNDS {
        let t = Instant::now();
        n = f();
        times.push(t.elapsed());
    }
    (median(times), n)
}

fn sized(unit: &str, bytes: usize) -> String {
    let mut s = unit.repeat(bytes / unit.len() + 1);
    let mut cut = bytes;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

fn main() {
    let Some(today) = NaiveDate::from_ymd_opt(2024, 1, 17) else {
        return;
    };
    let dotted: String = (0..31).map(|i| format!("{}.", i + 1)).collect();
    let cases = [
        ("news, 1 MB", sized(NEWS, 1 << 20)),
        ("news, 9 MB", sized(NEWS, 9 << 20)),
        ("dotted numbers, 1 MB", sized(&dotted, 1 << 20)),
        ("dotted numbers, 9 MB", sized(&dotted, 9 << 20)),
    ];
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    if args.iter().any(|a| a == "--dump") {
        dump();
        return;
    }
    let once = args.iter().any(|a| a == "--once");
    let only: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    for (name, text) in &cases {
        if !only.is_empty() && !only.iter().any(|o| name.contains(o.as_str())) {
            continue;
        }
        if once {
            let found = deadlines::find(text, Lang::Auto, today).len();
            println!("{name}: read once ({found} mentions)");
            continue;
        }
        let (base, _) = time(|| text.to_lowercase().split_whitespace().count());
        let (ours, found) = time(|| deadlines::find(text, Lang::Auto, today).len());
        println!(
            "{name}: find median {:.1} ms ({found} mentions); baseline {:.1} ms; ratio {:.1}x",
            ours.as_secs_f64() * 1000.0,
            base.as_secs_f64() * 1000.0,
            ours.as_secs_f64() / base.as_secs_f64().max(1e-9)
        );
    }
}

/// Prints what `find` reads in every evaluation case, one JSON line a case.
fn dump() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/deadlines");
    let mut files = Vec::new();
    for dir in [root.clone(), root.join("real")] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("cannot read {}", dir.display());
            continue;
        };
        files.extend(
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "jsonl")),
        );
    }
    files.sort();
    for file in files {
        let Ok(body) = std::fs::read_to_string(&file) else {
            eprintln!("cannot read {}", file.display());
            continue;
        };
        for (n, line) in body
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let case: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    eprintln!("{}:{}: {e}", file.display(), n + 1);
                    continue;
                }
            };
            let text = case["text"].as_str().unwrap_or("");
            let lang: Lang = serde_json::from_value(case["lang"].clone()).unwrap_or(Lang::Auto);
            let today = case["today"]
                .as_str()
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .unwrap_or_default();
            let found = deadlines::find(text, lang, today);
            let json = serde_json::to_string(&found).unwrap_or_default();
            println!("{}:{} {json}", file.display(), n + 1);
        }
    }
}
