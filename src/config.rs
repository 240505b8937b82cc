//! The configuration file: `config/tidings.toml`.
//!
//! Owns: reading the TOML, checking every key, and turning it into a
//! [`Config`] whose fields are already parsed (URLs, compiled selectors,
//! cron schedules, time zones). Every problem is reported at once, each with
//! `file:line:column` and the key, so an admin fixes a file in one pass.
//! Never does network or database IO; a `Config` that exists is valid.

use std::collections::HashSet;
use std::fmt;
use std::net::SocketAddr;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use chrono_tz::Tz;
use scraper::Selector;
use toml::de::{DeTable, DeValue};
use toml::Spanned;
use url::Url;

use crate::deadlines::Lang;

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

#[derive(Clone)]
pub struct Mail {
    pub from: String,
    pub transport: Transport,
    pub digest_daily: Schedule,
    pub digest_weekly: Schedule,
    pub reminder_days: Vec<u32>,
    pub timezone: Tz,
    pub admin_email: Option<String>,
    /// Secret for signing links; when absent one is generated and kept in the database.
    pub secret: Option<String>,
    /// Mail templates that override the built-in ones, file by file.
    pub templates_dir: Option<PathBuf>,
    /// DKIM signing, when a key is configured.
    pub dkim: Option<Dkim>,
}

/// A DKIM key and where its public half is published (`<selector>._domainkey.<domain>`).
#[derive(Clone)]
pub struct Dkim {
    pub selector: String,
    pub domain: String,
    pub rsa: bool,
    /// The private key as read from its file (PKCS#1 PEM for RSA, base64 for Ed25519).
    pub key: String,
}

impl fmt::Debug for Dkim {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Dkim")
            .field("selector", &self.selector)
            .field("domain", &self.domain)
            .field("rsa", &self.rsa)
            .field("key", &"<redacted>")
            .finish()
    }
}

impl fmt::Debug for Mail {
    // Hand-written so that a secret never reaches a log line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Mail")
            .field("from", &self.from)
            .field("transport", &self.transport)
            .field("digest_daily", &self.digest_daily)
            .field("digest_weekly", &self.digest_weekly)
            .field("reminder_days", &self.reminder_days)
            .field("timezone", &self.timezone)
            .field("secret", &self.secret.as_ref().map(|_| "<redacted>"))
            .field("templates_dir", &self.templates_dir)
            .field("dkim", &self.dkim)
            .finish()
    }
}

#[derive(Clone)]
pub enum Transport {
    File {
        outbox_dir: PathBuf,
    },
    Smtp {
        host: String,
        port: u16,
        tls: SmtpTls,
        user: Option<String>,
        password: Option<String>,
        timeout: Duration,
    },
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Transport::File { outbox_dir } => f
                .debug_struct("File")
                .field("outbox_dir", outbox_dir)
                .finish(),
            Transport::Smtp {
                host,
                port,
                tls,
                user,
                password,
                timeout,
            } => f
                .debug_struct("Smtp")
                .field("host", host)
                .field("port", port)
                .field("tls", tls)
                .field("user", &user.as_ref().map(|_| "<redacted>"))
                .field("password", &password.as_ref().map(|_| "<redacted>"))
                .field("timeout", timeout)
                .finish(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpTls {
    None,
    StartTls,
    Tls,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    Html,
    Feed,
    /// A feed when the document is one; else an HTML page read with
    /// `[source.select]` when given, else the feed the page advertises.
    Auto,
}

#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub url: Url,
    pub kind: SourceKind,
    pub schedule: Schedule,
    pub language: Lang,
    pub timezone: Tz,
    pub robots_txt: bool,
    /// Selectors: always present when `kind` is `Html`, never when `Feed`,
    /// and when `Auto` present if the config gives them.
    pub select: Option<Selectors>,
    /// Fetch each new item's own page once and read dates from its body too.
    pub follow: bool,
    /// Each run starts up to this long after its slot, so sources do not all fire at once.
    pub jitter: Duration,
    /// Where the body is on an item's own page (default: `main`, `article`, else `body`).
    pub body: Option<Pick>,
    /// A fingerprint of everything that decides what a fetch of this source yields;
    /// cached validators (ETag) are only trusted while it is unchanged.
    pub fingerprint: String,
}

/// The compiled selectors of an HTML source.
#[derive(Debug, Clone)]
pub struct Selectors {
    pub item: Selector,
    pub title: Pick,
    /// `None`: the rows have no page of their own; they link to the listing.
    pub link: Option<Pick>,
    pub date: Option<Pick>,
    pub summary: Option<Pick>,
}

/// "Select this within the item, and take its text (or this attribute)".
#[derive(Debug, Clone)]
pub struct Pick {
    /// `None` selects the item element itself (written as `:scope` or an empty selector).
    pub selector: Option<Selector>,
    pub attr: Option<String>,
}

#[derive(Debug, Clone)]
pub struct FeedDef {
    pub id: String,
    pub title: String,
    /// Source ids; `["*"]` expanded to all sources.
    pub sources: Vec<String>,
}

/// A parsed cron expression, with the text it came from.
#[derive(Clone)]
pub struct Schedule {
    pub expr: String,
    pub cron: croner::Cron,
}

impl fmt::Debug for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Schedule({:?})", self.expr)
    }
}

impl Schedule {
    pub fn parse(expr: &str) -> Result<Schedule, String> {
        croner::Cron::from_str(expr.trim())
            .map(|cron| Schedule {
                expr: expr.trim().to_string(),
                cron,
            })
            .map_err(|e| format!("not a cron expression ({e})"))
    }

    /// The first time strictly after `after` when this schedule fires, read in `tz`.
    pub fn next_after(
        &self,
        after: chrono::DateTime<chrono::Utc>,
        tz: Tz,
    ) -> Option<chrono::DateTime<chrono::Utc>> {
        self.occurrence(after, tz, true, false)
    }

    /// The last time at or before `at` when this schedule fired, read in `tz`.
    pub fn latest_at_or_before(
        &self,
        at: chrono::DateTime<chrono::Utc>,
        tz: Tz,
    ) -> Option<chrono::DateTime<chrono::Utc>> {
        self.occurrence(at, tz, false, true)
    }

    /// The first time on or after `at` when this schedule fires, read in `tz`.
    pub fn first_at_or_after(
        &self,
        at: chrono::DateTime<chrono::Utc>,
        tz: Tz,
    ) -> Option<chrono::DateTime<chrono::Utc>> {
        self.occurrence(at, tz, true, true)
    }

