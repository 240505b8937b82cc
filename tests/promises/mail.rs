//! Promises 1–3 for mail: each item, digest and reminder reaches a subscriber
//! once; nothing is mailed on first sight; SMTP trouble delays mail, never
//! loses or doubles it; one click unsubscribes. All through a real SMTP server.

use chrono::{Duration, TimeZone, Utc};

use crate::common::*;
use crate::smtp::{news_with_mail, Smtp};

fn listing_of(n: usize) -> String {
    let items: Vec<(String, String)> = (1..=n)
        .map(|i| (format!("item-{i}"), format!("News number {i}")))
        .collect();
    let refs: Vec<(&str, &str, &str, &str)> = items
        .iter()
        .map(|(slug, title)| (slug.as_str(), title.as_str(), "14.2.2024", "Some text."))
        .collect();
    listing(&refs)
}

struct World {
    site: Site,
    env: Env,
    smtp: Smtp,
}

async fn world() -> World {
    let (site, env, smtp) = news_with_mail().await;
    site.set("/news", Page::html(&listing_of(2)));
    World { site, env, smtp }
}

impl World {
    fn ok(&self, args: &[&str]) -> String {
        self.env.ok(args)
    }

    fn add(&self, email: &str, mode: &str) {
        self.ok(&["subscribers", "add", email, "--mode", mode]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn items_present_on_first_sight_are_not_mailed_and_a_new_one_is_mailed_once() {
    let w = world().await;
    w.add("anna@example.fi", "immediate");
    w.ok(&["scrape"]);
    w.ok(&["notify"]);
    assert!(w.smtp.received().is_empty(), "no flood on first sight");

    w.site.set("/news", Page::html(&listing_of(3)));
    w.ok(&["scrape"]);
    w.ok(&["notify"]);
    w.ok(&["notify"]);
    let got = w.smtp.to("anna@example.fi");
    assert_eq!(got.len(), 1, "exactly one mail for the one new item");
    let mail = &got[0];
    assert!(
        mail.subject().contains("News number 3"),
        "{}",
        mail.subject()
    );
    assert_eq!(
        mail.header("From").as_deref(),
        Some("Tidings <tidings@feeds.test>")
    );
    assert_eq!(mail.from, "tidings@feeds.test", "envelope sender");
    let unsub = mail.header("List-Unsubscribe").unwrap_or_default();
    assert!(
        unsub.starts_with("<http://feeds.test/unsubscribe?token="),
        "{unsub}"
    );
    assert_eq!(
        mail.header("List-Unsubscribe-Post").as_deref(),
        Some("List-Unsubscribe=One-Click")
    );
    assert!(mail
        .header("List-Id")
        .unwrap_or_default()
        .contains("tidings.feeds.test"));
    assert_eq!(
        mail.header("Auto-Submitted").as_deref(),
        Some("auto-generated")
    );
    assert!(mail
        .header("Message-ID")
        .unwrap_or_default()
        .ends_with("@feeds.test>"));
    assert!(mail.header("Date").is_some());
    assert!(mail.parsed().ctype.mimetype == "multipart/alternative");
    let (text, html) = mail.bodies();
    assert!(
        text.contains("News number 3") && text.contains("/news/item-3"),
        "{text}"
    );
    assert!(
        html.contains("News number 3") && html.contains("unsubscribe?token="),
        "{html}"
    );

    // An edit of an item already mailed is not mailed again.
    w.site.set(
        "/news",
        Page::html(&listing_of(3).replace("News number 3", "News number 3 (corrected)")),
    );
    w.ok(&["scrape"]);
    w.ok(&["notify"]);
    assert_eq!(w.smtp.to("anna@example.fi").len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_daily_digest_comes_at_its_time_and_not_before_with_the_items_grouped() {
    let w = world().await;
    w.ok(&["scrape"]);
    w.add("daily@example.fi", "daily");
    w.add("weekly@example.fi", "weekly");
    w.site.set("/news", Page::html(&listing_of(4)));
    w.ok(&["scrape"]);

    let tz = chrono_tz::Europe::Helsinki;
    let local = Utc::now().with_timezone(&tz);
    let mut seven = tz
        .with_ymd_and_hms(local.year_(), local.month_(), local.day_(), 7, 0, 0)
        .single()
        .unwrap();
    if seven <= local {
        seven += Duration::days(1);
    }
    let before = (seven - Duration::minutes(1)).to_rfc3339();
    w.ok(&["notify", "--now", &before]);
    assert!(w.smtp.to("daily@example.fi").is_empty(), "not before 07:00");
    w.ok(&["notify", "--now", &seven.to_rfc3339()]);
    w.ok(&[
        "notify",
        "--now",
        &(seven + Duration::minutes(5)).to_rfc3339(),
    ]);
    let got = w.smtp.to("daily@example.fi");
    assert_eq!(got.len(), 1, "one digest");
    let subject = got[0].subject();
    assert!(
        subject.contains("Daily digest: 2 new items") && subject.contains("Source news"),
        "{subject}"
    );
    let (text, html) = got[0].bodies();
    assert!(
        text.contains("News number 3") && text.contains("News number 4"),
        "{text}"
    );
    assert!(html.contains("News number 4"));
    // The next day, nothing new: no empty digest.
    w.ok(&["notify", "--now", &(seven + Duration::days(1)).to_rfc3339()]);
    assert_eq!(w.smtp.to("daily@example.fi").len(), 1);
    // The weekly subscriber hears on Monday at 07:00, once.
    let mut monday = seven;
    while monday.weekday_() != chrono::Weekday::Mon {
        monday += Duration::days(1);
    }
    w.ok(&[
        "notify",
        "--now",
        &(monday + Duration::days(7)).to_rfc3339(),
    ]);
    let weekly = w.smtp.to("weekly@example.fi");
    assert_eq!(weekly.len(), 1);
    assert!(
        weekly[0].subject().contains("Weekly digest: 2 new items"),
        "{}",
        weekly[0].subject()
    );
}

/// chrono's Datelike through a small shim, so the test reads plainly.
trait Ymd {
    fn year_(&self) -> i32;
    fn month_(&self) -> u32;
    fn day_(&self) -> u32;
    fn weekday_(&self) -> chrono::Weekday;
}

impl<T: chrono::Datelike> Ymd for T {
    fn year_(&self) -> i32 {
        self.year()
    }
    fn month_(&self) -> u32 {
        self.month()
    }
    fn day_(&self) -> u32 {
        self.day()
    }
    fn weekday_(&self) -> chrono::Weekday {
        self.weekday()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_recipient_refused_with_550_fails_alone_and_is_not_retried() {
    let w = world().await;
    w.ok(&["scrape"]);
    w.add("good@example.fi", "immediate");
    w.add("gone@example.fi", "immediate");
    w.smtp.refuse("gone@example.fi");
    w.site.set("/news", Page::html(&listing_of(3)));
    w.ok(&["scrape"]);
    let out = w.env.tidings(&["notify"]);
    assert!(!out.status.success(), "a failed mail makes notify exit 1");
    assert_eq!(w.smtp.to("good@example.fi").len(), 1);
    let listed = w.ok(&["outbox", "list"]);
    assert!(listed.contains("550"), "{listed}");
    // The server's refusal echoes the address; logs and the list never do.
    for shown in [stderr(&out), stdout(&out), listed] {
        assert!(
            !shown.to_ascii_lowercase().contains("gone@example.fi"),
            "{shown}"
        );
    }
    w.ok(&[
        "notify",
        "--now",
        &(Utc::now() + Duration::hours(12)).to_rfc3339(),
    ]);
    assert_eq!(w.smtp.received().len(), 1, "not retried");
    let status = w.ok(&["status"]);
    assert!(status.contains("1 failed"), "{status}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_421_is_retried_later_and_the_mail_arrives_once() {
    let w = world().await;
    w.ok(&["scrape"]);
    w.add("anna@example.fi", "immediate");
    w.site.set("/news", Page::html(&listing_of(3)));
    w.ok(&["scrape"]);
    w.smtp.fail_next(1);
    let _ = w.env.tidings(&["notify"]);
    assert!(w.smtp.received().is_empty());
    w.ok(&["notify"]);
    assert!(
        w.smtp.received().is_empty(),
        "backoff: not before its next attempt"
    );
    w.ok(&[
        "notify",
        "--now",
        &(Utc::now() + Duration::minutes(5)).to_rfc3339(),
    ]);
    w.ok(&[
        "notify",
        "--now",
        &(Utc::now() + Duration::minutes(10)).to_rfc3339(),
    ]);
    assert_eq!(w.smtp.to("anna@example.fi").len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_the_mail_server_down_everything_waits_and_is_sent_once_later() {
    let site = Site::start().await;
    let env = Env::new();
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let down = format!(
        "transport = \"smtp\"\nsmtp_host = \"127.0.0.1\"\nsmtp_port = {}\nsmtp_timeout = \"2s\"\n",
        closed.port()
    );
    let sources = html_source("news", &site.url("/news"));
    env.write_config_with_mail(&down, &sources);
    site.set("/news", Page::html(&listing_of(2)));
    assert!(env.tidings(&["scrape"]).status.success());
    for who in ["a@example.fi", "b@example.fi"] {
        assert!(env.tidings(&["subscribers", "add", who]).status.success());
    }
    site.set("/news", Page::html(&listing_of(4)));
    assert!(env.tidings(&["scrape"]).status.success());
    let out = env.tidings(&["notify"]);
    assert!(!out.status.success());
    assert!(
        stdout(&out).contains("could not be reached"),
        "{}",
        stdout(&out)
    );

    let smtp = Smtp::start();
    env.write_config_with_mail(&smtp.mail_config(), &sources);
    assert!(env.tidings(&["notify"]).status.success());
    assert!(env.tidings(&["notify"]).status.success());
    assert_eq!(smtp.to("a@example.fi").len(), 2);
    assert_eq!(smtp.to("b@example.fi").len(), 2);
    assert_eq!(smtp.received().len(), 4, "each exactly once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_click_unsubscribe_stops_further_mail() {
    let w = world().await;
    w.ok(&["scrape"]);
    w.add("anna@example.fi", "immediate");
    w.site.set("/news", Page::html(&listing_of(3)));
    w.ok(&["scrape"]);
    w.ok(&["notify"]);
    let mail = w.smtp.to("anna@example.fi").pop().expect("a mail");
    let link = mail.header("List-Unsubscribe").unwrap();
    let url = link
        .trim_matches(|c| c == '<' || c == '>')
        .replace("http://feeds.test", "");

    let server = Server::start(w.env.config()).await;
    let http = client();
    let page = http
        .get(format!("{}{url}", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    assert!(
        w.ok(&["subscribers", "list"]).contains("confirmed"),
        "a GET changes nothing"
    );
    let post = http
        .post(format!("{}{url}", server.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(post.status(), 200);
    assert!(w.ok(&["subscribers", "list"]).contains("unsubscribed"));

    w.site.set("/news", Page::html(&listing_of(5)));
    w.ok(&["scrape"]);
    w.ok(&["notify"]);
    assert_eq!(
        w.smtp.to("anna@example.fi").len(),
        1,
        "no mail after unsubscribing"
    );

    let forged = url.replacen("token=u.", "token=u.9", 1);
    let bad = http
        .post(format!("{}{forged}", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
    let garbage = http
        .get(format!("{}/unsubscribe?token=nonsense", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(garbage.status(), 400);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn double_opt_in_over_real_http() {
    let w = world().await;
    w.ok(&["scrape"]);
    let server = Server::start(w.env.config()).await;
    let http = client();
    let form = "email=Official%40Example.FI&mode=immediate&feeds=news";

    let bad = http
        .post(format!("{}/subscribe", server.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("email=not-an-address&mode=daily")
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
    assert!(bad
        .text()
        .await
        .unwrap()
        .contains("not a valid email address"));
    assert!(
        !w.ok(&["subscribers", "list"]).contains("not-an-address"),
        "nothing stored"
    );

    for _ in 0..2 {
        let ok = http
            .post(format!("{}/subscribe", server.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form)
            .send()
            .await
            .unwrap();
        assert_eq!(ok.status(), 200);
        assert!(ok.text().await.unwrap().contains("Check your inbox"));
    }
    assert!(w
        .ok(&["subscribers", "list"])
        .contains("Official@example.fi\tpending"));
    w.ok(&["notify"]);
    let confirmations = w.smtp.to("Official@example.fi");
    assert_eq!(
        confirmations.len(),
        1,
        "one confirmation mail an hour, however often the form is sent"
    );
    let (text, _) = confirmations[0].bodies();
    let link = text
        .lines()
        .find(|l| l.contains("/confirm?token="))
        .expect("a confirm link")
        .trim()
        .replace("http://feeds.test", "");

    let page = http
        .get(format!("{}{link}", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("<form method=\"post\""));
    assert!(
        w.ok(&["subscribers", "list"]).contains("pending"),
        "a GET does not confirm"
    );
    let token = link.split("token=").nth(1).unwrap();
    let confirmed = http
        .post(format!("{}/confirm", server.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("token={token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(confirmed.status(), 200);
    assert!(w
        .ok(&["subscribers", "list"])
        .contains("Official@example.fi\tconfirmed"));

    // Confirmed, it gets the next new item.
    w.site.set("/news", Page::html(&listing_of(3)));
    w.ok(&["scrape"]);
    w.ok(&["notify"]);
    assert_eq!(w.smtp.to("Official@example.fi").len(), 2);
    let tampered = format!("{}/confirm?token={}x", server.base, token);
    assert_eq!(http.get(tampered).send().await.unwrap().status(), 400);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_default_file_transport_writes_one_eml_per_message() {
    let site = Site::start().await;
    let env = Env::new();
    env.write_config(&html_source("news", &site.url("/news")));
    site.set("/news", Page::html(&listing_of(1)));
    assert!(env.tidings(&["scrape"]).status.success());
    assert!(env
        .tidings(&["subscribers", "add", "a@example.fi", "--mode", "immediate"])
        .status
        .success());
    site.set("/news", Page::html(&listing_of(3)));
    assert!(env.tidings(&["scrape"]).status.success());
    assert!(env.tidings(&["notify"]).status.success());
    let emls: Vec<_> = std::fs::read_dir(env.path("outbox"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
        .collect();
    assert_eq!(emls.len(), 2);
}

fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mail_is_dkim_signed_when_a_key_is_configured_and_a_bad_key_is_a_config_error() {
    let site = Site::start().await;
    let env = Env::new();
    let smtp = Smtp::start();
    let key: Vec<u8> = (0u8..32)
        .map(|i| i.wrapping_mul(37).wrapping_add(11))
        .collect();
    std::fs::write(env.path("dkim.key"), base64(&key)).unwrap();
    let mail = format!(
        "{}dkim_key = \"{}\"\ndkim_selector = \"tidings\"\ndkim_algorithm = \"ed25519\"\n",
        smtp.mail_config(),
        env.path("dkim.key").display()
    );
    env.write_config_with_mail(&mail, &html_source("news", &site.url("/news")));
    site.set("/news", Page::html(&listing_of(1)));
    assert!(env.tidings(&["scrape"]).status.success());
    assert!(env
        .tidings(&["subscribers", "add", "a@example.fi"])
        .status
        .success());
    site.set("/news", Page::html(&listing_of(2)));
    assert!(env.tidings(&["scrape"]).status.success());
    assert!(env.tidings(&["notify"]).status.success());
    let got = smtp.to("a@example.fi");
    assert_eq!(got.len(), 1);
    let sig = got[0]
        .header("DKIM-Signature")
        .expect("a DKIM-Signature header");
    assert!(
        sig.contains("d=feeds.test")
            && sig.contains("s=tidings")
            && sig.contains("a=ed25519-sha256"),
        "{sig}"
    );

    std::fs::write(env.path("dkim.key"), "not a key").unwrap();
    let out = env.tidings(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("mail.dkim_key")
            && stderr(&out).contains("is not a DKIM private key"),
        "{}",
        stderr(&out)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mending_a_selector_does_not_flood_subscribers_with_old_news() {
    let site = Site::start().await;
    let env = Env::new();
    let smtp = Smtp::start();
    // A guessed selector that catches the navigation instead of the news.
    let page = format!(
        "<nav><ul class=\"news\"><li><h3><a href=\"/about\">About us</a></h3></li></ul></nav>{}",
        listing_of(3).replace("class=\"news\"", "class=\"real\"")
    );
    site.set("/news", Page::html(&page));
    let source = html_source("news", &site.url("/news"));
    env.write_config_with_mail(&smtp.mail_config(), &source);
    assert!(env.tidings(&["scrape"]).status.success());
    assert!(env
        .tidings(&["subscribers", "add", "anna@example.fi"])
        .status
        .success());
    // The admin mends it: the three real items found now are not news.
    env.write_config_with_mail(
        &smtp.mail_config(),
        &source.replace("item = \"ul.news li\"", "item = \"ul.real li\""),
    );
    assert!(env.tidings(&["scrape"]).status.success());
    assert!(env.tidings(&["notify"]).status.success());
    assert!(
        smtp.received().is_empty(),
        "no flood of old news after mending a selector"
    );
    // The next real news is.
    site.set(
        "/news",
        Page::html(&page.replace(
            &listing_of(3).replace("class=\"news\"", "class=\"real\""),
            &listing_of(4).replace("class=\"news\"", "class=\"real\""),
        )),
    );
    assert!(env.tidings(&["scrape"]).status.success());
    assert!(env.tidings(&["notify"]).status.success());
    let got = smtp.to("anna@example.fi");
    assert_eq!(got.len(), 1);
    assert!(
        got[0].subject().contains("News number 4"),
        "{}",
        got[0].subject()
    );
}

/// The words of English mail a Finnish or Swedish reader must never see:
/// every label of the mail templates, and the months an English date names.
const ENGLISH_LABELS: &[&str] = &[
    "Deadline",
    "deadline",
    "Event",
    "Daily digest",
    "Weekly digest",
    "new item",
    "Read more",
    "Reminder",
    "Manage subscription",
    "Unsubscribe",
    "You get this mail",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_finnish_or_swedish_subscriber_gets_every_mail_in_their_language_throughout() {
    let site = Site::start().await;
    let env = Env::new();
    let smtp = Smtp::start();
    env.write_config_with_mail(
        &smtp.mail_config(),
        &html_source("news", &site.url("/news")).replace("language = \"en\"", "language = \"fi\""),
    );
    let tz = chrono_tz::Europe::Helsinki;
    let today = Utc::now().with_timezone(&tz).date_naive();
    let fi_date = |d: chrono::NaiveDate| d.format("%-d.%-m.%Y").to_string();
    site.set(
        "/news",
        Page::html(&listing(&[(
            "vanha",
            "Vanha uutinen",
            &fi_date(today),
            "Tervetuloa.",
        )])),
    );
    let ok = |args: &[&str]| {
        let out = env.tidings(args);
        assert!(out.status.success(), "tidings {args:?}: {}", stderr(&out));
    };
    ok(&["scrape"]);
    for (email, lang, mode) in [
        ("fi-now@example.fi", "fi", "immediate"),
        ("fi-daily@example.fi", "fi", "daily"),
        ("sv-now@example.fi", "sv", "immediate"),
        ("sv-daily@example.fi", "sv", "daily"),
    ] {
        ok(&["subscribers", "add", email, "--lang", lang, "--mode", mode]);
    }

    let deadline = today + Duration::days(20);
    site.set(
        "/news",
        Page::html(&listing(&[
            (
                "haku",
                "Apurahahaku on auki",
                &fi_date(today),
                &format!("Hakemukset on jätettävä viimeistään {}.", fi_date(deadline)),
            ),
            ("vanha", "Vanha uutinen", &fi_date(today), "Tervetuloa."),
        ])),
    );
    ok(&["scrape"]);
    let at = |d: chrono::NaiveDate| {
        tz.from_local_datetime(&d.and_hms_opt(7, 0, 0).unwrap())
            .single()
            .unwrap()
            .to_rfc3339()
    };
    // The item mail now, the daily digest at 07:00 tomorrow, the 7-day reminder.
    ok(&["notify"]);
    ok(&["notify", "--now", &at(today + Duration::days(1))]);
    ok(&["notify", "--now", &at(deadline - Duration::days(7))]);

    let sv_months = [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ];
    let sv_date = |d: chrono::NaiveDate| {
        format!(
            "{} {} {}",
            d.day_(),
            sv_months[d.month_() as usize - 1],
            d.year_()
        )
    };
    let cases = [
        (
            "fi",
            "fi-now@example.fi",
            "fi-daily@example.fi",
            ["Apurahahaku on auki", "Päivän kooste", "Muistutus"],
            format!("Määräaika: {}", fi_date(deadline)),
        ),
        (
            "sv",
            "sv-now@example.fi",
            "sv-daily@example.fi",
            ["Apurahahaku on auki", "Dagens sammandrag", "Påminnelse"],
            format!("Sista dag: {}", sv_date(deadline)),
        ),
    ];
    for (lang, now_addr, daily_addr, [item, digest, reminder], label) in cases {
        let mut mails = smtp.to(now_addr);
        mails.extend(smtp.to(daily_addr));
        let subjects: Vec<String> = mails.iter().map(|m| m.subject()).collect();
        for (what, starts) in [
            ("item mail", item),
            ("digest", digest),
            ("reminder", reminder),
        ] {
            assert!(
                subjects.iter().any(|s| s.contains(starts)),
                "{lang}: no {what} among {subjects:?}"
            );
        }
        assert_eq!(
            mails.len(),
            4,
            "{lang}: item, digest, two reminders: {subjects:?}"
        );
        for mail in &mails {
            let (text, html) = mail.bodies();
            let subject = mail.subject();
            assert!(
                text.contains(&label) && html.contains(&label),
                "{lang}: {subject}: the deadline labelled {label:?}:\n{text}"
            );
            assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{html}");
            for part in [&subject, &text, &html] {
                for word in ENGLISH_LABELS {
                    assert!(
                        !part.contains(word),
                        "{lang}: {subject}: English {word:?} in:\n{part}"
                    );
                }
            }
        }
    }
}
