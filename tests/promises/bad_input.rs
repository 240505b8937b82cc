//! Promise 5 (and 4): bad input gets a clear error, never a crash; a broken
//! source is reported and never takes the others, or its published items, down.

use std::time::Duration;

use crate::common::*;

fn feed_source(id: &str, url: &str) -> String {
    format!("\n[[source]]\nid = \"{id}\"\nurl = \"{url}\"\nkind = \"feed\"\n")
}

/// Scrapes one source and returns its JSON report and the exit status.
fn scrape_one(env: &Env) -> (serde_json::Value, bool) {
    let out = env.tidings(&["scrape", "--json"]);
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1, "{}\n{}", stdout(&out), stderr(&out));
    (lines[0].clone(), out.status.success())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_html_still_yields_its_items() {
    let site = Site::start().await;
    let env = Env::new();
    env.write_config(&html_source("news", &site.url("/news")));
    site.set(
        "/news",
        Page::html("<html><body><ul class=news><li><h3><a href='/a'>Unclosed <b>bold</h3><span class=date>1.2.2024<p>Text <div></li><li><h3><a href=/b>Second</a></h3></ul></table></td>"),
    );
    let (r, ok) = scrape_one(&env);
    assert!(ok, "{r}");
    assert_eq!(r["new"].as_u64(), Some(2), "{r}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_selector_that_matches_nothing_fails_loudly_and_keeps_the_last_good_items() {
    let site = Site::start().await;
    let env = Env::new();
    env.write_config(&html_source("news", &site.url("/news")));
    site.set(
        "/news",
        Page::html(&listing(&[("a", "Alpha", "14.2.2024", "First.")])),
    );
    assert!(scrape_one(&env).1);
    site.set(
        "/news",
        Page::html("<html><body><div class='redesigned'>New look!</div></body></html>"),
    );
    let (r, ok) = scrape_one(&env);
    assert!(!ok, "exit status 1 when a source failed");
    assert_eq!(r["status"], "error");
    assert!(
        r["error"]
            .as_str()
            .unwrap_or_default()
            .contains("item selector matched nothing"),
        "{r}"
    );

    let server = Server::start(env.config()).await;
    let health: serde_json::Value =
        serde_json::from_str(&text_of(format!("{}/healthz", server.base)).await).unwrap();
    assert_eq!(health["ok"], false);
    assert_eq!(health["sources"][0]["healthy"], false);
    assert!(health["sources"][0]["last_error"]
        .as_str()
        .unwrap_or_default()
        .contains("matched nothing"));
    let atom = text_of(format!("{}/feeds/news.atom", server.base)).await;
    assert!(atom.contains("Alpha"), "the last good items stay published");
    let page = text_of(format!("{}/", server.base)).await;
    assert!(
        page.contains("failing") && page.contains("matched nothing"),
        "the page shows the breakage"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn http_failures_are_named_and_one_bad_source_does_not_stop_the_others() {
    let site = Site::start().await;
    let env = Env::new();
    // A port that was just free: nothing listens there.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let mut slow = Page::html(&listing(&[("a", "A", "1.1.2024", "")]));
    slow.delay = Duration::from_secs(5);
    let mut loop_page = Page::status(302);
    loop_page.headers.push(("location".into(), "/loop".into()));
    site.set(
        "/ok",
        Page::html(&listing(&[("a", "Fine", "1.1.2024", "")])),
    );
    site.set("/err", Page::status(500));
    site.set("/slow", slow);
    site.set("/loop", loop_page);
    let mut sources = String::new();
    for (id, url) in [
        ("ok", site.url("/ok")),
        ("missing", site.url("/missing")),
        ("err", site.url("/err")),
        ("slow", site.url("/slow")),
        ("loop", site.url("/loop")),
        ("refused", format!("http://{closed}/news")),
    ] {
        sources.push_str(&html_source(id, &url));
    }
    env.write_config(&sources);
    let out = env.tidings(&["scrape", "--json"]);
    assert!(!out.status.success());
    let reports = json_lines(&out);
    let error_of = |id: &str| {
        reports
            .iter()
            .find(|r| r["source"] == id)
            .and_then(|r| r["error"].as_str().map(str::to_string))
            .unwrap_or_default()
    };
    assert_eq!(
        reports.iter().find(|r| r["source"] == "ok").unwrap()["new"].as_u64(),
        Some(1)
    );
    assert!(
        error_of("missing").contains("answered 404"),
        "{}",
        error_of("missing")
    );
    assert!(
        error_of("err").contains("answered 500"),
        "{}",
        error_of("err")
    );
    assert!(
        error_of("slow").contains("timed out after 2 s"),
        "{}",
        error_of("slow")
    );
    assert!(
        error_of("loop").contains("too many redirects"),
        "{}",
        error_of("loop")
    );
    assert!(
        error_of("refused").contains("could not connect"),
        "{}",
        error_of("refused")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hostile_page_nested_eighty_thousand_deep_is_refused_quickly() {
    let site = Site::start().await;
    let env = Env::new();
    env.write_config(&html_source("news", &site.url("/news")));
    // Just under the 1 MB body limit of the test config.
    let n = 80_000;
    let page = format!(
        "<ul class=news><li><h3><a href=/a>Deep</a></h3><p>{}x{}</p></li></ul>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    );
    site.set("/news", Page::html(&page));
    let started = std::time::Instant::now();
    let (r, ok) = scrape_one(&env);
    assert!(!ok);
    assert!(
        r["error"]
            .as_str()
            .unwrap_or_default()
            .contains("nests elements more than 1024 deep"),
        "{r}"
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_huge_page_is_refused_not_read_into_memory() {
    let site = Site::start().await;
    let env = Env::new();
    env.write_config(&html_source("news", &site.url("/news")));
    let mut huge = Page::html("");
    huge.body = vec![b'a'; 50 * 1024 * 1024];
    site.set("/news", huge);
    let (r, ok) = scrape_one(&env);
    assert!(!ok);
    assert!(
        r["error"]
            .as_str()
            .unwrap_or_default()
            .contains("larger than the limit of 1000000 bytes"),
        "{r}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_windows_1252_page_comes_out_right() {
    let site = Site::start().await;
    let env = Env::new();
    env.write_config(&html_source("news", &site.url("/news")));
    let html = listing(&[("a", "Café – päivä", "1.1.2024", "Ärrä")]);
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&html);
    let mut page = Page::html("");
    page.body = bytes.into_owned();
    page.content_type = "text/html; charset=windows-1252".into();
    site.set("/news", page);
    let out = env.tidings(&["scrape", "--dry-run"]);
    assert!(stdout(&out).contains("Café – päivä"), "{}", stdout(&out));
    // And with the charset only in a meta tag.
    let meta = html.replace("<head>", "<head><meta charset=\"windows-1252\">");
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&meta);
    let mut page = Page::html("");
    page.body = bytes.into_owned();
    page.content_type = "text/html".into();
    site.set("/news", page);
    let out = env.tidings(&["scrape", "--dry-run"]);
    assert!(stdout(&out).contains("Café – päivä"), "{}", stdout(&out));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_feed_that_is_not_xml_is_an_error_and_a_real_feed_works() {
    let site = Site::start().await;
    let env = Env::new();
    env.write_config(&format!(
        "{}{}",
        feed_source("broken", &site.url("/broken.xml")),
        feed_source("rss", &site.url("/rss.xml"))
    ));
    site.set(
        "/broken.xml",
        Page::html("<html><body>Oops, this is a web page</body></html>"),
    );
    let mut rss = Page::html(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>http://x/</link><description>d</description>
<item><title>With guid</title><link>/one</link><guid isPermaLink="false">id-1</guid><pubDate>Wed, 14 Feb 2024 10:00:00 +0200</pubDate><description>&lt;p&gt;Apply by 18 February 2024.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description></item>
<item><title>No guid</title><link>http://example.org/two?utm_campaign=z</link></item>
<item><description>No title, no link</description></item>
</channel></rss>"#,
    );
    rss.content_type = "application/rss+xml".into();
    site.set("/rss.xml", rss);
    let out = env.tidings(&["scrape", "--json"]);
    assert!(!out.status.success());
    let reports = json_lines(&out);
    assert!(
        reports[0]["error"]
            .as_str()
            .unwrap_or_default()
            .contains("not a feed"),
        "{}",
        reports[0]
    );
    // The entry with neither title nor link is kept too: named by its text,
    // linked to the channel's site, as feed readers show it.
    assert_eq!(reports[1]["new"].as_u64(), Some(3), "{}", reports[1]);
    assert!(reports[1]["skipped"].is_null(), "{}", reports[1]);
    let db = rusqlite::Connection::open(env.db_path()).expect("db");
    let (title, link): (String, String) = db
        .query_row(
            "SELECT title, link FROM items WHERE title = 'No title, no link'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("the untitled entry is stored");
    assert_eq!(
        (title.as_str(), link.as_str()),
        ("No title, no link", "http://x/")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn robots_txt_that_disallows_us_is_obeyed() {
    let site = Site::start().await;
    let env = Env::new();
    env.write_config(&html_source("news", &site.url("/private/news")));
    site.set(
        "/robots.txt",
        Page::html("User-agent: tidings\nDisallow: /private\n"),
    );
    site.set(
        "/private/news",
        Page::html(&listing(&[("a", "A", "1.1.2024", "")])),
    );
    let (r, ok) = scrape_one(&env);
    assert!(!ok);
    assert!(
        r["error"]
            .as_str()
            .unwrap_or_default()
            .contains("robots.txt"),
        "{r}"
    );
    assert!(
        site.seen("/private/news").is_empty(),
        "the page itself was never requested"
    );
}

#[test]
fn a_broken_config_names_file_line_and_key_and_exits_1() {
    let env = Env::new();
    env.write_config("[[source]]\nid = \"x\"\nurl = \"not a url\"\nkind = \"html\"\n[source.select]\nitem = \"li[\"\ntitle = \"h3\"\nlink = \"a\"\n");
    let out = env.tidings(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let file = env.config_path().display().to_string();
    assert!(err.contains(&format!("{file}:")), "{err}");
    assert!(
        err.contains("source[0].url") && err.contains("source[0].select.item"),
        "{err}"
    );
    let scrape = env.tidings(&["scrape"]);
    assert_eq!(scrape.status.code(), Some(1));
    assert!(
        stderr(&scrape).contains("source[0].url"),
        "{}",
        stderr(&scrape)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn odd_page_and_search_parameters_get_a_page_not_an_error() {
    let site = Site::start().await;
    let env = Env::new();
    env.write_config(&html_source("news", &site.url("/news")));
    site.set(
        "/news",
        Page::html(&listing(&[("a", "Alpha", "1.2.2024", "")])),
    );
    assert!(env.tidings(&["scrape"]).status.success());
    let server = Server::start(env.config()).await;
    let http = client();
    let get = |path: &str| {
        let url = format!("{}{path}", server.base);
        let http = http.clone();
        async move {
            let r = http.get(url).send().await.unwrap();
            (r.status().as_u16(), r.text().await.unwrap())
        }
    };
    let (status, body) = get("/?page=999&lang=en").await;
    assert_eq!(status, 200);
    assert!(body.contains("This page is past the last one"), "{body}");
    for path in [
        "/?page=-1",
        "/?page=abc",
        "/?q=%22unbalanced",
        "/?q=AND%20OR%20NOT%20*",
        "/?source=nope",
        "/?q=%00",
    ] {
        let (status, _) = get(path).await;
        assert!(status == 200 || status == 400, "{path}: {status}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_search_finds_the_words_a_reader_sees_and_never_the_markup() {
    let site = Site::start().await;
    let env = Env::new();
    env.write_config(&html_source("news", &site.url("/news")));
    site.set(
        "/news",
        Page::html(&listing(&[(
            "a",
            "Alpha",
            "1.2.2024",
            "Apply <a href=\"https://example.org/form\" rel=\"nofollow\">via the form</a><script>var hidden = 1;</script>",
        )])),
    );
    assert!(env.tidings(&["scrape"]).status.success());
    let server = Server::start(env.config()).await;
    let http = client();
    let search = |q: &str| {
        let url = format!("{}/?lang=en&q={q}", server.base);
        let http = http.clone();
        async move { http.get(url).send().await.unwrap().text().await.unwrap() }
    };
    for q in ["form", "apply%20via"] {
        let body = search(q).await;
        assert!(body.contains("Alpha"), "{q} is in the text: {body}");
    }
    for q in ["nofollow", "href", "example", "hidden"] {
        let body = search(q).await;
        assert!(!body.contains("Alpha"), "{q} is markup, not text: {body}");
    }
}
