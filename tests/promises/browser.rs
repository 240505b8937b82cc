//! The web pages in a real browser: headless Chromium driven over WebDriver
//! (chromedriver), against our server on 127.0.0.1 with a fixture news site
//! and a real SMTP server. Reads every page, searches, switches language,
//! subscribes through the form and follows the links in the mails that
//! arrive; the browser's console must stay free of errors (a CSP violation
//! is one). Screenshots of `/` and `/deadlines` at desktop and phone widths
//! go to `target/screenshots/`.
//!
//! Needs the Debian packages `chromium` and `chromium-driver`; `./test.sh`
//! installs them. Without them this test fails, it does not skip.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use axum::http::Method;
use chrono::{Duration as Days, NaiveDate};
use fantoccini::elements::Element;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use futures_util::FutureExt;
use tokio::net::TcpListener;

use crate::common::*;
use crate::smtp::Smtp;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

fn require_browser() {
    for bin in [CHROMIUM, CHROMEDRIVER] {
        assert!(
            Path::new(bin).exists(),
            "{bin} is missing: the browser tests need the Debian packages `chromium` and \
             `chromium-driver`. `./test.sh` installs them \
             (apt-get install -y chromium chromium-driver)."
        );
    }
}

/// chromedriver on a free port, and one Chromium session through it.
struct Browser {
    driver: tokio::process::Child,
    client: Client,
    _profile: tempfile::TempDir,
}

impl Browser {
    async fn start() -> Browser {
        require_browser();
        tidings::fetch::install_crypto();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = tokio::process::Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .unwrap_or_else(|e| panic!("start {CHROMEDRIVER} (./test.sh installs it): {e}"));
        let url = format!("http://127.0.0.1:{port}/");
        let http = client();
        let mut ready = false;
        for _ in 0..100 {
            if http
                .get(format!("{url}status"))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success())
            {
                ready = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(ready, "chromedriver did not answer on port {port}");
        let profile = tempfile::tempdir().unwrap();
        let caps = serde_json::json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": [
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--hide-scrollbars",
                    "--lang=en-US",
                    format!("--user-data-dir={}", profile.path().display()),
                ],
            },
            "goog:loggingPrefs": { "browser": "ALL" },
        });
        let caps = match caps {
            serde_json::Value::Object(m) => m,
            _ => unreachable!(),
        };
        let client = ClientBuilder::rustls()
            .unwrap()
            .capabilities(caps)
            .connect(&url)
            .await
            .unwrap_or_else(|e| panic!("start a Chromium session: {e}"));
        Browser {
            driver,
            client,
            _profile: profile,
        }
    }

    async fn stop(mut self) {
        let _ = self.client.close().await;
        let _ = self.driver.kill().await;
    }

    async fn goto(&self, url: &str) {
        self.client.goto(url).await.unwrap();
    }

    async fn find(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
    }

    async fn text(&self, css: &str) -> String {
        self.find(css).await.text().await.unwrap()
    }

    async fn all_text(&self, css: &str) -> Vec<String> {
        let mut out = Vec::new();
        for e in self.client.find_all(Locator::Css(css)).await.unwrap() {
            out.push(e.text().await.unwrap());
        }
        out
    }

    async fn js(&self, script: &str) -> serde_json::Value {
        self.client.execute(script, vec![]).await.unwrap()
    }

    /// Clicks and waits for the next page to replace this one.
    async fn click_and_wait(&self, css: &str) {
        let old = self.find("html").await;
        self.find(css).await.click().await.unwrap();
        for _ in 0..100 {
            if old.tag_name().await.is_err() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("clicking {css} led nowhere");
    }

    /// The browser console since the last call (chromedriver's `se/log`).
    async fn console(&self) -> Vec<serde_json::Value> {
        match self.client.issue_cmd(BrowserLog).await.unwrap() {
            serde_json::Value::Array(entries) => entries,
            other => panic!("unexpected log answer: {other}"),
        }
    }

    async fn assert_console_clean(&self, when: &str) {
        let errors: Vec<_> = self
            .console()
            .await
            .into_iter()
            .filter(|e| e["level"] == "SEVERE" || e["level"] == "WARNING")
            .collect();
        assert!(errors.is_empty(), "console errors {when}: {errors:#?}");
    }

    async fn screenshot(&self, name: &str, width: u32, height: u32) -> PathBuf {
        self.client.set_window_size(width, height).await.unwrap();
        // The window may count its frame: make the viewport itself the asked size.
        let inner = self
            .js("return [window.innerWidth, window.innerHeight]")
            .await;
        let (iw, ih) = (
            inner[0].as_u64().unwrap_or(width as u64) as u32,
            inner[1].as_u64().unwrap_or(height as u64) as u32,
        );
        if (iw, ih) != (width, height) {
            self.client
                .set_window_size(
                    width + (width - iw.min(width)),
                    height + (height - ih.min(height)),
                )
                .await
                .unwrap();
        }
        self.js("window.scrollTo(0, 0); document.activeElement.blur()")
            .await;
        let png = self.client.screenshot().await.unwrap();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap();
        path
    }
}