    /// Cron times are wall-clock times in `tz` (07:00 stays 07:00 across DST).
    fn occurrence(
        &self,
        at: chrono::DateTime<chrono::Utc>,
        tz: Tz,
        forward: bool,
        inclusive: bool,
    ) -> Option<chrono::DateTime<chrono::Utc>> {
        let local = at.with_timezone(&tz);
        let found = if forward {
            self.cron.find_next_occurrence(&local, inclusive)
        } else {
            self.cron.find_previous_occurrence(&local, inclusive)
        };
        found.ok().map(|t| t.with_timezone(&chrono::Utc))
    }
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

/// The config in force in a running service, swapped whole on reload.
#[derive(Clone)]
pub struct Live {
    inner: std::sync::Arc<std::sync::RwLock<LiveState>>,
}

#[derive(Clone)]
struct LiveState {
    config: std::sync::Arc<Config>,
    generation: u64,
    loaded_at: chrono::DateTime<chrono::Utc>,
    /// The last reload that failed, while the previous config keeps running.
    error: Option<String>,
}

impl Live {
    pub fn new(config: Config) -> Live {
        Live {
            inner: std::sync::Arc::new(std::sync::RwLock::new(LiveState {
                config: std::sync::Arc::new(config),
                generation: 1,
                loaded_at: chrono::Utc::now(),
                error: None,
            })),
        }
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, LiveState> {
        self.inner.read().unwrap_or_else(|p| p.into_inner())
    }

    pub fn current(&self) -> std::sync::Arc<Config> {
        self.read().config.clone()
    }

    /// How many configs were put in force so far.
    pub fn generation(&self) -> u64 {
        self.read().generation
    }

    /// (generation, loaded at, last reload error)
    pub fn status(&self) -> (u64, chrono::DateTime<chrono::Utc>, Option<String>) {
        let s = self.read();
        (s.generation, s.loaded_at, s.error.clone())
    }

    /// Puts a new, already validated config in force.
    pub fn replace(&self, config: Config) -> u64 {
        let mut s = self.inner.write().unwrap_or_else(|p| p.into_inner());
        s.config = std::sync::Arc::new(config);
        s.generation += 1;
        s.loaded_at = chrono::Utc::now();
        s.error = None;
        s.generation
    }

    /// Records a reload that failed; the config in force stays.
    pub fn reject(&self, error: String) {
        let mut s = self.inner.write().unwrap_or_else(|p| p.into_inner());
        s.error = Some(error);
    }
}

/// One or more problems in a config file.
#[derive(Debug, Clone)]
pub struct ConfigError {
    pub problems: Vec<Problem>,
}

impl ConfigError {
    /// A problem with the file as a whole (unreadable, or its reading failed).
    pub fn whole_file(path: &Path, message: String) -> ConfigError {
        ConfigError {
            problems: vec![Problem {
                file: path.display().to_string(),
                line: 0,
                column: 0,
                key: String::new(),
                message,
            }],
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// 1-based; 0 when the file could not be read at all.
    pub line: usize,
    pub column: usize,
    pub key: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else if self.key.is_empty() {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file, self.line, self.column, self.message
            )
        } else {
            write!(
                f,
                "{}:{}:{}: {}: {}",
                self.file, self.line, self.column, self.key, self.message
            )
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigError {}

/// Collects problems while the tree is read.
struct Cx<'t> {
    text: &'t str,
    file: String,
    problems: Vec<Problem>,
}

impl Cx<'_> {
    fn problem(&mut self, span: Range<usize>, key: &str, message: impl Into<String>) {
        let (line, column) = line_col(self.text, span.start);
        self.problems.push(Problem {
            file: self.file.clone(),
            line,
            column,
            key: key.to_string(),
            message: message.into(),
        });
    }

    fn into_error(mut self) -> ConfigError {
        self.problems.sort_by_key(|p| (p.line, p.column));
        ConfigError {
            problems: self.problems,
        }
    }
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before
        .rfind('\n')
        .map(|nl| before[nl + 1..].chars().count() + 1)
        .unwrap_or_else(|| before.chars().count() + 1);
    (line, column)
}

type Val<'i> = Spanned<DeValue<'i>>;

/// A table being read: remembers which keys were used so the rest can be
/// reported as unknown (a typo like `schedul` must not pass silently).
struct Tab<'a, 'i> {
    table: Option<&'a DeTable<'i>>,
    /// Dotted path of this table, for messages: `source[2].select`.
    path: String,
    span: Range<usize>,
    known: Vec<&'static str>,
}

impl<'a, 'i> Tab<'a, 'i> {
    fn new(table: Option<&'a DeTable<'i>>, path: &str, span: Range<usize>) -> Self {
        Tab {
            table,
            path: path.to_string(),
            span,
            known: Vec::new(),
        }
    }

    fn key(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_string()
        } else {
            format!("{}.{}", self.path, name)
        }
    }

    fn has(&self, name: &str) -> bool {
        self.table.is_some_and(|t| t.contains_key(name))
    }

    fn get(&mut self, name: &'static str) -> Option<&'a Val<'i>> {
        self.known.push(name);
        self.table?.get(name)
    }

    fn string(&mut self, cx: &mut Cx, name: &'static str) -> Option<(String, Range<usize>)> {
        let v = self.get(name)?;
        match v.get_ref() {
            DeValue::String(s) => Some((s.to_string(), v.span())),
            other => {
                cx.problem(
                    v.span(),
                    &self.key(name),
                    format!("expected a string, found {}", other.type_str()),
                );
                None
            }
        }
    }

    fn required_string(
        &mut self,
        cx: &mut Cx,
        name: &'static str,
    ) -> Option<(String, Range<usize>)> {
        let present = self.table.map(|t| t.contains_key(name)).unwrap_or(false);
        if !present {
            self.known.push(name);
            cx.problem(
                self.span.clone(),
                &self.key(name),
                "missing (this key is required)",
            );
            return None;
        }
        let (s, span) = self.string(cx, name)?;
        if s.trim().is_empty() {
            cx.problem(span, &self.key(name), "must not be empty");
            return None;
        }
        Some((s, span))
    }

    fn bool(&mut self, cx: &mut Cx, name: &'static str, default: bool) -> bool {
        let Some(v) = self.get(name) else {
            return default;
        };
        match v.get_ref() {
            DeValue::Boolean(b) => *b,
            other => {
                cx.problem(
                    v.span(),
                    &self.key(name),
                    format!("expected true or false, found {}", other.type_str()),
                );
                default
            }
        }
    }

    fn integer(&mut self, cx: &mut Cx, name: &'static str, min: i64, max: i64) -> Option<i64> {
        let v = self.get(name)?;
        let parsed = match v.get_ref() {
            DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix()).ok(),
            _ => None,
        };
        match parsed {
            Some(n) if (min..=max).contains(&n) => Some(n),
            _ => {
                cx.problem(
                    v.span(),
                    &self.key(name),
                    format!("expected a whole number from {min} to {max}"),
                );
                None
            }
        }
    }

