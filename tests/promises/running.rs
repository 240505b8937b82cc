//! Promises 4 and 6 in a running service: live config edits, loud breakage
//! told once, polite fetching, and a graceful stop.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::common::*;
use crate::smtp::Smtp;

/// `tidings run` as a child process on 127.0.0.1:0, with its stderr collected.
pub struct Running {
    pub child: Child,
    pub base: String,
    pub log: mpsc::Receiver<String>,
}

impl Running {
    pub fn start(env: &Env) -> Running {
        Running::start_limited(env, None)
    }

    /// Starts it under `ulimit -n <nofile>` when given, as a service manager might.
    pub fn start_limited(env: &Env, nofile: Option<u32>) -> Running {
        let bin = env!("CARGO_BIN_EXE_tidings");
        let config = env.config_path().display().to_string();
        let mut command = match nofile {
            Some(n) => {
                let mut c = Command::new("sh");
                c.args([
                    "-c",
                    &format!("ulimit -n {n} && exec \"$0\" --config \"$1\" run"),
                    bin,
                    &config,
                ]);
                c
            }
            None => {
                let mut c = Command::new(bin);
                c.args(["--config", &config, "run"]);
                c
            }
        };
        let mut child = command
            .current_dir(env.dir.path())
            .env("TIDINGS_LOG", "info")
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("start tidings run");
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        let deadline = Instant::now() + Duration::from_secs(20);
        let base = loop {
            let line = rx
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
                .expect("the service says where it listens");
            if let Some(at) = line.find("listening on http://") {
                let addr: String = line[at + "listening on ".len()..]
                    .split_whitespace()
                    .next()
                    .unwrap()
                    .to_string();
                break addr;
            }
        };
        Running {
            child,
            base,
            log: rx,
        }
    }

