//! What every promise test stands on: a real fixture site on 127.0.0.1:0,
//! a config in a temporary folder with a real SQLite file, and the real
//! `tidings` binary.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::http::{HeaderMap, Request, Response, StatusCode};
use tokio::net::TcpListener;

/// One page the fixture site serves.
#[derive(Clone, Debug)]
pub struct Page {
    pub status: u16,
    pub body: Vec<u8>,
    pub content_type: String,
    /// When set, the site answers 304 to a matching If-None-Match.
    pub etag: Option<String>,
    pub delay: Duration,
    pub headers: Vec<(String, String)>,
    /// When set, the first half of the body is sent at once and the rest
    /// only once the gate opens: the client is then mid-download for as long
    /// as a test wants, and the test knows it.
    pub gate: Option<Gate>,
}

/// Holds back the end of a page's body until [`Gate::open`].
#[derive(Clone, Debug)]
pub struct Gate {
    open: Arc<tokio::sync::watch::Sender<bool>>,
}

impl Gate {
    pub fn new() -> Gate {
        Gate {
            open: Arc::new(tokio::sync::watch::channel(false).0),
        }
    }

    pub fn open(&self) {
        self.open.send_replace(true);
    }
}

impl Page {
    pub fn html(body: &str) -> Page {
        Page {
            status: 200,
            body: body.as_bytes().to_vec(),
            content_type: "text/html; charset=utf-8".into(),
            etag: None,
            delay: Duration::ZERO,
            headers: Vec::new(),
            gate: None,
        }
    }

    pub fn with_etag(mut self, etag: &str) -> Page {
        self.etag = Some(etag.into());
        self
    }

    pub fn status(status: u16) -> Page {
        Page {
            status,
            ..Page::html("")
        }
    }
}

/// A request the site saw.
#[derive(Clone, Debug)]
pub struct Seen {
    pub path: String,
    pub headers: HeaderMap,
    pub status: u16,
    /// When the request arrived.
    pub at: std::time::Instant,
}

#[derive(Default)]
struct SiteState {
    pages: HashMap<String, Page>,
    /// Requests as they arrive, before any delay.
    arrived: Vec<(String, std::time::Instant)>,
    /// Requests once answered (after any delay).
    seen: Vec<Seen>,
    /// Paths whose body is half sent and held at its gate right now.
    held: Vec<String>,
}

/// Serves `app` on a fresh port of 127.0.0.1 until the test ends.
pub async fn serve_on_loopback(app: axum::Router) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a loopback port");
    let addr = listener.local_addr().expect("loopback address");
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    addr
}

/// A real HTTP server on loopback serving whatever pages a test sets.
#[derive(Clone)]
pub struct Site {
    pub addr: SocketAddr,
    state: Arc<Mutex<SiteState>>,
}