    /// A duration no longer than `max`: beyond sane limits a value would
    /// overflow time arithmetic or silently park a job, so it is refused here.
    fn duration(
        &mut self,
        cx: &mut Cx,
        name: &'static str,
        default: Duration,
        max: Duration,
    ) -> Duration {
        let Some(v) = self.get(name) else {
            return default;
        };
        let parsed = match v.get_ref() {
            DeValue::String(s) => parse_duration(s),
            DeValue::Integer(i) => i.as_str().parse::<u64>().ok().map(Duration::from_secs),
            _ => None,
        };
        match parsed {
            Some(d) if d <= max => d,
            Some(_) => {
                cx.problem(
                    v.span(),
                    &self.key(name),
                    format!("must be at most {}", show_duration(max)),
                );
                default
            }
            None => {
                cx.problem(
                    v.span(),
                    &self.key(name),
                    "expected a duration such as \"500ms\", \"2s\", \"5m\" or \"1h\"",
                );
                default
            }
        }
    }

    fn size(&mut self, cx: &mut Cx, name: &'static str, default: u64) -> u64 {
        let Some(v) = self.get(name) else {
            return default;
        };
        let parsed = match v.get_ref() {
            DeValue::String(s) => parse_size(s),
            DeValue::Integer(i) => i.as_str().parse::<u64>().ok(),
            _ => None,
        };
        match parsed {
            Some(n) if n > 0 && n <= MAX_BODY_LIMIT => n,
            Some(n) if n > 0 => {
                cx.problem(
                    v.span(),
                    &self.key(name),
                    format!("must be at most {}MB", MAX_BODY_LIMIT / 1_000_000),
                );
                default
            }
            _ => {
                cx.problem(
                    v.span(),
                    &self.key(name),
                    "expected a size such as \"10MB\", \"512KB\" or a number of bytes",
                );
                default
            }
        }
    }

    fn schedule(&mut self, cx: &mut Cx, name: &'static str, default: &str) -> Schedule {
        let fallback = || Schedule::parse(default);
        match self.string(cx, name) {
            Some((expr, span)) => match Schedule::parse(&expr) {
                Ok(s) => s,
                Err(msg) => {
                    cx.problem(span, &self.key(name), format!("{expr:?} is {msg}"));
                    fallback().unwrap_or_else(|_| unreachable_schedule())
                }
            },
            None => fallback().unwrap_or_else(|_| unreachable_schedule()),
        }
    }

    fn timezone(&mut self, cx: &mut Cx, name: &'static str, default: Tz) -> Tz {
        match self.string(cx, name) {
            Some((s, span)) => s.parse::<Tz>().unwrap_or_else(|_| {
                cx.problem(
                    span,
                    &self.key(name),
                    format!(
                        "{s:?} is not a time zone name (such as \"Europe/Helsinki\" or \"UTC\")"
                    ),
                );
                default
            }),
            None => default,
        }
    }

    fn subtable(&mut self, cx: &mut Cx, name: &'static str) -> Tab<'a, 'i> {
        let key = self.key(name);
        match self.get(name) {
            None => Tab::new(None, &key, self.span.clone()),
            Some(v) => match v.get_ref() {
                DeValue::Table(t) => Tab::new(Some(t), &key, v.span()),
                other => {
                    cx.problem(
                        v.span(),
                        &key,
                        format!("expected a table, found {}", other.type_str()),
                    );
                    Tab::new(None, &key, v.span())
                }
            },
        }
    }

    /// Reports keys nobody asked for.
    fn finish(self, cx: &mut Cx) {
        let Some(table) = self.table else { return };
        for (k, _) in table.iter() {
            if !self.known.iter().any(|n| *n == k.get_ref().as_ref()) {
                let hint = closest(k.get_ref(), &self.known)
                    .map(|s| format!(" (did you mean `{s}`?)"))
                    .unwrap_or_default();
                cx.problem(
                    k.span(),
                    &self.key(k.get_ref()),
                    format!("unknown key{hint}"),
                );
            }
        }
    }
}

/// Croner accepts this literal; the fallback only keeps types simple after an error was recorded.
fn unreachable_schedule() -> Schedule {
    Schedule {
        expr: "0 0 1 1 *".into(),
        cron: croner::Cron::from_str("0 0 1 1 *").unwrap_or_else(|_| unreachable!()),
    }
}

fn closest<'k>(word: &str, known: &[&'k str]) -> Option<&'k str> {
    known
        .iter()
        .map(|k| (edit_distance(word, k), *k))
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// "500ms", "2s", "5m", "1h", "1d", or a bare number of seconds.
pub fn parse_duration(s: &str) -> Option<Duration> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit() && c != '.')?;
    let (num, unit) = s.split_at(split);
    let n: f64 = num.parse().ok()?;
    let secs = match unit.trim() {
        "ms" => n / 1000.0,
        "s" | "sec" | "secs" => n,
        "m" | "min" | "mins" => n * 60.0,
        "h" => n * 3600.0,
        "d" => n * 86400.0,
        _ => return None,
    };
    // `try_from_secs_f64` refuses what does not fit instead of panicking (2^64 s and up).
    Duration::try_from_secs_f64(secs).ok()
}

/// "90s", "2m", "1h", "7d": the largest unit that divides it.
fn show_duration(d: Duration) -> String {
    let s = d.as_secs();
    match s {
        _ if s >= 86_400 && s % 86_400 == 0 => format!("{}d", s / 86_400),
        _ if s >= 3_600 && s % 3_600 == 0 => format!("{}h", s / 3_600),
        _ if s >= 60 && s % 60 == 0 => format!("{}m", s / 60),
        _ => format!("{s}s"),
    }
}

/// Bounds on durations: generous for any real use, far from any overflow.
pub const MAX_JITTER: Duration = Duration::from_secs(24 * 3600);
pub const MAX_PER_HOST_INTERVAL: Duration = Duration::from_secs(3600);
pub const MAX_TIMEOUT: Duration = Duration::from_secs(3600);
/// Pages larger than this are refused whatever `fetch.max_body` says.
pub const MAX_BODY_LIMIT: u64 = 1_000_000_000;

/// "10MB", "512KB", "1GiB", "1000".
pub fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: u64 = num.parse().ok()?;
    let mult: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "kb" | "k" => 1_000,
        "kib" => 1 << 10,
        "mb" | "m" => 1_000_000,
        "mib" => 1 << 20,
        "gb" | "g" => 1_000_000_000,
        "gib" => 1 << 30,
        _ => return None,
    };
    n.checked_mul(mult)
}

const DEFAULT_TZ: Tz = chrono_tz::Europe::Helsinki;

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
    }
}

fn default_listen() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 8080))
}

fn default_base_url(listen: SocketAddr) -> Url {
    Url::parse(&format!("http://{listen}/"))
        .unwrap_or_else(|_| unreachable!("a socket address always makes a URL"))
}

