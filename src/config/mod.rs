//! The configuration file: `config/tidings.toml`.
//!
//! Owns: reading the TOML, checking every key, and turning it into a
//! [`Config`] whose fields are already parsed (URLs, compiled selectors,
//! cron schedules, time zones). Every problem is reported at once, each with
//! `file:line:column` and the key, so an admin fixes a file in one pass.
//! Never does network or database IO; a `Config` that exists is valid.
//!
//! Split by what it reads: this file the whole and the small sections
//! (`[server]`, `[storage]`, `[fetch]`, `[publish]`, `[health]`); `mail`
//! (`[mail]`, DKIM), `source` (`[[source]]`, `[[feed]]`), `channel`
//! (`[[channel]]`: webhooks and chat rooms), `selectors`
//! (`[source.select]`); `values` (durations, sizes and their bounds),
//! `table` (reading a TOML table key by key) and `error` (problems with
//! their place) serve them all.

mod channel;
mod error;
mod mail;
mod selectors;
mod source;
mod table;
mod values;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono_tz::Tz;
use toml::de::{DeTable, DeValue};
use url::Url;

pub use self::channel::{Channel, ChannelKind, MAX_CHANNEL_TIMEOUT};
pub use self::error::{ConfigError, Problem};
pub use self::mail::{Dkim, Mail, Secret, SmtpTls, Transport};
pub use self::selectors::{parse_pick, Pick, Selectors};
pub use self::source::{FeedDef, Source, SourceKind};
pub use self::values::{
    parse_duration, parse_size, MAX_BODY_LIMIT, MAX_JITTER, MAX_PER_HOST_INTERVAL, MAX_TIMEOUT,
};
/// Where they live now; re-exported so `config::Schedule` and `config::Live` keep working.
pub use crate::reload::Live;
pub use crate::schedule::Schedule;

use self::channel::read_channels;
use self::error::Cx;
use self::mail::read_mail;
use self::source::{read_feeds, read_sources};
use self::table::Tab;

/// A fully validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file it was read from (relative paths in it are relative to the working directory).
    pub path: PathBuf,
    pub server: Server,
    pub storage: Storage,
    pub mail: Mail,
    pub fetch: Fetch,
    pub publish: Publish,
    pub health: Health,
    pub sources: Vec<Source>,
    pub feeds: Vec<FeedDef>,
    /// Chat rooms and webhooks told beside mail (`[[channel]]`).
    pub channels: Vec<Channel>,
}

#[derive(Debug, Clone)]
pub struct Server {
    pub listen: SocketAddr,
    pub base_url: Url,
}

#[derive(Debug, Clone)]
pub struct Storage {
    pub path: PathBuf,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetch {
    pub concurrency: usize,
    pub per_host_interval: Duration,
    pub timeout: Duration,
    pub max_body: u64,
    pub robots_txt: bool,
    pub user_agent: String,
    /// Items kept from one page; the rest are left out (and said so).
    pub max_items: usize,
    /// Characters kept of an item's title.
    pub max_title: usize,
    /// Characters kept of an item's summary (and of the text dates are read from).
    pub max_text: usize,
}

#[derive(Debug, Clone)]
pub struct Publish {
    /// How many items a published feed holds.
    pub items: usize,
}

/// When a source counts as unhealthy.
#[derive(Debug, Clone, PartialEq)]
pub struct Health {
    /// Failed fetches in a row before a source is unhealthy (content trouble counts at once).
    pub failures: u32,
    /// A scrape with fewer items than this share of the usual count makes the source unhealthy.
    pub min_ratio: f64,
}

impl Config {
    /// Reads and validates the file at `path`.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
            problems: vec![Problem {
                file: path.display().to_string(),
                line: 0,
                column: 0,
                key: String::new(),
                message: format!("unable to read the config file: {e}"),
            }],
        })?;
        Config::parse(&text, path)
    }

    /// Validates `text`, naming `path` in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let mut cx = Cx {
            text,
            file: path.display().to_string(),
            problems: Vec::new(),
        };
        let root = match DeTable::parse(text) {
            Ok(root) => root,
            Err(e) => {
                let span = e.span().unwrap_or(0..0);
                cx.problem(span, "", e.message().trim().to_string());
                return Err(cx.into_error());
            }
        };
        let config = read_config(&mut cx, root.get_ref(), path);
        if cx.problems.is_empty() {
            Ok(config)
        } else {
            Err(cx.into_error())
        }
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn channel(&self, id: &str) -> Option<&Channel> {
        self.channels.iter().find(|c| c.id == id)
    }

    pub fn feed(&self, id: &str) -> Option<&FeedDef> {
        self.feeds.iter().find(|f| f.id == id)
    }

    /// Every published feed: one per source, then the `[[feed]]`s.
    pub fn published_feeds(&self) -> Vec<FeedDef> {
        let mut all: Vec<FeedDef> = self
            .sources
            .iter()
            .map(|s| FeedDef {
                id: s.id.clone(),
                title: s.title.clone(),
                sources: vec![s.id.clone()],
            })
            .collect();
        all.extend(self.feeds.iter().cloned());
        all
    }

    /// The sources of the feed with `id` (a source id or a `[[feed]]` id).
    pub fn feed_sources(&self, id: &str) -> Option<Vec<String>> {
        if let Some(f) = self.feed(id) {
            return Some(f.sources.clone());
        }
        self.source(id).map(|s| vec![s.id.clone()])
    }
}

