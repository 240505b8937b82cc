//! Fetching pages politely.
//!
//! Owns: the one shared HTTP client, conditional GET, the body size cap,
//! character decoding, robots.txt, and the per-host spacing and global
//! concurrency limits. Returns bytes and text; never parses items.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::StreamExt;
use reqwest::header::{self, HeaderMap, HeaderValue};
use reqwest::StatusCode;
use tokio::sync::Semaphore;
use tokio::time::Instant;
use url::Url;

use crate::config;
use crate::store::Validators;

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("unable to fetch {url}: timed out after {secs} s")]
    Timeout { url: String, secs: u64 },
    #[error("unable to fetch {url}: could not connect ({reason})")]
    Connect { url: String, reason: String },
    #[error("unable to fetch {url}: the server answered {status}")]
    Status { url: String, status: u16 },
    #[error("unable to fetch {url}: too many redirects")]
    Redirects { url: String },
    #[error("unable to fetch {url}: the page is larger than the limit of {limit} bytes (fetch.max_body)")]
    TooLarge { url: String, limit: u64 },
    #[error("not fetching {url}: robots.txt disallows it for our user agent (set robots_txt = false on the source only with the site's agreement)")]
    Robots { url: String },
    #[error("unable to fetch {url}: {reason}")]
    Other { url: String, reason: String },
}

/// What a fetch brought back.
#[derive(Debug)]
pub enum Fetched {
    /// 304: the page is as it was when the validators were given.
    NotModified,
    Page(Page),
}

#[derive(Debug)]
pub struct Page {
    /// The URL after redirects.
    pub url: Url,
    pub bytes: Vec<u8>,
    pub content_type: Option<String>,
    pub validators: Validators,
    /// This page's claim on the memory budget of all scrapes; given back when the page is dropped.
    pub hold: Option<Box<crate::budget::Hold>>,
}

impl Page {
    /// The body as text: charset from Content-Type, else a byte-order mark,
    /// else `<meta charset>`, else UTF-8 (bad bytes replaced, never an error).
    pub fn text(&self) -> String {
        decode(&self.bytes, self.content_type.as_deref())
    }
}

/// Per-host politeness state.
#[derive(Default)]
struct Host {
    /// Held while a request to this host is in flight: one at a time per host.
    turn: Arc<tokio::sync::Mutex<HostTurn>>,
}

#[derive(Default)]
struct HostTurn {
    last: Option<Instant>,
    /// Set by a 429/503 Retry-After.
    not_before: Option<Instant>,
    robots: Option<(Instant, Robots)>,
}

/// The shared fetcher: cheap to clone.
#[derive(Clone)]
pub struct Fetcher {
    client: reqwest::Client,
    global: Arc<Semaphore>,
    hosts: Arc<Mutex<HashMap<String, Host>>>,
    settings: Arc<config::Fetch>,
}

/// What the fetcher takes turns by: one request at a time per scheme, host and port.
pub fn host_key(url: &Url) -> String {
    format!(
        "{}://{}:{}",
        url.scheme(),
        url.host_str().unwrap_or_default(),
        url.port_or_known_default().unwrap_or(0)
    )
}

/// Installs the ring crypto provider for rustls once per process; reqwest is
/// built without a default provider so the build needs no cmake.
pub fn install_crypto() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

impl Fetcher {
    /// The settings this fetcher was built with.
    pub fn settings(&self) -> &config::Fetch {
        &self.settings
    }

