//! The HTTP server: feeds, calendars, OPML, health, metrics and the pages.
//!
//! Owns: routes, content types, conditional GET (strong ETag from the body,
//! Last-Modified from the newest item) and 304s; the pages people read
//! (`pages`: news, deadlines, sources), the subscription pages
//! (`subscribe`), their language (`i18n`) and their templates and security
//! headers (`render`). Reads the store and the live config; never writes
//! items and never fetches.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use tokio::net::TcpListener;

use crate::config::{Config, Live};
use crate::publish::{self, FeedView, Format};
use crate::store::Db;

mod cache;
mod i18n;
mod pages;
mod render;
pub mod server;
mod subscribe;

#[derive(Clone)]
pub struct AppState {
    pub live: Live,
    pub db: Db,
    /// Mail signer, templates and transport for the config in force; swapped on reload.
    pub notifier: Arc<std::sync::RwLock<Arc<crate::notify::Notifier>>>,
    /// Woken when mail was queued, so the service sends it without waiting for its next tick.
    pub kick: Arc<tokio::sync::Notify>,
    pub limiter: subscribe::Limiter,
    /// Feeds, calendars and OPML as last built, until the data or config changes.
    docs: cache::DocCache,
}

impl AppState {
    pub async fn new(live: Live, db: Db) -> anyhow::Result<AppState> {
        let config = live.current();
        let notifier = crate::notify::Notifier::new(&db, &config).await?;
        // Another process's scrape must show in the cached feeds at once.
        db.watch_other_writers()?;
        Ok(AppState {
            live,
            db,
            notifier: Arc::new(std::sync::RwLock::new(Arc::new(notifier))),
            kick: Arc::new(tokio::sync::Notify::new()),
            limiter: subscribe::Limiter::default(),
            docs: cache::DocCache::default(),
        })
    }

    /// What a document built now depends on. Read before the config and the
    /// data, so a change that lands meanwhile makes the next request rebuild.
    fn doc_stamp(&self) -> cache::Stamp {
        cache::stamp(self.live.generation(), self.db.epoch())
    }

    /// The stamp to build the document at `key` with, or (as `Err`) the
    /// answer from the cache while the one built last is still current.
    // The error is the response itself, made once and only on the way out.
    #[allow(clippy::result_large_err)]
    fn build_or_cached(&self, key: &str, req: &HeaderMap) -> Result<cache::Stamp, Response> {
        let stamp = self.doc_stamp();
        match self.docs.get(key, stamp) {
            Some(doc) => Err(doc.respond(req)),
            None => Ok(stamp),
        }
    }

    pub fn notifier(&self) -> Arc<crate::notify::Notifier> {
        self.notifier
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(pages::front_page))
        .route("/deadlines", get(pages::deadlines))
        .route("/sources", get(pages::sources))
        .route("/items/{file}", get(pages::item_calendar))
        .route(
            "/style.css",
            get(|| async { render::asset("text/css; charset=utf-8", render::STYLE) }),
        )
        .route(
            "/favicon.svg",
            get(|| async { render::asset("image/svg+xml", render::FAVICON) }),
        )
        .route("/feeds/{file}", get(feed))
        .route("/calendar.ics", get(calendar))
        .route("/opml", get(opml))
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .route("/subscribe", axum::routing::post(subscribe::subscribe))
        .route(
            "/confirm",
            get(subscribe::confirm_page).post(subscribe::confirm),
        )
        .route(
            "/unsubscribe",
            get(subscribe::unsubscribe_page).post(subscribe::unsubscribe),
        )
        .route(
            "/manage",
            get(subscribe::manage_page).post(subscribe::manage),
        )
        .with_state(state)
        .layer(tower_http::compression::CompressionLayer::new())
}

/// Serves until `shutdown` completes, then drains open requests.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    // Our own accept loop rather than `axum::serve`: it has no header-read
    // timeout and no cap on connections (see `server`).
    server::serve(listener, router(state), server::connection_cap(), shutdown).await
}

/// An error page: plain text, the status, and a sentence.
fn error(status: StatusCode, message: &str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!("{message}\n"),
    )
        .into_response()
}

fn internal(e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "request failed");
    error(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal error: the database could not be read; see the service log",
    )
}

/// `t` as an HTTP date (IMF-fixdate), or none for a time HTTP dates cannot
/// carry (before 1970 or after 9999: a stored item date may be either).
pub(crate) fn http_date(t: DateTime<Utc>) -> Option<HeaderValue> {
    use chrono::Datelike;
    if t.timestamp() <= 0 || t.year() > 9999 {
        return None;
    }
    HeaderValue::from_str(&httpdate::fmt_http_date(t.into())).ok()
}