impl Site {
    pub async fn start() -> Site {
        let state: Arc<Mutex<SiteState>> = Arc::default();
        let st = state.clone();
        let addr = serve_on_loopback(axum::Router::new().fallback(move |req: Request<Body>| {
            let st = st.clone();
            async move { answer(&st, req).await }
        }))
        .await;
        Site { addr, state }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub fn set(&self, path: &str, page: Page) {
        self.state
            .lock()
            .unwrap()
            .pages
            .insert(path.to_string(), page);
    }

    /// Every request, robots.txt aside.
    pub fn seen_all(&self) -> Vec<Seen> {
        self.state
            .lock()
            .unwrap()
            .seen
            .iter()
            .filter(|s| s.path != "/robots.txt")
            .cloned()
            .collect()
    }

    /// When requests for `path` arrived: recorded on arrival, so a test can
    /// act while the answer is still being delayed or held.
    pub fn arrived(&self, path: &str) -> Vec<std::time::Instant> {
        self.state
            .lock()
            .unwrap()
            .arrived
            .iter()
            .filter(|(p, _)| p == path)
            .map(|(_, at)| *at)
            .collect()
    }

    /// True while the body of `path` is half sent and held at its gate.
    pub fn held(&self, path: &str) -> bool {
        self.state.lock().unwrap().held.iter().any(|p| p == path)
    }

    /// Requests for `path` once answered (after any delay).
    pub fn seen(&self, path: &str) -> Vec<Seen> {
        self.state
            .lock()
            .unwrap()
            .seen
            .iter()
            .filter(|s| s.path == path)
            .cloned()
            .collect()
    }
}

async fn answer(st: &Arc<Mutex<SiteState>>, req: Request<Body>) -> Response<Body> {
    let at = std::time::Instant::now();
    let path = req.uri().path().to_string();
    let page = {
        let mut st = st.lock().unwrap();
        st.arrived.push((path.clone(), at));
        st.pages.get(&path).cloned()
    };
    let (status, response) = match page {
        None => (
            404,
            Response::builder()
                .status(404)
                .body(Body::from("not found"))
                .unwrap(),
        ),
        Some(page) => {
            if !page.delay.is_zero() {
                tokio::time::sleep(page.delay).await;
            }
            let inm = req
                .headers()
                .get("if-none-match")
                .and_then(|v| v.to_str().ok())
                .map(str::to_string);
            if page.etag.is_some() && inm == page.etag {
                (
                    304,
                    Response::builder().status(304).body(Body::empty()).unwrap(),
                )
            } else {
                let mut b = Response::builder()
                    .status(StatusCode::from_u16(page.status).unwrap())
                    .header("content-type", page.content_type.clone());
                if let Some(etag) = &page.etag {
                    b = b.header("etag", etag.clone());
                }
                for (k, v) in &page.headers {
                    b = b.header(k.as_str(), v.as_str());
                }
                let body = match &page.gate {
                    None => Body::from(page.body.clone()),
                    Some(gate) => held_body(st.clone(), &path, page.body.clone(), gate),
                };
                (page.status, b.body(body).unwrap())
            }
        }
    };
    st.lock().unwrap().seen.push(Seen {
        path,
        headers: req.headers().clone(),
        status,
        at,
    });
    response
}

/// `body` as two chunks, the second sent only once `gate` opens; while it
/// waits, `path` is listed as held.
fn held_body(st: Arc<Mutex<SiteState>>, path: &str, body: Vec<u8>, gate: &Gate) -> Body {
    let mut open = gate.open.subscribe();
    let path = path.to_string();
    let (first, rest) = body.split_at(body.len() / 2);
    let (first, rest) = (
        bytes::Bytes::copy_from_slice(first),
        bytes::Bytes::copy_from_slice(rest),
    );
    let stream = async_stream(move |tx| async move {
        if tx.send(Ok(first)).await.is_err() {
            return;
        }
        st.lock().unwrap().held.push(path.clone());
        let _ = open.wait_for(|o| *o).await;
        st.lock().unwrap().held.retain(|p| p != &path);
        let _ = tx.send(Ok(rest)).await;
    });
    Body::from_stream(stream)
}

type Chunk = Result<bytes::Bytes, std::io::Error>;

/// A stream fed by a task: `produce` sends the chunks.
fn async_stream<F, Fut>(produce: F) -> impl futures_util::Stream<Item = Chunk>
where
    F: FnOnce(tokio::sync::mpsc::Sender<Chunk>) -> Fut,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let (tx, mut rx) = tokio::sync::mpsc::channel(1);
    tokio::spawn(produce(tx));
    futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx))
}

/// A config and database in a temporary folder.
pub struct Env {
    pub dir: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn config_path(&self) -> PathBuf {
        self.path("tidings.toml")
    }

    pub fn db_path(&self) -> PathBuf {
        self.path("tidings.db")
    }

    /// Writes a config: the common head, then `sources` verbatim.
    pub fn write_config(&self, sources: &str) {
        let mail = format!(
            "transport = \"file\"\noutbox_dir = \"{}\"\n",
            self.path("outbox").display()
        );
        self.write_config_with_mail(&mail, sources);
    }