/// `POST /session/{id}/se/log {"type":"browser"}`: the console, as chromedriver keeps it.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/se/log",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (Method, Option<String>) {
        (Method::POST, Some(r#"{"type":"browser"}"#.into()))
    }
}

fn long(d: NaiveDate) -> String {
    d.format("%B %-d, %Y").to_string()
}

fn day_month_year(d: NaiveDate) -> String {
    d.format("%-d.%-m.%Y").to_string()
}

/// A news listing like a public office's: a few items with deadlines and
/// events, and enough bulletins to need a second page.
fn office_news(today: NaiveDate, extra: usize) -> String {
    let d = |n: i64| today + Days::days(n);
    let published = |n: i64| day_month_year(today - Days::days(n));
    let mut items: Vec<(String, String, String, String)> = vec![
        (
            "programme-planning".into(),
            "Participate in the planning of the Integration 2025 programme".into(),
            published(1),
            format!(
                "The event will take place on {}–{}. Program proposals must be submitted no later than {}.",
                d(40).format("%-d.%-m."),
                day_month_year(d(41)),
                long(d(12))
            ),
        ),
        (
            "esf-funding".into(),
            "Funding for projects that support the integration of immigrants".into(),
            published(2),
            format!(
                "Municipalities and organisations can apply for funding. Applications for the grant must be submitted by {}.",
                long(d(5))
            ),
        ),
        (
            "webinar".into(),
            "Webinar on the reformed Integration Act for municipal staff".into(),
            published(3),
            format!(
                "The webinar on the new Integration Act will be held on {}. Registration is open on the event page.",
                long(d(9))
            ),
        ),
        (
            "guide".into(),
            "New guide for integration services in municipalities".into(),
            published(4),
            "The guide collects good practices for the initial assessment, the integration plan and multilingual guidance.".into(),
        ),
        (
            "comments".into(),
            "Comments invited on the draft national integration programme".into(),
            published(5),
            format!(
                "Comments on the draft can be sent until {}. All comments will be published.",
                day_month_year(d(21))
            ),
        ),
    ];
    for n in 0..extra {
        items.push((
            format!("bulletin-{n}"),
            format!("Bulletin for authorities no. {}", 40 - n),
            published(6 + n as i64),
            "Current topics in integration work, statistics and events in the regions.".into(),
        ));
    }
    let refs: Vec<(&str, &str, &str, &str)> = items
        .iter()
        .map(|(a, b, c, d)| (a.as_str(), b.as_str(), c.as_str(), d.as_str()))
        .collect();
    listing(&refs)
}