/// True when the client already has this document: `If-None-Match` against
/// any of `etags` (weak comparison), which wins over `If-Modified-Since`
/// (RFC 9110 13.2.2); that date is read in any of the three forms HTTP
/// allows, which chrono's RFC 2822 reader does not all take.
pub(crate) fn client_has(req: &HeaderMap, etags: &[&str], modified: Option<DateTime<Utc>>) -> bool {
    match req.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) {
        Some(inm) => inm.split(',').any(|t| {
            let t = t.trim().trim_start_matches("W/");
            t == "*" || etags.contains(&t)
        }),
        None => match (
            req.get(header::IF_MODIFIED_SINCE)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| httpdate::parse_http_date(v.trim()).ok())
                .map(DateTime::<Utc>::from),
            modified,
        ) {
            (Some(since), Some(m)) => m.timestamp() <= since.timestamp(),
            _ => false,
        },
    }
}

/// Answers with `body`, or 304 when the client already has it.
fn conditional(
    req: &HeaderMap,
    content_type: &'static str,
    body: String,
    modified: Option<DateTime<Utc>>,
) -> Response {
    let etag = format!(
        "\"{}\"",
        hex::encode(&Sha256::digest(body.as_bytes())[..16])
    );
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, v);
    }
    if let Some(v) = modified.and_then(http_date) {
        headers.insert(header::LAST_MODIFIED, v);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300"),
    );
    let not_modified = client_has(req, &[&etag], modified);
    if not_modified {
        (StatusCode::NOT_MODIFIED, headers).into_response()
    } else {
        (StatusCode::OK, headers, body).into_response()
    }
}

fn source_titles(config: &Config) -> HashMap<String, String> {
    config
        .sources
        .iter()
        .map(|s| (s.id.clone(), s.title.clone()))
        .collect()
}

async fn feed(State(st): State<AppState>, Path(file): Path<String>, req: HeaderMap) -> Response {
    let key = format!("/feeds/{file}");
    let stamp = match st.build_or_cached(&key, &req) {
        Ok(stamp) => stamp,
        Err(cached) => return cached,
    };
    let Some((id, ext)) = file.rsplit_once('.') else {
        return error(
            StatusCode::NOT_FOUND,
            "no such feed: ask for /feeds/<id>.rss, .atom, .json or .ics",
        );
    };
    let config = st.live.current();
    let Some(sources) = config.feed_sources(id) else {
        return error(
            StatusCode::NOT_FOUND,
            &format!("no feed or source with id {id:?}"),
        );
    };
    if ext == "ics" {
        return calendar_of(&st, &config, &key, stamp, id, sources, &req).await;
    }
    let Some(format) = Format::from_extension(ext) else {
        return error(
            StatusCode::NOT_FOUND,
            "unknown feed format: use .rss, .atom, .json or .ics",
        );
    };
    let limit = config.publish.items;
    let items = match st.db.run(move |s| s.latest_items(&sources, limit)).await {
        Ok(Ok(items)) => items,
        Ok(Err(e)) => return internal(e),
        Err(e) => return internal(e),
    };
    let titles = source_titles(&config);
    let (title, home) = match config.source(id) {
        Some(s) => (s.title.clone(), s.url.clone()),
        None => (
            config.feed(id).map(|f| f.title.clone()).unwrap_or_default(),
            config.server.base_url.clone(),
        ),
    };
    let view = FeedView {
        id,
        title: &title,
        home: &home,
        base_url: &config.server.base_url,
        items: &items,
        source_titles: &titles,
    };
    let body = publish::render(&view, format);
    let doc = cache::Doc::new(stamp, format.content_type(), body, Some(view.updated()));
    st.docs.put(&key, doc).respond(&req)
}

async fn calendar_of(
    st: &AppState,
    config: &Config,
    key: &str,
    stamp: cache::Stamp,
    name: &str,
    sources: Vec<String>,
    req: &HeaderMap,
) -> Response {
    // Deadlines a little in the past stay, so a calendar app does not see them vanish the day after.
    let from = (Utc::now() - chrono::Duration::days(30)).date_naive();
    let dated = match st.db.run(move |s| s.upcoming(&sources, from, 5000)).await {
        Ok(Ok(d)) => d,
        Ok(Err(e)) => return internal(e),
        Err(e) => return internal(e),
    };
    let title = config
        .feed(name)
        .map(|f| f.title.clone())
        .or_else(|| config.source(name).map(|s| s.title.clone()))
        .unwrap_or_else(|| "tidings".into());
    // DTSTAMP must not change from request to request, or the ETag would never match.
    let body = publish::ics(
        &format!("{title} — deadlines and events"),
        &dated,
        config_stamp(st),
    );
    let doc = cache::Doc::new(stamp, "text/calendar; charset=utf-8", body, None);
    st.docs.put(key, doc).respond(req)
}

