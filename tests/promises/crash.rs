//! Promise 3 against the hardest stop: kill -9. Nothing stored is lost or
//! doubled, and mail waits and goes out once (at most one duplicate, with the
//! same Message-ID, for the one mail in flight at the kill).

use std::collections::HashMap;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::common::*;
use crate::smtp::Smtp;

fn kill9(child: &mut std::process::Child) {
    let _ = Command::new("kill")
        .args(["-9", &child.id().to_string()])
        .status();
    let _ = child.wait();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_during_a_scrape_loses_nothing_and_the_next_scrape_carries_on() {
    let site = Site::start().await;
    let env = Env::new();
    let items: Vec<(String, String)> = (0..30)
        .map(|i| (format!("s{i}"), format!("Slow news {i}")))
        .collect();
    let refs: Vec<(&str, &str, &str, &str)> = items
        .iter()
        .map(|(s, t)| (s.as_str(), t.as_str(), "1.2.2024", ""))
        .collect();
    let mut slow = Page::html(&listing(&refs));
    slow.delay = Duration::from_secs(3);
    site.set("/slow", slow);
    site.set(
        "/fast",
        Page::html(&listing(&[("f", "Fast news", "1.2.2024", "")])),
    );
    env.write_config(&format!(
        "{}{}",
        html_source("fast", &site.url("/fast")),
        html_source("slow", &site.url("/slow"))
    ));
    env.edit_config("timeout = \"2s\"", "timeout = \"30s\"");

    let mut child = env.spawn(&["scrape"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while site.seen("/slow").is_empty() && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    kill9(&mut child);

    let conn = rusqlite::Connection::open(env.db_path()).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    drop(conn);
    // After the crash everything works, and nothing is stored twice.
    site.set("/slow", Page::html(&listing(&refs)));
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

/// `n` immediate subscribers, and one news item new to them all, queued by the next `notify`.
async fn one_fresh_item_for(n: usize) -> (Site, Env, Smtp, Vec<String>) {
    let site = Site::start().await;
    let env = Env::new();
    let smtp = Smtp::start();
    env.write_config_with_mail(
        &smtp.mail_config(),
        &html_source("news", &site.url("/news")),
    );
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
