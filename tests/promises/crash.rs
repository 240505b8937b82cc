//! Promise 3 against the hardest stop: kill -9. Nothing stored is lost or
//! doubled, and mail waits and goes out once (at most one duplicate, with the
//! same Message-ID, for the one mail in flight at the kill).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use crate::common::*;
use crate::smtp::{news_with_mail, Smtp};

fn kill9(child: &mut std::process::Child) {
    // `Child::kill` is SIGKILL on Unix, sent at once (no `kill` process to start).
    let _ = child.kill();
    let _ = child.wait();
}

/// Items stored for `source`, read the way any other process would.
fn stored(db: &std::path::Path, source: &str) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(
        "SELECT count(*) FROM items WHERE source_id = ?1",
        [source],
        |r| r.get(0),
    )
    .unwrap_or_else(|e| panic!("unable to count the items of {source}: {e}"))
}

fn integrity_ok(db: &std::path::Path) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
}

/// `n` listing items, each with a summary of about `words` words.
fn many_items(n: usize, words: usize) -> Vec<(String, String, String)> {
    let filler: Vec<&str> =
        "the council met again on tuesday to discuss the budget and the new library plan"
            .split(' ')
            .collect();
    (0..n)
        .map(|i| {
            let summary: Vec<&str> = (0..words).map(|w| filler[(w + i) % filler.len()]).collect();
            (format!("s{i}"), format!("Slow news {i}"), summary.join(" "))
        })
        .collect()
}

