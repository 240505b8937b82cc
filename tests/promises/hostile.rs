//! Promise 5 against hostile input and faults: configs that `check` accepts
//! always run, idle sockets never lock out `/healthz`, hostile pages never
//! blow up memory, an old link never revives an unsubscribe, a full disk is
//! visible and recovers. Each test reproduces one probe of issue 10 through
//! the real binary.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::common::*;
use crate::running::{eventually, get_json, listen_anywhere, Running};
use crate::smtp::Smtp;

fn check(env: &Env) -> (bool, String) {
    let out = env.tidings(&["check"]);
    assert_ne!(
        out.status.code(),
        Some(101),
        "check panicked: {}",
        stderr(&out)
    );
    (out.status.success(), stderr(&out) + &stdout(&out))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn configs_beyond_sane_limits_are_refused_by_check_and_never_kill_run() {
    let site = Site::start().await;
    site.set(
        "/a",
        Page::html(&listing(&[("a1", "From source A", "1.2.2024", "")])),
    );
    let env = Env::new();
    let good = html_source("a", &site.url("/a"));
    let bad_configs = [
        // Passed `check`, then panicked the scheduler: "DateTime + TimeDelta overflowed".
        (
            "jitter = \"99999999999h\"\n",
            "source[0].jitter: must be at most 1d",
        ),
        // 2^64 s panicked `check` itself.
        ("jitter = \"18446744073709551616s\"\n", "source[0].jitter"),
        // Passed `check` and parked the source for ever.
        ("", "fetch.per_host_interval: must be at most 1h"),
    ];
    for (extra, expected) in bad_configs {
        env.write_config(&good.replace("kind = \"html\"\n", &format!("kind = \"html\"\n{extra}")));
        if extra.is_empty() {
            env.edit_config(
                "per_host_interval = \"0s\"",
                "per_host_interval = \"99999999999h\"",
            );
        }
        let (ok, said) = check(&env);
        assert!(!ok, "refused: {extra}");
        let line = said
            .lines()
            .find(|l| l.contains(expected))
            .unwrap_or_else(|| panic!("{expected:?} in {said}"));
        // file:line:col
        let place: Vec<&str> = line.split(':').collect();
        assert!(
            place[0].ends_with("tidings.toml")
                && place[1].parse::<u32>().is_ok()
                && place[2].parse::<u32>().is_ok(),
            "{line}"
        );
    }

    env.write_config(&good);
    listen_anywhere(&env);
    let mut run = Running::start(&env);
    let base = run.base.clone();
    eventually(20, "source a is scraped", || async {
        text_of(format!("{base}/feeds/a.atom"))
            .await
            .contains("From source A")
    })
    .await;
    let first = get_json(&format!("{base}/healthz")).await["config"]["generation"]
        .as_u64()
        .unwrap();
    let text = std::fs::read_to_string(env.config_path()).unwrap();
    for extra in [
        "jitter = \"99999999999h\"\n",
        "jitter = \"18446744073709551616s\"\n",
    ] {
        let generation = get_json(&format!("{base}/healthz")).await["config"]["generation"]
            .as_u64()
            .unwrap();
        std::fs::write(
            env.config_path(),
            text.replace("kind = \"html\"\n", &format!("kind = \"html\"\n{extra}")),
        )
        .unwrap();
        eventually(10, "the refused config is reported", || async {
            get_json(&format!("{base}/healthz")).await["config"]["error"]
                .as_str()
                .is_some_and(|e| e.contains("source[0].jitter"))
        })
        .await;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        assert!(run.child.try_wait().unwrap().is_none(), "run is alive");
        let health = get_json(&format!("{base}/healthz")).await;
        assert_eq!(health["config"]["generation"].as_u64(), Some(generation));
        // Back to a valid file, so the next hostile one is a change too.
        std::fs::write(env.config_path(), &text).unwrap();
        eventually(10, "the good config is read again", || async {
            get_json(&format!("{base}/healthz")).await["config"]["error"].is_null()
        })
        .await;
    }
    // The reload task is alive: a valid edit still takes effect.
    std::fs::write(
        env.config_path(),
        text.replace("title = \"Source a\"", "title = \"Renamed A\""),
    )
    .unwrap();
    eventually(10, "a valid edit is applied", || async {
        let h = get_json(&format!("{base}/healthz")).await;
        h["config"]["error"].is_null()
            && h["config"]["generation"].as_u64().unwrap_or(0) > first + 2
    })
    .await;
    assert!(run.child.try_wait().unwrap().is_none(), "run is alive");
}

/// The link that follows `marker` in a mail's text part.
fn link_in(mail: &crate::smtp::Received, marker: &str) -> String {
    let (text, _) = mail.bodies();
    text.split_whitespace()
        .find(|w| w.contains(marker))
        .unwrap_or_else(|| panic!("{marker} in {text}"))
        .replace("http://feeds.test", "")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_old_confirm_link_never_revives_an_unsubscribe_and_case_variants_share_one_mail() {
    let site = Site::start().await;
    site.set(
        "/news",
        Page::html(&listing(&[("n1", "News", "1.2.2024", "")])),
    );
    let env = Env::new();
    let smtp = Smtp::start();
    env.write_config_with_mail(
        &smtp.mail_config(),
        &html_source("news", &site.url("/news")),
    );
    assert!(env.tidings(&["scrape"]).status.success(), "the baseline");
    let server = Server::start(env.config()).await;
    let http = client();
    let form = |email: &str| {
        http.post(format!("{}/subscribe", server.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!("email={email}&mode=immediate"))
            .send()
    };
    let list = || stdout(&env.tidings(&["subscribers", "list"]));

    for email in [
        "Victim%40example.fi",
        "VICTIM%40example.fi",
        "victim%40EXAMPLE.fi",
    ] {
        assert_eq!(form(email).await.unwrap().status(), 200);
    }
    assert!(env.tidings(&["notify"]).status.success());
    let mails: Vec<_> = smtp
        .received()
        .into_iter()
        .filter(|m| {
            m.to.iter()
                .any(|t| t.eq_ignore_ascii_case("victim@example.fi"))
        })
        .collect();
    assert_eq!(
        mails.len(),
        1,
        "one confirmation an hour for every spelling of the address"
    );
    let confirm = link_in(&mails[0], "/confirm?token=");
    let post = |path: String| {
        let (route, token) = path.split_once('?').unwrap();
        http.post(format!("{}{route}", server.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(token.to_string())
            .send()
    };

    assert_eq!(post(confirm.clone()).await.unwrap().status(), 200);
    assert!(
        list().contains("Victim@example.fi\tconfirmed"),
        "{}",
        list()
    );
    // A new item brings a mail with the unsubscribe link.
    site.set(
        "/news",
        Page::html(&listing(&[
            ("n1", "News", "1.2.2024", ""),
            ("n2", "More news", "2.2.2024", ""),
        ])),
    );
    assert!(env.tidings(&["scrape"]).status.success());
    assert!(env.tidings(&["notify"]).status.success());
    let item_mail = smtp.to("Victim@example.fi").pop().expect("the item mail");
    let unsubscribe = link_in(&item_mail, "/unsubscribe?token=");
    assert_eq!(post(unsubscribe).await.unwrap().status(), 200);
    assert!(
        list().contains("Victim@example.fi\tunsubscribed"),
        "{}",
        list()
    );
    // Regression: POSTing the first mail's confirm link moved unsubscribed → confirmed.
    let again = post(confirm.clone()).await.unwrap();
    assert_eq!(again.status(), 400);
    assert!(
        list().contains("Victim@example.fi\tunsubscribed"),
        "{}",
        list()
    );
    // Signing up again makes it pending; the old link still does not confirm it.
    assert_eq!(form("Victim%40example.fi").await.unwrap().status(), 200);
    assert!(list().contains("Victim@example.fi\tpending"), "{}", list());
    assert_eq!(post(confirm).await.unwrap().status(), 400);
    assert!(list().contains("Victim@example.fi\tpending"), "{}", list());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_sockets_under_a_low_descriptor_limit_never_lock_out_healthz_or_scrapes() {
    let site = Site::start().await;
    site.set(
        "/a",
        Page::html(&listing(&[("a1", "From source A", "1.2.2024", "")])),
    );
    let env = Env::new();
    env.write_config(&html_source("a", &site.url("/a")).replace(
        "kind = \"html\"\n",
        "kind = \"html\"\nschedule = \"*/2 * * * * *\"\n",
    ));
    listen_anywhere(&env);
    // 256 descriptors: the server may hold 128 connections; we open 400.
    let run = Running::start_limited(&env, Some(256));
    let base = run.base.clone();
    let addr = base.trim_start_matches("http://").to_string();
    eventually(20, "source a is scraped", || async {
        !site.seen("/a").is_empty()
    })
    .await;
    let started = Instant::now();
    let mut idle = Vec::new();
    for _ in 0..400 {
        match TcpStream::connect(&addr) {
            Ok(mut s) => {
                // Half-sent headers, then silence: the slowloris pattern.
                let _ = s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n");
                idle.push(s);
            }
            Err(_) => break,
        }
    }
    assert!(
        idle.len() >= 300,
        "the kernel queued our sockets ({})",
        idle.len()
    );
    let fetched_before = site.seen("/a").len();
    let asked = Instant::now();
    let health = get_json(&format!("{base}/healthz")).await;
    assert!(health["ok"].is_boolean());
    assert!(
        asked.elapsed() < Duration::from_secs(5),
        "/healthz answered in {:?}",
        asked.elapsed()
    );
    eventually(10, "scrapes go on beside the idle sockets", || async {
        site.seen("/a").len() >= fetched_before + 2
    })
    .await;
    // The header-read timeout closes what stays silent.
    tokio::time::sleep(Duration::from_secs(12).saturating_sub(started.elapsed())).await;
    let mut closed = 0;
    for s in &mut idle {
        s.set_read_timeout(Some(Duration::from_millis(50))).unwrap();
        let mut buf = [0u8; 4096];
        loop {
            match s.read(&mut buf) {
                Ok(0) => {
                    closed += 1;
                    break;
                }
                // A 408 or similar before the close.
                Ok(_) => continue,
                Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => {
                    closed += 1;
                    break;
                }
                Err(_) => break,
            }
        }
    }
    assert!(
        closed >= idle.len() * 9 / 10,
        "{closed} of {} closed",
        idle.len()
    );
    let log: Vec<String> = run.log.try_iter().collect();
    assert!(
        log.iter().any(|l| l.contains("cap on open connections")),
        "the cap is logged"
    );
    assert!(
        !log.iter().any(|l| l.contains("Too many open files")),
        "{}",
        log.join("\n")
    );
}

/// A small tmpfs, unmounted when dropped.
struct Tmpfs(std::path::PathBuf);

impl Tmpfs {
    fn mount(at: std::path::PathBuf, size: &str) -> Option<Tmpfs> {
        std::fs::create_dir_all(&at).ok()?;
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&at)
            .status()
            .is_ok_and(|s| s.success());
        ok.then_some(Tmpfs(at))
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_makes_the_source_unhealthy_and_it_recovers_when_space_returns() {
    if !is_root() {
        eprintln!("skipped: mounting a small tmpfs needs root");
        return;
    }
    let env = Env::new();
    let Some(disk) = Tmpfs::mount(env.path("disk"), "4m") else {
        eprintln!("skipped: unable to mount a tmpfs here");
        return;
    };
    let site = Site::start().await;
    let page = |n: usize| {
        let items: Vec<(String, String, String)> = (0..n)
            .map(|i| (format!("n{i}"), format!("News {i}"), "words ".repeat(200)))
            .collect();
        let refs: Vec<(&str, &str, &str, &str)> = items
            .iter()
            .map(|(a, b, c)| (a.as_str(), b.as_str(), "1.2.2024", c.as_str()))
            .collect();
        listing(&refs)
    };
    site.set("/a", Page::html(&page(5)));
    env.write_config(&html_source("a", &site.url("/a")));
    let db = disk.0.join("tidings.db");
    env.edit_config(
        &format!("path = \"{}\"", env.db_path().display()),
        &format!("path = \"{}\"", db.display()),
    );
    assert!(env.tidings(&["scrape"]).status.success());
    // Fill the disk, then bring a page whose items do not fit.
    let filler = disk.0.join("filler");
    {
        let mut f = std::fs::File::create(&filler).unwrap();
        let chunk = vec![0u8; 64 * 1024];
        while f.write_all(&chunk).is_ok() {}
        let _ = f.sync_all();
    }
    // Give back a little, so SQLite can still record why it failed.
    let len = std::fs::metadata(&filler).unwrap().len();
    std::fs::File::options()
        .write(true)
        .open(&filler)
        .unwrap()
        .set_len(len.saturating_sub(96 * 1024))
        .unwrap();
    site.set("/a", Page::html(&page(300)));
    let out = env.tidings(&["scrape", "--json"]);
    assert!(!out.status.success(), "{}", stdout(&out));
    let report = &json_lines(&out)[0];
    let error = report["error"].as_str().unwrap_or_default().to_string();
    assert!(
        error.contains("unable to store") && error.contains("full"),
        "{error}"
    );
    let status = stdout(&env.tidings(&["status"]));
    let line = status
        .lines()
        .find(|l| l.starts_with("a "))
        .unwrap_or_default();
    assert!(
        line.contains("FAILING"),
        "status shows it at once: {status}"
    );
    assert!(line.contains("full"), "with the error: {status}");
    // The web page and /healthz say so too.
    let server = Server::start(env.config()).await;
    let health = get_json(&format!("{}/healthz", server.base)).await;
    assert_eq!(health["ok"], false, "{health}");
    let page_text = text_of(format!("{}/?lang=en", server.base)).await;
    assert!(
        page_text.contains("full"),
        "the page shows the failing source"
    );
    drop(server);

    std::fs::remove_file(&filler).unwrap();
    let out = env.tidings(&["scrape", "--json"]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert_eq!(json_lines(&out)[0]["new"], 295);
    let status = stdout(&env.tidings(&["status"]));
    let line = status
        .lines()
        .find(|l| l.starts_with("a "))
        .unwrap_or_default();
    assert!(!line.contains("full"), "recovered: {status}");
}

/// Peak resident memory of a process, from `/proc/<pid>/status`, in MB.
fn peak_mb(pid: i32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

/// A listing of `n` items, each with `summary`, about `size` bytes in all.
fn hostile_listing(n: usize, summary: &str) -> String {
    let mut html = String::from("<!doctype html><html><body><ul class=\"news\">");
    for i in 0..n {
        html.push_str(&format!(
            "<li><h3><a href=\"/n/{i}\">Item {i}</a></h3><span class=\"date\">1.2.2024</span><p>{summary}</p></li>"
        ));
    }
    html.push_str("</ul></body></html>");
    html
}

/// Issue 10's goal: `run` under 150 MB with 16 hostile sources scraping at
/// once (10 MB pages of dense dates, 100,000-item pages, 9 MB summaries).
/// Met at full size with the release binary (`benches/hostile.py`, figures in
/// README, Reliability): pages are read up to their 100,000th element, the
/// memory budget lets one big parse go on at a time, and the allocator keeps
/// one arena so parses on different threads do not each keep their peak.
/// A debug build parses a full-size page in 15–50 s, so this test runs a
/// tenth of the size by default; `TIDINGS_HOSTILE_SCALE=1` runs the full size.
const HOSTILE_PEAK_MB: f64 = 150.0;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sixteen_hostile_sources_at_once_stay_within_the_memory_budget() {
    let scale: f64 = std::env::var("TIDINGS_HOSTILE_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0.1);
    let sized = |n: f64| (n * scale) as usize;
    let site = Site::start().await;
    // Dense dates in items of 10 KB each.
    let dense: String = (1..=31)
        .map(|d| format!("{d}.{}.", d % 12 + 1))
        .collect::<String>()
        .repeat(40);
    let dates = hostile_listing(sized(10_000_000.0) / (dense.len() + 100), &dense);
    let many = hostile_listing(sized(100_000.0), "x");
    // One item with a huge summary.
    let huge = hostile_listing(
        1,
        &"Apply by 18 February 2025. ".repeat(sized(9_000_000.0) / 27),
    );
    let mut sources = String::new();
    for i in 0..16 {
        let body = match i % 3 {
            0 => &dates,
            1 => &many,
            _ => &huge,
        };
        site.set(&format!("/s{i}"), Page::html(body));
        sources.push_str(&html_source(&format!("s{i}"), &site.url(&format!("/s{i}"))));
    }
    let env = Env::new();
    env.write_config(&sources);
    env.edit_config("max_body = \"1MB\"", "max_body = \"12MB\"");
    env.edit_config("timeout = \"2s\"", "timeout = \"300s\"");
    listen_anywhere(&env);
    let run = Running::start(&env);
    let base = run.base.clone();
    let started = Instant::now();
    eventually(900, "all 16 sources were scraped once", || async {
        let h = get_json(&format!("{base}/healthz")).await;
        h["sources"]
            .as_array()
            .is_some_and(|s| s.len() == 16 && s.iter().all(|s| !s["last_attempt"].is_null()))
    })
    .await;
    let peak = peak_mb(run.pid());
    let health = get_json(&format!("{base}/healthz")).await;
    eprintln!(
        "16 hostile sources at scale {scale}: peak {peak:.1} MB, {:.1} s; {}",
        started.elapsed().as_secs_f64(),
        health["sources"]
    );
    assert!(peak > 0.0, "VmHWM read from /proc");
    assert!(peak < HOSTILE_PEAK_MB, "run peaked at {peak:.1} MB");
}
