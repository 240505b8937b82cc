//! One scrape of a source: fetch → extract → store, and the report of it.
//!
//! Owns: the pipeline's order and its failure handling. A failing source is
//! recorded and reported; it never stops the others. Holds no state.

use anyhow::Context;
use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::config::{Health, Source, SourceKind};
use crate::deadlines::Mention;
use crate::extract::{self, Extraction};
use crate::fetch::{Fetched, Fetcher};
use crate::store::items::Scrape;
use crate::store::sources::Anomaly;
use crate::store::{Db, ErrorKind, Outcome, SourceState, Validators};

mod window;
pub use window::{scrape_all, window, Gate, PER_HOST};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    New,
    Updated,
    Unchanged,
    Error,
}

/// What `tidings scrape` prints for one source.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub source: String,
    pub status: Status,
    pub new: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// True when the page answered 304 Not Modified.
    pub not_modified: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<String>,
    /// With `--dry-run`: what would be stored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<Preview>>,
    /// The feed read in the page's place, when the page advertised one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feed: Option<String>,
    /// Ids of items stored for the first time, outside the baseline.
    #[serde(skip)]
    pub new_ids: Vec<i64>,
    /// Whether the source was failing before this scrape.
    #[serde(skip)]
    pub was_failing: bool,
}

/// An item as `--dry-run` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Preview {
    pub title: String,
    pub link: String,
    /// In the source's time zone, as the page wrote it.
    pub date: Option<DateTime<chrono::FixedOffset>>,
    /// The summary as plain text, shortened.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub deadlines: Vec<Mention>,
}

impl Report {
    fn failed(source: &str, error: String) -> Report {
        Report {
            source: source.to_string(),
            status: Status::Error,
            new: 0,
            updated: 0,
            unchanged: 0,
            not_modified: false,
            error: Some(error),
            skipped: Vec::new(),
            items: None,
            feed: None,
            new_ids: Vec::new(),
            was_failing: false,
        }
    }

    fn from_outcome(source: &str, o: Outcome, skipped: Vec<String>) -> Report {
        let status = if o.new > 0 {
            Status::New
        } else if o.updated > 0 {
            Status::Updated
        } else {
            Status::Unchanged
        };
        Report {
            source: source.to_string(),
            status,
            new: o.new,
            updated: o.updated,
            unchanged: o.unchanged,
            not_modified: false,
            error: None,
            skipped,
            items: None,
            feed: None,
            new_ids: if o.baseline { Vec::new() } else { o.new_ids },
            was_failing: false,
        }
    }
}

/// Scrapes one source. Never fails: a problem becomes the report's error and
/// the source's recorded health.
pub async fn scrape_source(
    fetcher: &Fetcher,
    db: &Db,
    source: &Source,
    health: &Health,
    now: DateTime<Utc>,
    dry_run: bool,
) -> Report {
    let id = source.id.clone();
    let sid = id.clone();
    // The one read before the fetch: validators, usual count, health.
    let state = match db.run(move |s| s.source_state(&sid)).await {
        Ok(Ok(state)) => Ok(state),
        Ok(Err(e)) => Err(anyhow::Error::from(e)),
        Err(e) => Err(e),
    };
    let was_failing = state.as_ref().is_ok_and(|st| st.last_error.is_some());
    let result = match state {
        Ok(state) => scrape_inner(fetcher, db, source, &state, health, now, dry_run).await,
        Err(e) => Err(e),
    };
    let mut report = match result {
        Ok(report) => report,
        Err(error) => {
            let message = format!("{error:#}");
            tracing::warn!(source = %id, error = %message, "scrape failed");
            if !dry_run {
                // A page that answered but lost its items is a different trouble from a site that did not answer.
                let kind = if error.downcast_ref::<extract::ExtractError>().is_some() {
                    ErrorKind::Content
                } else if error.downcast_ref::<crate::store::StoreError>().is_some() {
                    ErrorKind::Store
                } else {
                    ErrorKind::Fetch
                };
                let (sid, msg) = (id.clone(), message.clone());
                if let Err(e) = db
                    .run(move |s| s.record_failure(&sid, now, &msg, kind))
                    .await
                {
                    tracing::error!(source = %id, error = %e, "unable to record the failure");
                }
            }
            Report::failed(&id, message)
        }
    };
    report.was_failing = was_failing;
    if !dry_run {
        use crate::metrics::count_source;
        count_source("tidings_scrapes_total", &report.source, 1);
        if report.error.is_some() {
            count_source("tidings_scrape_failures_total", &report.source, 1);
        }
        count_source("tidings_items_new_total", &report.source, report.new as u64);
        count_source(
            "tidings_items_updated_total",
            &report.source,
            report.updated as u64,
        );
        if report.not_modified {
            count_source("tidings_fetch_not_modified_total", &report.source, 1);
        }
    }
    report
}