    /// Writes a config whose `[mail]` section holds `mail` (plus a fixed secret).
    pub fn write_config_with_mail(&self, mail: &str, sources: &str) {
        let head = format!(
            r#"[server]
listen = "127.0.0.1:9"
base_url = "http://feeds.test"

[storage]
path = "{db}"

[mail]
from = "Tidings <tidings@feeds.test>"
timezone = "Europe/Helsinki"
{mail}
[fetch]
per_host_interval = "0s"
timeout = "2s"
max_body = "1MB"

[[feed]]
id = "all"
title = "All news"
sources = ["*"]
"#,
            db = self.db_path().display(),
        );
        std::fs::write(self.config_path(), format!("{head}\n{sources}")).expect("write config");
    }

    /// Runs `tidings --config <ours> ARGS` to completion.
    pub fn tidings(&self, args: &[&str]) -> Output {
        let mut all = vec![
            "--config".to_string(),
            self.config_path().display().to_string(),
        ];
        all.extend(args.iter().map(|s| s.to_string()));
        run_tidings(&all, self.dir.path())
    }

    /// `tidings --config <ours> ARGS`, which must succeed; its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.tidings(args);
        assert!(
            out.status.success(),
            "tidings {args:?}: {}\n{}",
            stdout(&out),
            stderr(&out)
        );
        stdout(&out)
    }

    /// Starts `tidings --config <ours> ARGS` in the background, output discarded.
    pub fn spawn(&self, args: &[&str]) -> std::process::Child {
        std::process::Command::new(env!("CARGO_BIN_EXE_tidings"))
            .arg("--config")
            .arg(self.config_path())
            .args(args)
            .current_dir(self.dir.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start tidings")
    }

    /// Changes one line of the written config.
    pub fn edit_config(&self, from: &str, to: &str) {
        let text = std::fs::read_to_string(self.config_path()).expect("read config");
        assert!(text.contains(from), "the config has no {from:?}");
        std::fs::write(self.config_path(), text.replace(from, to)).expect("write config");
    }

    pub fn config(&self) -> tidings::config::Config {
        tidings::config::Config::load(&self.config_path()).unwrap_or_else(|e| panic!("{e}"))
    }
}

pub fn run_tidings(args: &[String], cwd: &Path) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_tidings"))
        .args(args)
        .current_dir(cwd)
        .env("TIDINGS_LOG", "warn")
        .output()
        .expect("run tidings")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `scrape --json` output, one object per source.
pub fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// An HTML source section for the config, with listing selectors.
pub fn html_source(id: &str, url: &str) -> String {
    format!(
        r#"
[[source]]
id = "{id}"
title = "Source {id}"
url = "{url}"
kind = "html"
language = "en"
timezone = "Europe/Helsinki"
[source.select]
item = "ul.news li"
title = "h3"
link = "h3 a@href"
date = ".date"
summary = "p"
"#
    )
}

/// A listing page of `items`: (slug, title, date, summary).
pub fn listing(items: &[(&str, &str, &str, &str)]) -> String {
    let mut html = String::from(
        "<!doctype html><html><head><title>News</title></head><body><ul class=\"news\">",
    );
    for (slug, title, date, summary) in items {
        html.push_str(&format!(
            "<li><h3><a href=\"/news/{slug}?utm_source=list#top\">{title}</a></h3><span class=\"date\">{date}</span> | News item<p>{summary}</p></li>"
        ));
    }
    html.push_str("</ul></body></html>");
    html
}

