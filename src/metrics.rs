//! Process counters for `/metrics` (Prometheus text format).
//!
//! Owns: counting what happens — scrapes and their outcomes per source, items
//! new and updated, fetch latency, 304s, mails sent and failed. Counters live
//! in memory and start at zero with the process, as Prometheus expects;
//! gauges that must survive a restart (item counts, health, queue sizes) are
//! read from the database by `web` instead.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::{LazyLock, Mutex};
use std::time::Duration;

/// Upper bounds (seconds) of the fetch latency histogram buckets.
const BUCKETS: [f64; 10] = [0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0];

#[derive(Default)]
struct Registry {
    /// (metric, source) → count
    per_source: BTreeMap<(&'static str, String), u64>,
    global: BTreeMap<&'static str, u64>,
    latency_buckets: [u64; BUCKETS.len()],
    latency_count: u64,
    latency_sum: f64,
}

static REGISTRY: LazyLock<Mutex<Registry>> = LazyLock::new(Mutex::default);

fn with<R>(f: impl FnOnce(&mut Registry) -> R) -> R {
    let mut r = REGISTRY.lock().unwrap_or_else(|p| p.into_inner());
    f(&mut r)
}

/// Adds `n` to a per-source counter.
pub fn count_source(metric: &'static str, source: &str, n: u64) {
    with(|r| {
        *r.per_source
            .entry((metric, source.to_string()))
            .or_default() += n
    });
}

/// Adds `n` to a global counter.
pub fn count(metric: &'static str, n: u64) {
    with(|r| *r.global.entry(metric).or_default() += n);
}

/// Records how long one fetch took.
pub fn observe_fetch(elapsed: Duration) {
    let secs = elapsed.as_secs_f64();
    with(|r| {
        for (i, bound) in BUCKETS.iter().enumerate() {
            if secs <= *bound {
                r.latency_buckets[i] += 1;
            }
        }
        r.latency_count += 1;
        r.latency_sum += secs;
    });
}

const PER_SOURCE: &[(&str, &str)] = &[
    ("tidings_scrapes_total", "Scrapes attempted, per source."),
    (
        "tidings_scrape_failures_total",
        "Scrapes that failed, per source.",
    ),
    (
        "tidings_items_new_total",
        "Items stored for the first time, per source.",
    ),
    (
        "tidings_items_updated_total",
        "Items whose text changed, per source.",
    ),
    (
        "tidings_fetch_not_modified_total",
        "Fetches answered 304 Not Modified, per source.",
    ),
];

const GLOBAL: &[(&str, &str)] = &[
    ("tidings_mails_sent_total", "Mails the transport accepted."),
    (
        "tidings_mails_failed_total",
        "Mails given up on (refused, or out of attempts).",
    ),
    (
        "tidings_mails_retried_total",
        "Mail attempts that will be tried again later.",
    ),
    (
        "tidings_channel_messages_sent_total",
        "Channel messages the receiver accepted (2xx).",
    ),
    (
        "tidings_channel_messages_failed_total",
        "Channel messages given up on (4xx, or out of attempts).",
    ),
    (
        "tidings_channel_messages_retried_total",
        "Channel deliveries that will be tried again later (5xx, timeouts, no connection).",
    ),
    (
        "tidings_config_reloads_total",
        "Config reloads that took effect.",
    ),
    (
        "tidings_config_reload_failures_total",
        "Config reloads refused because the file was broken.",
    ),
    (
        "tidings_store_corrupt_total",
        "Stored values that did not read back (each logged with the row it belongs to).",
    ),
];

fn help(name: &str) -> &'static str {
    PER_SOURCE
        .iter()
        .chain(GLOBAL)
        .find(|(n, _)| *n == name)
        .map(|(_, h)| *h)
        .unwrap_or("")
}

fn label(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// The counters in Prometheus text format.
pub fn render() -> String {
    with(|r| {
        let mut out = String::new();
        let mut last = "";
        for ((metric, source), n) in &r.per_source {
            if *metric != last {
                let _ = writeln!(
                    out,
                    "# HELP {metric} {}\n# TYPE {metric} counter",
                    help(metric)
                );
                last = metric;
            }
            let _ = writeln!(out, "{metric}{{source=\"{}\"}} {n}", label(source));
        }
        for (name, help) in GLOBAL {
            let n = r.global.get(name).copied().unwrap_or(0);
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} counter\n{name} {n}"
            );
        }
        let _ = writeln!(
            out,
            "# HELP tidings_fetch_seconds Time to fetch a page, headers and body.\n# TYPE tidings_fetch_seconds histogram"
        );
        for (i, bound) in BUCKETS.iter().enumerate() {
            let _ = writeln!(
                out,
                "tidings_fetch_seconds_bucket{{le=\"{bound}\"}} {}",
                r.latency_buckets[i]
            );
        }
        let _ = writeln!(
            out,
            "tidings_fetch_seconds_bucket{{le=\"+Inf\"}} {}",
            r.latency_count
        );
        let _ = writeln!(out, "tidings_fetch_seconds_sum {}", r.latency_sum);
        let _ = writeln!(out, "tidings_fetch_seconds_count {}", r.latency_count);
        out
    })
}