/// A page as it was last time: its items stand as stored, and the check is
/// held in memory, not a transaction of its own (see `Store`).
async fn not_modified(
    db: &Db,
    source: &Source,
    state: &SourceState,
    now: DateTime<Utc>,
) -> anyhow::Result<Report> {
    let sid = source.id.clone();
    db.run(move |s| s.record_not_modified(&sid, now)).await??;
    let mut report = Report::from_outcome(
        &source.id,
        Outcome {
            unchanged: state.last_item_count.unwrap_or(0) as usize,
            ..Outcome::default()
        },
        Vec::new(),
    );
    report.not_modified = true;
    Ok(report)
}

async fn scrape_inner(
    fetcher: &Fetcher,
    db: &Db,
    source: &Source,
    state: &SourceState,
    health: &Health,
    now: DateTime<Utc>,
    dry_run: bool,
) -> anyhow::Result<Report> {
    // Validators saved under another config of this source would hide a changed selector.
    let validators =
        (!dry_run && state.fingerprint.as_deref() == Some(&source.fingerprint)).then(|| {
            Validators {
                etag: state.etag.clone(),
                last_modified: state.last_modified.clone(),
            }
        });
    let fetched = fetcher
        .get(&source.url, validators.as_ref(), source.robots_txt)
        .await?;
    let page = match fetched {
        Fetched::NotModified => return not_modified(db, source, state, now).await,
        Fetched::Page(page) => page,
    };
    // Many servers send no validators; the same bytes as the page whose
    // items were stored last time are a 304 all the same (no parse).
    let body_hash = crate::store::body_hash(&page.bytes);
    if validators.is_some() && state.body_hash.as_deref() == Some(body_hash.as_str()) {
        return not_modified(db, source, state, now).await;
    }
    // The items stored last time, to be recognised by their markup rather
    // than read again (only under the same config: see `validators`).
    let before = match validators {
        Some(_) => {
            let sid = source.id.clone();
            db.run(move |s| s.seen_before(&sid)).await??
        }
        None => Default::default(),
    };
    let mut page = page;
    if let Some(hold) = page.hold.as_mut() {
        // Parsing costs a multiple of the page, and about 200 bytes more per
        // element (a page of 100,000 items parses to ~180 MB): wait for that room too.
        let tags =
            (page.bytes.iter().filter(|&&b| b == b'<').count()).min(extract::MAX_ELEMENTS) as u64;
        let parse = page.bytes.len() as u64 * (crate::budget::PARSE_FACTOR - 1) + tags * 200;
        hold.grow(parse).await;
    }
    let src = source.clone();
    let today = now.with_timezone(&source.timezone).date_naive();
    let limits = Limits::of(fetcher.settings());
    let slot = parse_slots().acquire().await?;
    let (extracted, page) = tokio::task::spawn_blocking(move || {
        let ex = extract_page(&src, &page, limits.items, &before);
        (ex, page)
    })
    .await?;
    drop(slot);
    let mut discovered = None;
    let mut extraction = match extracted {
        Err(extract::ExtractError::AdvertisesFeed(feed)) => {
            // The page names its feed: read that (the page's validators still decide re-fetching).
            let url = url::Url::parse(&feed)?;
            let feed_page = match fetcher.get(&url, None, source.robots_txt).await? {
                Fetched::Page(p) => p,
                Fetched::NotModified => anyhow::bail!("{url} answered 304 to a plain GET"),
            };
            discovered = Some(feed);
            tokio::task::spawn_blocking(move || {
                extract::feed(
                    &feed_page.bytes,
                    feed_page.content_type.as_deref(),
                    &feed_page.url,
                )
            })
            .await??
        }
        other => other?,
    };
    limits.apply(&mut extraction);
    // Items only named (their markup as last time) are known already.
    let identities = extraction.read_whole();
    let sid = source.id.clone();
    let known = if dry_run {
        Default::default()
    } else {
        db.run(move |s| s.known_items(&sid, &identities)).await??
    };
    if source.follow {
        follow_links(fetcher, source, &known, &mut extraction).await?;
    }
    let src = source.clone();
    let extraction = tokio::task::spawn_blocking(move || {
        let unchanged =
            |item: &extract::Item| known.get(&item.identity).is_some_and(|k| k.unchanged(item));
        extract::read_mentions(
            &mut extraction,
            src.language,
            today,
            src.timezone,
            unchanged,
        );
        extraction
    })
    .await?;
    for line in &extraction.skipped {
        tracing::warn!(source = %source.id, "skipped {line}");
    }
    if dry_run {
        // What a real scrape would store: an item listed twice is stored once.
        let mut seen = std::collections::HashSet::new();
        let previews: Vec<Preview> = extraction
            .items
            .into_iter()
            .zip(extraction.texts)
            .filter(|(i, _)| seen.insert(i.identity.clone()))
            .map(|(i, text)| Preview {
                summary: i.summary.as_ref().map(|_| {
                    let summary = text
                        .strip_prefix(i.title.as_str())
                        .map(|t| t.trim_start_matches(['.', ' ']))
                        .unwrap_or(&text);
                    preview_text(summary, 200)
                }),
                title: i.title,
                link: i.link,
                date: i
                    .published
                    .map(|p| p.with_timezone(&source.timezone).fixed_offset()),
                deadlines: i.mentions,
            })
            .collect();
        let mut report = Report::from_outcome(
            &source.id,
            Outcome {
                new: previews.len(),
                ..Outcome::default()
            },
            extraction.skipped,
        );
        report.items = Some(previews);
        report.feed = discovered;
        return Ok(report);
    }
    let sid = source.id.clone();
    let fingerprint = source.fingerprint.clone();
    let Extraction { items, skipped, .. } = extraction;
    let usual = state.usual_item_count.filter(|u| *u >= 4);
    let min_ratio = health.min_ratio;
    // Items read from the feed the page names are not the page's.
    let stored_hash = discovered.is_none().then_some(body_hash);
    // The one write after: the items, the source's state and, when far fewer
    // items than usual were found, the anomaly, all in one transaction.
    let (outcome, anomaly) = db
        .run(move |s| {
            let scrape = Scrape {
                source_id: &sid,
                fingerprint: &fingerprint,
                validators: &page.validators,
                items: &items,
                now,
                body_hash: stored_hash.as_deref(),
            };
            s.apply_scrape_checked(&scrape, |o| {
                let found = o.new + o.updated + o.unchanged;
                let usual = usual?;
                ((found as f64) < f64::from(usual) * min_ratio).then(|| Anomaly {
                    message: format!(
                        "the item selector matched {found} items, far fewer than the usual {usual}: has the page changed?"
                    ),
                    usual: Some(usual),
                })
            })
        })
        .await?
        .context("unable to store the scraped items")?;
    if let Some(anomaly) = anomaly {
        tracing::warn!(source = %source.id, "{}", anomaly.message);
        let mut report = Report::from_outcome(&source.id, outcome, skipped);
        report.status = Status::Error;
        report.error = Some(anomaly.message);
        return Ok(report);
    }
    if let Some(feed) = &discovered {
        tracing::debug!(source = %source.id, feed = %feed, "read the feed the page advertises");
    }
    tracing::info!(
        source = %source.id,
        new = outcome.new,
        updated = outcome.updated,
        unchanged = outcome.unchanged,
        "scraped"
    );
    let mut report = Report::from_outcome(&source.id, outcome, skipped);
    report.feed = discovered;
    Ok(report)
}

