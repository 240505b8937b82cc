use super::blocks::generated_looking;
use super::*;

fn url(s: &str) -> Url {
    Url::parse(s).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn generated_classes_are_told_from_written_ones() {
    for g in [
        "css-1x2y3z",
        "sc-bdVaJa",
        "post-1234",
        "Card_title__a1B2c",
        "jsx-2839",
    ] {
        assert!(generated_looking(g), "{g}");
    }
    for w in [
        "news-item",
        "post-title",
        "mt1",
        "h3",
        "card__title",
        "col-md-6",
    ] {
        assert!(!generated_looking(w), "{w}");
    }
}

#[test]
fn ids_come_from_host_and_path_and_never_repeat() {
    let taken: HashSet<String> = ["example-org-news".to_string()].into();
    assert_eq!(
        source_id(&url("https://www.example.org/news/"), &HashSet::new()),
        "example-org-news"
    );
    assert_eq!(
        source_id(&url("https://example.org/news"), &taken),
        "example-org-news-2"
    );
    assert_eq!(
        source_id(
            &url("https://kotoutuminen.fi/en/information-for-authorities"),
            &HashSet::new()
        ),
        "kotoutuminen-fi-en-information-for-authorities"
    );
}

#[test]
fn advertised_feeds_resolve_against_base_and_put_comments_last() {
    let page = r#"<html><head><base href="https://cdn.example/blog/">
        <link rel="alternate" type="application/rss+xml" title="Comments Feed" href="comments/feed">
        <link rel="alternate" type="application/atom+xml" title="Posts" href="atom.xml">
        <link rel="stylesheet" href="x.css"></head><body></body></html>"#;
    let doc = Html::parse_document(page);
    let feeds = extract::feed_links(&doc, &document_base(&doc, &url("https://example.org/")));
    assert_eq!(feeds.len(), 2);
    assert_eq!(feeds[0].url.as_str(), "https://cdn.example/blog/atom.xml");
    assert_eq!(feeds[0].format, "Atom");
}

#[test]
fn the_news_list_beats_a_menu_and_link_cards() {
    let mut page = String::from("<html><body><nav><ul class=menu>");
    for w in ["Home", "About", "Services", "Contact", "Jobs"] {
        page.push_str(&format!("<li><a href=\"/{w}\">{w}</a></li>"));
    }
    page.push_str("</ul></nav><div class=cards>");
    for w in ["Cooperation", "Programmes", "Legislation"] {
        page.push_str(&format!(
            "<a class=card href=\"/en/{w}\"><h2>{w}</h2><p>Read about {w} here.</p></a>"
        ));
    }
    page.push_str("</div><ul class=news>");
    for n in 1..=4 {
        page.push_str(&format!("<li><h3><a href=\"/news/item-{n}\">The news story number {n} of the week</a></h3><span class=date>{n}.2.2024</span><p>What happened in story {n}, told at some length.</p></li>"));
    }
    page.push_str("</ul></body></html>");
    let a = analyse(&page, &url("https://site.example/news"), chrono_tz::UTC);
    let best = a
        .candidates
        .first()
        .unwrap_or_else(|| panic!("no candidate"));
    assert_eq!(best.select.item, "ul.news > li", "{:#?}", a.candidates);
    assert_eq!(best.select.title, "h3");
    assert_eq!(best.select.date.as_deref(), Some("span.date"));
    assert_eq!(best.select.summary.as_deref(), Some("p"));
    assert_eq!(best.extraction.items.len(), 4);
    assert!(best.extraction.items.iter().all(|i| i.published.is_some()));
}

#[test]
fn a_list_without_classes_is_told_apart_by_what_its_items_hold() {
    let mut page = String::from("<html><body><article><ul id=tagcloud>");
    for w in ["Crypto", "Linux", "Politics", "Science"] {
        page.push_str(&format!("<li><a href=\"/tags/{w}\">{w}</a></li>"));
    }
    page.push_str("</ul><h2>Articles</h2><ul>");
    for n in 1..=5 {
        page.push_str(&format!("<li><time datetime=\"2021-0{n}-03T00:00:00Z\">2021 0{n} 03</time> – <a href=\"/articles/post-{n}/\">A post about thing {n}</a></li>"));
    }
    page.push_str("</ul></article></body></html>");
    let a = analyse(
        &page,
        &url("https://blog.example/articles/"),
        chrono_tz::UTC,
    );
    let best = a
        .candidates
        .first()
        .unwrap_or_else(|| panic!("no candidate"));
    assert_eq!(best.extraction.items.len(), 5, "{:#?}", best.select);
    assert_eq!(best.select.date.as_deref(), Some("time@datetime"));
    assert!(best.extraction.skipped.is_empty());
}

#[test]
fn the_block_is_valid_toml_and_appending_keeps_comments() {
    let select = SelectorSet {
        item: "ul.news > li".into(),
        title: "h3".into(),
        link: "h3 a@href".into(),
        date: Some("span.date".into()),
        summary: None,
    };
    let u = url("https://site.example/news");
    let block = source_block(&Block {
        id: "site-example-news",
        title: "News \"quoted\"",
        url: &u,
        language: "en",
        select: Some(&select),
    });
    let before = "# my comment\n[[source]]\nid = \"a\" # inline\nurl = \"https://a.example/\"\nkind = \"feed\"\n\n[[feed]]\nid = \"all\"\n";
    let after = append_block(before, &block).unwrap_or_else(|e| panic!("{e}"));
    assert!(after.starts_with(before));
    let doc = after
        .parse::<toml_edit::DocumentMut>()
        .unwrap_or_else(|e| panic!("{e}"));
    let added = doc["source"]
        .as_array_of_tables()
        .and_then(|a| a.get(1))
        .unwrap_or_else(|| panic!("no second source"));
    assert_eq!(added["title"].as_str(), Some("News \"quoted\""));
    assert_eq!(added["select"]["link"].as_str(), Some("h3 a@href"));
    assert_eq!(taken_ids(&after).len(), 3);
    assert!(append_block("source = 3\n", &block).is_err());
}