    pub fn new(settings: &config::Fetch) -> Result<Fetcher, FetchError> {
        install_crypto();
        let client = reqwest::Client::builder()
            .user_agent(settings.user_agent.clone())
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout.min(Duration::from_secs(10)))
            .redirect(reqwest::redirect::Policy::limited(5))
            .pool_max_idle_per_host(2)
            .build()
            .map_err(|e| FetchError::Other {
                url: String::new(),
                reason: format!("unable to build the HTTP client: {e}"),
            })?;
        Ok(Fetcher {
            client,
            global: Arc::new(Semaphore::new(settings.concurrency.max(1))),
            hosts: Arc::new(Mutex::new(HashMap::new())),
            settings: Arc::new(settings.clone()),
        })
    }

    fn host_turn(&self, url: &Url) -> Arc<tokio::sync::Mutex<HostTurn>> {
        let key = host_key(url);
        let mut hosts = self.hosts.lock().unwrap_or_else(|p| p.into_inner());
        hosts.entry(key).or_default().turn.clone()
    }

    /// Fetches `url`, conditionally when `validators` are given, honouring
    /// robots.txt when `robots` is true.
    pub async fn get(
        &self,
        url: &Url,
        validators: Option<&Validators>,
        robots: bool,
    ) -> Result<Fetched, FetchError> {
        let turn = self.host_turn(url);
        let mut turn = turn.lock().await;
        if robots {
            let fresh = turn
                .robots
                .as_ref()
                .is_some_and(|(at, _)| at.elapsed() < Duration::from_secs(3600));
            if !fresh {
                let rules = self.fetch_robots(url, &mut turn).await;
                turn.robots = Some((Instant::now(), rules));
            }
            let allowed = turn
                .robots
                .as_ref()
                .is_none_or(|(_, r)| r.allows(robots_path(url).as_str()));
            if !allowed {
                return Err(FetchError::Robots {
                    url: url.to_string(),
                });
            }
        }
        let mut headers = HeaderMap::new();
        if let Some(v) = validators {
            if let Some(etag) = v
                .etag
                .as_deref()
                .and_then(|e| HeaderValue::from_str(e).ok())
            {
                headers.insert(header::IF_NONE_MATCH, etag);
            }
            if let Some(lm) = v
                .last_modified
                .as_deref()
                .and_then(|e| HeaderValue::from_str(e).ok())
            {
                headers.insert(header::IF_MODIFIED_SINCE, lm);
            }
        }
        self.request(url, headers, &mut turn).await
    }

    /// Waits for this host's turn and a global slot, then sends one GET.
    async fn request(
        &self,
        url: &Url,
        headers: HeaderMap,
        turn: &mut HostTurn,
    ) -> Result<Fetched, FetchError> {
        let mut ready = turn
            .last
            .map(|l| l + self.settings.per_host_interval)
            .unwrap_or_else(Instant::now);
        if let Some(nb) = turn.not_before {
            ready = ready.max(nb);
        }
        tokio::time::sleep_until(ready).await;
        let _permit = self.global.acquire().await.map_err(|_| FetchError::Other {
            url: url.to_string(),
            reason: "the fetcher is shutting down".into(),
        })?;
        let started = Instant::now();
        let result = self.send(url, headers, turn).await;
        crate::metrics::observe_fetch(started.elapsed());
        turn.last = Some(Instant::now());
        result
    }

    async fn send(
        &self,
        url: &Url,
        headers: HeaderMap,
        turn: &mut HostTurn,
    ) -> Result<Fetched, FetchError> {
        let u = url.to_string();
        let resp = self
            .client
            .get(url.clone())
            .headers(headers)
            .send()
            .await
            .map_err(|e| self.classify(&u, e))?;
        let status = resp.status();
        if status == StatusCode::NOT_MODIFIED {
            return Ok(Fetched::NotModified);
        }
        if status == StatusCode::TOO_MANY_REQUESTS || status == StatusCode::SERVICE_UNAVAILABLE {
            if let Some(wait) = retry_after(resp.headers()) {
                // Cap what a server can ask of us, so one header cannot park a source forever.
                turn.not_before = Some(Instant::now() + wait.min(Duration::from_secs(6 * 3600)));
            }
        }
        if !status.is_success() {
            return Err(FetchError::Status {
                url: u,
                status: status.as_u16(),
            });
        }
        let limit = self.settings.max_body;
        if resp.content_length().is_some_and(|n| n > limit) {
            return Err(FetchError::TooLarge { url: u, limit });
        }
        let final_url = resp.url().clone();
        let header_str = |name: header::HeaderName| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let content_type = header_str(header::CONTENT_TYPE);
        let validators = Validators {
            etag: header_str(header::ETAG),
            last_modified: header_str(header::LAST_MODIFIED),
        };
        let mut bytes = Vec::new();
        let mut hold = crate::budget::global().hold();
        let mut stream = resp.bytes_stream();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|e| self.classify(&u, e))?;
            if bytes.len() as u64 + chunk.len() as u64 > limit {
                return Err(FetchError::TooLarge { url: u, limit });
            }
            // Sixteen 10 MB downloads at once would be 160 MB: wait for room instead.
            hold.grow(chunk.len() as u64).await;
            bytes.extend_from_slice(&chunk);
        }
        Ok(Fetched::Page(Page {
            url: final_url,
            bytes,
            content_type,
            validators,
            hold: Some(Box::new(hold)),
        }))
    }

    fn classify(&self, url: &str, e: reqwest::Error) -> FetchError {
        let url = url.to_string();
        if e.is_timeout() {
            FetchError::Timeout {
                url,
                secs: self.settings.timeout.as_secs().max(1),
            }
        } else if e.is_redirect() {
            FetchError::Redirects { url }
        } else if e.is_connect() {
            FetchError::Connect {
                url,
                reason: root_cause(&e),
            }
        } else {
            FetchError::Other {
                url,
                reason: root_cause(&e),
            }
        }
    }

    /// robots.txt for the host of `url`. A missing or unreadable file allows
    /// everything; a 401/403 for it disallows everything, as the RFC says.
    async fn fetch_robots(&self, url: &Url, turn: &mut HostTurn) -> Robots {
        let Ok(robots_url) = url.join("/robots.txt") else {
            return Robots::default();
        };
        match self.request(&robots_url, HeaderMap::new(), turn).await {
            Ok(Fetched::Page(p)) => Robots::parse(&p.text(), PRODUCT_TOKEN),
            Err(FetchError::Status {
                status: 401 | 403, ..
            }) => Robots::disallow_all(),
            _ => Robots::default(),
        }
    }
}

