//! How long the web pages take to render on the server with 10,000 items
//! stored (issue 6: "under 50 ms"), as a plain program (no criterion).
//!
//! ```sh
//! cargo bench --bench pages
//! ```
//!
//! Fills a real SQLite file in a temporary folder with 10,000 items from five
//! sources (listing pages read by `extract::html` and stored by
//! `Store::apply_scrape`, so about one item in six carries a deadline or an
//! event), then sends each page's request through the real router
//! (`web::router`, `tower::ServiceExt::oneshot`: routing, the store on its
//! blocking thread, templates, compression off) and reads the whole body.
//! Each page is asked for `RUNS` times after a warm-up; the figures are the
//! median and the 95th percentile.
//!
//! The baseline, measured in the same run, is the store queries that page
//! makes, timed alone on a second connection to the same file: what any
//! page showing the same data must spend at least.

use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::Request;
use chrono::{Duration as Days, NaiveDate, Utc};
use tidings::config::{Config, Live};
use tidings::deadlines::Lang;
use tidings::extract;
use tidings::store::Db;
use tidings::store::{Store, Validators};
use tower::ServiceExt;
use url::Url;

const SOURCES: usize = 5;
const PER_SOURCE: usize = 2_000;
const WARMUP: usize = 5;
const RUNS: usize = 101;

const WORDS: &[&str] = &[
    "integration",
    "municipal",
    "services",
    "immigrants",
    "guidance",
    "funding",
    "programme",
    "employment",
    "education",
    "language",
    "training",
    "regional",
    "cooperation",
    "report",
    "statistics",
    "network",
    "seminar",
    "survey",
    "wellbeing",
    "housing",
    "children",
    "families",
    "interpreting",
    "assessment",
    "plan",
    "ministry",
    "centre",
    "project",
    "results",
    "pilot",
];

fn word(n: usize) -> &'static str {
    WORDS[n % WORDS.len()]
}

fn listing(source: usize, today: NaiveDate) -> String {
    let mut html = String::from("<!doctype html><html><body><ul class=\"news\">");
    for i in 0..PER_SOURCE {
        let n = source * PER_SOURCE + i;
        let published = today - Days::days((n % 730) as i64);
        let title = format!(
            "{} {} and {} {}: news {n}",
            word(n * 7 + 1),
            word(n * 3 + 2),
            word(n * 5 + 3),
            word(n + 4)
        );
        let mut summary: Vec<&str> = (0..40).map(|k| word(n * 11 + k * 13)).collect();
        summary[0] = "The";
        let mut summary = summary.join(" ");
        summary.push('.');
        if n % 8 == 0 {
            let due = today + Days::days((n % 200) as i64 + 1);
            summary.push_str(&format!(
                " Applications must be submitted by {}.",
                due.format("%B %-d, %Y")
            ));
        }
        if n % 15 == 0 {
            let on = today + Days::days((n % 150) as i64 + 1);
            summary.push_str(&format!(
                " The seminar will be held on {}.",
                on.format("%-d.%-m.%Y")
            ));
        }
        html.push_str(&format!(
            "<li><h3><a href=\"/s{source}/news/{n}\">{title}</a></h3><span class=\"date\">{}</span><p>{summary}</p></li>",
            published.format("%-d.%-m.%Y")
        ));
    }
    html.push_str("</ul></body></html>");
    html
}

fn config_text(dir: &std::path::Path) -> String {
    let mut text = format!(
        r#"[server]
listen = "127.0.0.1:9"
base_url = "http://feeds.test"

[storage]
path = "{db}"

[mail]
from = "Tidings <tidings@feeds.test>"
transport = "file"
outbox_dir = "{outbox}"
timezone = "Europe/Helsinki"

[[feed]]
id = "all"
title = "All news"
sources = ["*"]
"#,
        db = dir.join("tidings.db").display(),
        outbox = dir.join("outbox").display(),
    );
    for s in 0..SOURCES {
        text.push_str(&format!(
            r#"
[[source]]
id = "s{s}"
title = "Source number {s}"
url = "http://127.0.0.1:9/s{s}"
kind = "html"
language = "en"
[source.select]
item = "ul.news li"
title = "h3"
link = "h3 a@href"
date = ".date"
summary = "p"
"#
        ));
    }
    text
}

fn fill(config: &Config) -> usize {
    let mut store = Store::open(&config.storage.path).unwrap_or_else(|e| panic!("{e}"));
    let tz = config.mail.timezone;
    let today = Utc::now().with_timezone(&tz).date_naive();
    let mut mentions = 0;
    for (n, source) in config.sources.iter().enumerate() {
        let page = listing(n, today);
        let url = Url::parse(&format!("http://127.0.0.1:9/s{n}")).unwrap_or_else(|e| panic!("{e}"));
        let select = source
            .select
            .as_ref()
            .unwrap_or_else(|| panic!("html source"));
        let mut ex = extract::html(&page, &url, select, tz).unwrap_or_else(|e| panic!("{e}"));
        extract::read_mentions(&mut ex, Lang::En, today, tz, |_| false);
        mentions += ex.items.iter().map(|i| i.mentions.len()).sum::<usize>();
        store
            .apply_scrape(
                &source.id,
                "bench",
                &Validators::default(),
                &ex.items,
                Utc::now(),
            )
            .unwrap_or_else(|e| panic!("{e}"));
    }
    mentions
}

