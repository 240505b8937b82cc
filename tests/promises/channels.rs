//! Issue 15, channels: webhooks, Slack, Teams, Matrix and ntfy get each item,
//! digest and reminder once, through the same outbox as mail — retried on
//! 5xx and timeouts, given up on 4xx with the reason listed, and a slow or
//! dead receiver never holds up mail or another channel. Every receiver here
//! is a real HTTP server on 127.0.0.1, every send the real binary's.

use std::time::{Duration, Instant};

use chrono::{NaiveDate, Utc};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::common::*;
use crate::receiver::Receiver;
use crate::smtp::Smtp;

const SECRET: &str = "a-webhook-secret-of-some-length";

fn en_date(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// The listing before (one old item) and after (a call with a deadline added).
fn before() -> String {
    listing(&[("old", "Welcome", &en_date(helsinki_today()), "Hello.")])
}

fn after() -> String {
    let deadline = helsinki_today() + chrono::Duration::days(20);
    listing(&[
        (
            "call",
            "AMIF call is open",
            &en_date(helsinki_today()),
            &format!("Applications must be submitted by {}.", en_date(deadline)),
        ),
        ("old", "Welcome", &en_date(helsinki_today()), "Hello."),
    ])
}

struct World {
    site: Site,
    env: Env,
    smtp: Smtp,
}

/// A source, an SMTP server and `channels` (TOML) in the config; the first
/// scrape done, so the next one finds the call as new.
async fn world(channels: &str) -> World {
    let site = Site::start().await;
    let env = Env::new();
    let smtp = Smtp::start();
    env.write_config_with_mail(
        &smtp.mail_config(),
        &format!("{}\n{channels}", html_source("news", &site.url("/news"))),
    );
    site.set("/news", Page::html(&before()));
    let w = World { site, env, smtp };
    w.ok(&["scrape"]);
    // The channels are started (their cursor set) before anything is new.
    w.ok(&["notify"]);
    w.site.set("/news", Page::html(&after()));
    w
}

impl World {
    fn ok(&self, args: &[&str]) -> String {
        self.env.ok(args)
    }

    /// `notify` as if it ran `minutes` from now: retries come due.
    fn notify_later(&self, minutes: i64) -> std::process::Output {
        self.env.tidings(&[
            "notify",
            "--now",
            &(Utc::now() + chrono::Duration::minutes(minutes)).to_rfc3339(),
        ])
    }
}

fn webhook(id: &str, url: &str, extra: &str) -> String {
    format!(
        "[[channel]]\nid = \"{id}\"\nkind = \"webhook\"\nurl = \"{url}\"\nsecret = \"{SECRET}\"\n{extra}\n"
    )
}

/// What a receiver does to trust a message: HMAC-SHA256 of the body it got.
fn verify(secret: &str, body: &[u8], header: &str) -> bool {
    let Some(hex_sig) = header.strip_prefix("sha256=") else {
        return false;
    };
    let Ok(sig) = hex::decode(hex_sig) else {
        return false;
    };
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(body);
    mac.verify_slice(&sig).is_ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_webhook_gets_each_new_item_once_signed_so_the_receiver_can_verify_it() {
    let hook = Receiver::start().await;
    let w = world(&webhook("hook", &hook.url("/in"), "")).await;
    w.ok(&["scrape"]);
    w.ok(&["notify"]);
    w.ok(&["notify"]);
    let got = hook.got();
    assert_eq!(got.len(), 1, "one new item, one message: {got:?}");
    let m = &got[0];
    assert_eq!((m.method.as_str(), m.path.as_str()), ("POST", "/in"));
    assert_eq!(m.header("content-type"), Some("application/json"));
    let sig = m.header("x-tidings-signature").unwrap_or_default();
    assert!(
        verify(SECRET, &m.body, sig),
        "the signature checks out: {sig}"
    );
    assert!(!verify("another-secret-entirely", &m.body, sig));
    let body = m.json();
    assert_eq!(body["type"], "item");
    assert_eq!(body["channel"], "hook");
    assert_eq!(body["id"].as_str(), m.header("x-tidings-delivery"));
    let item = &body["items"][0];
    assert_eq!(item["title"], "AMIF call is open");
    assert_eq!(item["source"], "news");
    assert_eq!(item["source_title"], "Source news");
    assert!(item["link"]
        .as_str()
        .unwrap_or_default()
        .contains("/news/call"));
    assert_eq!(item["dates"][0]["kind"], "deadline");
    assert_eq!(
        item["dates"][0]["date"],
        (helsinki_today() + chrono::Duration::days(20)).to_string()
    );
    // No mail to anyone: there are no subscribers, and the channel is not one.
    assert!(w.smtp.received().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_5xx_or_a_timeout_is_retried_later_and_the_message_delivered_once() {
    let flaky = Receiver::start().await;
    let slow = Receiver::start().await;
    let w = world(&format!(
        "{}{}",
        webhook("flaky", &flaky.url("/in"), ""),
        webhook("slow", &slow.url("/in"), "timeout = \"1s\""),
    ))
    .await;
    w.ok(&["scrape"]);
    flaky.answer_next(503, "down for maintenance");
    slow.delay(Duration::from_secs(3));
    let out = w.env.tidings(&["notify"]);
    assert!(stdout(&out).contains("retrying 2"), "{}", stdout(&out));
    assert!(flaky.delivered().is_empty() && slow.delivered().is_empty());
    slow.delay(Duration::ZERO);
    // Not before its backoff: a pass right away sends nothing more.
    w.ok(&["notify"]);
    assert_eq!(flaky.got().len(), 1);
    let out = w.notify_later(5);
    assert!(out.status.success(), "{}", stderr(&out));
    w.notify_later(30);
    for (name, r) in [("flaky", &flaky), ("slow", &slow)] {
        let got = r.got();
        assert_eq!(got.len(), 2, "{name}: tried twice: {got:?}");
        assert_eq!(r.delivered().len(), 1, "{name}: delivered once");
        // The same bytes and the same delivery id: a receiver that saw the
        // first try (the slow one did) recognises the second.
        assert_eq!(got[0].body, got[1].body, "{name}");
        assert_eq!(
            got[0].header("x-tidings-delivery"),
            got[1].header("x-tidings-delivery")
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_4xx_is_given_up_at_once_with_the_reason_in_outbox_list() {
    let gone = Receiver::start().await;
    let w = world(&webhook("gone", &gone.url("/hooks/T0SECRETPATH"), "")).await;
    gone.always(404, "no such hook\n(it was deleted)");
    w.ok(&["scrape"]);
    let out = w.env.tidings(&["notify"]);
    assert!(
        !out.status.success(),
        "a message given up makes notify exit 1"
    );
    let listed = w.ok(&["outbox", "list"]);
    assert!(
        listed.contains("item to channel gone")
            && listed.contains("HTTP 404 Not Found: no such hook (it was deleted)"),
        "{listed}"
    );
    w.notify_later(60 * 12);
    assert_eq!(gone.got().len(), 1, "not retried");
    for shown in [stdout(&out), stderr(&out), listed] {
        assert!(
            !shown.contains(SECRET) && !shown.contains("T0SECRETPATH"),
            "{shown}"
        );
    }
    // Fixed at the receiver, the admin sends it again.
    gone.always(200, "ok");
    w.ok(&["outbox", "resend"]);
    w.ok(&["notify"]);
    assert_eq!(gone.delivered().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_or_dead_receiver_never_delays_mail_or_other_channels() {
    let slow = Receiver::start().await;
    let good = Receiver::start().await;
    // A port nobody listens on any more: connections are refused.
    let dead = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap()
    };
    let w = world(&format!(
        "{}{}{}",
        webhook("slow", &slow.url("/in"), "timeout = \"20s\""),
        webhook("dead", &format!("http://{dead}/in"), ""),
        webhook("good", &good.url("/in"), ""),
    ))
    .await;
    w.ok(&["subscribers", "add", "anna@example.fi"]);
    slow.delay(Duration::from_secs(15));
    w.ok(&["scrape"]);
    let started = Instant::now();
    let mut notify = w.env.spawn(&["notify"]);
    while good.delivered().is_empty() || w.smtp.to("anna@example.fi").is_empty() {
        assert!(
            started.elapsed() < Duration::from_secs(8),
            "mail and the good channel came while the slow one was held"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let took = started.elapsed();
    assert_eq!(slow.got().len(), 1, "the slow receiver has the message");
    assert!(slow.delivered().is_empty(), "and is still holding it");
    let _ = notify.wait();
    assert!(
        took < Duration::from_secs(8),
        "mail and the good channel took {took:?}"
    );
    let status = w.ok(&["status"]);
    assert!(
        status.contains("channel good (webhook): 0 queued, 1 sent, 0 failed")
            && status.contains("channel dead (webhook): 1 queued, 0 sent, 0 failed")
            && status.contains("last error: unable to reach the receiver"),
        "{status}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slack_teams_matrix_and_ntfy_each_get_their_own_format() {
    let r = Receiver::start().await;
    let homeserver = Receiver::start().await;
    let channels = format!(
        r#"
[[channel]]
id = "slack"
kind = "slack"
url = "{slack}"

[[channel]]
id = "teams"
kind = "teams"
url = "{teams}"

[[channel]]
id = "matrix"
kind = "matrix"
url = "{matrix}"
room = "!room:example.org"
token = "syt_matrix_token"

[[channel]]
id = "ntfy"
kind = "ntfy"
url = "{ntfy}"
token = "tk_ntfy_token"
lang = "fi"
"#,
        slack = r.url("/services/T0/B0/X"),
        teams = r.url("/webhookb2/abc"),
        matrix = homeserver.url("/"),
        ntfy = r.url("/deadlines"),
    );
    let w = world(&channels).await;
    w.ok(&["scrape"]);
    // The homeserver is down for the first try: the retry is the same transaction.
    homeserver.answer_next(502, "bad gateway");
    w.ok(&["notify"]);
    w.notify_later(5);
    let got = r.got();
    let by_path = |p: &str| -> Vec<_> {
        got.iter()
            .filter(|g| g.path.starts_with(p))
            .cloned()
            .collect()
    };

    let slack = by_path("/services/");
    assert_eq!(slack.len(), 1, "{got:?}");
    let text = slack[0].json()["text"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        text.contains("|AMIF call is open>*") && text.contains("<http://"),
        "a Slack link: {text}"
    );
    assert!(text.contains("Deadline: "), "{text}");

    let teams = by_path("/webhookb2/");
    assert_eq!(teams.len(), 1);
    let card = teams[0].json();
    assert_eq!(card["type"], "message");
    let attachment = &card["attachments"][0];
    assert_eq!(
        attachment["contentType"],
        "application/vnd.microsoft.card.adaptive"
    );
    assert_eq!(attachment["content"]["type"], "AdaptiveCard");
    assert!(attachment["content"]["body"][0]["text"]
        .as_str()
        .unwrap_or_default()
        .contains("AMIF call is open"));
    assert_eq!(
        attachment["content"]["actions"][0]["type"],
        "Action.OpenUrl"
    );

    let matrix = homeserver.got();
    assert_eq!(matrix.len(), 2, "tried twice (502, then 200)");
    assert_eq!(matrix[0].path, matrix[1].path, "one transaction id");
    assert_eq!(matrix[0].method, "PUT");
    assert!(
        matrix[0]
            .path
            .starts_with("/_matrix/client/v3/rooms/!room:example.org/send/m.room.message/"),
        "{}",
        matrix[0].path
    );
    assert_eq!(
        matrix[0].header("authorization"),
        Some("Bearer syt_matrix_token")
    );
    let event = matrix[1].json();
    assert_eq!(event["msgtype"], "m.text");
    assert!(event["body"]
        .as_str()
        .unwrap_or_default()
        .contains("AMIF call is open"));
    assert!(event["formatted_body"]
        .as_str()
        .unwrap_or_default()
        .contains("<a href=\"http://"));

    let ntfy: Vec<_> = got.iter().filter(|g| g.path == "/").cloned().collect();
    assert_eq!(ntfy.len(), 1, "{got:?}");
    assert_eq!(
        ntfy[0].header("authorization"),
        Some("Bearer tk_ntfy_token")
    );
    let note = ntfy[0].json();
    assert_eq!(note["topic"], "deadlines");
    assert_eq!(note["title"], "AMIF call is open");
    assert!(note["click"]
        .as_str()
        .unwrap_or_default()
        .contains("/news/call"));
    assert!(
        note["message"]
            .as_str()
            .unwrap_or_default()
            .contains("Määräaika: "),
        "in the channel's language: {note}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_channel_removed_from_the_config_hears_nothing_more() {
    let hook = Receiver::start().await;
    let w = world(&webhook("hook", &hook.url("/in"), "")).await;
    w.ok(&["scrape"]);
    hook.always(503, "busy");
    w.ok(&["notify"]);
    assert_eq!(hook.got().len(), 1);
    let text = std::fs::read_to_string(w.env.config_path()).unwrap();
    let cut = text.find("[[channel]]").unwrap();
    std::fs::write(w.env.config_path(), &text[..cut]).unwrap();
    hook.always(200, "ok");
    w.notify_later(60);
    assert_eq!(
        hook.got().len(),
        1,
        "its queued message was cancelled, not sent"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_channel_added_by_live_reload_is_told_and_shown_in_healthz_and_metrics() {
    use crate::running::{eventually, get_json, listen_anywhere, Running};
    let hook = Receiver::start().await;
    let w = world("").await;
    listen_anywhere(&w.env);
    let service = Running::start(&w.env);
    let base = service.base.clone();
    let generation = get_json(&format!("{base}/healthz")).await["config"]["generation"].clone();
    let text = std::fs::read_to_string(w.env.config_path()).unwrap();
    std::fs::write(
        w.env.config_path(),
        format!(
            "{text}\n{}",
            webhook("hook", &hook.url("/in"), "only_dated = true")
        ),
    )
    .unwrap();
    eventually(10, "the new config is in force", || async {
        get_json(&format!("{base}/healthz")).await["config"]["generation"] != generation
    })
    .await;
    // Started by the pass the reload wakes: what is new from then on is told.
    assert_eq!(
        get_json(&format!("{base}/healthz")).await["channels"][0]["id"],
        "hook"
    );
    tokio::time::sleep(Duration::from_millis(1000)).await;
    w.ok(&["scrape"]);
    eventually(40, "the new item reaches the channel", || async {
        !hook.delivered().is_empty()
    })
    .await;
    let health = get_json(&format!("{base}/healthz")).await;
    let ch = &health["channels"][0];
    assert_eq!(
        (ch["kind"].as_str(), ch["sent"].as_i64()),
        (Some("webhook"), Some(1)),
        "{health}"
    );
    let metrics = text_of(format!("{base}/metrics")).await;
    assert!(
        metrics.contains("tidings_channel_messages{channel=\"hook\",state=\"sent\"} 1")
            && metrics.contains("tidings_channel_messages_sent_total 1"),
        "{metrics}"
    );
    assert!(!metrics.contains(SECRET) && !health.to_string().contains(SECRET));
    drop(service);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_channel_filter_in_the_config_holds_for_its_digests_and_reminders() {
    let hook = Receiver::start().await;
    let w = world(&webhook(
        "deadlines",
        &hook.url("/in"),
        "mode = \"daily\"\nonly_dated = true\nnone = [\"webinar\"]",
    ))
    .await;
    let deadline = helsinki_today() + chrono::Duration::days(20);
    let by = format!("must be submitted by {}.", en_date(deadline));
    w.site.set(
        "/news",
        Page::html(&listing(&[
            (
                "call",
                "AMIF call is open",
                &en_date(helsinki_today()),
                &format!("Applications {by}"),
            ),
            (
                "webinar",
                "Webinar on AMIF",
                &en_date(helsinki_today()),
                &format!("Registrations {by}"),
            ),
            (
                "office",
                "Office closed",
                &en_date(helsinki_today()),
                "Closed for renovation.",
            ),
            ("old", "Welcome", &en_date(helsinki_today()), "Hello."),
        ])),
    );
    w.ok(&["scrape"]);
    let at_seven = |d: NaiveDate| {
        use chrono::TimeZone;
        chrono_tz::Europe::Helsinki
            .from_local_datetime(&d.and_hms_opt(7, 0, 0).unwrap())
            .single()
            .unwrap()
            .to_rfc3339()
    };
    w.ok(&["notify"]);
    assert!(hook.got().is_empty(), "a daily channel waits for its slot");
    w.ok(&[
        "notify",
        "--now",
        &at_seven(helsinki_today() + chrono::Duration::days(1)),
    ]);
    w.ok(&[
        "notify",
        "--now",
        &at_seven(deadline - chrono::Duration::days(7)),
    ]);
    let got: Vec<serde_json::Value> = hook.delivered().iter().map(|g| g.json()).collect();
    assert_eq!(got.len(), 2, "one digest, one reminder: {got:?}");
    assert_eq!(got[0]["type"], "digest");
    assert_eq!(got[0]["period"], "daily");
    let titles: Vec<&str> = got[0]["items"]
        .as_array()
        .map(|a| a.iter().filter_map(|i| i["title"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(titles, ["AMIF call is open"], "dated, and no webinar");
    assert_eq!(got[1]["type"], "reminder");
    assert_eq!(got[1]["items"][0]["title"], "AMIF call is open");
    assert_eq!(got[1]["reminder"]["days_left"], 7);
    assert_eq!(got[1]["reminder"]["deadline"], deadline.to_string());
}