/// Our server, in-process, whose base_url is its real address (so the links
/// in the mails lead back to it).
async fn serve(env: &Env, mail: &str, sources: &str) -> (String, tokio::sync::oneshot::Sender<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    env.write_config_with_mail(mail, sources);
    let text = std::fs::read_to_string(env.config_path())
        .unwrap()
        .replace("http://feeds.test", &base);
    std::fs::write(env.config_path(), text).unwrap();
    let config = env.config();
    let db = tidings::store::Db::new(tidings::store::Store::open(&config.storage.path).unwrap());
    let state = tidings::web::AppState::new(tidings::config::Live::new(config), db)
        .await
        .unwrap();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(tidings::web::serve(listener, state, async move {
        let _ = rx.await;
    }));
    (base, tx)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_pages_work_in_a_real_browser_from_reading_to_subscribing_and_leaving() {
    require_browser();
    let site = Site::start().await;
    let env = Env::new();
    let smtp = Smtp::start();
    let today = helsinki_today();
    site.set("/news", Page::html(&office_news(today, 20)));
    // A second source whose page no longer has its list: unhealthy at once.
    site.set(
        "/board",
        Page::html("<html><body><p>We have moved.</p></body></html>"),
    );
    let sources = format!(
        "{}{}",
        html_source("news", &site.url("/news")),
        html_source("board", &site.url("/board"))
    )
    .replace(
        "title = \"Source news\"",
        "title = \"Integration news for authorities\"",
    )
    .replace(
        "title = \"Source board\"",
        "title = \"Regional board notices\"",
    );
    let (base, _stop) = serve(&env, &smtp.mail_config(), &sources).await;
    let _ = env.tidings(&["scrape"]); // exit 1: the board fails, as it should

    // Headers first, over plain HTTP: the CSP forbids every script.
    let http = client();
    let front = http.get(format!("{base}/")).send().await.unwrap();
    let status = front.status();
    let headers = front.headers().clone();
    let html = front.text().await.unwrap();
    assert_eq!(status, 200, "{html}");
    let csp = headers["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("default-src 'none'")
            && csp.contains("frame-ancestors 'none'")
            && !csp.contains("script-src"),
        "{csp}"
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert!(!html.contains("<script"), "no script at all");
    assert!(
        html.contains("rel=\"alternate\" type=\"application/atom+xml\""),
        "feed autodiscovery: {html}"
    );

    let browser = Browser::start().await;
    let b = &browser;
    let run = async {
        // The front page: latest news, badges, paging, the trouble notice.
        b.client.set_window_size(1280, 900).await.unwrap();
        b.goto(&format!("{base}/")).await;
        assert_eq!(b.text("h1").await, "Latest news");
        assert_eq!(b.js("return document.documentElement.lang").await, "en");
        let titles = b.all_text(".item h2").await;
        assert_eq!(titles.len(), 20, "{titles:?}");
        assert_eq!(
            titles[0],
            "Participate in the planning of the Integration 2025 programme"
        );
        let badges = b.all_text(".items .badge").await;
        assert!(
            badges.contains(&format!(
                "Deadline: {}",
                tidings_long(today + Days::days(12))
            )),
            "{badges:?}"
        );
        assert!(b
            .text(".notice.bad")
            .await
            .contains("Regional board notices — failing: item selector matched nothing"));
        assert!(b.text(".count").await.contains("25 items"));
        // Accessibility basics: the first Tab reaches the skip link; every control has a label.
        b.screenshot("front-desktop", 1280, 900).await;
        b.find("body").await.send_keys("\u{E004}").await.unwrap();
        assert_eq!(
            b.js("return document.activeElement.className").await,
            "skip"
        );
        assert_eq!(
            b.js("return [...document.querySelectorAll('input:not([type=hidden]), select')].filter(e => e.labels.length === 0).length").await,
            0
        );
        for landmark in ["header", "nav", "main", "footer", "form[role=search]"] {
            b.find(landmark).await;
        }
        b.click_and_wait("a[rel=next]").await;
        assert_eq!(
            b.all_text(".item h2").await.len(),
            5,
            "page 2 holds the rest"
        );
        assert!(b.text(".pager").await.contains("Page 2 of 2"));
        b.assert_console_clean("on the front page").await;

        // Search, through the form.
        b.goto(&format!("{base}/")).await;
        b.find("#q").await.send_keys("webinar").await.unwrap();
        b.click_and_wait("form[role=search] button").await;
        assert_eq!(
            b.all_text(".item h2").await,
            vec!["Webinar on the reformed Integration Act for municipal staff"]
        );
        assert!(b.text(".count").await.contains("1 results for “webinar”"));
        b.goto(&format!("{base}/?q=nosuchwordanywhere")).await;
        assert!(b.text(".empty").await.contains("Nothing matches"));

        // Deadlines by week, each with its own calendar file.
        b.client.set_window_size(1280, 900).await.unwrap();
        b.goto(&format!("{base}/deadlines")).await;
        assert_eq!(b.text("h1").await, "Deadlines and events");
        assert!(b.text(".calendar .url").await.ends_with("/calendar.ics"));
        let weeks = b.all_text(".week h2").await;
        assert!(
            weeks.len() >= 3 && weeks[0].starts_with("Week "),
            "{weeks:?}"
        );
        let ics = b
            .find(".dated a.ics")
            .await
            .attr("href")
            .await
            .unwrap()
            .expect("an add-to-calendar link");
        let cal = http.get(format!("{base}{ics}")).send().await.unwrap();
        assert!(cal.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar"));
        let cal: icalendar::Calendar = cal.text().await.unwrap().parse().unwrap();
        assert!(!cal.components.is_empty());
        b.screenshot("deadlines-desktop", 1280, 900).await;
        b.goto(&format!("{base}/deadlines")).await;
        b.screenshot("deadlines-phone", 390, 844).await;
        b.goto(&format!("{base}/")).await;
        b.screenshot("front-phone", 390, 844).await;
        b.client.set_window_size(1280, 900).await.unwrap();

        // Sources and their health.
        b.goto(&format!("{base}/sources")).await;
        let bad = b.text(".source.bad").await;
        assert!(
            bad.contains("Regional board notices")
                && bad.contains("failing")
                && bad.contains("matched nothing"),
            "{bad}"
        );
        let good = b.text(".source.good").await;
        assert!(good.contains("25") && good.contains("Atom"), "{good}");
        b.screenshot("sources-desktop", 1280, 900).await;
        b.assert_console_clean("on /deadlines and /sources").await;

        // Language: the switcher sets it, and it sticks.
        b.goto(&format!("{base}/")).await;
        b.click_and_wait("a[hreflang=fi]").await;
        assert_eq!(b.text("h1").await, "Uusimmat uutiset");
        b.goto(&format!("{base}/deadlines")).await;
        assert_eq!(b.text("h1").await, "Määräajat ja tapahtumat");
        assert_eq!(b.js("return document.documentElement.lang").await, "fi");
        b.click_and_wait("a[hreflang=sv]").await;
        assert_eq!(b.text("h1").await, "Sista dagar och evenemang");
        b.click_and_wait("a[hreflang=en]").await;
        assert_eq!(b.text("h1").await, "Deadlines and events");

        // Subscribe through the form; confirm from the mail.
        b.goto(&format!("{base}/")).await;
        b.find("#email")
            .await
            .send_keys("official@example.fi")
            .await
            .unwrap();
        b.find("#feed-news").await.click().await.unwrap();
        b.click_and_wait("#subscribe button[type=submit]").await;
        assert_eq!(b.text("h1").await, "Check your inbox");
        assert!(env.tidings(&["notify"]).status.success());
        let mail = smtp
            .to("official@example.fi")
            .pop()
            .expect("a confirmation mail");
        let (text, _) = mail.bodies();
        let confirm = text
            .lines()
            .find(|l| l.contains("/confirm?token="))
            .expect("a confirm link")
            .trim()
            .to_string();
        assert!(confirm.starts_with(&base), "{confirm}");
        b.goto(&confirm).await;
        assert_eq!(b.text("h1").await, "Confirm your subscription");
        assert!(
            stdout(&env.tidings(&["subscribers", "list"])).contains("official@example.fi\tpending")
        );
        b.click_and_wait("main form button").await;
        assert_eq!(b.text("h1").await, "You are subscribed");
        assert!(stdout(&env.tidings(&["subscribers", "list"]))
            .contains("official@example.fi\tconfirmed"));

        // A new item arrives by mail; its links lead to the manage page and out.
        site.set("/news", Page::html(&office_news(today, 20).replace(
            "<ul class=\"news\">",
            "<ul class=\"news\"><li><h3><a href=\"/news/new-call\">Call for regional coordinators</a></h3><span class=\"date\">1.1.2030</span><p>Apply now.</p></li>",
        )));
        let _ = env.tidings(&["scrape"]);
        assert!(env.tidings(&["notify"]).status.success());
        let mail = smtp.to("official@example.fi").pop().expect("a news mail");
        assert!(
            mail.subject().contains("Call for regional coordinators"),
            "{}",
            mail.subject()
        );
        let (text, _) = mail.bodies();
        let link = |path: &str| {
            text.lines()
                .filter_map(|l| l.split_whitespace().find(|w| w.contains(path)))
                .next()
                .unwrap_or_else(|| panic!("a {path} link in {text}"))
                .trim_matches(|c| c == '<' || c == '>')
                .to_string()
        };
        b.goto(&link("/manage?token=")).await;
        assert_eq!(b.text("h1").await, "Your subscription");
        assert!(b
            .text("main")
            .await
            .contains("official@example.fi — active"));
        assert_eq!(
            b.find("#feed-news")
                .await
                .prop("checked")
                .await
                .unwrap()
                .as_deref(),
            Some("true")
        );
        b.find("#mode option[value=weekly]")
            .await
            .click()
            .await
            .unwrap();
        b.click_and_wait("form[action='/manage'] button").await;
        assert_eq!(b.text("h1").await, "Saved");
        assert!(stdout(&env.tidings(&["subscribers", "list"])).contains("weekly"));

        let unsubscribe = mail
            .header("List-Unsubscribe")
            .unwrap()
            .trim_matches(|c| c == '<' || c == '>')
            .to_string();
        b.goto(&unsubscribe).await;
        assert_eq!(b.text("h1").await, "Unsubscribe");
        assert!(
            stdout(&env.tidings(&["subscribers", "list"])).contains("confirmed"),
            "a GET changes nothing"
        );
        b.click_and_wait("main form button").await;
        assert_eq!(b.text("h1").await, "You are unsubscribed");
        assert!(stdout(&env.tidings(&["subscribers", "list"]))
            .contains("official@example.fi\tunsubscribed"));

        // A bad address gets a clear page in the same look.
        b.goto(&format!("{base}/")).await;
        b.find("#email")
            .await
            .send_keys("not-an-address@")
            .await
            .unwrap();
        b.js("document.getElementById('email').type = 'text'").await; // past the browser's own check
        b.click_and_wait("#subscribe button[type=submit]").await;
        assert_eq!(b.text("h1").await, "Something is not right");
        assert!(b.text("main").await.contains("not a valid email address"));
        let left = b.console().await;
        let errors: Vec<_> = left
            .iter()
            .filter(|e| e["level"] == "SEVERE" || e["level"] == "WARNING")
            .filter(|e| {
                !e["message"]
                    .as_str()
                    .unwrap_or_default()
                    .contains("400 (Bad Request)")
            })
            .collect();
        assert!(errors.is_empty(), "console errors: {errors:#?}");
    };
    let outcome = std::panic::AssertUnwindSafe(run).catch_unwind().await;
    browser.stop().await;
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
}

/// A date as the English pages write it: "18 February 2024".
fn tidings_long(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}
