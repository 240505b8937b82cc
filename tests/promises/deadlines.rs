//! The deadline promise: a date that must not be missed is read out of the
//! news, shown in calendars, feeds and the page, and reminded before it passes
//! — once per reminder, never after the date.

use chrono::{Duration, NaiveDate, TimeZone};
use icalendar::Component;

use crate::common::*;
use crate::smtp::news_with_mail;

fn long(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// 07:00 in Helsinki on `d`: when reminders go out with the default digest_daily.
fn seven_on(d: NaiveDate) -> String {
    chrono_tz::Europe::Helsinki
        .from_local_datetime(&d.and_hms_opt(7, 0, 0).unwrap())
        .single()
        .unwrap()
        .to_rfc3339()
}

#[test]
fn the_command_reads_the_seed_sentence() {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_tidings"))
        .args(["deadlines", "--today", "2024-01-17"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Program proposals must be submitted no later than February 18, 2024.")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(lines[0]["kind"], "deadline");
    assert_eq!(lines[0]["date"], "2024-02-18");
    assert_eq!(lines[0]["end"], serde_json::Value::Null);
    assert!(lines[0]["text"]
        .as_str()
        .unwrap()
        .contains("February 18, 2024"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_scraped_deadline_shows_in_the_calendar_the_feeds_and_the_page() {
    let site = Site::start().await;
    let env = Env::new();
    env.write_config(&html_source("news", &site.url("/news")));
    let today = helsinki_today();
    let deadline = today + Duration::days(30);
    let first = today + Duration::days(60);
    let last = first + Duration::days(1);
    let summary = format!(
        "The event will take place on {}–{}. Program proposals must be submitted no later than {}.",
        first.format("%-d.%-m."),
        last.format("%-d.%-m.%Y"),
        long(deadline)
    );
    let published = today.format("%-d.%-m.%Y").to_string();
    site.set(
        "/news",
        Page::html(&listing(&[(
            "plan",
            "Participate in the program planning",
            &published,
            &summary,
        )])),
    );
    assert!(env.tidings(&["scrape"]).status.success());

    let server = Server::start(env.config()).await;
    let http = client();
    for path in ["/calendar.ics", "/feeds/news.ics", "/feeds/all.ics"] {
        let resp = http
            .get(format!("{}{path}", server.base))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200);
        assert!(resp.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar"));
        let body = resp.text().await.unwrap();
        let cal: icalendar::Calendar = body
            .parse()
            .unwrap_or_else(|e| panic!("{path}: {e}\n{body}"));
        let events: Vec<&icalendar::Event> =
            cal.components.iter().filter_map(|c| c.as_event()).collect();
        assert_eq!(events.len(), 2, "{path}: {body}");
        let dl = events
            .iter()
            .find(|e| e.get_summary().is_some_and(|s| s.starts_with("Deadline: ")))
            .expect("the deadline event");
        assert_eq!(dl.get_start(), Some(deadline.into()));
        assert_eq!(
            dl.get_end(),
            Some((deadline + Duration::days(1)).into()),
            "DTEND is exclusive"
        );
        assert!(dl.get_uid().is_some() && dl.get_url().is_some());
        let ev = events
            .iter()
            .find(|e| e.get_start() == Some(first.into()))
            .expect("the event");
        assert_eq!(
            ev.get_end(),
            Some((last + Duration::days(1)).into()),
            "a two-day event spans both days"
        );
    }
    let again = text_of(format!("{}/calendar.ics", server.base)).await;
    let uids = |s: &str| {
        s.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let first_body = text_of(format!("{}/calendar.ics", server.base)).await;
    assert_eq!(uids(&again), uids(&first_body), "UIDs are stable");

    let atom = text_of(format!("{}/feeds/news.atom", server.base)).await;
    assert!(
        atom.contains(&format!("term=\"deadline:{deadline}\"")),
        "{atom}"
    );
    assert!(atom.contains(&format!("event:{first}/{last}")), "{atom}");
    let page = text_of(format!("{}/", server.base)).await;
    assert!(
        page.contains("Upcoming deadlines")
            && page.contains(&format!("Deadline: {}", long(deadline))),
        "{page}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reminders_come_seven_days_and_one_day_before_once_each_and_follow_a_moved_deadline() {
    let (site, env, smtp) = news_with_mail().await;
    let today = helsinki_today();
    let deadline = today + Duration::days(20);
    let passed = today - Duration::days(3);
    let published = today.format("%-d.%-m.%Y").to_string();
    let call = |d: NaiveDate| format!("Applications must be submitted no later than {}.", long(d));
    site.set(
        "/news",
        Page::html(&listing(&[
            ("call", "Apply for the grant", &published, &call(deadline)),
            (
                "old",
                "An old call",
                &published,
                &format!("Comments were accepted until {}.", long(passed)),
            ),
        ])),
    );
    assert!(env.tidings(&["scrape"]).status.success());
    assert!(env
        .tidings(&["subscribers", "add", "anna@example.fi", "--mode", "weekly"])
        .status
        .success());
    assert!(env
        .tidings(&["subscribers", "add", "quiet@example.fi", "--no-reminders"])
        .status
        .success());
    let notify_at = |d: NaiveDate| {
        let out = env.tidings(&["notify", "--now", &seven_on(d)]);
        assert!(out.status.success(), "{}", stderr(&out));
    };
    notify_at(deadline - Duration::days(8));
    assert!(smtp.received().is_empty(), "nothing 8 days before");
    notify_at(deadline - Duration::days(7));
    notify_at(deadline - Duration::days(7));
    let got = smtp.to("anna@example.fi");
    assert_eq!(got.len(), 1, "the 7-day reminder, once");
    assert!(
        got[0].subject().contains("deadline in 7 days")
            && got[0].subject().contains("Apply for the grant"),
        "{}",
        got[0].subject()
    );
    let (text, _) = got[0].bodies();
    assert!(
        text.contains(&format!("Deadline: {}", long(deadline))),
        "{text}"
    );

    // The deadline moves (the item was edited): the reminder follows it.
    let moved = deadline + Duration::days(5);
    site.set(
        "/news",
        Page::html(&listing(&[
            ("call", "Apply for the grant", &published, &call(moved)),
            (
                "old",
                "An old call",
                &published,
                &format!("Comments were accepted until {}.", long(passed)),
            ),
        ])),
    );
    assert!(env.tidings(&["scrape"]).status.success());
    notify_at(moved - Duration::days(7));
    let got = smtp.to("anna@example.fi");
    assert_eq!(got.len(), 2, "the 7-day reminder of the new date");
    assert!(
        got[1].subject().contains("deadline in 7 days"),
        "{}",
        got[1].subject()
    );
    notify_at(deadline - Duration::days(1));
    assert_eq!(
        smtp.to("anna@example.fi").len(),
        2,
        "nothing for the old date"
    );
    notify_at(moved - Duration::days(1));
    notify_at(moved - Duration::days(1));
    let got = smtp.to("anna@example.fi");
    assert_eq!(got.len(), 3, "the 1-day reminder for the new date, once");
    assert!(
        got[2].subject().contains("deadline tomorrow"),
        "{}",
        got[2].subject()
    );
    notify_at(moved + Duration::days(1));
    assert_eq!(
        smtp.to("anna@example.fi").len(),
        3,
        "never after the deadline"
    );
    assert!(
        smtp.to("quiet@example.fi")
            .iter()
            .all(|m| !m.subject().contains("Reminder")),
        "reminders off means none"
    );
    assert!(
        smtp.received()
            .iter()
            .all(|m| !m.subject().contains("An old call")),
        "no reminder for a passed deadline"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_followed_item_page_gives_the_deadline_its_listing_left_out_and_is_fetched_once() {
    let site = Site::start().await;
    let env = Env::new();
    let source = html_source("news", &site.url("/news")).replace(
        "timezone = \"Europe/Helsinki\"\n",
        "timezone = \"Europe/Helsinki\"\nfollow = true\n",
    );
    let source = format!("{source}body = \"main .content\"\n");
    env.write_config(&source);
    let deadline = helsinki_today() + Duration::days(40);
    site.set(
        "/news",
        Page::html(&listing(&[(
            "call",
            "A new funding call",
            "1.2.2026",
            "Read more about the call.",
        )])),
    );
    site.set(
        "/news/call",
        Page::html(&format!(
            "<html><body><nav>Menu</nav><main><div class=\"content\"><p>Applications must be submitted no later than {}.</p></div><aside>Old: 1.1.2020</aside></main></body></html>",
            long(deadline)
        )),
    );
    assert!(env.tidings(&["scrape"]).status.success());
    assert!(env.tidings(&["scrape"]).status.success());
    assert_eq!(
        site.seen("/news/call").len(),
        1,
        "an item's own page is fetched once"
    );
    let server = Server::start(env.config()).await;
    let cal = text_of(format!("{}/calendar.ics", server.base)).await;
    assert!(
        cal.contains(&format!("DTSTART;VALUE=DATE:{}", deadline.format("%Y%m%d"))),
        "{cal}"
    );
    assert!(
        cal.contains("SUMMARY:Deadline: A new funding call"),
        "{cal}"
    );
}
