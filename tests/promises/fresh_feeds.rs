//! Published documents are kept ready between changes (see `web::cache`),
//! yet never stale: a scrape that changed a feed shows in it on the very next
//! request, whether the service scraped or another process did, and so does
//! a config reload.

use std::time::{Duration, Instant};

use crate::common::*;
use crate::running::{listen_anywhere, Running};

/// GET `url`, conditional on `etag` when given: (status, ETag, body).
async fn get(url: &str, etag: Option<&str>) -> (u16, String, String) {
    let mut req = client().get(url);
    if let Some(tag) = etag {
        req = req.header("if-none-match", tag);
    }
    let resp = req.send().await.expect("GET");
    let status = resp.status().as_u16();
    let tag = resp
        .headers()
        .get("etag")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    (status, tag, resp.text().await.expect("a body"))
}

/// Waits for a log line of the service that contains every one of `parts`.
fn wait_for_log(run: &Running, parts: &[&str]) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let line = run
            .log
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .unwrap_or_else(|_| panic!("no log line with {parts:?}"));
        if parts.iter().all(|p| line.contains(p)) {
            return;
        }
    }
}

/// Waits until each of `lines` was logged, in any order.
fn wait_for_logs(run: &Running, lines: &[&[&str]]) {
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut missing: Vec<&[&str]> = lines.to_vec();
    while !missing.is_empty() {
        let line = run
            .log
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .unwrap_or_else(|_| panic!("no log lines with {missing:?}"));
        missing.retain(|parts| !parts.iter().all(|p| line.contains(p)));
    }
}

fn source(id: &str, url: &str, schedule: &str) -> String {
    html_source(id, url).replace(
        "kind = \"html\"",
        &format!("kind = \"html\"\nschedule = \"{schedule}\""),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cached_feed_changes_right_after_a_scrape_by_the_service_or_by_another_process() {
    let site = Site::start().await;
    let env = Env::new();
    site.set(
        "/a",
        Page::html(&listing(&[("a1", "Alpha one", "1.2.2024", "")])),
    );
    site.set(
        "/b",
        Page::html(&listing(&[("b1", "Beta one", "1.2.2024", "")])),
    );
    // `a` is scraped by the service every second; `b` once at start, and
    // then not for a year, so only another process can change it.
    env.write_config(&format!(
        "{}{}",
        source("a", &site.url("/a"), "* * * * * *"),
        source("b", &site.url("/b"), "0 0 1 1 *")
    ));
    listen_anywhere(&env);
    let run = Running::start(&env);
    let base = run.base.clone();
    // In either order: `a` logs "scraped" only while its page changes (the
    // same bytes again count as a 304).
    wait_for_logs(&run, &[&["scraped", "source=b"], &["scraped", "source=a"]]);

    let (status, tag_a, body) = get(&format!("{base}/feeds/a.atom"), None).await;
    assert_eq!(status, 200);
    assert!(body.contains("Alpha one"), "{body}");
    let (status, _, _) = get(&format!("{base}/feeds/a.atom"), Some(&tag_a)).await;
    assert_eq!(status, 304, "the cached feed answers a conditional GET");

    // The service's own scrape: the next request after it was stored sees it.
    site.set(
        "/a",
        Page::html(&listing(&[
            ("a2", "Alpha two", "2.2.2024", ""),
            ("a1", "Alpha one", "1.2.2024", ""),
        ])),
    );
    wait_for_log(&run, &["scraped", "source=a", "new=1"]);
    let (status, tag, body) = get(&format!("{base}/feeds/a.atom"), Some(&tag_a)).await;
    assert_eq!(status, 200, "a feed the scrape changed is not 304");
    assert_ne!(tag, tag_a);
    assert!(body.contains("Alpha two"), "{body}");

    // Another process: `tidings scrape` beside `tidings run`.
    for url in ["/feeds/b.atom", "/feeds/b.json", "/feeds/all.rss"] {
        let (_, _, body) = get(&format!("{base}{url}"), None).await;
        assert!(
            body.contains("Beta one") && !body.contains("Beta two"),
            "{url}: {body}"
        );
    }
    let (_, tag_b, _) = get(&format!("{base}/feeds/b.atom"), None).await;
    site.set(
        "/b",
        Page::html(&listing(&[
            ("b2", "Beta two", "3.2.2024", ""),
            ("b1", "Beta one", "1.2.2024", ""),
        ])),
    );
    let out = env.tidings(&["scrape", "--source", "b"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let (status, _, body) = get(&format!("{base}/feeds/b.atom"), Some(&tag_b)).await;
    assert_eq!(status, 200, "another process's scrape is seen at once");
    assert!(body.contains("Beta two"), "{body}");
    for url in ["/feeds/b.json", "/feeds/all.rss"] {
        let (_, _, body) = get(&format!("{base}{url}"), None).await;
        assert!(body.contains("Beta two"), "{url}: {body}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reloaded_config_is_never_served_from_the_cache() {
    let site = Site::start().await;
    let env = Env::new();
    site.set(
        "/a",
        Page::html(&listing(&[("a1", "Alpha one", "1.2.2024", "")])),
    );
    env.write_config(&source("a", &site.url("/a"), "0 0 1 1 *"));
    listen_anywhere(&env);
    let run = Running::start(&env);
    let base = run.base.clone();
    wait_for_log(&run, &["scraped", "source=a"]);
    let paths = ["/feeds/a.atom", "/feeds/a.rss", "/feeds/all.json", "/opml"];
    for p in paths {
        let (status, tag, body) = get(&format!("{base}{p}"), None).await;
        assert_eq!(status, 200, "{p}");
        assert!(body.contains("Source a"), "{p}: {body}");
        let (status, _, _) = get(&format!("{base}{p}"), Some(&tag)).await;
        assert_eq!(status, 304, "{p} is cached");
    }
    env.edit_config("title = \"Source a\"", "title = \"Renamed source\"");
    wait_for_log(&run, &["config reloaded"]);
    for p in paths {
        let (status, _, body) = get(&format!("{base}{p}"), None).await;
        assert_eq!(status, 200, "{p}");
        assert!(
            body.contains("Renamed source") && !body.contains("Source a"),
            "{p} after the reload: {body}"
        );
    }
    let (_, _, cal) = get(&format!("{base}/feeds/all.ics"), None).await;
    assert!(cal.contains("BEGIN:VCALENDAR"), "{cal}");
}
