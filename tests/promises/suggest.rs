//! Issue 9: `tidings suggest` finds a page's items (or its feed) and writes
//! a source that works. Each test serves a page over real HTTP, runs the
//! real binary with `--write`, then checks what `tidings scrape --dry-run`
//! reads with the suggested source: the proof that the selectors work.

use crate::common::*;

fn saved_page(name: &str) -> String {
    let path = format!("{}/tests/data/pages/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// What a scrape reads with the suggested source: (title, link, has a date).
struct Read {
    suggestion: String,
    items: Vec<(String, String, bool)>,
}

impl Read {
    fn titles(&self) -> Vec<&str> {
        self.items.iter().map(|(t, _, _)| t.as_str()).collect()
    }

    fn dated(&self) -> usize {
        self.items.iter().filter(|(_, _, d)| *d).count()
    }
}

/// Runs `tidings suggest --write URL` (with `extra` flags) in a fresh config,
/// then `tidings scrape --dry-run` of the source it added.
fn suggest_and_scrape(url: &str, extra: &[&str]) -> Read {
    let env = Env::new();
    env.write_config("");
    let mut args = vec!["suggest", "--write"];
    args.extend_from_slice(extra);
    args.push(url);
    let out = env.tidings(&args);
    assert!(
        out.status.success(),
        "suggest failed:\n{}\n{}",
        stdout(&out),
        stderr(&out)
    );
    let suggestion = stdout(&out);
    let config = env.config();
    assert_eq!(config.sources.len(), 1, "{suggestion}");
    let id = config.sources[0].id.clone();
    let scraped = env.tidings(&["scrape", "--source", &id, "--dry-run", "--json"]);
    let lines = json_lines(&scraped);
    assert!(scraped.status.success(), "{lines:?}\n{suggestion}");
    let items = lines[0]["items"]
        .as_array()
        .unwrap_or_else(|| panic!("no items: {lines:?}"))
        .iter()
        .map(|i| {
            (
                i["title"].as_str().unwrap_or_default().to_string(),
                i["link"].as_str().unwrap_or_default().to_string(),
                !i["date"].is_null(),
            )
        })
        .collect();
    Read { suggestion, items }
}

async fn serve(path: &str, body: &str) -> (Site, String) {
    let site = Site::start().await;
    site.set(path, Page::html(body));
    let url = site.url(path);
    (site, url)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn suggest_finds_the_news_list_on_the_bundled_demo_page() {
    let today = chrono::Utc::now().date_naive();
    let (_site, url) = serve(
        "/en/information-for-authorities",
        &tidings::demo::listing(today, true),
    )
    .await;
    let read = suggest_and_scrape(&url, &[]);
    assert!(
        read.suggestion.contains("item = \"ul.news-list > li\""),
        "{}",
        read.suggestion
    );
    assert_eq!(read.items.len(), 7, "{}", read.suggestion);
    assert_eq!(read.dated(), 7);
    assert_eq!(
        read.titles()[3],
        "Participate in the program planning of the Integration 2024 event!"
    );
    assert!(read.items[0]
        .1
        .ends_with("/en/-/webinar-on-the-reformed-integration-act-for-municipal-staff"));
    // The preview reads the deadline our first user must not miss.
    assert!(
        read.suggestion.contains("Deadline: "),
        "{}",
        read.suggestion
    );
    // The link cards above the list are a runner-up, not the answer.
    assert!(read.suggestion.contains("a.card"), "{}", read.suggestion);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn suggest_finds_the_items_of_the_test_fixture_listing() {
    let page = listing(&[
        (
            "one",
            "First item of the week",
            "1.2.2024",
            "What happened first.",
        ),
        (
            "two",
            "Second item of the week",
            "2.2.2024",
            "What happened next.",
        ),
        (
            "three",
            "Third item of the week",
            "3.2.2024",
            "And then this.",
        ),
        (
            "four",
            "Fourth item of the week",
            "4.2.2024",
            "Finally that.",
        ),
    ]);
    let (_site, url) = serve("/news", &page).await;
    let read = suggest_and_scrape(&url, &[]);
    assert_eq!(
        read.titles(),
        [
            "First item of the week",
            "Second item of the week",
            "Third item of the week",
            "Fourth item of the week"
        ],
        "{}",
        read.suggestion
    );
    assert_eq!(read.dated(), 4, "{}", read.suggestion);
    assert!(read.items[0].1.contains("/news/one"), "{:?}", read.items);
}

/// Real listing pages of five sites, saved by other projects' test suites
/// (see tests/data/pages/README.md). Three of them advertise a feed, so
/// `--html` asks for selectors all the same.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn suggest_finds_the_items_on_real_saved_listing_pages() {
    struct Case {
        file: &'static str,
        count: usize,
        dated: usize,
        titles: &'static [&'static str],
        link: &'static str,
    }
    let cases = [
        Case {
            file: "arzg-github-io-lang.html",
            count: 21,
            dated: 21,
            titles: &[
                "Part Twenty: Testing",
                "Part Thirteen: Whitespace & Events",
                "Part Zero: Getting set up",
            ],
            link: "https://arzg.github.io/lang/20/",
        },
        Case {
            file: "lukesmith-xyz-articles.html",
            count: 31,
            dated: 31,
            titles: &[
                "Obscenities are symptoms of weak minds.",
                "Matrix vs. XMPP",
                "My diet following the memes",
            ],
            link: "/articles/obscenities-are-symptoms-of-weak-minds/",
        },
        Case {
            file: "jon-bo-posts.html",
            count: 5,
            dated: 5,
            titles: &[
                "the search for home",
                "24 Birthday Thoughts",
                "I need to watch more sunsets",
            ],
            link: "https://jon.bo/posts/patch-notes-v11/",
        },
        Case {
            file: "spencermounta-in.html",
            count: 32,
            dated: 0,
            titles: &["People love typing", "VS Code", "Toronto and Montreal"],
            link: "/2019/on-typing",
        },
        Case {
            file: "brandonsmith-ninja-blog.html",
            count: 12,
            dated: 12,
            titles: &[
                "Write code. Not too much. Mostly functions.",
                "Beware of Async/Await",
                "Content Jumping (and How To Avoid It)",
            ],
            link: "/blog/write-code-not-too-much-mostly-functions",
        },
    ];
    let site = Site::start().await;
    for case in cases {
        let path = format!("/saved/{}", case.file);
        site.set(&path, Page::html(&saved_page(case.file)));
        let read = suggest_and_scrape(&site.url(&path), &["--html"]);
        let ctx = format!("{}:\n{}", case.file, read.suggestion);
        assert_eq!(read.items.len(), case.count, "{ctx}");
        assert_eq!(read.dated(), case.dated, "{ctx}");
        let titles = read.titles();
        for t in case.titles {
            assert!(titles.contains(t), "{t:?} not in {titles:?}\n{ctx}");
        }
        assert_eq!(read.titles()[0], case.titles[0], "{ctx}");
        assert!(
            read.items[0].1.ends_with(case.link),
            "{:?}\n{ctx}",
            read.items[0]
        );
        assert!(
            read.suggestion
                .contains("# Preview: what `tidings scrape` reads"),
            "{ctx}"
        );
    }
}

const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example news</title>
  <id>urn:example:news</id>
  <updated>2024-02-14T10:00:00Z</updated>
  <entry><id>urn:example:1</id><title>Calls for proposals open</title><link href="https://news.example/1"/><updated>2024-02-14T10:00:00Z</updated><summary>Proposals must be submitted no later than 18 March 2024.</summary></entry>
  <entry><id>urn:example:2</id><title>New office hours</title><link href="https://news.example/2"/><updated>2024-02-10T10:00:00Z</updated></entry>
</feed>"#;

fn atom_page() -> Page {
    Page {
        content_type: "application/atom+xml".into(),
        ..Page::html(ATOM)
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_that_advertises_a_feed_gets_a_feed_source() {
    let site = Site::start().await;
    site.set("/feeds/news.atom", atom_page());
    site.set(
        "/news/",
        Page::html(&format!(
            "<html><head><title>News</title><link rel=\"alternate\" type=\"application/atom+xml\" title=\"News feed\" href=\"../feeds/news.atom\"></head><body>{}</body></html>",
            listing(&[("a", "An item", "1.2.2024", "x"), ("b", "Another item", "2.2.2024", "y"), ("c", "A third item", "3.2.2024", "z")])
        )),
    );
    let read = suggest_and_scrape(&site.url("/news/"), &[]);
    let feed_url = site.url("/feeds/news.atom");
    assert!(
        read.suggestion
            .contains(&format!("url = \"{feed_url}\"\nkind = \"feed\"")),
        "{}",
        read.suggestion
    );
    assert!(
        read.suggestion.contains("title = \"News feed\""),
        "{}",
        read.suggestion
    );
    assert_eq!(
        read.titles(),
        ["Calls for proposals open", "New office hours"]
    );
    assert!(
        read.suggestion.contains("Deadline: "),
        "{}",
        read.suggestion
    );
    // Without the feed, the page's own items are named as the alternative.
    assert!(read.suggestion.contains("--html"), "{}", read.suggestion);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_feed_url_is_said_to_be_a_feed() {
    let site = Site::start().await;
    site.set("/feed", atom_page());
    let read = suggest_and_scrape(&site.url("/feed"), &[]);
    assert!(
        read.suggestion.contains("is a feed, not a page"),
        "{}",
        read.suggestion
    );
    assert!(
        read.suggestion.contains("title = \"Example news\""),
        "{}",
        read.suggestion
    );
    assert_eq!(read.items.len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn write_keeps_the_config_as_it_was_and_passes_check() {
    let (_site, url) = serve("/news", &saved_page("jon-bo-posts.html")).await;
    let env = Env::new();
    env.write_config(&format!(
        "# A source I wrote by hand, and my notes on it.\n{}",
        html_source("mine", "https://hand.example/news")
    ));
    let before = std::fs::read_to_string(env.config_path()).expect("config");
    let out = env.tidings(&["suggest", "--write", "--html", &url]);
    assert!(out.status.success(), "{}", stderr(&out));
    let after = std::fs::read_to_string(env.config_path()).expect("config");
    assert!(after.starts_with(&before), "{after}");
    assert!(after.contains("# Added by `tidings suggest"), "{after}");
    assert!(stderr(&out).contains("added source"), "{}", stderr(&out));
    let check = env.tidings(&["check"]);
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(stdout(&check).contains("2 sources"), "{}", stdout(&check));
    // Suggesting the same page again gives a new id, never a clash.
    let again = env.tidings(&["suggest", "--write", "--html", &url]);
    assert!(again.status.success(), "{}", stderr(&again));
    let ids: Vec<String> = env.config().sources.iter().map(|s| s.id.clone()).collect();
    assert_eq!(ids.len(), 3);
    assert_eq!(ids[2], format!("{}-2", ids[1]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn robots_txt_that_disallows_the_page_is_a_clear_error() {
    let site = Site::start().await;
    site.set(
        "/robots.txt",
        Page {
            content_type: "text/plain".into(),
            ..Page::html("User-agent: *\nDisallow: /private/\n")
        },
    );
    site.set(
        "/private/news",
        Page::html(&saved_page("jon-bo-posts.html")),
    );
    let env = Env::new();
    env.write_config("");
    let out = env.tidings(&["suggest", &site.url("/private/news")]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("robots.txt disallows it"),
        "{}",
        stderr(&out)
    );
    assert!(
        site.seen("/private/news").is_empty(),
        "the page was fetched anyway"
    );
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_without_a_list_says_so() {
    let (_site, url) = serve(
        "/about",
        "<html><body><h1>About us</h1><p>We are a small team. <a href=/contact>Contact</a></p></body></html>",
    )
    .await;
    let env = Env::new();
    env.write_config("");
    let out = env.tidings(&["suggest", &url]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("found no repeating block of items"),
        "{}",
        stderr(&out)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_jquery_selector_is_named_as_jquery_with_the_css_to_use() {
    let env = Env::new();
    env.write_config(
        "\n[[source]]\nid = \"news\"\nurl = \"https://site.example/news\"\n[source.select]\nitem = \"ul.news li:eq(0)\"\ntitle = \"h3:contains('Call')\"\nlink = \"a@href\"\n",
    );
    let out = env.tidings(&["check"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("`:eq(0)` is jQuery, not CSS; use `:nth-of-type(1)`"),
        "{err}"
    );
    assert!(
        err.contains("`:contains('Call')` is jQuery, not CSS"),
        "{err}"
    );
    assert!(!err.contains("report this to the developer"), "{err}");
    // file:line:column of the colon itself.
    let item_line = std::fs::read_to_string(env.config_path())
        .expect("config")
        .lines()
        .position(|l| l.starts_with("item = "))
        .expect("item line")
        + 1;
    let col = "item = \"ul.news li".len() + 1;
    assert!(
        err.contains(&format!(
            "tidings.toml:{item_line}:{col}: source[0].select.item"
        )),
        "{err}"
    );
}
