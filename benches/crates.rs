//! Hand-written code against the crate that would replace it, where the
//! choice is about speed or output (README, "Crates or hand-written"), as a
//! plain program (no criterion):
//!
//! ```sh
//! cargo bench --bench crates
//! ```
//!
//! - the iCalendar of 1,000 dated mentions: `publish::ics` against the
//!   `icalendar` crate writing the same events (same UIDs, DTSTAMP, dates,
//!   text), both read back by the `icalendar` parser;
//! - HTTP dates (If-Modified-Since, Retry-After): chrono's RFC 2822 parser,
//!   which the code uses, against `httpdate`, on the three forms RFC 9110
//!   says a recipient must accept;
//! - the live config read every request makes (`config::Live::current`: a
//!   read lock and an `Arc` clone), timed alone, to size what `arc-swap`
//!   could save.
//!
//! Each figure is the median of `RUNS` timed runs after a warm-up.

use std::hint::black_box;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use icalendar::{Calendar, Component, EventLike, Property};
use tidings::deadlines::{Kind, Mention};
use tidings::store::Dated;

const EVENTS: usize = 1_000;
const RUNS: usize = 51;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time<T>(mut f: impl FnMut() -> T) -> Duration {
    for _ in 0..3 {
        black_box(f());
    }
    median(
        (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                black_box(f());
                t.elapsed()
            })
            .collect(),
    )
}

fn dated() -> Vec<Dated> {
    let first = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    (0..EVENTS)
        .map(|i| {
            let date = first + chrono::Duration::days((i % 700) as i64);
            let event = i % 3 == 0;
            Dated {
                mention: Mention {
                    kind: if event { Kind::Event } else { Kind::Deadline },
                    date,
                    end: event.then(|| date + chrono::Duration::days(1)),
                    text: format!(
                        "Applications for round {i} close on {date}; forms, guidance and the budget are on the city's pages."
                    ),
                },
                item_id: i as i64,
                item_uid: format!("urn:uuid:00000000-0000-4000-8000-{i:012}"),
                item_title: format!("Culture grant, round {i}: applications open"),
                item_link: format!("https://city.example/news/grant-{i}"),
                source_id: "council".into(),
            }
        })
        .collect()
}

/// The same calendar through the `icalendar` crate's builder.
fn with_crate(name: &str, dated: &[Dated], stamp: DateTime<Utc>) -> String {
    let mut cal = Calendar::empty();
    for (k, v) in [
        ("VERSION", "2.0"),
        ("PRODID", "-//tidings//deadlines//EN"),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
        ("X-WR-CALNAME", name),
    ] {
        cal.append_property(Property::new(k, v));
    }
    for d in dated {
        let m = &d.mention;
        let (kind, summary) = match m.kind {
            Kind::Deadline => ("deadline", format!("Deadline: {}", d.item_title)),
            Kind::Event => ("event", d.item_title.clone()),
        };
        let uid = format!(
            "{}-{kind}-{}@tidings",
            d.item_uid.trim_start_matches("urn:uuid:"),
            m.date.format("%Y%m%d")
        );
        let end = m.end.unwrap_or(m.date) + chrono::Duration::days(1);
        cal.push(
            icalendar::Event::new()
                .uid(&uid)
                .timestamp(stamp)
                .starts(m.date)
                .ends(end)
                .summary(&summary)
                .description(&m.text)
                .url(&d.item_link)
                .add_property("CATEGORIES", kind.to_ascii_uppercase())
                .add_property("TRANSP", "TRANSPARENT")
                .done(),
        );
    }
    cal.to_string()
}

fn events_in(ics: &str) -> usize {
    let unfolded = icalendar::parser::unfold(ics);
    icalendar::parser::read_calendar(&unfolded)
        .map(|c| c.components.iter().filter(|c| c.name == "VEVENT").count())
        .unwrap_or(0)
}

fn main() {
    let dated = dated();
    let stamp = Utc
        .with_ymd_and_hms(2024, 2, 5, 6, 0, 0)
        .single()
        .unwrap_or_default();
    let name = "All news: deadlines and events";

    let ours = tidings::publish::ics(name, &dated, stamp);
    let theirs = with_crate(name, &dated, stamp);
    let (t_ours, t_theirs) = (
        time(|| tidings::publish::ics(name, &dated, stamp)),
        time(|| with_crate(name, &dated, stamp)),
    );
    println!("iCalendar of {EVENTS} events (median of {RUNS}):");
    println!(
        "  publish::ics    {:>9.3} ms  {:>7} bytes  {} events read back",
        t_ours.as_secs_f64() * 1e3,
        ours.len(),
        events_in(&ours)
    );
    println!(
        "  icalendar crate {:>9.3} ms  {:>7} bytes  {} events read back  ({:.2}x ours)",
        t_theirs.as_secs_f64() * 1e3,
        theirs.len(),
        events_in(&theirs),
        t_theirs.as_secs_f64() / t_ours.as_secs_f64()
    );
    println!(
        "  same output twice: ours {}, crate {}; the two byte for byte the same: {}",
        ours == tidings::publish::ics(name, &dated, stamp),
        theirs == with_crate(name, &dated, stamp),
        ours == theirs
    );

    // RFC 9110 §5.6.7: IMF-fixdate, and the obsolete RFC 850 and asctime forms.
    let forms = [
        ("IMF-fixdate", "Sun, 06 Nov 1994 08:49:37 GMT"),
        ("RFC 850", "Sunday, 06-Nov-94 08:49:37 GMT"),
        ("asctime", "Sun Nov  6 08:49:37 1994"),
    ];
    println!("HTTP dates, per parse (median of {RUNS} runs of 10,000):");
    for (form, text) in forms {
        let chrono_ok = DateTime::parse_from_rfc2822(text).is_ok();
        let httpdate_ok = httpdate::parse_http_date(text).is_ok();
        let per = |d: Duration| d.as_secs_f64() * 1e9 / 10_000.0;
        let t_chrono = time(|| {
            for _ in 0..10_000 {
                black_box(DateTime::parse_from_rfc2822(black_box(text)).is_ok());
            }
        });
        let t_httpdate = time(|| {
            for _ in 0..10_000 {
                black_box(httpdate::parse_http_date(black_box(text)).is_ok());
            }
        });
        println!(
            "  {form:<12} chrono {:>6.1} ns ({})  httpdate {:>6.1} ns ({})",
            per(t_chrono),
            if chrono_ok { "read" } else { "REFUSED" },
            per(t_httpdate),
            if httpdate_ok { "read" } else { "REFUSED" },
        );
    }

    // What Live::current does on every request: a read lock and an Arc clone.
    let live: Arc<RwLock<Arc<String>>> = Arc::new(RwLock::new(Arc::new("config".into())));
    let t_live = time(|| {
        for _ in 0..100_000 {
            let guard = live.read().unwrap_or_else(|p| p.into_inner());
            black_box(Arc::clone(&guard));
        }
    });
    println!(
        "Live config read (RwLock + Arc clone, uncontended): {:.1} ns",
        t_live.as_secs_f64() * 1e9 / 100_000.0
    );
}
