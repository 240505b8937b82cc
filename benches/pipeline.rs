//! The extract + store benchmark of issue 2, as a plain program (no criterion).
//!
//! ```sh
//! cargo bench --bench pipeline
//! ```
//!
//! Writes 1,000 listing pages (20 items, ~60 KB each, kotoutuminen.fi-like
//! markup) into a temporary folder, then, for several rounds, reads them back
//! from disk and times
//!
//! - **floor**: `scraper::Html::parse_document` of each page, nothing else;
//! - **ours, new**: `extract::html` + `extract::read_mentions` +
//!   `Store::apply_scrape` of each page into a fresh SQLite file, one source
//!   per page, so every item is a new insert (the heavy case);
//! - **ours, re-scrape**: the same pages again into the same file: the same
//!   bytes as last time, so each page counts as a 304 (as `scrape` does for
//!   a server without validators);
//! - **ours, changed little**: each page as a real listing changes between two
//!   scrapes (a rotating token in a script, a timestamp outside the items, one
//!   new item on top pushing the oldest off): 1 item new, 19 recognised.
//!
//! Every round runs each mode in a child process of its own (this program
//! re-executes itself with `TIDINGS_BENCH_MODE` set), so that each child's
//! peak resident memory (`VmHWM` in `/proc/self/status`) is that mode's alone.
//! Floor and ours alternate within a round so that a noisy neighbour weighs on
//! both. The figures quoted are medians over the rounds, and the ratio is
//! ours / floor of those medians.
//!
//! A last section times `deadlines::find` on a ~1 MB text.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeZone, Utc};
use scraper::Html;
use tidings::config::Selectors;
use tidings::deadlines::{self, Lang};
use tidings::extract;
use tidings::store::{Store, Validators};
use url::Url;

const PAGES: usize = 1_000;
const ITEMS: usize = 20;
const PAGE_BYTES: usize = 60 * 1024;
/// Rounds of each mode (`TIDINGS_BENCH_ROUNDS` overrides, for a quick look).
const ROUNDS: usize = 5;
const MODE_VAR: &str = "TIDINGS_BENCH_MODE";
const DIR_VAR: &str = "TIDINGS_BENCH_DIR";
/// Where the pages a little changed are written, under the pages.
const LITTLE: &str = "little";

fn main() {
    // `cargo bench` passes `--bench` (and any filter); there is nothing to choose.
    match std::env::var(MODE_VAR) {
        Ok(mode) => child(&mode),
        Err(_) => parent(),
    }
}

// ---------------------------------------------------------------- parent

