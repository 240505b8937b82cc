//! Promise 1: an item is stored once however often it is seen; an edited item
//! is updated, not duplicated — in the store and in all three feed formats.

use std::collections::HashSet;

use crate::common::*;

fn ids_and_titles(format: &str, body: &str) -> Vec<(String, String)> {
    let feed =
        feed_rs::parser::parse(body.as_bytes()).unwrap_or_else(|e| panic!("{format}: {e}\n{body}"));
    feed.entries
        .into_iter()
        .map(|e| (e.id, e.title.map(|t| t.content).unwrap_or_default()))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_changed_page_adds_one_item_updates_one_and_keeps_the_removed_one() {
    let site = Site::start().await;
    let env = Env::new();
    env.write_config(&html_source("news", &site.url("/news")));
    site.set(
        "/news",
        Page::html(&listing(&[
            ("a", "Alpha published", "14.2.2024", "First."),
            (
                "b",
                "Beta: apply now",
                "17.1.2024",
                "Program proposals must be submitted no later than February 18, 2024.",
            ),
            ("c", "Gamma", "31.10.2023", "Third."),
        ]))
        .with_etag("\"v1\""),
    );

    let first = env.tidings(&["scrape", "--json"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let r = &json_lines(&first)[0];
    assert_eq!(
        (r["status"].as_str(), r["new"].as_u64()),
        (Some("new"), Some(3)),
        "{r}"
    );

    let server = Server::start(env.config()).await;
    let mut before = Vec::new();
    for format in ["rss", "atom", "json"] {
        let body = text_of(format!("{}/feeds/news.{format}", server.base)).await;
        before.push(ids_and_titles(format, &body));
    }

    // One new item, one edited title, one removed.
    site.set(
        "/news",
        Page::html(&listing(&[
            ("d", "Delta is new", "20.2.2024", "Fourth."),
            ("a", "Alpha published (corrected)", "14.2.2024", "First."),
            (
                "b",
                "Beta: apply now",
                "17.1.2024",
                "Program proposals must be submitted no later than February 18, 2024.",
            ),
        ]))
        .with_etag("\"v2\""),
    );
    let second = env.tidings(&["scrape", "--json"]);
    assert!(second.status.success(), "{}", stderr(&second));
    let r = &json_lines(&second)[0];
    assert_eq!(
        (
            r["new"].as_u64(),
            r["updated"].as_u64(),
            r["unchanged"].as_u64()
        ),
        (Some(1), Some(1), Some(1)),
        "{r}"
    );

    for (i, format) in ["rss", "atom", "json"].iter().enumerate() {
        let body = text_of(format!("{}/feeds/news.{format}", server.base)).await;
        let after = ids_and_titles(format, &body);
        assert_eq!(
            after.len(),
            4,
            "{format}: removed items stay, nothing doubles"
        );
        let ids: HashSet<_> = after.iter().map(|(id, _)| id.clone()).collect();
        assert_eq!(ids.len(), 4, "{format}: no duplicate ids");
        let titles: Vec<_> = after.iter().map(|(_, t)| t.as_str()).collect();
        assert!(
            titles.contains(&"Alpha published (corrected)"),
            "{format}: {titles:?}"
        );
        assert!(!titles.contains(&"Alpha published"), "{format}: {titles:?}");
        assert_eq!(titles[0], "Delta is new", "{format}: newest first");
        for (id, title) in &before[i] {
            assert!(ids.contains(id), "{format}: the id of {title:?} changed");
        }
    }

    // Unchanged page: we send If-None-Match, the site answers 304, nothing is parsed or changed.
    let third = env.tidings(&["scrape", "--json"]);
    let r = &json_lines(&third)[0];
    assert_eq!(
        (r["status"].as_str(), r["not_modified"].as_bool()),
        (Some("unchanged"), Some(true)),
        "{r}"
    );
    let last = site.seen("/news").pop().unwrap();
    assert_eq!(
        last.headers
            .get("if-none-match")
            .and_then(|v| v.to_str().ok()),
        Some("\"v2\"")
    );
    assert_eq!(last.status, 304);
    let ua = last
        .headers
        .get("user-agent")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    assert!(
        ua.starts_with("tidings/") && ua.contains("http://feeds.test"),
        "{ua}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn our_feeds_answer_304_to_a_repeated_conditional_get() {
    let site = Site::start().await;
    let env = Env::new();
    env.write_config(&html_source("news", &site.url("/news")));
    site.set(
        "/news",
        Page::html(&listing(&[("a", "Alpha", "14.2.2024", "First.")])),
    );
    assert!(env.tidings(&["scrape"]).status.success());
    let server = Server::start(env.config()).await;
    let http = client();
    for path in [
        "/feeds/news.atom",
        "/feeds/all.rss",
        "/feeds/all.json",
        "/calendar.ics",
        "/opml",
    ] {
        let first = http
            .get(format!("{}{path}", server.base))
            .send()
            .await
            .unwrap();
        assert_eq!(first.status(), 200, "{path}");
        let etag = first
            .headers()
            .get("etag")
            .cloned()
            .unwrap_or_else(|| panic!("{path}: no ETag"));
        let again = http
            .get(format!("{}{path}", server.base))
            .header("if-none-match", etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 304, "{path}");
    }
    let first = http
        .get(format!("{}/feeds/news.rss", server.base))
        .send()
        .await
        .unwrap();
    let lm = first
        .headers()
        .get("last-modified")
        .cloned()
        .expect("Last-Modified");
    let again = http
        .get(format!("{}/feeds/news.rss", server.base))
        .header("if-modified-since", lm)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    let missing = http
        .get(format!("{}/feeds/nope.atom", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn feeds_pass_python_feedparser_without_complaint() {
    let site = Site::start().await;
    let env = Env::new();
    env.write_config(&html_source("news", &site.url("/news")));
    site.set(
        "/news",
        Page::html(&listing(&[
            (
                "a",
                "Alpha &amp; &lt;Omega&gt;",
                "14.2.2024",
                "Proposals <b>no later than</b> February 18, 2024. <script>alert(1)</script>",
            ),
            (
                "b",
                "Beta",
                "2024-01-17",
                "The event takes place on 14–15 November 2024 in Turku.",
            ),
        ])),
    );
    assert!(env.tidings(&["scrape"]).status.success());
    let server = Server::start(env.config()).await;
    for format in ["rss", "atom", "json"] {
        let body = text_of(format!("{}/feeds/news.{format}", server.base)).await;
        assert!(
            !body.contains("<script") && !body.contains("&lt;script"),
            "{format}: {body}"
        );
        let file = env.path(&format!("feed.{format}"));
        std::fs::write(&file, &body).unwrap();
        // feedparser 6.0 reads RSS and Atom; for JSON Feed 1.1 the spec's own rules are checked.
        let script = if format == "json" {
            "import sys, json, datetime\n\
             d = json.load(open(sys.argv[1], 'rb'))\n\
             assert d['version'] == 'https://jsonfeed.org/version/1.1'\n\
             assert d['title'] and d['feed_url'].startswith('http')\n\
             assert len(d['items']) == 2\n\
             for e in d['items']:\n\
             \x20   assert isinstance(e['id'], str) and e['id']\n\
             \x20   assert e['url'].startswith('http')\n\
             \x20   assert 'content_html' in e or 'content_text' in e\n\
             \x20   datetime.datetime.fromisoformat(e['date_published'])\n\
             assert d['items'][0]['title'] == 'Alpha & <Omega>', d['items'][0]['title']\n"
        } else {
            "import sys, feedparser\n\
             d = feedparser.parse(open(sys.argv[1], 'rb').read())\n\
             assert not d.bozo, repr(d.get('bozo_exception'))\n\
             assert len(d.entries) == 2, len(d.entries)\n\
             assert d.entries[0].title == 'Alpha & <Omega>', d.entries[0].title\n\
             assert all(e.get('id') and e.get('link') for e in d.entries)\n"
        };
        let python = python();
        let check = std::process::Command::new(&python)
            .arg("-c")
            .arg(script)
            .arg(&file)
            .output()
            .unwrap_or_else(|e| {
                panic!(
                    "{}: {e}; this test needs Python with feedparser: ./test.sh --setup-only makes .venv",
                    python.display()
                )
            });
        assert!(
            check.status.success(),
            "{format}: {}\n{body}",
            String::from_utf8_lossy(&check.stderr)
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dry_run_previews_items_and_stores_nothing() {
    let site = Site::start().await;
    let env = Env::new();
    env.write_config(&html_source("news", &site.url("/news")));
    site.set(
        "/news",
        Page::html(&listing(&[("a", "Alpha", "14.2.2024", "First.")])),
    );
    let out = env.tidings(&["scrape", "--dry-run"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Alpha") && text.contains("2024-02-1") && text.contains("/news/a"),
        "{text}"
    );
    let real = env.tidings(&["scrape", "--json"]);
    assert_eq!(
        json_lines(&real)[0]["new"].as_u64(),
        Some(1),
        "the dry run stored nothing"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_serves_a_bundled_site_scrapes_it_and_publishes_its_deadlines() {
    use std::io::{BufRead, BufReader};
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_tidings"))
        .args(["demo", "--listen", "127.0.0.1:0", "--data"])
        .arg(dir.path())
        .current_dir(dir.path())
        .env("TIDINGS_LOG", "warn")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let mut scraped = Vec::new();
    let mut mail = String::new();
    let front = loop {
        let line = rx
            .recv_timeout(std::time::Duration::from_secs(30))
            .expect("the demo prints its URLs");
        if line.starts_with("scraped") {
            scraped.push(line.clone());
        }
        if let Some(url) = line.strip_prefix("Front page:") {
            break url.trim().trim_end_matches('/').to_string();
        }
    };
    while let Ok(line) = rx.recv_timeout(std::time::Duration::from_secs(5)) {
        if line.starts_with("Mail goes to:") {
            mail = line;
            break;
        }
    }
    assert!(
        scraped[0].contains("6 new") && scraped[1].contains("1 new"),
        "{scraped:?}"
    );
    assert!(mail.contains("1 written now"), "{mail}");
    let emls = std::fs::read_dir(dir.path().join("outbox"))
        .unwrap()
        .count();
    assert_eq!(emls, 1, "the fresh item was mailed to the demo subscriber");
    let atom = text_of(format!("{front}/feeds/kotoutuminen-authorities.atom")).await;
    assert!(
        atom.contains("Participate in the program planning of the Integration 2024 event!"),
        "{atom}"
    );
    let cal = text_of(format!("{front}/calendar.ics")).await;
    assert!(
        cal.contains("SUMMARY:Deadline: Apply to join the programme planning group"),
        "{cal}"
    );
    let _ = child.kill();
    let _ = child.wait();
}

/// A scrape starts only a window of sources at a time (twice `concurrency`)
/// and at most half of it on one host: many sources are still each fetched
/// and stored once, and a slow host listed first holds up no other host.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_sources_in_a_small_window_are_each_scraped_once_and_a_slow_host_holds_up_no_other() {
    let env = Env::new();
    let (hosts, sources) = SlowAndFast::start(4, 12).await;
    env.write_config(&sources);
    // A window of 4: without turns by host, the four slow sources listed first would fill it.
    env.edit_config("[fetch]\n", "[fetch]\nconcurrency = 2\n");

    let reports = json_lines(&env.tidings(&["scrape", "--json"]));
    let summary: Vec<(String, String, u64)> = reports
        .iter()
        .map(|r| {
            (
                r["source"].as_str().unwrap_or_default().to_string(),
                r["status"].as_str().unwrap_or_default().to_string(),
                r["new"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    let mut expected: Vec<(String, String, u64)> = (0..4)
        .map(|k| (format!("slow{k}"), "new".to_string(), 1))
        .collect();
    expected.extend((0..12).map(|k| (format!("fast{k:02}"), "new".to_string(), 2)));
    assert_eq!(summary, expected, "one report per source, in config order");
    hosts.assert_each_fetched_once();
    hosts.assert_fast_host_not_held_up();

    // Stored once: the same pages again change nothing.
    let again = json_lines(&env.tidings(&["scrape", "--json"]));
    assert_eq!(again.len(), 16);
    for r in &again {
        assert_eq!(
            (r["new"].as_u64(), r["status"].as_str()),
            (Some(0), Some("unchanged")),
            "{r}"
        );
    }
}

/// (max last_seen of the items, last_attempt of the source), as stored.
fn seen_and_checked(env: &Env, source: &str) -> (i64, i64) {
    let db = rusqlite::Connection::open(env.db_path()).unwrap_or_else(|e| panic!("{e}"));
    let seen = db
        .query_row(
            "SELECT max(last_seen) FROM items WHERE source_id = ?1",
            [source],
            |r| r.get(0),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    let checked = db
        .query_row(
            "SELECT last_attempt FROM sources WHERE id = ?1",
            [source],
            |r| r.get(0),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    (seen, checked)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_bytes_from_a_server_without_validators_count_as_a_304() {
    let site = Site::start().await;
    let env = Env::new();
    env.write_config(&html_source("news", &site.url("/news")));
    let items = [
        ("a", "Alpha", "14.2.2024", "First."),
        ("b", "Beta", "17.1.2024", "Apply by February 18, 2024."),
        ("c", "Gamma", "31.10.2023", "Third."),
    ];
    // No ETag, no Last-Modified: nothing to ask a 304 with.
    site.set("/news", Page::html(&listing(&items)));
    let first = &json_lines(&env.tidings(&["scrape", "--json"]))[0];
    assert_eq!(first["new"].as_u64(), Some(3), "{first}");
    let (seen, checked) = seen_and_checked(&env, "news");

    // Stored times are in seconds: the next check must be a later one.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let again = &json_lines(&env.tidings(&["scrape", "--json"]))[0];
    assert_eq!(
        (
            again["status"].as_str(),
            again["not_modified"].as_bool(),
            again["unchanged"].as_u64()
        ),
        (Some("unchanged"), Some(true), Some(3)),
        "{again}"
    );
    assert_eq!(site.seen("/news").len(), 2, "the page was fetched again");
    let (seen_now, checked_now) = seen_and_checked(&env, "news");
    assert_eq!(seen_now, seen, "no item was touched: the page was not read");
    assert!(checked_now > checked, "the source's last check advances");

    // The same items under a page changed elsewhere (a timestamp): read
    // again, every item found as it was, none rewritten.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let stamped = listing(&items).replace("</body>", "<!-- built 10:42:07 --></body>");
    site.set("/news", Page::html(&stamped));
    let third = &json_lines(&env.tidings(&["scrape", "--json"]))[0];
    assert_eq!(
        (
            third["not_modified"].as_bool(),
            third["new"].as_u64(),
            third["updated"].as_u64(),
            third["unchanged"].as_u64()
        ),
        (Some(false), Some(0), Some(0), Some(3)),
        "{third}"
    );
    assert!(
        seen_and_checked(&env, "news").0 > seen,
        "its items were seen"
    );

    // And an edit inside an item is still an edit.
    let mut edited = items;
    edited[1].3 = "Apply by February 25, 2024.";
    site.set("/news", Page::html(&listing(&edited)));
    let fourth = &json_lines(&env.tidings(&["scrape", "--json"]))[0];
    assert_eq!(
        (
            fourth["new"].as_u64(),
            fourth["updated"].as_u64(),
            fourth["unchanged"].as_u64()
        ),
        (Some(0), Some(1), Some(2)),
        "{fourth}"
    );
}