/// At most `max` characters of `text`, cut at a word.
fn preview_text(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

/// Gives each item its own page's text: fetched once, when the item is new
/// (politely, through the same per-host limits), else the text kept from then.
/// A page that cannot be fetched leaves its item without a body, never fails the scrape.
async fn follow_links(
    fetcher: &Fetcher,
    source: &Source,
    known: &std::collections::HashMap<String, crate::store::Known>,
    ex: &mut Extraction,
) -> anyhow::Result<()> {
    for item in &mut ex.items {
        // Only named: the store keeps it as it is, its text is not read again.
        if item.seen_as_before {
            continue;
        }
        if let Some(k) = known.get(&item.identity) {
            item.body = Some(k.body.clone()).filter(|b| !b.is_empty());
            continue;
        }
        let Ok(url) = url::Url::parse(&item.link) else {
            continue;
        };
        match fetcher.get(&url, None, source.robots_txt).await {
            Ok(Fetched::Page(page)) => {
                let pick = source.body.clone();
                let text = page.text();
                let body =
                    tokio::task::spawn_blocking(move || extract::body_text(&text, pick.as_ref()))
                        .await?;
                item.body = Some(body);
            }
            Ok(Fetched::NotModified) => {}
            Err(e) => {
                tracing::warn!(source = %source.id, error = %e, "unable to follow an item's link")
            }
        }
    }
    Ok(())
}

/// Pages parsed at once: one per core. Parsing is CPU work, so more at once
/// only finishes later and holds more parsed trees in memory together.
fn parse_slots() -> &'static tokio::sync::Semaphore {
    static SLOTS: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    SLOTS.get_or_init(|| {
        tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get()))
    })
}