fn stats(mut v: Vec<Duration>) -> (f64, f64) {
    v.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    (
        ms(v[v.len() / 2]),
        ms(v[(v.len() * 95 / 100).min(v.len() - 1)]),
    )
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|s| s.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("{cpu}, {cores} cores")
}

fn main() {
    tidings::fetch::install_crypto();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("tidings.toml");
    std::fs::write(&path, config_text(dir.path())).unwrap_or_else(|e| panic!("{e}"));
    let config = Config::load(&path).unwrap_or_else(|e| panic!("{e}"));
    let started = Instant::now();
    let mentions = fill(&config);
    println!(
        "stored {} items ({mentions} deadlines and events) from {SOURCES} sources in {:.1}s",
        SOURCES * PER_SOURCE,
        started.elapsed().as_secs_f64()
    );
    println!("machine: {}", machine());

    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let db = Db::new(Store::open(&config.storage.path).unwrap_or_else(|e| panic!("{e}")));
    let state = rt
        .block_on(tidings::web::AppState::new(Live::new(config.clone()), db))
        .unwrap_or_else(|e| panic!("{e}"));
    let router = tidings::web::router(state);
    // A second connection for the baseline: the same queries, no HTTP, no templates.
    let store = Store::open(&config.storage.path).unwrap_or_else(|e| panic!("{e}"));
    let all: Vec<String> = config.sources.iter().map(|s| s.id.clone()).collect();
    let today = Utc::now().with_timezone(&config.mail.timezone).date_naive();
    let health = |s: &Store| {
        for id in &all {
            s.source_state(id).unwrap_or_else(|e| panic!("{e}"));
        }
    };
    type Query<'a> = Box<dyn Fn(&Store) + 'a>;
    let pages: Vec<(&str, &str, Query)> = vec![
        (
            "`/` (latest 20, deadlines beside, health)",
            "/",
            Box::new(|s: &Store| {
                s.items_page(&all, None, 0, 20)
                    .unwrap_or_else(|e| panic!("{e}"));
                s.upcoming(&all, today, 5).unwrap_or_else(|e| panic!("{e}"));
                health(s);
            }),
        ),
        (
            "`/?page=400` (items 7,981–8,000)",
            "/?page=400",
            Box::new(|s: &Store| {
                s.items_page(&all, None, 399 * 20, 20)
                    .unwrap_or_else(|e| panic!("{e}"));
                s.upcoming(&all, today, 5).unwrap_or_else(|e| panic!("{e}"));
                health(s);
            }),
        ),
        (
            "`/?q=integration` (search, ~4,000 matches)",
            "/?q=integration",
            Box::new(|s: &Store| {
                s.items_page(&all, Some("integration"), 0, 20)
                    .unwrap_or_else(|e| panic!("{e}"));
                s.upcoming(&all, today, 5).unwrap_or_else(|e| panic!("{e}"));
                health(s);
            }),
        ),
        (
            "`/?q=news 4242` (search, 1 match)",
            "/?q=news%204242",
            Box::new(|s: &Store| {
                s.items_page(&all, Some("news 4242"), 0, 20)
                    .unwrap_or_else(|e| panic!("{e}"));
                s.upcoming(&all, today, 5).unwrap_or_else(|e| panic!("{e}"));
                health(s);
            }),
        ),
        (
            "`/deadlines` (300 upcoming, by week)",
            "/deadlines",
            Box::new(|s: &Store| {
                s.upcoming(&all, today, 300)
                    .unwrap_or_else(|e| panic!("{e}"));
            }),
        ),
        (
            "`/sources` (health of 5 sources)",
            "/sources",
            Box::new(|s: &Store| health(s)),
        ),
    ];

    println!();
    println!(
        "median and 95th percentile of {RUNS} requests each, through the router, {} items stored:",
        SOURCES * PER_SOURCE
    );
    println!("| page | bytes | median | p95 | store queries alone (median) |");
    println!("|---|---:|---:|---:|---:|");
    for (name, uri, baseline) in &pages {
        let mut times = Vec::with_capacity(RUNS);
        let mut bytes = 0;
        for run in 0..WARMUP + RUNS {
            let req = Request::builder()
                .uri(*uri)
                .header("accept-language", "fi-FI,fi;q=0.9,en;q=0.8")
                .body(Body::empty())
                .unwrap_or_else(|e| panic!("{e}"));
            let t = Instant::now();
            let body = rt.block_on(async {
                let resp = router
                    .clone()
                    .oneshot(req)
                    .await
                    .unwrap_or_else(|e| match e {});
                assert_eq!(resp.status(), 200, "{uri}");
                axum::body::to_bytes(resp.into_body(), usize::MAX)
                    .await
                    .unwrap_or_else(|e| panic!("{e}"))
            });
            if run >= WARMUP {
                times.push(t.elapsed());
            }
            bytes = body.len();
        }
        let mut base = Vec::with_capacity(RUNS);
        for run in 0..WARMUP + RUNS {
            let t = Instant::now();
            baseline(&store);
            if run >= WARMUP {
                base.push(t.elapsed());
            }
        }
        let (median, p95) = stats(times);
        let (base_median, _) = stats(base);
        println!("| {name} | {bytes} | {median:.2} ms | {p95:.2} ms | {base_median:.2} ms |");
    }
}