fn listing_of(items: &[(String, String, String)]) -> String {
    let refs: Vec<(&str, &str, &str, &str)> = items
        .iter()
        .map(|(s, t, p)| (s.as_str(), t.as_str(), "1.2.2024", p.as_str()))
        .collect();
    listing(&refs)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_during_a_scrape_loses_nothing_and_the_next_scrape_carries_on() {
    // Two sites (two host:port pairs), so the fast source is not queued behind the slow one.
    let (fast_site, slow_site) = (Site::start().await, Site::start().await);
    let env = Env::new();
    let items = many_items(30, 5);
    let gate = Gate::new();
    let mut slow = Page::html(&listing_of(&items));
    slow.gate = Some(gate.clone());
    slow_site.set("/slow", slow);
    fast_site.set(
        "/fast",
        Page::html(&listing(&[("f", "Fast news", "1.2.2024", "")])),
    );
    env.write_config(&format!(
        "{}{}",
        html_source("fast", &fast_site.url("/fast")),
        html_source("slow", &slow_site.url("/slow"))
    ));
    env.edit_config("timeout = \"2s\"", "timeout = \"30s\"");

    let mut child = env.spawn(&["scrape"]);
    let deadline = Instant::now() + Duration::from_secs(20);
    // The kill lands while the slow page is half downloaded (its end held back
    // by the site) and after the fast source's scrape committed.
    while !(slow_site.held("/slow") && stored(&env.db_path(), "fast") == 1) {
        assert!(Instant::now() < deadline, "the scrape never got mid-way");
        assert!(
            child.try_wait().unwrap().is_none(),
            "the scrape ended early"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    kill9(&mut child);
    assert!(slow_site.held("/slow"), "killed mid-download");
    assert_eq!(
        slow_site.arrived("/slow").len(),
        1,
        "and in its only request"
    );

    integrity_ok(&env.db_path());
    // Exactly what was committed: all of the fast scrape, none of the slow one.
    assert_eq!(stored(&env.db_path(), "fast"), 1);
    assert_eq!(stored(&env.db_path(), "slow"), 0);

    // After the crash everything works, and nothing is stored twice.
    gate.open();
    slow_site.set("/slow", Page::html(&listing_of(&items)));
    for _ in 0..2 {
        let out = env.tidings(&["scrape"]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let conn = rusqlite::Connection::open(env.db_path()).unwrap();
    let (all, distinct): (i64, i64) = conn
        .query_row(
            "SELECT count(*), count(DISTINCT source_id || identity) FROM items",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((all, distinct), (31, 31));
}

/// The size of the database's write-ahead log (0 when there is none).
fn wal_size(db: &std::path::Path) -> u64 {
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::metadata(wal).map(|m| m.len()).unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_in_the_middle_of_storing_a_scrape_leaves_none_of_it() {
    // A scrape too big for SQLite's page cache (2 MB): the store's transaction
    // spills pages into the write-ahead log before it commits. The log growing
    // while nothing of the scrape is visible is the transaction in progress;
    // the kill lands right then.
    let site = Site::start().await;
    let env = Env::new();
    let n = 3_000;
    let items = many_items(n, 200);
    let gate = Gate::new();
    let mut big = Page::html(&listing_of(&items));
    big.gate = Some(gate.clone());
    site.set("/big", big);
    env.write_config(&html_source("big", &site.url("/big")));
    env.edit_config("timeout = \"2s\"", "timeout = \"60s\"");
    env.edit_config(
        "max_body = \"1MB\"",
        &format!("max_body = \"10MB\"\nmax_items = {n}"),
    );

    let mut child = env.spawn(&["scrape"]);
    let deadline = Instant::now() + Duration::from_secs(20);
    while !site.held("/big") {
        assert!(
            Instant::now() < deadline,
            "the scrape never fetched the page"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    // The database is open and migrated; nothing of this scrape is written yet.
    let before = wal_size(&env.db_path());
    let reader = rusqlite::Connection::open(env.db_path()).unwrap();
    let visible = || -> i64 {
        reader
            .query_row("SELECT count(*) FROM items", [], |r| r.get(0))
            .unwrap()
    };
    gate.open();
    let deadline = Instant::now() + Duration::from_secs(120);
    let seen_at_kill = loop {
        if wal_size(&env.db_path()) > before {
            let seen = visible();
            kill9(&mut child);
            break seen;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the scrape finished without its transaction being seen writing"
        );
        assert!(
            Instant::now() < deadline,
            "the scrape never stored anything"
        );
        tokio::time::sleep(Duration::from_millis(1)).await;
    };
    drop(reader);
    // Pages of the scrape were in the log, none visible: the kill landed
    // mid-transaction. Were items committed one by one, some would be.
    assert_eq!(
        seen_at_kill, 0,
        "items of an unfinished scrape were visible to other readers"
    );
    integrity_ok(&env.db_path());
    assert_eq!(
        stored(&env.db_path(), "big"),
        0,
        "a scrape killed mid-transaction left part of itself"
    );

    // The next scrape stores the page whole, once.
    site.set("/big", Page::html(&listing_of(&items)));
    let out = env.tidings(&["scrape"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stored(&env.db_path(), "big"), n as i64);
}

/// `n` immediate subscribers, and one news item new to them all, queued by the next `notify`.
async fn one_fresh_item_for(n: usize) -> (Site, Env, Smtp, Vec<String>) {
    let (site, env, smtp) = news_with_mail().await;
    site.set(
        "/news",
        Page::html(&listing(&[("a", "Old news", "1.2.2024", "")])),
    );
    assert!(env.tidings(&["scrape"]).status.success());
    let people: Vec<String> = (0..n).map(|i| format!("reader{i}@example.fi")).collect();
    for p in &people {
        assert!(env.tidings(&["subscribers", "add", p]).status.success());
    }
    site.set(
        "/news",
        Page::html(&listing(&[
            ("b", "Fresh news", "2.2.2024", ""),
            ("a", "Old news", "1.2.2024", ""),
        ])),
    );
    assert!(env.tidings(&["scrape"]).status.success());
    (site, env, smtp, people)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_while_sending_mail_delivers_everything_once_with_at_most_one_duplicate() {
    let (_site, env, smtp, people) = one_fresh_item_for(20).await;

    smtp.slow(100);
    let mut child = env.spawn(&["notify"]);
    let deadline = Instant::now() + Duration::from_secs(20);
    while smtp.received().len() < 5 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    kill9(&mut child);
    let before = smtp.received().len();
    assert!(
        before >= 5 && before < people.len(),
        "killed part way: {before} sent"
    );

    smtp.slow(0);
    // Mail the killed sender had claimed waits out its lease (10 minutes), then goes.
    let later = (chrono::Utc::now() + chrono::Duration::minutes(11)).to_rfc3339();
    let out = env.tidings(&["notify", "--now", &later]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(env.tidings(&["notify", "--now", &later]).status.success());
    let mut per_person: HashMap<String, Vec<String>> = HashMap::new();
    for m in smtp.received() {
        for to in &m.to {
            per_person
                .entry(to.clone())
                .or_default()
                .push(m.header("Message-ID").unwrap_or_default());
        }
    }
    for p in &people {
        let ids = per_person.get(p).cloned().unwrap_or_default();
        assert!(!ids.is_empty(), "{p} got nothing");
        assert!(
            ids.iter().all(|id| id == &ids[0]),
            "a resend carries the same Message-ID"
        );
    }
    let duplicates: usize = per_person.values().map(|v| v.len() - 1).sum();
    assert!(
        duplicates <= 1,
        "{duplicates} duplicates: only the mail in flight at the kill may go twice"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_senders_at_once_still_send_each_mail_once() {
    let (_site, env, smtp, people) = one_fresh_item_for(30).await;
    smtp.slow(20);
    let spawn = || env.spawn(&["notify"]);
    let (mut a, mut b) = (spawn(), spawn());
    assert!(a.wait().unwrap().success() && b.wait().unwrap().success());
    for p in &people {
        assert_eq!(smtp.to(p).len(), 1, "{p}");
    }
}
