//! The evaluation of `find` on labelled cases, scored per language and per
//! kind by one loop.
//!
//! Two kinds of set, never pooled: the sets the rules were tuned on
//! (`tests/data/deadlines/*.jsonl`: en, fi, sv, holdout*, probes*), scored
//! together, and the real published text (`real/*.jsonl`), scored batch by
//! batch, so a blind batch is never hidden behind the tuned ones.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;

use crate::deadlines::{find, Kind, Lang};

#[derive(Deserialize)]
pub(in crate::deadlines) struct Case {
    pub(in crate::deadlines) text: String,
    pub(in crate::deadlines) lang: Lang,
    pub(in crate::deadlines) today: NaiveDate,
    pub(in crate::deadlines) expected: Vec<Expected>,
}

#[derive(Deserialize)]
pub(in crate::deadlines) struct Expected {
    pub(in crate::deadlines) kind: Kind,
    pub(in crate::deadlines) date: NaiveDate,
    pub(in crate::deadlines) end: Option<NaiveDate>,
}

pub(in crate::deadlines) type Key = (Kind, NaiveDate, Option<NaiveDate>);

pub(in crate::deadlines) fn key(kind: Kind, date: NaiveDate, end: Option<NaiveDate>) -> Key {
    (kind, date, end.filter(|e| *e != date))
}

#[derive(Default)]
pub(super) struct Score {
    pub(super) tp: usize,
    pub(super) fp: usize,
    pub(super) fneg: usize,
}

impl Score {
    pub(super) fn f1(&self) -> (f64, f64, f64) {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fneg).max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

/// The scores of one set: overall, and by language ("En", "Fi", "Sv") and
/// by kind ("Deadline", "Event"; a false negative counts for the kind
/// expected, a false positive for the kind found).
#[derive(Default)]
struct Scores {
    cases: usize,
    all: Score,
    by: BTreeMap<String, Score>,
}

impl Scores {
    fn count(&mut self, lang: Lang, kind: Kind, tp: usize, fp: usize, fneg: usize) {
        for s in [
            &mut self.all,
            self.by.entry(format!("{lang:?}")).or_default(),
        ] {
            s.tp += tp;
            s.fp += fp;
            s.fneg += fneg;
        }
        let s = self.by.entry(format!("{kind:?}")).or_default();
        s.tp += tp;
        s.fp += fp;
        s.fneg += fneg;
    }

    /// Adds the counts of `other` (another file of the same kind of set).
    fn merge(&mut self, other: Scores) {
        self.cases += other.cases;
        for (bucket, s) in other
            .by
            .into_iter()
            .map(|(b, s)| (Some(b), s))
            .chain([(None, other.all)])
        {
            let into = match bucket {
                Some(b) => self.by.entry(b).or_default(),
                None => &mut self.all,
            };
            into.tp += s.tp;
            into.fp += s.fp;
            into.fneg += s.fneg;
        }
    }

    /// Prints every bucket and the whole; returns the overall F1.
    fn report(&self, name: &str) -> f64 {
        for (bucket, s) in &self.by {
            let (p, r, f1) = s.f1();
            println!(
                "{name} {bucket}: precision {p:.3} recall {r:.3} F1 {f1:.3} (tp {} fp {} fn {})",
                s.tp, s.fp, s.fneg
            );
        }
        let (p, r, f1) = self.all.f1();
        println!(
            "{name} overall ({} cases): precision {p:.3} recall {r:.3} F1 {f1:.3} (tp {} fp {} fn {})",
            self.cases, self.all.tp, self.all.fp, self.all.fneg
        );
        f1
    }
}

/// The `.jsonl` files of `dir` (not of its subdirectories), sorted.
pub(in crate::deadlines) fn jsonl_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("evaluation set directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no evaluation files in {dir}");
    files
}

/// Scores every case of `file` into `scores`, printing each miss.
fn score_file(file: &Path, scores: &mut Scores) {
    let body = std::fs::read_to_string(file).expect("readable evaluation file");
    for (n, line) in body
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let case: Case = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("{}:{}: {e}", file.display(), n + 1));
        scores.cases += 1;
        let want: Vec<Key> = case
            .expected
            .iter()
            .map(|x| key(x.kind, x.date, x.end))
            .collect();
        let got: Vec<Key> = find(&case.text, case.lang, case.today)
            .iter()
            .map(|m| key(m.kind, m.date, m.end))
            .collect();
        for k in &got {
            let hit = want.contains(k);
            scores.count(case.lang, k.0, usize::from(hit), usize::from(!hit), 0);
        }
        for k in want.iter().filter(|w| !got.contains(w)) {
            scores.count(case.lang, k.0, 0, 0, 1);
        }
        if got.iter().any(|g| !want.contains(g)) || want.iter().any(|w| !got.contains(w)) {
            println!(
                "MISS {}:{} today {}\n  text: {}\n  want: {:?}\n  got:  {:?}",
                file.display(),
                n + 1,
                case.today,
                case.text.chars().take(240).collect::<String>(),
                want,
                got
            );
        }
    }
}

fn file_name(file: &Path) -> String {
    file.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The sets the rules were tuned on, together (each file's own figures
/// printed too); fails below F1 0.95 overall.
#[test]
fn evaluation_set_f1() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/deadlines");
    let mut all = Scores::default();
    for f in jsonl_files(dir) {
        let mut own = Scores::default();
        score_file(&f, &mut own);
        let (_, _, f1) = own.all.f1();
        println!("{}: {} cases, F1 {f1:.3}", file_name(&f), own.cases);
        all.merge(own);
    }
    let f1 = all.report("tuned sets");
    assert!(f1 >= 0.95, "overall F1 {f1:.3} is below 0.95");
}

/// Real published text (`tests/data/deadlines/real/`), scored per batch,
/// language and kind and never pooled with the written-for-us sets; fails
/// when any batch scores below F1 0.95 — except the batches named in
/// `real/BLIND`: they have not been used to fix causes yet, so their score is
/// the estimate for unseen text, printed and not held to the bar. A batch
/// leaves that list in the change that fixes what it found.
#[test]
fn real_text_f1() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/deadlines/real");
    let blind_list = std::fs::read_to_string(format!("{dir}/BLIND")).unwrap_or_default();
    let blind: Vec<&str> = blind_list
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .collect();
    let mut worst = 1.0f64;
    for f in jsonl_files(dir) {
        let mut batch = Scores::default();
        score_file(&f, &mut batch);
        let name = file_name(&f);
        let f1 = batch.report(&name);
        if blind.contains(&name.as_str()) {
            println!("  ({name} is blind: reported, not held to 0.95)");
        } else {
            worst = worst.min(f1);
        }
    }
    assert!(
        worst >= 0.95,
        "a real-text batch scores F1 {worst:.3}, below 0.95"
    );
}