/// Our own HTTP server, in-process, on 127.0.0.1:0.
pub struct Server {
    pub base: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Server {
    pub async fn start(config: tidings::config::Config) -> Server {
        let db = tidings::store::Db::new(
            tidings::store::Store::open(&config.storage.path).expect("open store"),
        );
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let state = tidings::web::AppState::new(tidings::config::Live::new(config), db)
            .await
            .expect("app state");
        tokio::spawn(tidings::web::serve(listener, state, async move {
            let _ = rx.await;
        }));
        Server {
            base,
            stop: Some(tx),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
    }
}

/// The body of a GET: how tests read our pages and feeds.
pub async fn text_of(url: impl reqwest::IntoUrl) -> String {
    client()
        .get(url)
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("a body")
}

pub fn client() -> reqwest::Client {
    tidings::fetch::install_crypto();
    reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client")
}

/// The Python the feed tests check our output with: `TIDINGS_PYTHON`
/// (`./test.sh` sets it to its venv, which has feedparser), else that venv
/// when it exists, else `python3` from PATH.
pub fn python() -> PathBuf {
    if let Some(p) = std::env::var_os("TIDINGS_PYTHON").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv/bin/python");
    if venv.exists() {
        venv
    } else {
        PathBuf::from("python3")
    }
}

/// Two hosts for the window of scrapes: a slow one (each page answered after
/// 0.9 s, one request at a time) whose sources the config lists first, and a
/// fast one whose sources list two items each.
pub struct SlowAndFast {
    pub slow: Site,
    pub fast: Site,
    pub slow_sources: usize,
    pub fast_sources: usize,
}

impl SlowAndFast {
    /// Starts both hosts and returns them with the `[[source]]` tables
    /// (`slow0`.., then `fast00`..) for the config.
    pub async fn start(slow_sources: usize, fast_sources: usize) -> (SlowAndFast, String) {
        let (slow, fast) = (Site::start().await, Site::start().await);
        let mut sources = String::new();
        for k in 0..slow_sources {
            let path = format!("/slow{k}");
            let item = format!("slow-{k}");
            let mut page = Page::html(&listing(&[(&item, "Slow news", "1.2.2024", "Late.")]));
            page.delay = Duration::from_millis(900);
            slow.set(&path, page);
            sources.push_str(&html_source(&format!("slow{k}"), &slow.url(&path)));
        }
        for k in 0..fast_sources {
            let path = format!("/fast{k}");
            let (a, b) = (format!("fast-{k}-a"), format!("fast-{k}-b"));
            fast.set(
                &path,
                Page::html(&listing(&[
                    (&a, "Fast news", "2.2.2024", "Early."),
                    (&b, "More fast news", "3.2.2024", "Early too."),
                ])),
            );
            sources.push_str(&html_source(&format!("fast{k:02}"), &fast.url(&path)));
        }
        let hosts = SlowAndFast {
            slow,
            fast,
            slow_sources,
            fast_sources,
        };
        (hosts, sources)
    }

    pub fn all_fetched(&self) -> bool {
        (0..self.slow_sources).all(|k| !self.slow.seen(&format!("/slow{k}")).is_empty())
            && (0..self.fast_sources).all(|k| !self.fast.seen(&format!("/fast{k}")).is_empty())
    }

    pub fn assert_each_fetched_once(&self) {
        for (site, name, n) in [
            (&self.slow, "slow", self.slow_sources),
            (&self.fast, "fast", self.fast_sources),
        ] {
            for k in 0..n {
                let path = format!("/{name}{k}");
                assert_eq!(site.seen(&path).len(), 1, "{path} fetched once");
            }
        }
    }

    /// The slow host answers one request at a time, 0.9 s each: its third
    /// request arrives after 1.8 s. Every fast page was asked for before that.
    pub fn assert_fast_host_not_held_up(&self) {
        let mut slow_arrivals: Vec<std::time::Instant> = (0..self.slow_sources)
            .flat_map(|k| self.slow.arrived(&format!("/slow{k}")))
            .collect();
        slow_arrivals.sort();
        let last_fast = (0..self.fast_sources)
            .flat_map(|k| self.fast.arrived(&format!("/fast{k}")))
            .max()
            .expect("the fast host was asked");
        assert!(
            last_fast < slow_arrivals[2],
            "the fast host waited for the slow one: its last page {:?} after the slow host's first request, the slow host's third came at {:?}",
            last_fast - slow_arrivals[0],
            slow_arrivals[2] - slow_arrivals[0]
        );
    }
}

/// Today where the fixture news is written (Helsinki), as the service dates it.
pub fn helsinki_today() -> chrono::NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Helsinki)
        .date_naive()
}