fn read_mail(cx: &mut Cx, top: &mut Tab) -> Mail {
    let mut t = top.subtable(cx, "mail");
    let from = match t.string(cx, "from") {
        Some((s, span)) => {
            if s.parse::<lettre::message::Mailbox>().is_err() {
                cx.problem(
                    span,
                    "mail.from",
                    format!(
                        "{s:?} is not a mail address such as \"Tidings <tidings@example.org>\""
                    ),
                );
            }
            s
        }
        None => "Tidings <tidings@localhost>".to_string(),
    };
    let transport_name = t.string(cx, "transport");
    let outbox_dir = t
        .string(cx, "outbox_dir")
        .map(|(s, _)| PathBuf::from(s))
        .unwrap_or_else(|| PathBuf::from("data/outbox"));
    let host = t.string(cx, "smtp_host");
    let port = t.integer(cx, "smtp_port", 1, 65535);
    let tls = t.string(cx, "smtp_tls");
    let user = t.string(cx, "smtp_user").map(|(s, _)| s);
    let password = t.string(cx, "smtp_password").map(|(s, _)| s);
    let smtp_timeout = t.duration(cx, "smtp_timeout", Duration::from_secs(30), MAX_TIMEOUT);
    let transport = match transport_name
        .as_ref()
        .map(|(s, sp)| (s.as_str(), sp.clone()))
    {
        None | Some(("file", _)) => Transport::File { outbox_dir },
        Some(("smtp", span)) => {
            let tls = match tls.as_ref().map(|(s, sp)| (s.as_str(), sp.clone())) {
                None | Some(("none", _)) => SmtpTls::None,
                Some(("starttls", _)) => SmtpTls::StartTls,
                Some(("tls", _)) => SmtpTls::Tls,
                Some((other, sp)) => {
                    cx.problem(
                        sp,
                        "mail.smtp_tls",
                        format!("{other:?} is not one of \"none\", \"starttls\", \"tls\""),
                    );
                    SmtpTls::None
                }
            };
            let host = match host {
                Some((h, _)) => h,
                None => {
                    cx.problem(
                        span,
                        "mail.smtp_host",
                        "missing (needed when transport = \"smtp\")",
                    );
                    String::new()
                }
            };
            let default_port = match tls {
                SmtpTls::None => 25,
                SmtpTls::StartTls => 587,
                SmtpTls::Tls => 465,
            };
            Transport::Smtp {
                host,
                port: port.map(|p| p as u16).unwrap_or(default_port),
                tls,
                user,
                password,
                timeout: smtp_timeout,
            }
        }
        Some((other, span)) => {
            cx.problem(
                span,
                "mail.transport",
                format!("{other:?} is not one of \"file\", \"smtp\""),
            );
            Transport::File { outbox_dir }
        }
    };
    let digest_daily = t.schedule(cx, "digest_daily", "0 7 * * *");
    let digest_weekly = t.schedule(cx, "digest_weekly", "0 7 * * 1");
    let reminder_days = match t.get("reminder_days") {
        None => vec![7, 1],
        Some(v) => match v.get_ref() {
            DeValue::Array(items) => {
                let mut days = Vec::new();
                for item in items.iter() {
                    match item.get_ref() {
                        DeValue::Integer(i) => match i.as_str().parse::<u32>() {
                            Ok(d) if d <= 365 => days.push(d),
                            _ => cx.problem(
                                item.span(),
                                "mail.reminder_days",
                                "expected a number of days from 0 to 365",
                            ),
                        },
                        _ => cx.problem(
                            item.span(),
                            "mail.reminder_days",
                            "expected a number of days from 0 to 365",
                        ),
                    }
                }
                days.sort_unstable_by(|a, b| b.cmp(a));
                days.dedup();
                days
            }
            _ => {
                cx.problem(
                    v.span(),
                    "mail.reminder_days",
                    "expected a list of days such as [7, 1]",
                );
                vec![7, 1]
            }
        },
    };
    let timezone = t.timezone(cx, "timezone", DEFAULT_TZ);
    let admin_email = t.string(cx, "admin_email").map(|(s, span)| {
        if s.parse::<lettre::Address>().is_err() {
            cx.problem(
                span,
                "mail.admin_email",
                format!("{s:?} is not a mail address"),
            );
        }
        s
    });
    let secret = t.string(cx, "secret").map(|(s, span)| {
        if s.len() < 16 {
            cx.problem(span, "mail.secret", "must be at least 16 characters long");
        }
        s
    });
    let templates_dir = t.string(cx, "templates_dir").map(|(s, span)| {
        let dir = PathBuf::from(&s);
        if !dir.is_dir() {
            cx.problem(span, "mail.templates_dir", format!("{s:?} is not a folder"));
        }
        dir
    });
    let dkim = read_dkim(cx, &mut t, &from);
    t.finish(cx);
    Mail {
        dkim,
        templates_dir,
        from,
        transport,
        digest_daily,
        digest_weekly,
        reminder_days,
        timezone,
        admin_email,
        secret,
    }
}