pub(super) const DEFAULT_TZ: Tz = chrono_tz::Europe::Helsinki;

fn read_config(cx: &mut Cx, root: &DeTable, path: &Path) -> Config {
    let mut top = Tab::new(Some(root), "", 0..0);

    let mut server_t = top.subtable(cx, "server");
    let listen = match server_t.string(cx, "listen") {
        Some((s, span)) => s.parse::<SocketAddr>().unwrap_or_else(|_| {
            cx.problem(
                span,
                "server.listen",
                format!("{s:?} is not an address:port such as \"127.0.0.1:8080\""),
            );
            default_listen()
        }),
        None => default_listen(),
    };
    let base_url = match server_t.string(cx, "base_url") {
        Some((s, span)) => match Url::parse(&s) {
            Ok(u) if matches!(u.scheme(), "http" | "https") => u,
            _ => {
                cx.problem(
                    span,
                    "server.base_url",
                    format!("{s:?} is not an http(s) URL"),
                );
                default_base_url(listen)
            }
        },
        None => default_base_url(listen),
    };
    server_t.finish(cx);

    let mut storage_t = top.subtable(cx, "storage");
    let storage = Storage {
        path: storage_t
            .string(cx, "path")
            .map(|(s, _)| PathBuf::from(s))
            .unwrap_or_else(|| PathBuf::from("data/tidings.db")),
    };
    storage_t.finish(cx);

    let mail = read_mail(cx, &mut top);

    let mut fetch_t = top.subtable(cx, "fetch");
    let concurrency = fetch_t.integer(cx, "concurrency", 1, 1024).unwrap_or(16) as usize;
    let per_host_interval = fetch_t.duration(
        cx,
        "per_host_interval",
        Duration::from_secs(2),
        MAX_PER_HOST_INTERVAL,
    );
    let timeout = fetch_t.duration(cx, "timeout", Duration::from_secs(30), MAX_TIMEOUT);
    if timeout.is_zero() {
        cx.problem(
            fetch_t.span.clone(),
            "fetch.timeout",
            "must be more than zero",
        );
    }
    let max_body = fetch_t.size(cx, "max_body", 10_000_000);
    let robots_txt = fetch_t.bool(cx, "robots_txt", true);
    let max_items = fetch_t
        .integer(cx, "max_items", 1, 100_000)
        .unwrap_or(1_000) as usize;
    let max_title = fetch_t
        .integer(cx, "max_title", 16, 100_000)
        .unwrap_or(1_000) as usize;
    let max_text = fetch_t
        .integer(cx, "max_text", 256, 1_000_000)
        .unwrap_or(50_000) as usize;
    let user_agent = fetch_t
        .string(cx, "user_agent")
        .map(|(s, _)| s)
        .unwrap_or_else(|| {
            format!(
                "tidings/{} (+{})",
                env!("CARGO_PKG_VERSION"),
                base_url.as_str().trim_end_matches('/')
            )
        });
    fetch_t.finish(cx);
    let fetch = Fetch {
        concurrency,
        per_host_interval,
        timeout,
        max_body,
        robots_txt,
        user_agent,
        max_items,
        max_title,
        max_text,
    };

    let mut publish_t = top.subtable(cx, "publish");
    let publish = Publish {
        items: publish_t.integer(cx, "items", 1, 10_000).unwrap_or(50) as usize,
    };
    publish_t.finish(cx);

    let mut health_t = top.subtable(cx, "health");
    let failures = health_t.integer(cx, "failures", 1, 1000).unwrap_or(3) as u32;
    let min_ratio = match health_t.get("min_ratio") {
        None => 0.5,
        Some(v) => match v.get_ref() {
            DeValue::Float(f) => f.as_str().parse::<f64>().ok(),
            DeValue::Integer(i) => i.as_str().parse::<f64>().ok(),
            _ => None,
        }
        .filter(|r| (0.0..=1.0).contains(r))
        .unwrap_or_else(|| {
            cx.problem(
                v.span(),
                "health.min_ratio",
                "expected a number from 0 to 1, such as 0.5",
            );
            0.5
        }),
    };
    health_t.finish(cx);
    let health = Health {
        failures,
        min_ratio,
    };

    let sources = read_sources(cx, &mut top, &mail, &fetch);
    let feeds = read_feeds(cx, &mut top, &sources);
    let channels = read_channels(cx, &mut top, &sources, &feeds);
    top.finish(cx);

    Config {
        path: path.to_path_buf(),
        server: Server { listen, base_url },
        storage,
        mail,
        fetch,
        publish,
        health,
        sources,
        feeds,
        channels,
    }
}

fn default_listen() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 8080))
}

fn default_base_url(listen: SocketAddr) -> Url {
    Url::parse(&format!("http://{listen}/"))
        .unwrap_or_else(|_| unreachable!("a socket address always makes a URL"))
}

#[cfg(test)]
mod tests;