fn parent() {
    let dir = std::env::temp_dir().join(format!("tidings-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let started = Instant::now();
    let bytes = write_pages(&dir.join("pages"));
    println!(
        "wrote {PAGES} pages of {ITEMS} items, {:.1} KB each on average, to {} in {:.1}s",
        bytes as f64 / PAGES as f64 / 1024.0,
        dir.display(),
        started.elapsed().as_secs_f64()
    );
    println!("machine: {}", machine());

    let rounds = std::env::var("TIDINGS_BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .filter(|&r| r > 0)
        .unwrap_or(ROUNDS);
    let idle = run_child("idle", &dir);
    let mut floor = Vec::new();
    let mut ours = Vec::new();
    for round in 1..=rounds {
        // Alternate which goes first, so neither always runs on a warmer (or busier) machine.
        let (f, o) = if round % 2 == 1 {
            let f = run_child("floor", &dir);
            (f, run_child("ours", &dir))
        } else {
            let o = run_child("ours", &dir);
            (run_child("floor", &dir), o)
        };
        println!(
            "round {round}: floor {:>7.0} pages/s ({:.2}s, {:.1} MB) | ours new {:>7.0} pages/s ({:.2}s, {:.1} MB) | identical {:>7.0} pages/s ({:.2}s) | changed little {:>7.0} pages/s ({:.2}s)",
            pages_per_s(f.first),
            f.first.as_secs_f64(),
            mb(f.hwm_kb),
            pages_per_s(o.first),
            o.first.as_secs_f64(),
            mb(o.hwm_kb),
            pages_per_s(o.second.unwrap_or_default()),
            o.second.unwrap_or_default().as_secs_f64(),
            pages_per_s(o.third.unwrap_or_default()),
            o.third.unwrap_or_default().as_secs_f64(),
        );
        floor.push(f);
        ours.push(o);
    }

    let floor_t = median(floor.iter().map(|r| r.first).collect());
    let new_t = median(ours.iter().map(|r| r.first).collect());
    let again_t = median(ours.iter().filter_map(|r| r.second).collect());
    let little_t = median(ours.iter().filter_map(|r| r.third).collect());
    let floor_mb = mb(floor.iter().map(|r| r.hwm_kb).max().unwrap_or(0));
    let ours_mb = mb(ours.iter().map(|r| r.hwm_kb).max().unwrap_or(0));
    let ratios: Vec<f64> = floor
        .iter()
        .zip(&ours)
        .map(|(f, o)| o.first.as_secs_f64() / f.first.as_secs_f64())
        .collect();

    let deadlines_ms = bench_deadlines();
    let b = run_child_text("breakdown", &dir);
    println!("where ours' time goes (ms for {PAGES} pages, each step timed alone): {b}");

    println!();
    println!("median of {rounds} rounds, {PAGES} pages x {ITEMS} items, read from disk:");
    println!("| measure | pages/s | time for {PAGES} pages | ours / floor | peak memory |");
    println!("|---|---:|---:|---:|---:|");
    println!(
        "| floor: `scraper` parse only | {:.0} | {:.2} s | 1.00 | {:.1} MB |",
        pages_per_s(floor_t),
        floor_t.as_secs_f64(),
        floor_mb
    );
    println!(
        "| ours: extract + mentions + store, all new | {:.0} | {:.2} s | {:.2} | {:.1} MB |",
        pages_per_s(new_t),
        new_t.as_secs_f64(),
        new_t.as_secs_f64() / floor_t.as_secs_f64(),
        ours_mb
    );
    println!(
        "| ours: re-scrape, the same bytes again | {:.0} | {:.2} s | {:.2} | (same process) |",
        pages_per_s(again_t),
        again_t.as_secs_f64(),
        again_t.as_secs_f64() / floor_t.as_secs_f64(),
    );
    println!(
        "| ours: re-scrape, each page a little changed (1 item new, 19 unchanged) | {:.0} | {:.2} s | {:.2} | (same process) |",
        pages_per_s(little_t),
        little_t.as_secs_f64(),
        little_t.as_secs_f64() / floor_t.as_secs_f64(),
    );
    println!(
        "per-round ratios ours/floor: {}",
        ratios
            .iter()
            .map(|r| format!("{r:.2}"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    println!(
        "idle process (no pages): {:.1} MB peak; deadlines::find on 1 MB: {deadlines_ms:.1} ms (median)",
        mb(idle.hwm_kb)
    );
    let ratio = new_t.as_secs_f64() / floor_t.as_secs_f64();
    println!(
        "targets: ours within 1.5x of floor: {} ({ratio:.2}x); peak under 100 MB: {} ({ours_mb:.1} MB); deadlines 1 MB well under 100 ms: {} ({deadlines_ms:.1} ms)",
        verdict(ratio <= 1.5),
        verdict(ours_mb < 100.0),
        verdict(deadlines_ms < 100.0),
    );

    let _ = std::fs::remove_dir_all(&dir);
}

fn verdict(ok: bool) -> &'static str {
    if ok {
        "met"
    } else {
        "NOT met"
    }
}

/// What one child reported.
struct Run {
    first: Duration,
    second: Option<Duration>,
    /// The pages a little changed, after `second`.
    third: Option<Duration>,
    hwm_kb: u64,
}

fn run_child_text(mode: &str, dir: &Path) -> String {
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("current_exe: {e}"));
    let out = Command::new(exe)
        .env(MODE_VAR, mode)
        .env(DIR_VAR, dir)
        .output()
        .unwrap_or_else(|e| panic!("running the {mode} child: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    if !out.status.success() {
        panic!(
            "the {mode} child failed ({}):\n{stdout}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    stdout.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn run_child(mode: &str, dir: &Path) -> Run {
    let stdout = run_child_text(mode, dir);
    let field = |name: &str| -> Option<u64> {
        stdout
            .split_whitespace()
            .find_map(|w| w.strip_prefix(name)?.strip_prefix('=')?.parse().ok())
    };
    Run {
        first: Duration::from_nanos(field("first_ns").unwrap_or(0)),
        second: field("second_ns").map(Duration::from_nanos),
        third: field("third_ns").map(Duration::from_nanos),
        hwm_kb: field("hwm_kb").unwrap_or_else(|| panic!("no hwm_kb from {mode}: {stdout}")),
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    if v.is_empty() {
        return Duration::ZERO;
    }
    v.sort();
    v[v.len() / 2]
}

fn pages_per_s(d: Duration) -> f64 {
    if d.is_zero() {
        0.0
    } else {
        PAGES as f64 / d.as_secs_f64()
    }
}

fn mb(kb: u64) -> f64 {
    kb as f64 / 1024.0
}

fn machine() -> String {
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(0);
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, m)| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    format!("{cores} cores, {model}")
}

// ---------------------------------------------------------------- children

fn child(mode: &str) {
    let dir = PathBuf::from(std::env::var(DIR_VAR).unwrap_or_else(|_| panic!("{DIR_VAR} unset")));
    let pages = dir.join("pages");
    match mode {
        "idle" => {}
        // For profiling a mode by hand: write the pages, then run e.g.
        // `TIDINGS_BENCH_MODE=ours TIDINGS_BENCH_DIR=... perf record <bench binary>`.
        "write" => {
            write_pages(&pages);
        }
        "floor" => {
            let t = Instant::now();
            let mut nodes = 0usize;
            for n in 0..PAGES {
                let text = read_page(&pages, n);
                let doc = Html::parse_document(&text);
                nodes += std::hint::black_box(&doc).tree.nodes().len();
            }
            let elapsed = t.elapsed();
            std::hint::black_box(nodes);
            println!("first_ns={}", elapsed.as_nanos());
        }
        "ours" => {
            let db = dir.join(format!("bench-{}.db", std::process::id()));
            let select = selectors();
            let mut store = Store::open(&db).unwrap_or_else(|e| panic!("{e}"));
            let now = Utc
                .with_ymd_and_hms(2024, 3, 1, 10, 0, 0)
                .single()
                .unwrap_or_default();
            let first = pass_new(&pages, &mut store, &select, now);
            // `TIDINGS_BENCH_FIRST_ONLY`: the all-new pass alone. Each pass is
            // a function of its own, so one callgrind run gives each its
            // figure (`callgrind_annotate --inclusive=yes`, `pipeline::pass_*`).
            let (second, third) = if std::env::var_os("TIDINGS_BENCH_FIRST_ONLY").is_some() {
                (Duration::ZERO, Duration::ZERO)
            } else {
                let later = now + chrono::Duration::minutes(30);
                let second = pass_identical(&pages, &mut store, &select, later);
                let later = later + chrono::Duration::minutes(30);
                (second, pass_little(&pages, &mut store, &select, later))
            };
            drop(store);
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
            }
            println!(
                "first_ns={} second_ns={} third_ns={}",
                first.as_nanos(),
                second.as_nanos(),
                third.as_nanos()
            );
        }
        "breakdown" => breakdown(&dir, &pages),
        other => panic!("unknown {MODE_VAR} {other:?}"),
    }
    println!("hwm_kb={}", vm_hwm_kb());
}

/// Where the time of "ours, new" goes: each step timed on its own, summed over the pages.
fn breakdown(dir: &Path, pages: &Path) {
    let db = dir.join(format!("bench-{}.db", std::process::id()));
    let select = selectors();
    let mut store = Store::open(&db).unwrap_or_else(|e| panic!("{e}"));
    let first = Utc
        .with_ymd_and_hms(2024, 3, 1, 10, 0, 0)
        .single()
        .unwrap_or_default();
    let tz = chrono_tz::Europe::Helsinki;
    let validators = Validators::default();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let mut line = Vec::new();
    for (pass, now) in [
        ("new", first),
        ("again", first + chrono::Duration::minutes(30)),
    ] {
        let today = now.with_timezone(&tz).date_naive();
        let (mut read, mut parse, mut extra, mut mentions, mut apply) = Default::default();
        for n in 0..PAGES {
            let t = Instant::now();
            let text = read_page(pages, n);
            read += t.elapsed();
            let t = Instant::now();
            std::hint::black_box(Html::parse_document(&text));
            let parsed = t.elapsed();
            parse += parsed;
            let url = page_url(n);
            let t = Instant::now();
            let mut ex = extract::html(&text, &url, &select, tz).unwrap_or_else(|e| panic!("{e}"));
            // What extract::html does beyond the parse (its own parse counted as the one above).
            extra += t.elapsed().saturating_sub(parsed);
            let t = Instant::now();
            read_mentions_as_scrape_does(&store, &source_id(n), &mut ex, page_lang(n), today);
            mentions += t.elapsed();
            let t = Instant::now();
            store
                .apply_scrape(&source_id(n), "bench", &validators, &ex.items, now)
                .unwrap_or_else(|e| panic!("{e}"));
            apply += t.elapsed();
        }
        line.push(format!(
            "{pass}: read={:.0} parse={:.0} extract_beyond_parse={:.0} read_mentions={:.0} apply_scrape={:.0}",
            ms(read),
            ms(parse),
            ms(extra),
            ms(mentions),
            ms(apply),
        ));
    }
    drop(store);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    println!("{}", line.join(" | "));
}

/// Every page's items new.
#[inline(never)]
fn pass_new(
    pages: &Path,
    store: &mut Store,
    select: &Selectors,
    now: chrono::DateTime<Utc>,
) -> Duration {
    ours_pass(pages, store, select, now, |o| {
        assert_eq!((o.new, o.updated, o.unchanged), (ITEMS, 0, 0), "{o:?}")
    })
}

/// The same bytes again: every item unchanged.
#[inline(never)]
fn pass_identical(
    pages: &Path,
    store: &mut Store,
    select: &Selectors,
    now: chrono::DateTime<Utc>,
) -> Duration {
    ours_pass(pages, store, select, now, |o| {
        assert_eq!((o.new, o.updated, o.unchanged), (0, 0, ITEMS), "{o:?}")
    })
}

/// Each page a little changed (see `page_little_changed`): one item new,
/// 19 unchanged.
#[inline(never)]
fn pass_little(
    pages: &Path,
    store: &mut Store,
    select: &Selectors,
    now: chrono::DateTime<Utc>,
) -> Duration {
    ours_pass(&pages.join(LITTLE), store, select, now, |o| {
        assert_eq!((o.new, o.updated, o.unchanged), (1, 0, ITEMS - 1), "{o:?}")
    })
}

fn ours_pass(
    pages: &Path,
    store: &mut Store,
    select: &Selectors,
    now: chrono::DateTime<Utc>,
    check: impl Fn(&tidings::store::Outcome),
) -> Duration {
    let tz = chrono_tz::Europe::Helsinki;
    let today = now.with_timezone(&tz).date_naive();
    let validators = Validators::default();
    let t = Instant::now();
    for n in 0..PAGES {
        let text = read_page(pages, n);
        let url = page_url(n);
        let sid = source_id(n);
        // As `scrape` does: the same bytes as last time are a 304, and the
        // items stored last time are recognised by their markup.
        let body_hash = tidings::store::body_hash(text.as_bytes());
        let state = store.source_state(&sid).unwrap_or_else(|e| panic!("{e}"));
        if state.body_hash.as_deref() == Some(body_hash.as_str()) {
            store
                .record_not_modified(&sid, now)
                .unwrap_or_else(|e| panic!("{e}"));
            check(&tidings::store::Outcome {
                unchanged: state.last_item_count.unwrap_or(0) as usize,
                ..Default::default()
            });
            continue;
        }
        let before = store.seen_before(&sid).unwrap_or_else(|e| panic!("{e}"));
        let mut ex = extract::html_known(&text, &url, select, tz, usize::MAX, &before)
            .unwrap_or_else(|e| panic!("{e}"));
        read_mentions_as_scrape_does(store, &sid, &mut ex, page_lang(n), today);
        let scrape = tidings::store::Scrape {
            source_id: &sid,
            fingerprint: "bench",
            validators: &validators,
            items: &ex.items,
            now,
            body_hash: Some(&body_hash),
        };
        let (outcome, _) = store
            .apply_scrape_checked(&scrape, |_| None)
            .unwrap_or_else(|e| panic!("{e}"));
        check(&outcome);
    }
    store.flush_not_modified().unwrap_or_else(|e| panic!("{e}"));
    t.elapsed()
}

/// As `scrape` does: look up what the store has, and read dates only from
/// items that are new or changed.
fn read_mentions_as_scrape_does(
    store: &Store,
    source: &str,
    ex: &mut extract::Extraction,
    lang: Lang,
    today: chrono::NaiveDate,
) {
    let identities = ex.read_whole();
    let known = store
        .known_items(source, &identities)
        .unwrap_or_else(|e| panic!("{e}"));
    extract::read_mentions(ex, lang, today, chrono_tz::Europe::Helsinki, |item| {
        known.get(&item.identity).is_some_and(|k| k.unchanged(item))
    });
}

/// The default source's selectors (`config/tidings.toml`).
fn selectors() -> Selectors {
    Selectors::parse(
        ".news-list li, .news-listing .news-item, article.news-item",
        "h3, h2, .title",
        "a@href",
        Some(".date, time, .news-date"),
        Some("p, .summary"),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

fn read_page(pages: &Path, n: usize) -> String {
    let path = pages.join(format!("{n:04}.html"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn vm_hwm_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

// ---------------------------------------------------------------- pages

fn source_id(n: usize) -> String {
    format!("listing-{n:04}")
}

fn page_lang(n: usize) -> Lang {
    if n % 2 == 0 {
        Lang::En
    } else {
        Lang::Fi
    }
}

fn page_url(n: usize) -> Url {
    let lang = if n % 2 == 0 { "en" } else { "fi" };
    Url::parse(&format!(
        "https://kotoutuminen.fi/{lang}/information-for-authorities?page={n}"
    ))
    .unwrap_or_else(|e| panic!("{e}"))
}

/// A small deterministic generator (xorshift), so every run benchmarks the same pages.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const EN_TITLES: &[&str] = &[
    "New comprehensive review of integration has been published",
    "Participate in the program planning of the Integration event",
    "Information card provides integration services data in figures",
    "Apply to join the planning groups of the Integration event",
    "Legislative changes of the Integration Act circulated for comments",
    "Municipal integration programmes updated",
    "Call for applications: partnership programme projects",
    "Training for authorities on multilingual guidance",
    "Survey on the reception of refugees in municipalities",
    "Webinar: language training pathways for adults",
];

const FI_TITLES: &[&str] = &[
    "Kotoutumisen kokonaiskatsaus on julkaistu",
    "Osallistu Kotoutuminen-tapahtuman ohjelman suunnitteluun",
    "Tietokortti kertoo kotoutumispalveluista lukuina",
    "Hae mukaan tapahtuman suunnitteluryhmiin",
    "Kotoutumislain muutokset lausuntokierroksella",
    "Kuntien kotoutumisohjelmat päivitetty",
    "Haku kumppanuusohjelman hankkeisiin on auki",
    "Koulutus viranomaisille monikielisestä ohjauksesta",
    "Kysely pakolaisten vastaanotosta kunnissa",
    "Verkkoseminaari aikuisten kielikoulutuspoluista",
];

const EN_SENTENCES: &[&str] = &[
    "The comprehensive review provides an overview of the current state of integration in Finland.",
    "The publication consists of two parts, the first of which describes changes in the state of integration compared with the situation four years ago.",
    "Authorities can promote the smooth implementation of the integration process by cooperating across different administrative sectors.",
    "The programme planning team compiles the programme based on the proposals received.",
    "For how many immigrants an integration plan was made last year?",
    "The aim is that the changes will strengthen general government finances and improve the position of immigrant mothers.",
    "Multisectoral and multidisciplinary cooperation is an essential part of integration work.",
    "The event is free of charge and open to everyone working with integration.",
];

const FI_SENTENCES: &[&str] = &[
    "Kokonaiskatsaus antaa kuvan kotoutumisen nykytilasta Suomessa.",
    "Julkaisu koostuu kahdesta osasta, joista ensimmäinen kuvaa kotoutumisen tilan muutoksia.",
    "Viranomaiset voivat edistää kotoutumisprosessin sujuvaa toteutumista tekemällä yhteistyötä eri hallinnonalojen kesken.",
    "Ohjelmatyöryhmä kokoaa ohjelman saatujen ehdotusten pohjalta.",
    "Kuinka monelle maahanmuuttajalle laadittiin kotoutumissuunnitelma viime vuonna?",
    "Muutosten tavoitteena on vahvistaa julkista taloutta ja parantaa maahanmuuttajaäitien asemaa.",
    "Monialainen yhteistyö on olennainen osa kotoutumistyötä.",
    "Tilaisuus on maksuton ja avoin kaikille kotoutumisen parissa työskenteleville.",
];

fn date_phrase_en(rng: &mut Rng, d: NaiveDate) -> String {
    use chrono::Datelike;
    let month = d.format("%B").to_string();
    match rng.below(6) {
        0 => format!(
            "Program proposals must be submitted no later than {month} {}, {}.",
            d.day(),
            d.year()
        ),
        1 => format!(
            "Applications must be submitted by {} {month} {}.",
            d.day(),
            d.year()
        ),
        2 => format!(
            "Comments will be accepted until {}.{}.{}.",
            d.day(),
            d.month(),
            d.year()
        ),
        3 => format!(
            "The event will take place on {}–{} {month} {} in Turku.",
            d.day(),
            (d.day() + 1).min(28),
            d.year()
        ),
        4 => format!(
            "An online info session is held on {}.{}.{} at 13.00–14.00.",
            d.day(),
            d.month(),
            d.year()
        ),
        _ => format!("The deadline for registration is {}.", d.format("%Y-%m-%d")),
    }
}

fn date_phrase_fi(rng: &mut Rng, d: NaiveDate) -> String {
    use chrono::Datelike;
    match rng.below(4) {
        0 => format!(
            "Hakemukset on jätettävä viimeistään {}.{}.{}.",
            d.day(),
            d.month(),
            d.year()
        ),
        1 => format!(
            "Lausunnot pyydetään toimittamaan {}.{}.{} mennessä.",
            d.day(),
            d.month(),
            d.year()
        ),
        2 => format!(
            "Tapahtuma järjestetään {}.–{}.{}.{} Turussa.",
            d.day(),
            (d.day() + 1).min(28),
            d.month(),
            d.year()
        ),
        _ => format!(
            "Infotilaisuus pidetään {}.{}.{} klo 13–14.",
            d.day(),
            d.month(),
            d.year()
        ),
    }
}

fn slug(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                '-'
            }
        })
        .collect()
}

fn base_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 2, 14).unwrap_or_default()
}

fn items_html(rng: &mut Rng, n: usize) -> String {
    let mut out = String::new();
    for i in 0..ITEMS {
        out.push_str(&item_html(rng, n, i));
    }
    out
}

/// Item `i` of page `n`'s listing.
fn item_html(rng: &mut Rng, n: usize, i: usize) -> String {
    let fi = n % 2 == 1;
    let (titles, sentences) = if fi {
        (FI_TITLES, FI_SENTENCES)
    } else {
        (EN_TITLES, EN_SENTENCES)
    };
    let lang = if fi { "fi" } else { "en" };
    let title = rng.pick(titles);
    let published = base_day() - chrono::Duration::days((n * 3 + i * 5) as i64 % 700);
    let mut summary = String::new();
    for _ in 0..3 + rng.below(3) {
        summary.push_str(rng.pick(sentences));
        summary.push(' ');
    }
    // About one item in three names a deadline or an event.
    if rng.below(3) == 0 {
        let when = published + chrono::Duration::days(10 + rng.below(80) as i64);
        let phrase = if fi {
            date_phrase_fi(rng, when)
        } else {
            date_phrase_en(rng, when)
        };
        summary.push_str(&phrase);
        summary.push(' ');
    }
    summary.push_str(rng.pick(sentences));
    let kind = if fi { "Uutinen" } else { "News item" };
    let more = if fi { "Lue lisää" } else { "Read more" };
    format!(
        r#"    <li class="news-item" data-id="{n}-{i}">
      <div class="news-item__image"><img src="/documents/{n}/{i}/thumb.jpg" alt="" loading="lazy" width="320" height="180"></div>
      <div class="news-item__body">
        <h3 class="news-item__title"><a href="/{lang}/-/{}-{n}-{i}?utm_source=listing">{title}</a></h3>
        <div class="meta"><span class="date">{}</span> | <span class="type">{kind}</span></div>
        <p class="summary">{}</p>
        <p class="news-item__more"><a href="/{lang}/-/{}-{n}-{i}" aria-label="{more}: {title}">{more} <span aria-hidden="true">&rsaquo;</span></a></p>
        <div class="tags"><a href="/{lang}/tags/integration">integration</a> <a href="/{lang}/tags/authorities">authorities</a></div>
      </div>
    </li>
"#,
        slug(title),
        published.format("%-d.%-m.%Y"),
        summary.trim_end(),
        slug(title),
    )
}

/// Page `n` as it looks a little later, the way a real listing changes
/// between two scrapes: a rotating token in its scripts, a generation
/// timestamp outside the items, and one new item on top that pushes the
/// oldest off (so 19 of its 20 items are the ones stored before).
fn page_little_changed(n: usize) -> String {
    let page = page_html(n).replacen(
        &format!("\"authToken\": \"bench{n}\""),
        &format!("\"authToken\": \"bench{n}-b7f3\""),
        1,
    );
    let page = page.replacen(
        "</body>",
        "<!-- generated 2024-03-01T10:30:00Z in 41 ms -->\n</body>",
        1,
    );
    let list = "<ul class=\"news-list\">\n";
    let top = page.find(list).map_or(0, |p| p + list.len());
    let last = page
        .rfind("    <li class=\"news-item\"")
        .unwrap_or(page.len());
    let end = page[last..]
        .find("    </li>\n")
        .map_or(page.len(), |p| last + p + "    </li>\n".len());
    let fresh = item_html(&mut Rng(0x0dd_ba11 ^ (n as u64 + 7)), n, ITEMS);
    format!(
        "{}{fresh}{}{}",
        &page[..top],
        &page[top..last],
        &page[end..]
    )
}

fn nav_entry(rng: &mut Rng, lang: &str, depth: usize, k: usize) -> String {
    let words = if lang == "fi" { FI_TITLES } else { EN_TITLES };
    let label = rng.pick(words);
    let mut s = format!(
        r#"<li class="nav-item nav-item--level-{depth}"><a class="nav-link" href="/{lang}/section-{depth}-{k}/{}" data-senna-off="true">{label}</a>"#,
        slug(label)
    );
    if depth < 2 {
        s.push_str(r#"<ul class="sub-nav">"#);
        for j in 0..3 {
            s.push_str(&nav_entry(rng, lang, depth + 1, k * 10 + j));
        }
        s.push_str("</ul>");
    }
    s.push_str("</li>\n");
    s
}

fn page_html(n: usize) -> String {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ (n as u64 + 1).wrapping_mul(0x2545_f491_4f6c_dd1d));
    let lang = if n % 2 == 1 { "fi" } else { "en" };
    let items = items_html(&mut rng, n);
    let mut head = format!(
        r#"<!DOCTYPE html>
<html lang="{lang}" class="ltr" dir="ltr">
<head>
<meta charset="utf-8">
<title>Information for authorities | Kotoutuminen.fi</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Information for authorities">
<meta property="og:url" content="https://kotoutuminen.fi/{lang}/information-for-authorities">
<link rel="canonical" href="https://kotoutuminen.fi/{lang}/information-for-authorities">
<link rel="alternate" hreflang="fi" href="https://kotoutuminen.fi/fi/tietoa-viranomaisille">
<link rel="alternate" hreflang="sv" href="https://kotoutuminen.fi/sv/information-for-myndigheter">
<link rel="stylesheet" href="/o/kotoutuminen-theme/css/main.css?t=1707900000">
<script>
var Liferay = {{ "authToken": "bench{n}", "currentURL": "/{lang}/information-for-authorities", "languageId": "{lang}_FI", "portletNamespace": "_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_news_" }};
"#
    );
    // Inline configuration scripts are a good part of such pages' weight.
    for k in 0..40 {
        head.push_str(&format!(
            "Liferay.Loader.addModule({{ name: 'frontend-js-module-{k}', dependencies: ['frontend-js-web', 'frontend-taglib'], path: '/o/js/resolved-module/frontend-js-module-{k}/index.js', anonymous: false }});\n"
        ));
    }
    head.push_str("</script>\n</head>\n<body class=\"controls-visible yui3-skin-sam signed-out public-page site\">\n");
    head.push_str(r##"<a class="skip" href="#content">Skip to Content</a>
<header class="site-header" role="banner">
<div class="brand"><a href="/" title="Kotoutuminen.fi"><img src="/o/theme/images/logo.svg" alt="Kotoutuminen.fi"></a></div>
<nav class="language-menu"><a href="/fi/tietoa-viranomaisille" lang="fi">Suomeksi</a> <a href="/sv/information-for-myndigheter" lang="sv">På svenska</a> <a href="/en/information-for-authorities" lang="en">In English</a></nav>
<nav class="main-nav" aria-label="Main"><ul class="nav">
"##);

    let mut foot = String::from("</ul></nav>\n</header>\n");
    foot.push_str(&format!(
        r#"<main id="content">
<nav class="breadcrumb"><ol><li><a href="/{lang}">Home</a></li><li><a href="/{lang}/authorities">Authorities</a></li><li>Information for authorities</li></ol></nav>
<h1>Information for those who work as an official in TE Office services, municipality or the health and social sector</h1>
<p class="lead">Immigrants encounter many authorities on their integration path. Authorities can promote the smooth implementation of the integration process by cooperating across different administrative sectors and fields.</p>
<div class="link-cards">
  <a class="card" href="/{lang}/multisectoral-cooperation"><h2>Multisectoral cooperation</h2><p>Multisectoral and multidisciplinary cooperation is an essential part of integration work.</p></a>
  <a class="card" href="/{lang}/municipal-integration-programmes"><h2>Municipal integration programmes</h2><p>This section contains municipal integration programmes.</p></a>
  <a class="card" href="/{lang}/legislation"><h2>Legislation</h2><p>Several acts guide integration.</p></a>
</div>
<section class="news-listing">
  <h2>New for authorities</h2>
  <ul class="news-list">
"#
    ));
    foot.push_str(&items);
    foot.push_str(&format!(
        r#"  </ul>
  <nav class="pagination"><a href="/{lang}/information-for-authorities?page={}">Previous</a> <a href="/{lang}/information-for-authorities?page={}">Next</a></nav>
  <a class="all-news" href="/{lang}/news">All news</a>
</section>
</main>
<footer class="site-footer" role="contentinfo">
<div class="footer-contacts"><p>Kotoutumisen osaamiskeskus, TEM</p><p>PL 32, 00023 Valtioneuvosto</p><p><a href="mailto:kotoutuminen@tem.fi">kotoutuminen@tem.fi</a></p></div>
<ul class="footer-links">
"#,
        n.saturating_sub(1),
        n + 1
    ));
    for k in 0..30 {
        let label = rng.pick(EN_TITLES);
        foot.push_str(&format!(
            "<li><a href=\"/{lang}/footer/{k}/{}\">{label}</a></li>\n",
            slug(label)
        ));
    }
    foot.push_str("</ul>\n<p class=\"copyright\">© Ministry of Economic Affairs and Employment</p>\n</footer>\n<script src=\"/o/frontend-js-web/liferay/global.bundle.js\"></script>\n</body>\n</html>\n");

    // The navigation takes whatever is left of ~60 KB.
    let mut nav = String::new();
    let mut k = 0;
    while head.len() + nav.len() + foot.len() < PAGE_BYTES - 600 {
        nav.push_str(&nav_entry(&mut rng, lang, 0, k));
        k += 1;
    }
    head + &nav + &foot
}

/// Writes the pages, and beside them (`little/`) each page a little changed.
fn write_pages(pages: &Path) -> usize {
    let little = pages.join(LITTLE);
    std::fs::create_dir_all(&little).unwrap_or_else(|e| panic!("{}: {e}", little.display()));
    let mut total = 0;
    for n in 0..PAGES {
        let html = page_html(n);
        total += html.len();
        let path = pages.join(format!("{n:04}.html"));
        std::fs::write(&path, html).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let path = little.join(format!("{n:04}.html"));
        std::fs::write(&path, page_little_changed(n))
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    total
}

// ---------------------------------------------------------------- deadlines

/// Median milliseconds of `deadlines::find` over a ~1 MB news text.
fn bench_deadlines() -> f64 {
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut text = String::with_capacity(1 << 20);
    let mut k = 0;
    while text.len() < 1 << 20 {
        let title = rng.pick(EN_TITLES);
        let day = base_day() + chrono::Duration::days(rng.below(400) as i64);
        text.push_str(&format!(
            "{title}\n{} | News item\n",
            day.format("%-d.%-m.%Y")
        ));
        for _ in 0..4 {
            text.push_str(rng.pick(EN_SENTENCES));
            text.push(' ');
        }
        if k % 3 == 0 {
            text.push_str(&date_phrase_en(&mut rng, day));
        }
        text.push_str("\n\n");
        k += 1;
    }
    let today = base_day();
    let mut found = 0;
    let mut times = Vec::new();
    for _ in 0..ROUNDS {
        let t = Instant::now();
        let mentions = deadlines::find(&text, Lang::En, today);
        times.push(t.elapsed());
        found = mentions.len();
    }
    let ms = median(times).as_secs_f64() * 1000.0;
    println!(
        "deadlines::find on {:.2} MB of English news text: {found} mentions, median {ms:.1} ms",
        text.len() as f64 / (1 << 20) as f64
    );
    ms
}