fn read_dkim(cx: &mut Cx, t: &mut Tab, from: &str) -> Option<Dkim> {
    let key_file = t.string(cx, "dkim_key");
    let selector = t.string(cx, "dkim_selector");
    let domain = t.string(cx, "dkim_domain").map(|(d, _)| d);
    let algorithm = t.string(cx, "dkim_algorithm");
    let (path, span) = key_file?;
    let rsa = match algorithm.as_ref().map(|(a, sp)| (a.as_str(), sp.clone())) {
        None | Some(("rsa", _)) => true,
        Some(("ed25519", _)) => false,
        Some((other, sp)) => {
            cx.problem(
                sp,
                "mail.dkim_algorithm",
                format!("{other:?} is not one of \"rsa\", \"ed25519\""),
            );
            true
        }
    };
    let Some((selector, _)) = selector else {
        cx.problem(span, "mail.dkim_selector", "missing (needed with dkim_key)");
        return None;
    };
    let domain = domain.or_else(|| {
        from.parse::<lettre::message::Mailbox>()
            .ok()
            .map(|m| m.email.domain().to_string())
    })?;
    let key = match std::fs::read_to_string(&path) {
        Ok(k) => k.trim().to_string(),
        Err(e) => {
            cx.problem(
                span,
                "mail.dkim_key",
                format!("unable to read {path:?}: {e}"),
            );
            return None;
        }
    };
    let algorithm = if rsa {
        lettre::message::dkim::DkimSigningAlgorithm::Rsa
    } else {
        lettre::message::dkim::DkimSigningAlgorithm::Ed25519
    };
    if lettre::message::dkim::DkimSigningKey::new(&key, algorithm).is_err() {
        cx.problem(
            span,
            "mail.dkim_key",
            format!("{path:?} is not a DKIM private key (RSA: PKCS#1 PEM; Ed25519: the 32-byte key in base64)"),
        );
        return None;
    }
    Some(Dkim {
        selector,
        domain,
        rsa,
        key,
    })
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

const ID_RULE: &str = "ids are 1-64 characters of a-z, 0-9, '-' and '_' (they appear in URLs)";

fn tables_of<'a, 'i>(
    cx: &mut Cx,
    top: &mut Tab<'a, 'i>,
    name: &'static str,
) -> Vec<(Range<usize>, &'a DeTable<'i>)> {
    match top.get(name) {
        None => Vec::new(),
        Some(v) => match v.get_ref() {
            DeValue::Array(items) => items
                .iter()
                .filter_map(|item| match item.get_ref() {
                    DeValue::Table(t) => Some((item.span(), t)),
                    _ => {
                        cx.problem(item.span(), name, format!("expected [[{name}]] tables"));
                        None
                    }
                })
                .collect(),
            _ => {
                cx.problem(v.span(), name, format!("expected [[{name}]] tables"));
                Vec::new()
            }
        },
    }
}

fn read_sources(cx: &mut Cx, top: &mut Tab, mail: &Mail, fetch: &Fetch) -> Vec<Source> {
    let mut sources = Vec::new();
    let mut seen = HashSet::new();
    for (i, (span, table)) in tables_of(cx, top, "source").into_iter().enumerate() {
        let mut t = Tab::new(Some(table), &format!("source[{i}]"), span);
        let id = t.required_string(cx, "id");
        if let Some((id, span)) = &id {
            if !valid_id(id) {
                cx.problem(span.clone(), &t.key("id"), format!("{id:?}: {ID_RULE}"));
            } else if !seen.insert(id.clone()) {
                cx.problem(
                    span.clone(),
                    &t.key("id"),
                    format!("{id:?} is used by another source"),
                );
            }
        }
        let title = t.string(cx, "title").map(|(s, _)| s);
        let url = t
            .required_string(cx, "url")
            .and_then(|(s, span)| match Url::parse(&s) {
                Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => Some(u),
                _ => {
                    cx.problem(span, &t.key("url"), format!("{s:?} is not an http(s) URL"));
                    None
                }
            });
        let kind = match t.string(cx, "kind") {
            None => SourceKind::Auto,
            Some((k, span)) => match k.as_str() {
                "html" => SourceKind::Html,
                "feed" => SourceKind::Feed,
                "auto" => SourceKind::Auto,
                _ => {
                    cx.problem(
                        span,
                        &t.key("kind"),
                        format!("{k:?} is not one of \"auto\", \"html\", \"feed\""),
                    );
                    SourceKind::Auto
                }
            },
        };
        let schedule = t.schedule(cx, "schedule", "*/30 * * * *");
        let language = match t.string(cx, "language") {
            None => Lang::Auto,
            Some((l, span)) => match l.as_str() {
                "en" => Lang::En,
                "fi" => Lang::Fi,
                "sv" => Lang::Sv,
                "auto" => Lang::Auto,
                _ => {
                    cx.problem(
                        span,
                        &t.key("language"),
                        format!("{l:?} is not one of \"en\", \"fi\", \"sv\", \"auto\""),
                    );
                    Lang::Auto
                }
            },
        };
        let timezone = t.timezone(cx, "timezone", mail.timezone);
        let robots_txt = t.bool(cx, "robots_txt", fetch.robots_txt);
        let follow = t.bool(cx, "follow", false);
        let jitter = t.duration(cx, "jitter", Duration::ZERO, MAX_JITTER);
        let has_select = table.contains_key("select");
        let mut sel_t = t.subtable(cx, "select");
        let select = match kind {
            SourceKind::Html => read_selectors(cx, &mut sel_t, has_select),
            SourceKind::Auto if sel_t.has("item") => read_selectors(cx, &mut sel_t, true),
            // A feed source may only say where the body of an item's own page is.
            SourceKind::Feed | SourceKind::Auto => None,
        };
        let body = sel_t.string(cx, "body").and_then(|(s, span)| {
            parse_pick(&s)
                .map_err(|m| cx.problem(span, &sel_t.key("body"), m))
                .ok()
        });
        if body.is_some() && !follow {
            cx.problem(
                sel_t.span.clone(),
                &sel_t.key("body"),
                "select.body is used only with follow = true",
            );
        }
        sel_t.finish(cx);
        let fingerprint = table_fingerprint(cx.text, &t);
        t.finish(cx);
        if let (Some((id, _)), Some(url)) = (id, url) {
            sources.push(Source {
                follow,
                jitter,
                body,
                title: title.unwrap_or_else(|| id.clone()),
                id,
                url,
                kind,
                schedule,
                language,
                timezone,
                robots_txt,
                select,
                fingerprint,
            });
        }
    }
    sources
}

/// The keys whose values decide what a scrape of a source yields.
const FINGERPRINTED: [&str; 4] = ["url", "kind", "select", "follow"];

/// The exact text of what decides what a scrape yields (URL, kind, selectors),
/// hashed: a change makes a fresh fetch, not a 304 against the old validators,
/// and a new baseline (the items the new selectors find are not news).
fn table_fingerprint(text: &str, t: &Tab) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    if let Some(table) = t.table {
        let mut keys: Vec<_> = table
            .iter()
            .filter(|(k, _)| FINGERPRINTED.contains(&k.get_ref().as_ref()))
            .collect();
        keys.sort_by(|a, b| a.0.get_ref().cmp(b.0.get_ref()));
        for (k, v) in keys {
            h.update(k.get_ref().as_bytes());
            h.update([0]);
            hash_value(&mut h, text, v);
        }
    }
    hex::encode(&h.finalize()[..8])
}

/// Hashes a value by its text; a table (`[source.select]`) by its keys and
/// their values, since a table's own span does not cover what is in it.
fn hash_value(h: &mut sha2::Sha256, text: &str, v: &Val) {
    use sha2::Digest;
    match v.get_ref() {
        DeValue::Table(t) => {
            let mut keys: Vec<_> = t.iter().collect();
            keys.sort_by(|a, b| a.0.get_ref().cmp(b.0.get_ref()));
            for (k, v) in keys {
                h.update(k.get_ref().as_bytes());
                h.update([1]);
                hash_value(h, text, v);
            }
        }
        _ => {
            h.update(text.get(v.span()).unwrap_or_default().as_bytes());
            h.update([0]);
        }
    }
}