fn root_cause(e: &dyn std::error::Error) -> String {
    let mut cause = e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}

fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let v = headers.get(header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    // Any of the three forms HTTP allows; a date already past means now.
    let when = httpdate::parse_http_date(v).ok()?;
    Some(
        when.duration_since(std::time::SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// The name robots.txt groups are matched against.
pub const PRODUCT_TOKEN: &str = "tidings";

fn robots_path(url: &Url) -> String {
    match url.query() {
        Some(q) => format!("{}?{}", url.path(), q),
        None => url.path().to_string(),
    }
}

/// The rules of the robots.txt group that applies to us (RFC 9309).
#[derive(Debug, Clone, Default)]
pub struct Robots {
    /// (allow, pattern)
    rules: Vec<(bool, String)>,
}

impl Robots {
    fn disallow_all() -> Robots {
        Robots {
            rules: vec![(false, "/".into())],
        }
    }

    /// Reads the group for `token` (else the `*` group).
    pub fn parse(text: &str, token: &str) -> Robots {
        let token = token.to_ascii_lowercase();
        let mut ours: Vec<(bool, String)> = Vec::new();
        let mut star: Vec<(bool, String)> = Vec::new();
        let mut found_ours = false;
        let mut agents: Vec<String> = Vec::new();
        let mut in_rules = false;
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let key = key.trim().to_ascii_lowercase();
            let value = value.trim();
            match key.as_str() {
                "user-agent" => {
                    if in_rules {
                        agents.clear();
                        in_rules = false;
                    }
                    agents.push(value.to_ascii_lowercase());
                }
                "allow" | "disallow" => {
                    in_rules = true;
                    if value.is_empty() {
                        continue; // "Disallow:" with nothing allows everything
                    }
                    let rule = (key == "allow", value.to_string());
                    if agents
                        .iter()
                        .any(|a| a.split('/').next().is_some_and(|name| name.trim() == token))
                    {
                        found_ours = true;
                        ours.push(rule.clone());
                    }
                    if agents.iter().any(|a| a == "*") {
                        star.push(rule);
                    }
                }
                _ => {}
            }
        }
        Robots {
            rules: if found_ours { ours } else { star },
        }
    }

    /// The longest matching rule decides; allow wins a tie; no match allows.
    pub fn allows(&self, path: &str) -> bool {
        let mut best: Option<(usize, bool)> = None;
        for (allow, pattern) in &self.rules {
            if robots_match(pattern, path) {
                let len = pattern.len();
                best = match best {
                    Some((l, a)) if l > len || (l == len && a) => Some((l, a)),
                    _ => Some((len, *allow)),
                };
            }
        }
        best.is_none_or(|(_, allow)| allow)
    }
}

/// `*` matches any run of characters, a final `$` anchors the end.
fn robots_match(pattern: &str, path: &str) -> bool {
    let (pattern, anchored) = match pattern.strip_suffix('$') {
        Some(p) => (p, true),
        None => (pattern, false),
    };
    let parts: Vec<&str> = pattern.split('*').collect();
    let mut pos = 0usize;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            if !path.starts_with(part) {
                return false;
            }
            pos = part.len();
        } else {
            match path[pos..].find(part) {
                Some(found) => pos += found + part.len(),
                None => return false,
            }
        }
    }
    if anchored {
        // The last literal part must end exactly at the end of the path.
        let last = parts.last().copied().unwrap_or("");
        parts.len() == 1 && pos == path.len() || (parts.len() > 1 && path.ends_with(last))
    } else {
        true
    }
}