/// Caps on what one page may put in the store, whatever the page holds.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub items: usize,
    pub title: usize,
    pub text: usize,
}

impl Limits {
    pub fn of(f: &crate::config::Fetch) -> Limits {
        Limits {
            items: f.max_items,
            title: f.max_title,
            text: f.max_text,
        }
    }

    /// Keeps the first `items` items, each title to `title` characters and
    /// each summary (and the text its dates are read from) to `text`; what
    /// was cut is said in `skipped`, so the admin sees it in the log.
    pub fn apply(&self, ex: &mut Extraction) {
        if ex.items.len() > self.items {
            ex.skipped.push(format!(
                "the items after the first {} (fetch.max_items)",
                self.items
            ));
            ex.items.truncate(self.items);
            ex.texts.truncate(self.items);
        }
        let (mut titles, mut texts) = (0, 0);
        for item in &mut ex.items {
            if cut(&mut item.title, self.title) {
                item.title.push('…');
                titles += 1;
            }
            if let Some(summary) = item.summary.as_mut() {
                if cut(summary, self.text) {
                    // The cut may split a tag: sanitizing again closes what it left open.
                    *summary = ammonia::clean(summary);
                    texts += 1;
                }
            }
            if let Some(text) = item.text.as_mut() {
                cut(text, self.text);
            }
        }
        for text in &mut ex.texts {
            cut(text, self.text.saturating_add(self.title));
        }
        if titles > 0 {
            ex.skipped.push(format!(
                "the end of {titles} titles longer than {} characters (fetch.max_title)",
                self.title
            ));
        }
        if texts > 0 {
            ex.skipped.push(format!(
                "the end of {texts} summaries longer than {} characters (fetch.max_text)",
                self.text
            ));
        }
    }
}

/// Shortens `s` to at most `max` characters; true when it did.
fn cut(s: &mut String, max: usize) -> bool {
    match s.char_indices().nth(max) {
        Some((at, _)) => {
            s.truncate(at);
            true
        }
        None => false,
    }
}

/// Reads a fetched page as the source's kind says: a feed, an HTML listing
/// by its selectors, or (for `auto`) whichever the document turns out to be.
/// A page that is not what the kind says is an error that names what it is
/// and what to set; an HTML page that advertises a feed, where a feed is
/// wanted, answers [`ExtractError::AdvertisesFeed`] for the caller to fetch.
fn extract_page(
    source: &Source,
    page: &crate::fetch::Page,
    max_items: usize,
    before: &extract::SeenBefore,
) -> Result<Extraction, extract::ExtractError> {
    use extract::repair::{shape, Shape};
    use extract::ExtractError;
    let text = page.text();
    let is_feed = matches!(shape(&text), Shape::XmlFeed | Shape::Json);
    match (source.kind, &source.select) {
        (SourceKind::Html, _) | (SourceKind::Auto, Some(_)) if is_feed => {
            if source.kind == SourceKind::Html {
                Err(ExtractError::FeedNotHtml)
            } else {
                extract::feed(&page.bytes, page.content_type.as_deref(), &page.url)
            }
        }
        // One more than the cap, so `Limits::apply` can say items were left out.
        (SourceKind::Html | SourceKind::Auto, Some(select)) => extract::html_known(
            &text,
            &page.url,
            select,
            source.timezone,
            max_items.saturating_add(1),
            before,
        ),
        (SourceKind::Feed | SourceKind::Auto, _) if !is_feed => {
            match extract::advertised_feeds(&text, &page.url)
                .into_iter()
                .next()
            {
                Some(feed) => Err(ExtractError::AdvertisesFeed(feed.url.to_string())),
                None if source.kind == SourceKind::Auto => Err(ExtractError::HtmlWithoutSelectors),
                None => Err(ExtractError::HtmlNotFeed),
            }
        }
        _ => extract::feed(&page.bytes, page.content_type.as_deref(), &page.url),
    }
}