fn read_selectors(cx: &mut Cx, t: &mut Tab, present: bool) -> Option<Selectors> {
    if !present {
        cx.problem(
            t.span.clone(),
            &t.path,
            "missing: an html source needs [source.select] with at least item and title (`tidings suggest URL` proposes them)",
        );
        return None;
    }
    let item = t.required_string(cx, "item").and_then(|(s, span)| {
        compile(&s)
            .map_err(|e| {
                let at = inside_string(cx.text, &span, &s, e.at);
                cx.problem(at, &t.key("item"), e.message)
            })
            .ok()
    });
    let pick = |cx: &mut Cx, t: &mut Tab, name: &'static str, required: bool| -> Option<Pick> {
        let (s, span) = if required {
            t.required_string(cx, name)?
        } else {
            t.string(cx, name)?
        };
        pick_at(&s)
            .map_err(|e| {
                let at = inside_string(cx.text, &span, &s, e.at);
                cx.problem(at, &t.key(name), e.message)
            })
            .ok()
    };
    let title = pick(cx, t, "title", true);
    let link = pick(cx, t, "link", false);
    let date = pick(cx, t, "date", false);
    let summary = pick(cx, t, "summary", false);
    Some(Selectors {
        item: item?,
        title: title?,
        link,
        date,
        summary,
    })
}

impl Selectors {
    /// Compiles selectors written as in `[source.select]`, exactly as the
    /// config file's are compiled (`tidings suggest` checks its own this way).
    pub fn parse(
        item: &str,
        title: &str,
        link: &str,
        date: Option<&str>,
        summary: Option<&str>,
    ) -> Result<Selectors, String> {
        Ok(Selectors {
            item: compile(item).map_err(|e| e.message)?,
            title: parse_pick(title)?,
            link: Some(parse_pick(link)?),
            date: date.map(parse_pick).transpose()?,
            summary: summary.map(parse_pick).transpose()?,
        })
    }
}

/// Why a selector does not compile, and where in it (a byte offset).
#[derive(Debug, Clone, PartialEq, Eq)]
struct SelectorError {
    at: usize,
    message: String,
}

/// The span of byte `at` of the string value `s` written at `span`, when the
/// file writes it plainly (no escapes before it); else the value's own span.
fn inside_string(text: &str, span: &Range<usize>, s: &str, at: usize) -> Range<usize> {
    let raw = text.get(span.clone()).unwrap_or_default();
    let plain = (raw.starts_with('"') || raw.starts_with('\''))
        && !raw.starts_with("\"\"\"")
        && !raw.starts_with("'''")
        && raw.get(1..1 + at) == s.get(..at);
    if plain {
        span.start + 1 + at..span.start + 1 + at
    } else {
        span.clone()
    }
}

fn compile(s: &str) -> Result<Selector, SelectorError> {
    if let Some((at, message)) = jquery_pseudo(s) {
        return Err(SelectorError { at, message });
    }
    Selector::parse(s).map_err(|e| {
        let (at, reason) = explain_selector_error(s, &e);
        SelectorError {
            at,
            message: format!("{s:?} is not a CSS selector: {reason}"),
        }
    })
}

/// CSS pseudo-classes the selector engine knows; anything else after a `:` is not CSS here.
const CSS_PSEUDO: &[&str] = &[
    "not",
    "is",
    "where",
    "has",
    "nth-child",
    "nth-last-child",
    "nth-of-type",
    "nth-last-of-type",
    "first-child",
    "last-child",
    "only-child",
    "first-of-type",
    "last-of-type",
    "only-of-type",
    "root",
    "empty",
    "scope",
    "link",
    "any-link",
];

/// Each `:name` in a selector outside quotes and brackets: (byte offset of
/// the colon, the name in lower case, its argument when it has one).
fn pseudo_classes(s: &str) -> Vec<(usize, String, Option<String>)> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut quote: Option<u8> = None;
    let mut bracket = 0usize;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) if c == b'\\' => i += 1,
            Some(_) => {}
            None => match c {
                b'"' | b'\'' => quote = Some(c),
                b'\\' => i += 1,
                b'[' => bracket += 1,
                b']' => bracket = bracket.saturating_sub(1),
                b':' if bracket == 0 => {
                    if b.get(i + 1) == Some(&b':') {
                        i += 2; // a pseudo-element
                        continue;
                    }
                    let start = i + 1;
                    let len = b[start..]
                        .iter()
                        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-' || **c == b'_')
                        .count();
                    let name = s[start..start + len].to_ascii_lowercase();
                    let mut arg = None;
                    if b.get(start + len) == Some(&b'(') {
                        let open = start + len + 1;
                        let mut depth = 1;
                        let mut j = open;
                        while j < b.len() && depth > 0 {
                            match b[j] {
                                b'(' => depth += 1,
                                b')' => depth -= 1,
                                _ => {}
                            }
                            j += 1;
                        }
                        let close = if depth == 0 { j - 1 } else { j };
                        arg = s.get(open..close).map(|a| a.trim().to_string());
                    }
                    out.push((i, name, arg));
                }
                _ => {}
            },
        }
        i += 1;
    }
    out
}

/// jQuery's own pseudo-classes, which CSS does not have: where the first
/// one is, and what to write instead.
fn jquery_pseudo(s: &str) -> Option<(usize, String)> {
    for (at, name, arg) in pseudo_classes(s) {
        let n = arg.as_deref().and_then(|a| a.parse::<u64>().ok());
        let written = match &arg {
            Some(a) => format!(":{name}({a})"),
            None => format!(":{name}"),
        };
        let instead = match (name.as_str(), n) {
            ("eq" | "nth", Some(n)) => format!(
                "use `:nth-of-type({})` (or `:nth-child({})`): CSS counts from 1, jQuery from 0",
                n + 1,
                n + 1
            ),
            ("gt", Some(n)) => format!(
                "use `:nth-of-type(n+{})`: CSS counts from 1, jQuery from 0",
                n + 2
            ),
            ("lt", Some(n)) => {
                format!("use `:nth-of-type(-n+{n})`: CSS counts from 1, jQuery from 0")
            }
            ("eq" | "nth" | "gt" | "lt", None) => {
                "use `:nth-of-type(…)` with a position counted from 1".to_string()
            }
            ("first", _) => "use `:first-of-type` (or `:first-child`)".to_string(),
            ("last", _) => "use `:last-of-type` (or `:last-child`)".to_string(),
            ("even", _) => {
                "use `:nth-of-type(odd)`: jQuery counts from 0, so its even ones are CSS's odd ones"
                    .to_string()
            }
            ("odd", _) => {
                "use `:nth-of-type(even)`: jQuery counts from 0, so its odd ones are CSS's even ones"
                    .to_string()
            }
            ("contains", _) => "CSS cannot select by text; select the element by its tag or \
                                class and tidings takes its text, or use `:has(…)` to pick \
                                items by what they hold"
                .to_string(),
            ("header", _) => "use `h1, h2, h3, h4, h5, h6`".to_string(),
            ("parent", _) => "use `:not(:empty)`".to_string(),
            ("visible" | "hidden" | "animated", _) => {
                "tidings reads the page's HTML without styles or scripts: leave it out".to_string()
            }
            (
                "input" | "text" | "password" | "radio" | "checkbox" | "submit" | "reset"
                | "image" | "file" | "button" | "selected" | "checked",
                _,
            ) => "use a tag or attribute selector such as `input[type=checkbox]`".to_string(),
            _ => continue,
        };
        return Some((
            at,
            format!("{s:?}: `{written}` is jQuery, not CSS; {instead}"),
        ));
    }
    None
}