/// Decodes a page: Content-Type charset, BOM, `<meta charset>`, then UTF-8.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> String {
    let from_header = content_type
        .and_then(crate::extract::repair::charset_param)
        .and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes()));
    let encoding = encoding_rs::Encoding::for_bom(bytes)
        .map(|(e, _)| e)
        .or(from_header)
        .or_else(|| meta_charset(bytes))
        .unwrap_or(encoding_rs::UTF_8);
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

/// Looks for `<meta charset=...>` or `<meta http-equiv content="...; charset=...">`
/// in the first 4 KB, as browsers' prescan does.
fn meta_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(i) = rest.find("charset") {
        rest = &rest[i + "charset".len()..];
        let after = rest.trim_start().strip_prefix('=')?.trim_start();
        let after = after.trim_start_matches(['"', '\'']);
        let end = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == ':'))
            .unwrap_or(after.len());
        if let Some(enc) = encoding_rs::Encoding::for_label(&after.as_bytes()[..end]) {
            // A page that claims UTF-16 in ASCII is not UTF-16 (the HTML standard says so too).
            if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                return Some(encoding_rs::UTF_8);
            }
            return Some(enc);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_reads_seconds_and_every_http_date_form() {
        let wait = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(header::RETRY_AFTER, v.parse().unwrap());
            retry_after(&h)
        };
        assert_eq!(wait("120"), Some(Duration::from_secs(120)));
        // Past dates, in the three forms RFC 9110 says to accept, mean now.
        for past in [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
        ] {
            assert_eq!(wait(past), Some(Duration::ZERO), "{past}");
        }
        let later = wait("Fri, 31 Dec 9999 23:59:59 GMT").unwrap();
        assert!(later > Duration::from_secs(365 * 24 * 3600));
        assert_eq!(wait("soon"), None);
    }

    #[test]
    fn windows_1252_is_read_from_the_header_or_the_meta_tag() {
        let bytes =
            b"<html><head><meta charset=\"windows-1252\"></head><p>Caf\xe9 \x96 p\xe4iv\xe4</p>";
        assert!(decode(bytes, None).contains("Café – päivä"));
        assert!(decode(b"Caf\xe9", Some("text/html; charset=ISO-8859-1")).contains("Café"));
        assert_eq!(decode("päivä".as_bytes(), Some("text/html")), "päivä");
    }

    #[test]
    fn robots_longest_match_wins_and_our_group_beats_the_star() {
        let text = "User-agent: *\nDisallow: /\n\nUser-agent: tidings\nDisallow: /private\nAllow: /private/news\n";
        let r = Robots::parse(text, PRODUCT_TOKEN);
        assert!(r.allows("/news"));
        assert!(!r.allows("/private/x"));
        assert!(r.allows("/private/news/1"));
        let star = Robots::parse(
            "User-agent: *\nDisallow: /*.pdf$\nDisallow: /tmp\n",
            PRODUCT_TOKEN,
        );
        assert!(!star.allows("/a/b.pdf"));
        assert!(star.allows("/a/b.pdf.html"));
        assert!(!star.allows("/tmp/1"));
        assert!(Robots::parse("User-agent: *\nDisallow:\n", PRODUCT_TOKEN).allows("/x"));
    }
}