fn config_stamp(st: &AppState) -> DateTime<Utc> {
    st.live.status().1
}

async fn calendar(State(st): State<AppState>, req: HeaderMap) -> Result<Response, Response> {
    let key = "/calendar.ics";
    let stamp = st.build_or_cached(key, &req)?;
    let config = st.live.current();
    let all: Vec<String> = config.sources.iter().map(|s| s.id.clone()).collect();
    Ok(calendar_of(&st, &config, key, stamp, "all", all, &req).await)
}

async fn opml(State(st): State<AppState>, req: HeaderMap) -> Result<Response, Response> {
    let key = "/opml";
    let stamp = st.build_or_cached(key, &req)?;
    let config = st.live.current();
    let feeds: Vec<(String, String)> = config
        .published_feeds()
        .into_iter()
        .map(|f| (f.id, f.title))
        .collect();
    let body = publish::opml(&config.server.base_url, &feeds);
    let doc = cache::Doc::new(stamp, "text/x-opml; charset=utf-8", body, None);
    Ok(st.docs.put(key, doc).respond(&req))
}

#[derive(serde::Serialize)]
pub(crate) struct SourceHealth {
    id: String,
    healthy: bool,
    last_attempt: Option<DateTime<Utc>>,
    last_success: Option<DateTime<Utc>>,
    last_error: Option<String>,
    consecutive_failures: u32,
    items: u32,
}

async fn source_health(st: &AppState, config: &Arc<Config>) -> anyhow::Result<Vec<SourceHealth>> {
    let ids: Vec<String> = config.sources.iter().map(|s| s.id.clone()).collect();
    let failures = config.health.failures;
    st.db
        .run(move |s| {
            ids.into_iter()
                .map(|id| {
                    let state = s.source_state(&id)?;
                    Ok(SourceHealth {
                        healthy: state.unhealthy(failures).is_none(),
                        last_attempt: state.last_attempt,
                        last_success: state.last_success,
                        last_error: state.last_error,
                        consecutive_failures: state.consecutive_failures,
                        items: state.item_count,
                        id,
                    })
                })
                .collect::<Result<Vec<_>, crate::store::StoreError>>()
        })
        .await?
        .map_err(Into::into)
}

/// Mails in the outbox by state; empty when the database cannot say.
async fn mail_counts(st: &AppState) -> std::collections::BTreeMap<String, i64> {
    st.db
        .run(crate::notify::outbox_counts)
        .await
        .ok()
        .and_then(Result::ok)
        .unwrap_or_default()
}

/// Each configured channel's messages by state; empty when the database cannot say.
async fn channel_counts(
    st: &AppState,
    config: &std::sync::Arc<Config>,
) -> Vec<(String, crate::store::channels::ChannelCounts)> {
    let cfg = config.clone();
    st.db
        .run(move |s| crate::notify::channel_counts(s, &cfg))
        .await
        .ok()
        .and_then(Result::ok)
        .unwrap_or_default()
}

async fn healthz(State(st): State<AppState>) -> Result<Response, Response> {
    let config = st.live.current();
    let sources = source_health(&st, &config).await.map_err(internal)?;
    let (generation, loaded_at, config_error) = st.live.status();
    let ok = config_error.is_none() && sources.iter().all(|s| s.healthy);
    let mail = mail_counts(&st).await;
    // A receiver that refuses does not make the service unhealthy (mail
    // failures do not either); it is shown, with its reason, for alerting.
    let channels: Vec<serde_json::Value> = channel_counts(&st, &config)
        .await
        .into_iter()
        .map(|(id, c)| {
            let kind = config.channel(&id).map(|c| c.kind.as_str());
            serde_json::json!({
                "id": id,
                "kind": kind,
                "queued": c.queued,
                "sent": c.sent,
                "failed": c.failed,
                "last_error": c.last_error,
            })
        })
        .collect();
    let body = serde_json::json!({
        "ok": ok,
        "version": env!("CARGO_PKG_VERSION"),
        "config": {
            "path": config.path.display().to_string(),
            "generation": generation,
            "loaded_at": loaded_at,
            "error": config_error,
        },
        "sources": sources,
        "mail": {
            "queued": mail.get("queued").copied().unwrap_or(0),
            "sent": mail.get("sent").copied().unwrap_or(0),
            "failed": mail.get("failed").copied().unwrap_or(0),
        },
        "channels": channels,
    });
    Ok((
        [(header::CONTENT_TYPE, "application/json")],
        serde_json::to_string_pretty(&body).unwrap_or_default(),
    )
        .into_response())
}