    pub fn pid(&self) -> i32 {
        self.child.id() as i32
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub async fn get_json(url: &str) -> serde_json::Value {
    let body = text_of(url).await;
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

/// Polls `check` every 100 ms for up to `secs` seconds.
pub async fn eventually<F, Fut>(secs: u64, what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + Duration::from_secs(secs);
    while Instant::now() < deadline {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out waiting until {what}");
}

pub fn listen_anywhere(env: &Env) {
    env.edit_config("listen = \"127.0.0.1:9\"", "listen = \"127.0.0.1:0\"");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edited_config_adds_a_source_live_and_a_broken_edit_keeps_the_old_one() {
    let site = Site::start().await;
    let env = Env::new();
    site.set(
        "/a",
        Page::html(&listing(&[("a1", "From source A", "1.2.2024", "")])),
    );
    site.set(
        "/b",
        Page::html(&listing(&[("b1", "From source B", "2.2.2024", "")])),
    );
    env.write_config(&html_source("a", &site.url("/a")));
    listen_anywhere(&env);
    let run = Running::start(&env);
    let base = run.base.clone();
    eventually(10, "source a is scraped", || async {
        text_of(format!("{base}/feeds/a.atom"))
            .await
            .contains("From source A")
    })
    .await;
    let health = get_json(&format!("{base}/healthz")).await;
    let generation = health["config"]["generation"].as_u64().unwrap();

    // Saved the way editors save: a new file renamed over the old one.
    let good = format!(
        "{}{}",
        std::fs::read_to_string(env.config_path()).unwrap(),
        html_source("b", &site.url("/b"))
    );
    let tmp = env.path("tidings.toml.tmp");
    std::fs::write(&tmp, &good).unwrap();
    std::fs::rename(&tmp, env.config_path()).unwrap();
    eventually(10, "source b appears in its feed", || async {
        let resp = client()
            .get(format!("{base}/feeds/b.atom"))
            .send()
            .await
            .unwrap();
        resp.status() == 200 && resp.text().await.unwrap().contains("From source B")
    })
    .await;
    let health = get_json(&format!("{base}/healthz")).await;
    assert!(health["config"]["generation"].as_u64().unwrap() > generation);

    // A broken edit: the old config keeps serving, the error is on /healthz.
    std::fs::write(
        env.config_path(),
        good.replace(
            "[[source]]\nid = \"b\"",
            "[[source]]\nid = \"b\"\nschedule = \"every tuesday\"",
        ),
    )
    .unwrap();
    eventually(10, "the broken config is reported", || async {
        get_json(&format!("{base}/healthz")).await["config"]["error"]
            .as_str()
            .is_some_and(|e| e.contains("schedule"))
    })
    .await;
    let health = get_json(&format!("{base}/healthz")).await;
    let error = health["config"]["error"].as_str().unwrap().to_string();
    assert!(
        error.contains("tidings.toml:") && error.contains("source[1].schedule"),
        "{error}"
    );
    assert_eq!(health["ok"], false);
    let still = client()
        .get(format!("{base}/feeds/b.atom"))
        .send()
        .await
        .unwrap();
    assert_eq!(still.status(), 200, "the old config keeps serving");
    let page = text_of(format!("{base}/?lang=en")).await;
    assert!(
        page.contains("The config file has a problem") && page.contains("source[1].schedule"),
        "the page shows it too"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_source_that_breaks_yields_one_admin_mail_and_one_on_recovery() {
    let site = Site::start().await;
    let env = Env::new();
    let smtp = Smtp::start();
    let mail = format!("{}admin_email = \"admin@example.fi\"\n", smtp.mail_config());
    env.write_config_with_mail(&mail, &html_source("news", &site.url("/news")));
    let good = listing(&[("a", "Alpha", "1.2.2024", "")]);
    site.set("/news", Page::html(&good));
    assert!(env.tidings(&["scrape"]).status.success());
    assert!(env.tidings(&["notify"]).status.success());
    assert!(smtp.received().is_empty());

    site.set("/news", Page::html("<html><body>Maintenance</body></html>"));
    for _ in 0..3 {
        let _ = env.tidings(&["scrape"]);
        let _ = env.tidings(&["notify"]);
    }
    let admin = smtp.to("admin@example.fi");
    assert_eq!(admin.len(), 1, "one mail however many failed runs");
    assert!(
        admin[0].subject().contains("source news is failing"),
        "{}",
        admin[0].subject()
    );
    assert!(admin[0]
        .bodies()
        .0
        .contains("item selector matched nothing"));
    assert!(
        admin[0].header("List-Unsubscribe").is_none(),
        "the admin mail is not a list mail"
    );

    site.set("/news", Page::html(&good));
    for _ in 0..2 {
        assert!(env.tidings(&["scrape"]).status.success());
        let _ = env.tidings(&["notify"]);
    }
    let admin = smtp.to("admin@example.fi");
    assert_eq!(admin.len(), 2, "and one on recovery");
    assert!(
        admin[1].subject().contains("works again"),
        "{}",
        admin[1].subject()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_passing_fetch_error_is_not_unhealthy_until_it_repeats() {
    let site = Site::start().await;
    let env = Env::new();
    env.write_config(&format!(
        "{}\n[health]\nfailures = 3\n",
        html_source("news", &site.url("/news"))
    ));
    site.set(
        "/news",
        Page::html(&listing(&[("a", "Alpha", "1.2.2024", "")])),
    );
    assert!(env.tidings(&["scrape"]).status.success());
    site.set("/news", Page::status(503));
    let server_config = env.config();
    for n in 1..=3 {
        let _ = env.tidings(&["scrape"]);
        let server = Server::start(server_config.clone()).await;
        let health = get_json(&format!("{}/healthz", server.base)).await;
        assert_eq!(
            health["sources"][0]["healthy"],
            n < 3,
            "after {n} failures: {health}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn far_fewer_items_than_usual_is_unhealthy_but_the_items_are_kept() {
    let site = Site::start().await;
    let env = Env::new();
    env.write_config(&html_source("news", &site.url("/news")));
    let many: Vec<(String, String)> = (0..10)
        .map(|i| (format!("n{i}"), format!("News {i}")))
        .collect();
    let refs: Vec<(&str, &str, &str, &str)> = many
        .iter()
        .map(|(s, t)| (s.as_str(), t.as_str(), "1.2.2024", ""))
        .collect();
    site.set("/news", Page::html(&listing(&refs)));
    assert!(env.tidings(&["scrape"]).status.success());
    site.set("/news", Page::html(&listing(&refs[..2])));
    let out = env.tidings(&["scrape", "--json"]);
    assert!(!out.status.success());
    let r = &json_lines(&out)[0];
    assert!(
        r["error"]
            .as_str()
            .unwrap_or_default()
            .contains("far fewer than the usual 10"),
        "{r}"
    );
    let server = Server::start(env.config()).await;
    let atom = text_of(format!("{}/feeds/news.atom", server.base)).await;
    assert_eq!(
        atom.matches("<entry>").count(),
        10,
        "nothing disappears from the feed"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_sources_on_one_host_are_fetched_one_at_a_time_with_spacing() {
    let site = Site::start().await;
    let env = Env::new();
    let mut sources = String::new();
    for i in 0..10 {
        site.set(
            &format!("/s{i}"),
            Page::html(&listing(&[("a", "A", "1.2.2024", "")])),
        );
        sources.push_str(&html_source(&format!("s{i}"), &site.url(&format!("/s{i}"))));
    }
    env.write_config(&sources);
    env.edit_config(
        "per_host_interval = \"0s\"",
        "per_host_interval = \"150ms\"",
    );
    let started = Instant::now();
    assert!(env.tidings(&["scrape"]).status.success());
    let mut times: Vec<Instant> = Vec::new();
    for i in 0..10 {
        assert_eq!(site.seen(&format!("/s{i}")).len(), 1);
    }
    for seen in site.seen_all() {
        times.push(seen.at);
    }
    times.sort();
    for pair in times.windows(2) {
        let gap = pair[1] - pair[0];
        assert!(
            gap >= Duration::from_millis(140),
            "two requests to one host {gap:?} apart"
        );
    }
    assert!(started.elapsed() >= Duration::from_millis(140 * 10));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_with_retry_after_delays_the_next_fetch_to_that_host() {
    let site = Site::start().await;
    let mut busy = Page::status(429);
    busy.headers.push(("retry-after".into(), "2".into()));
    site.set("/busy", busy);
    site.set("/other", Page::html("ok"));
    let env = Env::new();
    env.write_config("");
    let config = env.config();
    let fetcher = tidings::fetch::Fetcher::new(&config.fetch).unwrap();
    let url = |p: &str| url::Url::parse(&site.url(p)).unwrap();
    let err = fetcher.get(&url("/busy"), None, false).await.unwrap_err();
    assert!(err.to_string().contains("429"), "{err}");
    let t = Instant::now();
    fetcher.get(&url("/other"), None, false).await.unwrap();
    assert!(
        t.elapsed() >= Duration::from_millis(1900),
        "waited {:?}",
        t.elapsed()
    );
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_during_a_scrape_stops_within_ten_seconds_and_leaves_the_database_whole() {
    // Two sites (two host:port pairs), so the fast source is not queued behind the slow one.
    let (fast_site, slow_site) = (Site::start().await, Site::start().await);
    let env = Env::new();
    let gate = Gate::new();
    let mut slow = Page::html(&listing(&[("a", "Alpha", "1.2.2024", "")]));
    slow.gate = Some(gate.clone());
    slow_site.set("/slow", slow);
    fast_site.set(
        "/fast",
        Page::html(&listing(&[("b", "Beta", "1.2.2024", "")])),
    );
    env.write_config(&format!(
        "{}{}",
        html_source("fast", &fast_site.url("/fast")),
        html_source("slow", &slow_site.url("/slow"))
    ));
    env.edit_config("timeout = \"2s\"", "timeout = \"30s\"");
    listen_anywhere(&env);
    let mut run = Running::start(&env);
    let stored = |source: &str| -> i64 {
        rusqlite::Connection::open(env.db_path())
            .and_then(|c| {
                c.query_row(
                    "SELECT count(*) FROM items WHERE source_id = ?1",
                    [source],
                    |r| r.get(0),
                )
            })
            .unwrap_or_else(|e| panic!("unable to count the items of {source}: {e}"))
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    // The signal lands while the slow page is half downloaded (the site holds
    // its end back) and after the fast source's scrape committed.
    while !(slow_site.held("/slow") && stored("fast") == 1) {
        assert!(Instant::now() < deadline, "the scrapes never got mid-way");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let stopped = Instant::now();
    assert_eq!(unsafe_kill(run.pid(), 15), 0);
    // The service says it waits for the scrape in flight: the signal did land mid-scrape.
    let mut log = Vec::new();
    while !log
        .iter()
        .any(|l: &String| l.contains("waiting for scrapes in flight"))
    {
        match run.log.recv_timeout(Duration::from_secs(5)) {
            Ok(line) => log.push(line),
            Err(_) => panic!("no word of the scrape in flight: {log:#?}"),
        }
    }
    assert!(log.iter().any(|l| l.contains("shutting down")), "{log:#?}");
    assert_eq!(stored("slow"), 0, "the slow scrape is still in flight");
    // The rest of the page arrives; the scrape in flight finishes and commits whole.
    gate.open();
    let status = loop {
        if let Some(status) = run.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            stopped.elapsed() < Duration::from_secs(10),
            "still running 10 s after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "a graceful stop exits 0");
    let conn = rusqlite::Connection::open(env.db_path()).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    assert_eq!(stored("fast"), 1, "the fast source's scrape was kept");
    assert_eq!(
        stored("slow"),
        1,
        "the scrape in flight at SIGTERM finished and was kept"
    );
}

#[cfg(unix)]
fn unsafe_kill(pid: i32, signal: i32) -> i32 {
    // `kill` from the shell: no libc dependency just for a test.
    Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .map(|s| if s.success() { 0 } else { 1 })
        .unwrap_or(1)
}

/// `tidings run` starts the sources that are due a window at a time (twice
/// `concurrency`), at most half of it on one host: with a slow host listed
/// first, every source is still fetched once, and the fast host is not held up.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_service_starts_due_sources_a_window_at_a_time_and_a_slow_host_holds_up_no_other() {
    let env = Env::new();
    let (hosts, sources) = SlowAndFast::start(4, 10).await;
    env.write_config(&sources);
    listen_anywhere(&env);
    env.edit_config("[fetch]\n", "[fetch]\nconcurrency = 2\n");
    let _run = Running::start(&env);

    eventually(20, "every source was fetched", || async {
        hosts.all_fetched()
    })
    .await;
    hosts.assert_each_fetched_once();
    hosts.assert_fast_host_not_held_up();
}
