//! `tidings demo`: everything offline, against a bundled copy of a news site.
//!
//! Owns: the bundled site (served on loopback), the demo config written under
//! `data/demo/`, the first scrape, a demo subscriber and the news item that
//! appears after it (so a mail is written). Everything after that is the real
//! service, unchanged.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use anyhow::Context;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use chrono::{Datelike, Duration, NaiveDate, Utc};
use tokio::net::TcpListener;

use crate::config::{Config, Live};
use crate::fetch::Fetcher;
use crate::scrape;
use crate::store::{Db, Store};

const LISTING: &str = include_str!("demo/information-for-authorities.html");

/// The bundled listing with its `{{numeric:N}}`, `{{long:N}}` and `{{range:N}}`
/// placeholders filled in relative to `today`, so the demo always has
/// deadlines and events still to come. The item between `<!--fresh-->` marks
/// is published only when `fresh` is true: the news that appears while the
/// demo runs, and is mailed.
pub fn listing(today: NaiveDate, fresh: bool) -> String {
    let page = match (LISTING.split_once("<!--fresh-->"), fresh) {
        (Some((before, rest)), false) => {
            let after = rest
                .split_once("<!--/fresh-->")
                .map(|(_, a)| a)
                .unwrap_or(rest);
            format!("{before}{after}")
        }
        _ => LISTING.to_string(),
    };
    let mut out = String::with_capacity(page.len());
    let mut rest = page.as_str();
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let Some(len) = rest[start..].find("}}") else {
            break;
        };
        let token = &rest[start + 2..start + len];
        rest = &rest[start + len + 2..];
        let (kind, n) = token.split_once(':').unwrap_or((token, "0"));
        let day = today + Duration::days(n.parse::<i64>().unwrap_or(0));
        let text = match kind {
            "numeric" => format!("{}.{}.{}", day.day(), day.month(), day.year()),
            "long" => day.format("%B %-d, %Y").to_string(),
            "range" => {
                // Two consecutive days in one month: "28–29 October 2026".
                let mut first = day;
                while (first + Duration::days(1)).month() != first.month() {
                    first += Duration::days(1);
                }
                format!(
                    "{}–{} {}",
                    first.day(),
                    first.day() + 1,
                    first.format("%B %Y")
                )
            }
            _ => String::new(),
        };
        out.push_str(&text);
    }
    out.push_str(rest);
    out
}

/// Serves the bundled site on 127.0.0.1 (a free port) and returns its
/// address; setting the flag publishes the fresh item.
pub async fn serve_site() -> anyhow::Result<(SocketAddr, Arc<AtomicBool>)> {
    let fresh = Arc::new(AtomicBool::new(false));
    let flag = fresh.clone();
    let app = Router::new()
        .route(
            "/en/information-for-authorities",
            get(move || {
                let fresh = flag.load(Ordering::Relaxed);
                async move {
                    (
                        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                        listing(Utc::now().date_naive(), fresh),
                    )
                        .into_response()
                }
            }),
        )
        .route(
            "/robots.txt",
            get(|| async { "User-agent: *\nDisallow: /admin\n" }),
        );
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Ok((addr, fresh))
}

fn demo_config(site: SocketAddr, listen: SocketAddr, data: &Path) -> String {
    let db = data.join("demo/tidings.db");
    let outbox = data.join("outbox");
    format!(
        r#"# Written by `tidings demo`; points at the bundled site on loopback.
[server]
listen = "{listen}"
base_url = "http://{listen}"

[storage]
path = "{db}"

[mail]
transport = "file"
outbox_dir = "{outbox}"

[fetch]
per_host_interval = "100ms"

[[source]]
id = "kotoutuminen-authorities"
title = "kotoutuminen.fi — New for authorities (demo copy)"
url = "http://{site}/en/information-for-authorities"
kind = "html"
schedule = "*/5 * * * *"
language = "en"
[source.select]
item = ".news-list li"
title = "h3"
link = "h3 a@href"
date = ".date"
summary = "p"

[[feed]]
id = "all"
title = "All news"
sources = ["*"]
"#,
        db = db.display(),
        outbox = outbox.display(),
    )
}

pub async fn run(listen: SocketAddr, data: &Path) -> anyhow::Result<()> {
    let (site, fresh) = serve_site().await?;
    // The asked-for port when it is free, any free one when it is not.
    let listener = match TcpListener::bind(listen).await {
        Ok(l) => l,
        Err(_) => TcpListener::bind(SocketAddr::new(listen.ip(), 0)).await?,
    };
    let listen = listener.local_addr()?;
    let path = data.join("demo/tidings.toml");
    let path = path.as_path();
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("unable to create {}", dir.display()))?;
    }
    std::fs::write(path, demo_config(site, listen, data))
        .with_context(|| format!("unable to write {}", path.display()))?;
    let config = Config::load(path).map_err(|e| anyhow::anyhow!("{e}"))?;
    // Each demo starts from a fresh database, so it shows a first scrape every time.
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", config.storage.path.display()));
    }
    let db = Db::new(Store::open(&config.storage.path)?);
    let fetcher = Fetcher::new(&config.fetch)?;
    let mut reports =
        scrape::scrape_all(&fetcher, &db, &config, &[], Utc::now(), false, |_| {}).await;
    // A subscriber, then news that appears after the first scrape: it is new, so it is mailed.
    let cfg = config.clone();
    db.run(move |s| {
        let req = crate::notify::Request {
            email: "official@example.org".into(),
            feeds: Vec::new(),
            mode: crate::notify::Mode::Immediate,
            reminders: true,
            lang: crate::lang::Lang::En,
            filter: crate::filter::Filter::default(),
        };
        crate::notify::add_confirmed(s, &cfg, &req, Utc::now())
    })
    .await??;
    fresh.store(true, Ordering::Relaxed);
    reports
        .extend(scrape::scrape_all(&fetcher, &db, &config, &[], Utc::now(), false, |_| {}).await);
    let config = Arc::new(config);
    let notifier = crate::notify::Notifier::new(&db, &config).await?;
    let pass = notifier.pass(&db, &config, Utc::now(), false).await?;
    for r in &reports {
        println!(
            "scraped {}: {} new, {} updated, {} unchanged{}",
            r.source,
            r.new,
            r.updated,
            r.unchanged,
            r.error
                .as_deref()
                .map(|e| format!(" — error: {e}"))
                .unwrap_or_default()
        );
    }
    let base = format!("http://{listen}");
    println!("\nThe bundled news site:  http://{site}/en/information-for-authorities");
    println!("Front page:             {base}/");
    println!("Atom feed:              {base}/feeds/kotoutuminen-authorities.atom");
    println!("RSS / JSON Feed:        {base}/feeds/all.rss  {base}/feeds/all.json");
    println!("Calendar of deadlines:  {base}/calendar.ics");
    println!("Health:                 {base}/healthz");
    println!(
        "Mail goes to:           {}/ ({} written now, for official@example.org)",
        data.join("outbox").display(),
        pass.sent.sent
    );
    println!("\nPress Ctrl-C to stop.");
    crate::service::run_with(
        Live::new((*config).clone()),
        db,
        listener,
        crate::service::shutdown_signal(),
    )
    .await
}