/// One gauge in the Prometheus text format: its help and type lines, then
/// a line per `(labels, value)`.
fn gauge<V: std::fmt::Display>(
    out: &mut String,
    name: &str,
    help: &str,
    rows: impl IntoIterator<Item = (String, V)>,
) {
    out.push_str(&format!("# HELP {name} {help}\n# TYPE {name} gauge\n"));
    for (labels, value) in rows {
        out.push_str(&format!("{name}{{{labels}}} {value}\n"));
    }
}

async fn metrics(State(st): State<AppState>) -> Result<Response, Response> {
    let config = st.live.current();
    let sources = source_health(&st, &config).await.map_err(internal)?;
    let (generation, _, config_error) = st.live.status();
    let mut out = String::new();
    type PerSource = fn(&SourceHealth) -> Option<i64>;
    let per_source: [(&str, &str, PerSource); 4] = [
        ("tidings_source_items", "Items stored per source.", |s| {
            Some(s.items.into())
        }),
        (
            "tidings_source_healthy",
            "1 when the last scrape of the source succeeded.",
            |s| Some(s.healthy.into()),
        ),
        (
            "tidings_source_consecutive_failures",
            "Failed scrapes in a row.",
            |s| Some(s.consecutive_failures.into()),
        ),
        (
            "tidings_source_last_success_seconds",
            "Unix time of the last good scrape.",
            |s| s.last_success.map(|t| t.timestamp()),
        ),
    ];
    for (name, help, value) in per_source {
        let rows = sources
            .iter()
            .filter_map(|s| Some((format!("source=\"{}\"", s.id), value(s)?)));
        gauge(&mut out, name, help, rows);
    }
    out.push_str(&format!(
        "# HELP tidings_config_generation Config loads so far.\n# TYPE tidings_config_generation gauge\ntidings_config_generation {generation}\n# HELP tidings_config_reload_ok 0 when the last reload failed.\n# TYPE tidings_config_reload_ok gauge\ntidings_config_reload_ok {}\n",
        u8::from(config_error.is_none())
    ));
    let counts = mail_counts(&st).await;
    gauge(
        &mut out,
        "tidings_outbox_mails",
        "Mails in the outbox by state.",
        ["queued", "sent", "failed", "cancelled"].map(|state| {
            (
                format!("state=\"{state}\""),
                counts.get(state).copied().unwrap_or(0),
            )
        }),
    );
    let channels = channel_counts(&st, &config).await;
    if !channels.is_empty() {
        let rows = channels.iter().flat_map(|(id, c)| {
            [
                ("queued", c.queued),
                ("sent", c.sent),
                ("failed", c.failed),
                ("cancelled", c.cancelled),
            ]
            .map(|(state, n)| (format!("channel=\"{id}\",state=\"{state}\""), n))
        });
        gauge(
            &mut out,
            "tidings_channel_messages",
            "Messages to each channel in the outbox by state.",
            rows,
        );
    }
    out.push_str(&crate::metrics::render());
    Ok((
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        out,
    )
        .into_response())
}

/// A request's headers from name–value pairs, for the unit tests of the web
/// modules (several values of one name are kept, as a client may send them).
#[cfg(test)]
fn request_headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
    let mut h = HeaderMap::new();
    for (k, v) in pairs {
        h.append(
            k.clone(),
            HeaderValue::from_str(v).unwrap_or_else(|e| panic!("{e}")),
        );
    }
    h
}

#[cfg(test)]
mod tests {
    use super::gauge;

    #[test]
    fn a_gauge_is_written_as_prometheus_reads_it_one_line_per_label_set() {
        let mut out = String::new();
        let rows = [("a", 2), ("b", 0)].map(|(id, n)| (format!("source=\"{id}\""), n));
        gauge(&mut out, "tidings_x", "Things per source.", rows);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines,
            [
                "# HELP tidings_x Things per source.",
                "# TYPE tidings_x gauge",
                "tidings_x{source=\"a\"} 2",
                "tidings_x{source=\"b\"} 0",
            ]
        );
    }
}