/// A reason a person can act on for a selector that does not parse, and
/// where it is when that can be told.
fn explain_selector_error(s: &str, e: &scraper::error::SelectorErrorKind) -> (usize, String) {
    use scraper::error::SelectorErrorKind as K;
    if let Some((at, name, _)) = pseudo_classes(s)
        .into_iter()
        .find(|(_, name, _)| !CSS_PSEUDO.contains(&name.as_str()))
    {
        let reason = if name.is_empty() {
            "a `:` must be followed by a pseudo-class name such as `first-child`".to_string()
        } else {
            format!(
                "`:{name}` is not a pseudo-class tidings knows (it knows {})",
                CSS_PSEUDO
                    .iter()
                    .map(|p| format!(":{p}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            )
        };
        return (at, reason);
    }
    let reason = match e {
        K::UnexpectedToken => {
            "a character or word where none can be (a stray quote, comma or bracket?)"
        }
        K::EndOfLine => {
            "it ends too early (an unclosed `[` or `(`, or a combinator with nothing after it?)"
        }
        K::ExpectedColonOnPseudoElement | K::ExpectedIdentityOnPseudoElement => {
            "pseudo-elements such as `::before` are not part of a page's HTML"
        }
        K::UnexpectedSelectorParseError(_) => {
            // The selector engine's own kinds; only their names are public.
            let name = format!("{e:?}");
            let has = |k: &str| name.contains(k);
            if has("EmptySelector") {
                "it is empty (a stray comma?)"
            } else if has("DanglingCombinator") {
                "a combinator (`>`, `+`, `~`) with nothing after it"
            } else if has("Attr") {
                "a malformed attribute selector: write `[name]`, `[name=value]` or `[name=\"a value\"]`"
            } else if has("ClassNeedsIdent") {
                "a `.` must be followed by a class name"
            } else if has("Pseudo") {
                "an unknown pseudo-class or pseudo-element"
            } else {
                "not a selector this engine reads"
            }
        }
        _ => "not a selector this engine reads",
    };
    (0, reason.to_string())
}

/// `"h3 a"`, `"a@href"`, `"@data-href"` (attribute of the item itself), `":scope"`.
pub fn parse_pick(s: &str) -> Result<Pick, String> {
    pick_at(s).map_err(|e| e.message)
}

fn pick_at(s: &str) -> Result<Pick, SelectorError> {
    let (sel, attr) = match s.rsplit_once('@') {
        Some((sel, attr))
            if !attr.is_empty()
                && attr
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == ':') =>
        {
            (sel, Some(attr.to_string()))
        }
        Some((sel, _)) => {
            return Err(SelectorError {
                at: sel.len(),
                message: format!(
                    "{s:?}: write an attribute as \"selector@attribute\", e.g. \"a@href\""
                ),
            })
        }
        None => (s, None),
    };
    let lead = sel.len() - sel.trim_start().len();
    let sel = sel.trim();
    let selector = if sel.is_empty() || sel == ":scope" {
        None
    } else {
        Some(compile(sel).map_err(|e| SelectorError {
            at: e.at + lead,
            message: e.message,
        })?)
    };
    Ok(Pick { selector, attr })
}

fn read_feeds(cx: &mut Cx, top: &mut Tab, sources: &[Source]) -> Vec<FeedDef> {
    let mut feeds = Vec::new();
    let mut seen: HashSet<String> = sources.iter().map(|s| s.id.clone()).collect();
    for (i, (span, table)) in tables_of(cx, top, "feed").into_iter().enumerate() {
        let mut t = Tab::new(Some(table), &format!("feed[{i}]"), span);
        let id = t.required_string(cx, "id");
        if let Some((id, span)) = &id {
            if !valid_id(id) {
                cx.problem(span.clone(), &t.key("id"), format!("{id:?}: {ID_RULE}"));
            } else if !seen.insert(id.clone()) {
                cx.problem(
                    span.clone(),
                    &t.key("id"),
                    format!("{id:?} is already the id of a source or another feed"),
                );
            }
        }
        let title = t.string(cx, "title").map(|(s, _)| s);
        let mut list = Vec::new();
        match t.get("sources") {
            None => list = sources.iter().map(|s| s.id.clone()).collect(),
            Some(v) => match v.get_ref() {
                DeValue::Array(items) => {
                    for item in items.iter() {
                        match item.get_ref().as_str() {
                            Some("*") => list.extend(sources.iter().map(|s| s.id.clone())),
                            Some(s) if sources.iter().any(|src| src.id == s) => {
                                list.push(s.to_string())
                            }
                            Some(s) => cx.problem(
                                item.span(),
                                &t.key("sources"),
                                format!("{s:?} is not the id of a [[source]]"),
                            ),
                            None => cx.problem(
                                item.span(),
                                &t.key("sources"),
                                "expected source ids (strings) or \"*\"",
                            ),
                        }
                    }
                }
                _ => cx.problem(
                    v.span(),
                    &t.key("sources"),
                    "expected a list such as [\"*\"] or [\"source-a\", \"source-b\"]",
                ),
            },
        }
        let mut dedup = HashSet::new();
        list.retain(|s| dedup.insert(s.clone()));
        t.finish(cx);
        if let Some((id, _)) = id {
            feeds.push(FeedDef {
                title: title.unwrap_or_else(|| id.clone()),
                id,
                sources: list,
            });
        }
    }
    feeds
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<String> {
        match Config::parse(text, Path::new("t.toml")) {
            Ok(_) => Vec::new(),
            Err(e) => e.problems.iter().map(|p| p.to_string()).collect(),
        }
    }

    #[test]
    fn the_shipped_config_is_valid() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/tidings.toml");
        let config = Config::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(!config.sources.is_empty());
        assert_eq!(config.mail.reminder_days, vec![7, 1]);
    }

    #[test]
    fn every_problem_is_reported_at_once_with_line_and_column() {
        let text = r#"
[server]
listen = "nowhere"

[[source]]
id = "Bad Id"
url = "ftp://x"
schedul = "* * * * *"
[source.select]
item = "div[["
title = "h3"
link = "a@"

[[source]]
id = "ok"
url = "https://example.org/"
schedule = "99 * * * *"
timezone = "Mars/Olympus"
[source.select]
item = "li"
title = "h3"
link = "a@href"
"#;
        let p = problems(text);
        let has = |needle: &str| p.iter().any(|l| l.contains(needle));
        assert!(has("t.toml:3:10: server.listen"), "{p:#?}");
        assert!(has("t.toml:6:6: source[0].id"), "{p:#?}");
        assert!(has("source[0].url"), "{p:#?}");
        assert!(
            has("t.toml:8:1: source[0].schedul: unknown key (did you mean `schedule`?)"),
            "{p:#?}"
        );
        assert!(has("source[0].select.item"), "{p:#?}");
        assert!(has("source[0].select.link"), "{p:#?}");
        assert!(has("source[1].schedule"), "{p:#?}");
        assert!(has("source[1].timezone"), "{p:#?}");
        assert_eq!(p.len(), 8, "{p:#?}");
    }

    #[test]
    fn a_syntax_error_names_its_line() {
        let p = problems("[server]\nlisten = \"127.0.0.1:1\nbase_url = 3\n");
        assert_eq!(p.len(), 1);
        assert!(p[0].starts_with("t.toml:2:"), "{p:?}");
    }

    #[test]
    fn feeds_expand_the_star_and_reject_unknown_sources() {
        let text = r#"
[[source]]
id = "a"
url = "https://a.example/"
kind = "feed"
[[source]]
id = "b"
url = "https://b.example/"
kind = "feed"
[[feed]]
id = "all"
sources = ["*"]
[[feed]]
id = "some"
sources = ["b", "zzz"]
"#;
        let p = problems(text);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].contains("feed[1].sources: \"zzz\" is not the id"),
            "{p:?}"
        );
        let ok = Config::parse(&text.replace(", \"zzz\"", ""), Path::new("t.toml"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            ok.feed("all").map(|f| f.sources.clone()),
            Some(vec!["a".to_string(), "b".to_string()])
        );
    }

    #[test]
    fn durations_and_sizes_read_as_people_write_them() {
        assert_eq!(parse_duration("2s"), Some(Duration::from_secs(2)));
        assert_eq!(parse_duration("500ms"), Some(Duration::from_millis(500)));
        assert_eq!(parse_duration("5m"), Some(Duration::from_secs(300)));
        assert_eq!(parse_duration("fast"), None);
        assert_eq!(parse_size("10MB"), Some(10_000_000));
        assert_eq!(parse_size("1MiB"), Some(1 << 20));
        assert_eq!(parse_size("lots"), None);
    }

    #[test]
    fn durations_beyond_sane_limits_are_refused_with_their_place() {
        // Regression: "99999999999h" passed `check` and then overflowed the scheduler;
        // 2^64 s panicked `check` itself.
        assert_eq!(parse_duration("18446744073709551616s"), None);
        assert_eq!(parse_duration("1e400s"), None);
        let src = |extra: &str| {
            format!("[[source]]\nid = \"a\"\nurl = \"https://x.example/\"\n{extra}\n[source.select]\nitem = \"li\"\ntitle = \"h3\"\nlink = \"a@href\"\n")
        };
        let p = problems(&src("jitter = \"99999999999h\""));
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0], "t.toml:4:10: source[0].jitter: must be at most 1d");
        let p = problems("[fetch]\nper_host_interval = \"99999999999h\"\n");
        assert!(p.len() == 1 && p[0].contains("at most 1h"), "{p:?}");
        let p = problems("[fetch]\ntimeout = \"18446744073709551616s\"\n");
        assert!(p.len() == 1 && p[0].contains("t.toml:2:11"), "{p:?}");
        let p = problems("[fetch]\nmax_body = \"999GB\"\n");
        assert!(p.len() == 1 && p[0].contains("at most"), "{p:?}");
        assert!(problems(&src("jitter = \"1d\"")).is_empty());
    }

    #[test]
    fn a_changed_selector_changes_the_fingerprint_and_a_changed_schedule_does_not() {
        let a = "[[source]]\nid = \"a\"\nurl = \"https://x.example/\"\nschedule = \"*/30 * * * *\"\n[source.select]\nitem = \"ul.news li\"\ntitle = \"h3\"\nlink = \"a@href\"\n";
        let fp = |text: &str| {
            Config::parse(text, Path::new("t.toml"))
                .unwrap_or_else(|e| panic!("{e}"))
                .sources[0]
                .fingerprint
                .clone()
        };
        assert_ne!(fp(a), fp(&a.replace("ul.news", "ul.real")));
        assert_ne!(fp(a), fp(&a.replace("x.example", "y.example")));
        assert_eq!(fp(a), fp(&a.replace("*/30", "*/10")));
    }

    #[test]
    fn picks_take_an_attribute_after_the_at_sign() {
        let p = parse_pick("a@data-href").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(p.attr.as_deref(), Some("data-href"));
        assert!(p.selector.is_some());
        let own = parse_pick("@href").unwrap_or_else(|e| panic!("{e}"));
        assert!(own.selector.is_none());
        assert!(parse_pick("a@").is_err());
    }

    #[test]
    fn weekly_digest_on_monday_fires_on_monday() {
        use chrono::{Datelike, TimeZone, Utc};
        let s = Schedule::parse("0 7 * * 1").unwrap_or_else(|e| panic!("{e}"));
        // 2024-03-06 is a Wednesday.
        let next = s
            .next_after(
                Utc.with_ymd_and_hms(2024, 3, 6, 12, 0, 0).unwrap(),
                chrono_tz::Europe::Helsinki,
            )
            .unwrap();
        assert_eq!(next.weekday(), chrono::Weekday::Mon);
        assert_eq!(next, Utc.with_ymd_and_hms(2024, 3, 11, 5, 0, 0).unwrap());
    }

    #[test]
    fn jquery_pseudo_classes_get_the_css_to_write_instead() {
        let msg = |s: &str| parse_pick(s).err().unwrap_or_default();
        assert!(msg("li:eq(2)").contains("`:eq(2)` is jQuery, not CSS; use `:nth-of-type(3)`"));
        assert!(msg("li:gt(0)").contains("`:nth-of-type(n+2)`"));
        assert!(msg("li:lt(3)").contains("`:nth-of-type(-n+3)`"));
        assert!(msg("tr:even").contains("`:nth-of-type(odd)`"));
        assert!(msg("li:first a").contains("`:first-of-type`"));
        assert!(msg("h3:contains(\"Call\")").contains("CSS cannot select by text"));
        // `:has` is CSS and works; a colon inside quotes or brackets is not a pseudo-class.
        assert!(parse_pick("li:has(time)").is_ok());
        assert!(parse_pick("a[href^='https:']@href").is_ok());
        assert!(parse_pick("li:nth-of-type(2n+1) > a").is_ok());
    }

    #[test]
    fn other_selector_errors_say_what_is_wrong_never_to_report_a_bug() {
        for (s, says) in [
            (
                "li:hovered",
                "`:hovered` is not a pseudo-class tidings knows",
            ),
            ("div[", "it ends too early"),
            ("ul >", "with nothing after it"),
            ("a, , b", "empty"),
            ("a[href=", "it ends too early"),
            ("div..x", "class name"),
        ] {
            let m = parse_pick(s).err().unwrap_or_default();
            assert!(m.contains(says), "{s}: {m}");
            assert!(!m.contains("report this to the developer"), "{s}: {m}");
        }
    }
}
