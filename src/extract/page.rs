//! Items out of an HTML listing by the source's CSS selectors, and the
//! readable text of an item's own page.
//!
//! Owns: what each selector picks in an item element (title, link, date,
//! summary) and what a row without one of them becomes. Never fetches.

use chrono_tz::Tz;
use scraper::{ElementRef, Html, Selector};
use url::Url;

use super::discover::document_base;
use super::identity::{
    canonical, content_identity, join_text, parse_timestamp, resolve, stand_in_title,
};
use super::limits::{first_elements, too_deep, MAX_DEPTH, MAX_ELEMENTS};
use super::text::{clip, escape_html, normalize_ws, texts_of, Cleaner};
use super::{ExtractError, Extraction, Item};
use crate::config::{Pick, Selectors};

/// Reads the items of an HTML listing page.
pub fn html(
    page: &str,
    page_url: &Url,
    select: &Selectors,
    tz: Tz,
) -> Result<Extraction, ExtractError> {
    html_at_most(page, page_url, select, tz, usize::MAX)
}

/// [`html`], reading no more than the first `max_items` items (a hostile
/// page of 100,000 items would otherwise cost hundreds of MB before any cap).
pub fn html_at_most(
    page: &str,
    page_url: &Url,
    select: &Selectors,
    tz: Tz,
    max_items: usize,
) -> Result<Extraction, ExtractError> {
    html_known(page, page_url, select, tz, max_items, &SeenBefore::new())
}

/// Items stored before, by identity, with the hash of the markup each was
/// read from (`Store::seen_before`).
pub type SeenBefore = std::collections::HashMap<String, i64>;

/// [`html_at_most`], recognising the items of `before` whose markup is as it
/// was: those are only named (`Item::seen_as_before`), their text, summary
/// and date not read again — most of a re-scrape's work. `before` must come
/// from the same source under the same selectors.
pub fn html_known(
    page: &str,
    page_url: &Url,
    select: &Selectors,
    tz: Tz,
    max_items: usize,
    before: &SeenBefore,
) -> Result<Extraction, ExtractError> {
    if too_deep(page, MAX_DEPTH) {
        return Err(ExtractError::TooDeep);
    }
    let (page, cut) = first_elements(page, MAX_ELEMENTS);
    let doc = Html::parse_document(page);
    let base = document_base(&doc, page_url);
    let cleaner = Cleaner::new(&base);
    let page_link = canonical(page_url);
    // What else decides what an item's markup reads as.
    let seed = format!("{RAW_VERSION}\n{base}\n{}", tz.name());
    let mut out = Extraction::default();
    if cut {
        out.skipped.push(format!(
            "the end of the page after its first {MAX_ELEMENTS} elements"
        ));
    }
    let mut matched = 0usize;
    for (n, el) in doc.select(&select.item).take(max_items).enumerate() {
        matched += 1;
        let row_text = || normalize_ws(&el.text().collect::<String>());
        let link = match &select.link {
            Some(pick) => match pick_link(el, pick).and_then(|href| resolve(&base, &href)) {
                Some(l) => Some(l),
                None => {
                    let what = clip(&row_text(), 60);
                    out.skipped
                        .push(format!("item {}: no link found in {what:?}", n + 1));
                    continue;
                }
            },
            // Rows without a page of their own (no `select.link`): they link to the listing.
            None => None,
        };
        let raw_hash = Some(raw_hash(el, &seed));
        // An identity made from the link (unless it leads back to the listing).
        let linked = link
            .as_ref()
            .map(|(_, url)| canonical(url))
            .filter(|c| *c != page_link);
        if let (Some((raw, _)), Some(identity)) = (&link, &linked) {
            // Only an identity made from the link can be known before the text is read.
            if before.get(identity).is_some_and(|&h| Some(h) == raw_hash) {
                out.texts.push(String::new());
                out.items.push(Item {
                    identity: identity.clone(),
                    title: String::new(),
                    link: raw.clone(),
                    summary: None,
                    text: None,
                    published: None,
                    body: None,
                    mentions: Vec::new(),
                    raw_hash,
                    seen_as_before: true,
                });
                continue;
            }
        }
        let published = select
            .date
            .as_ref()
            .and_then(|p| pick_raw(el, p))
            .and_then(|raw| parse_timestamp(&raw, tz));
        let (summary, summary_text, visible) = match &select.summary {
            Some(p) => summary_of(el, p, &cleaner),
            None => (None, String::new(), String::new()),
        };
        let picked = pick_text(el, &select.title).filter(|t| !t.is_empty());
        let stand_in = picked.is_none();
        let row = if stand_in && summary_text.is_empty() {
            row_text()
        } else {
            summary_text.clone()
        };
        let title = picked.or_else(|| stand_in_title(&row, published));
        let Some(title) = title else {
            out.skipped.push(format!(
                "item {}: no title, text or date found in it",
                n + 1
            ));
            continue;
        };
        let identity = match linked {
            Some(identity) => identity,
            // A name made from the first words may be shared: the whole text tells apart.
            None if stand_in => content_identity(&join_text(&title, &row), published),
            // Items without a page of their own all link to the listing: tell them apart by content.
            None => content_identity(&title, published),
        };
        let link = link.map_or_else(|| page_url.to_string(), |(raw, _)| raw);
        out.texts.push(join_text(&title, &summary_text));
        // What a reader sees of the summary (`summary_text` also holds the
        // text of scripts, and names items: it stays as it was).
        let text = summary.as_ref().map(|_| visible).filter(|t| !t.is_empty());
        out.items.push(Item {
            identity,
            title,
            link,
            summary,
            text,
            published,
            body: None,
            mentions: Vec::new(),
            raw_hash,
            seen_as_before: false,
        });
    }
    if matched == 0 {
        return Err(ExtractError::NothingMatched);
    }
    if out.items.is_empty() {
        return Err(ExtractError::NoUsableItems(format!(
            "0 of {matched} rows usable: {}",
            clip(&out.skipped.join("; "), 300)
        )));
    }
    Ok(out)
}

/// Changes when what is read from the same markup changes (a new rule in
/// sanitizing, text or dates), so that items stored before are read again.
const RAW_VERSION: u32 = 1;

/// A hash of an item element's markup as parsed: its tree of element names,
/// attributes and text, seeded with what else decides how it reads. Cheap
/// next to reading it (no strings built), and stable across runs.
fn raw_hash(el: ElementRef, seed: &str) -> i64 {
    use ego_tree::iter::Edge;
    use scraper::Node;
    use std::hash::Hasher;
    let mut h = siphasher::sip::SipHasher13::new_with_keys(0x7469_6469_6e67_7321, 0x6974_656d);
    let mut bytes = |tag: u8, b: &[u8]| {
        h.write_u8(tag);
        h.write_usize(b.len());
        h.write(b);
    };
    bytes(0, seed.as_bytes());
    for edge in el.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    bytes(1, e.name().as_bytes());
                    for (name, value) in e.attrs() {
                        bytes(2, name.as_bytes());
                        bytes(3, value.as_bytes());
                    }
                }
                Node::Text(t) => bytes(4, t.as_bytes()),
                _ => {}
            },
            Edge::Close(node) if node.value().is_element() => bytes(5, &[]),
            Edge::Close(_) => {}
        }
    }
    h.finish() as i64
}

/// How much of an item's own page is kept: enough for any news text.
const BODY_LIMIT: usize = 100_000;

/// The readable text of an item's own page: what `pick` selects, else the
/// page's `main`, `article` or `body` — without scripts, styles, navigation,
/// headers and footers.
pub fn body_text(page: &str, pick: Option<&Pick>) -> String {
    static DEFAULTS: std::sync::LazyLock<Vec<Selector>> = std::sync::LazyLock::new(|| {
        ["main", "article", "[role=main]", "body"]
            .iter()
            .filter_map(|s| Selector::parse(s).ok())
            .collect()
    });
    if too_deep(page, MAX_DEPTH) {
        return String::new();
    }
    let doc = Html::parse_document(first_elements(page, MAX_ELEMENTS).0);
    let target = match pick.and_then(|p| p.selector.as_ref()) {
        Some(sel) => doc.select(sel).next(),
        None => DEFAULTS.iter().find_map(|sel| doc.select(sel).next()),
    };
    let Some(target) = target else {
        return String::new();
    };
    if let Some(attr) = pick.and_then(|p| p.attr.as_deref()) {
        return normalize_ws(target.value().attr(attr).unwrap_or_default());
    }
    const SKIP: [&str; 8] = [
        "script", "style", "noscript", "nav", "header", "footer", "template", "aside",
    ];
    let mut out = String::new();
    for node in target.descendants() {
        let Some(text) = node.value().as_text() else {
            continue;
        };
        let hidden = node.ancestors().any(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| SKIP.contains(&e.name()))
        });
        if !hidden {
            out.push_str(text);
            out.push(' ');
            if out.len() > BODY_LIMIT {
                break;
            }
        }
    }
    let mut text = normalize_ws(&out);
    if text.len() > BODY_LIMIT {
        let mut cut = BODY_LIMIT;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
    }
    text
}

fn select_in<'a>(el: ElementRef<'a>, pick: &Pick) -> Option<ElementRef<'a>> {
    match &pick.selector {
        None => Some(el),
        Some(sel) => el.select(sel).next(),
    }
}

/// The picked attribute, or else the element's text.
fn pick_raw(el: ElementRef, pick: &Pick) -> Option<String> {
    let target = select_in(el, pick)?;
    match &pick.attr {
        Some(attr) => target.value().attr(attr).map(str::to_string),
        None => Some(normalize_ws(&target.text().collect::<String>())),
    }
}

fn pick_text(el: ElementRef, pick: &Pick) -> Option<String> {
    match &pick.attr {
        Some(_) => pick_raw(el, pick).map(|s| normalize_ws(&s)),
        // The element's text comes folded already.
        None => pick_raw(el, pick),
    }
}

/// A link pick without an attribute takes `href` when the element has one
/// (an admin writing `link = "h3 a"` means the link, not its text).
fn pick_link(el: ElementRef, pick: &Pick) -> Option<String> {
    let target = select_in(el, pick)?;
    let value = match &pick.attr {
        Some(attr) => target.value().attr(attr)?.to_string(),
        None => match target.value().attr("href") {
            Some(h) => h.to_string(),
            None => normalize_ws(&target.text().collect::<String>()),
        },
    };
    let value = value.trim();
    // "#" and "javascript:" are not places a reader can go.
    if value.is_empty()
        || value.starts_with('#')
        || value.to_ascii_lowercase().starts_with("javascript:")
    {
        return None;
    }
    Some(value.to_string())
}

/// The summary `pick` selects in `el`: sanitized HTML, its text as items
/// have always been named and dated by (every text node, scripts' too), and
/// the text a reader sees.
fn summary_of(el: ElementRef, pick: &Pick, cleaner: &Cleaner) -> (Option<String>, String, String) {
    let Some(target) = select_in(el, pick) else {
        return (None, String::new(), String::new());
    };
    match &pick.attr {
        Some(attr) => {
            let text = normalize_ws(target.value().attr(attr).unwrap_or_default());
            (
                Some(escape_html(&text).into_owned()).filter(|s| !s.is_empty()),
                text.clone(),
                text,
            )
        }
        None => {
            let clean = cleaner.clean(&target.inner_html());
            let (text, visible) = texts_of(target);
            (Some(clean).filter(|s| !s.is_empty()), text, visible)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::parse_pick;
    use crate::extract::feed;
    use crate::extract::url;

    /// `page` read as if served at `at`, with the selectors `(item, title,
    /// link)` and a summary's, dates in UTC.
    fn read(
        page: &str,
        at: &str,
        (item, title, link): (&str, &str, &str),
        summary: Option<&str>,
    ) -> Result<Extraction, ExtractError> {
        let select = selectors(item, title, link, None, summary);
        html(page, &url(at), &select, chrono_tz::UTC)
    }

    fn selectors(
        item: &str,
        title: &str,
        link: &str,
        date: Option<&str>,
        summary: Option<&str>,
    ) -> Selectors {
        let p = |s: &str| parse_pick(s).unwrap_or_else(|e| panic!("{e}"));
        Selectors {
            item: Selector::parse(item)
                .unwrap_or_else(|e| panic!("{e}"))
                .into(),
            title: p(title),
            link: Some(p(link)),
            date: date.map(p),
            summary: summary.map(p),
        }
    }

    #[test]
    fn links_are_made_absolute_and_tracking_is_dropped() {
        let page = r#"<ul><li><h3><a href="/news/1?utm_source=x&id=7#top">One</a></h3></li></ul>"#;
        let ex = read(
            page,
            "https://site.example/list",
            ("li", "h3", "a@href"),
            None,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        // Readers follow the link as published; only the identity drops the tracking.
        assert_eq!(
            ex.items[0].link,
            "https://site.example/news/1?utm_source=x&id=7#top"
        );
        assert_eq!(ex.items[0].identity, "https://site.example/news/1?id=7");
    }

    #[test]
    fn items_whose_markup_is_as_before_are_only_named_and_an_edited_one_is_read_whole() {
        let row = |slug: &str, title: &str, text: &str| {
            format!(
                r#"<li><h3><a href="/n/{slug}">{title}</a></h3><span class="d">1.2.2024</span><p>{text}</p></li>"#
            )
        };
        let select = selectors("li", "h3", "h3 a@href", Some(".d"), Some("p"));
        let at = url("https://s.example/list");
        let page = format!(
            "<ul>{}{}</ul>",
            row("a", "Alpha", "One."),
            row("b", "Beta", "Two.")
        );
        let first = html(&page, &at, &select, chrono_tz::UTC).unwrap_or_else(|e| panic!("{e}"));
        let before: SeenBefore = first
            .items
            .iter()
            .map(|i| (i.identity.clone(), i.raw_hash.unwrap_or_default()))
            .collect();
        assert!(first
            .items
            .iter()
            .all(|i| i.raw_hash.is_some() && !i.seen_as_before));

        // The page changed around them (a comment) and inside one of them.
        let page = format!(
            "<!-- 10:42 --><ul>{}{}</ul>",
            row("a", "Alpha", "One."),
            row("b", "Beta", "Two, corrected.")
        );
        let again = html_known(&page, &at, &select, chrono_tz::UTC, usize::MAX, &before)
            .unwrap_or_else(|e| panic!("{e}"));
        let (a, b) = (&again.items[0], &again.items[1]);
        assert!(
            a.seen_as_before && a.title.is_empty() && a.summary.is_none(),
            "{a:?}"
        );
        assert_eq!(
            (a.identity.as_str(), a.raw_hash),
            ("https://s.example/n/a", first.items[0].raw_hash)
        );
        assert!(!b.seen_as_before, "{b:?}");
        assert_eq!(b.text.as_deref(), Some("Two, corrected."));
        assert_ne!(b.raw_hash, first.items[1].raw_hash);

        // The same markup read against another base is not the same item text.
        let elsewhere = html_known(
            &page,
            &url("https://t.example/list"),
            &select,
            chrono_tz::UTC,
            usize::MAX,
            &before,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(elsewhere.items.iter().all(|i| !i.seen_as_before));
    }

    #[test]
    fn an_item_without_a_link_is_skipped_with_a_warning_naming_it() {
        let page = r#"<li><h3>No link here</h3></li><li><h3><a href="/a">Fine</a></h3></li>"#;
        let ex = read(page, "https://s.example/", ("li", "h3", "a@href"), None)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(ex.items.len(), 1);
        assert_eq!(ex.skipped.len(), 1);
        assert!(
            ex.skipped[0].contains("no link") && ex.skipped[0].contains("No link here"),
            "{:?}",
            ex.skipped
        );
    }

    #[test]
    fn nothing_matched_is_an_error_not_an_empty_page() {
        let r = read(
            "<p>redesigned</p>",
            "https://s.example/",
            ("li.news", "h3", "a"),
            None,
        );
        assert_eq!(r.err(), Some(ExtractError::NothingMatched));
    }

    #[test]
    fn hostile_summaries_are_sanitized() {
        let page = r#"<li><a href="/x">T</a><div class="s"><script>alert(1)</script>
            <p onclick="evil()">Hi <a href="javascript:alert(2)">there</a> <a href="/rel">rel</a></p></div></li>"#;
        let ex = read(
            page,
            "https://s.example/dir/",
            ("li", "a", "a@href"),
            Some(".s"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let s = ex.items[0].summary.clone().unwrap_or_default();
        assert!(
            !s.contains("script") && !s.contains("onclick") && !s.contains("javascript:"),
            "{s}"
        );
        assert!(s.contains("https://s.example/rel"), "{s}");
    }

    #[test]
    fn the_body_of_an_item_page_leaves_out_scripts_and_navigation() {
        let page = "<html><body><nav>Menu 1.1.2030</nav><main><h1>Call</h1><script>var d='2.2.2030'</script>\
                    <p>Apply by 3 March 2030.</p><footer>Footer</footer></main></body></html>";
        assert_eq!(body_text(page, None), "Call Apply by 3 March 2030.");
        let pick = parse_pick(".x").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            body_text(
                "<div class=x>Only <b>this</b></div><p>not this</p>",
                Some(&pick)
            ),
            "Only this"
        );
    }

    #[test]
    fn hostile_nesting_is_refused_but_ordinary_markup_is_not() {
        let deep = format!(
            "<html><body>{}x{}</body></html>",
            "<div>".repeat(5000),
            "</div>".repeat(5000)
        );
        assert!(too_deep(&deep, MAX_DEPTH));
        let r = read(&deep, "https://s.example/", ("li", "h3", "a"), None);
        assert_eq!(r.err(), Some(ExtractError::TooDeep));
        // Thousands of unclosed <li> and <p>, void elements and scripts full of tags are ordinary.
        let flat = format!(
            "<ul>{}</ul><script>var s = '{}';</script>{}",
            "<li><p>item<br><img src=x>".repeat(5000),
            "<div>".repeat(5000),
            "<div></div>".repeat(5000)
        );
        assert!(!too_deep(&flat, MAX_DEPTH));
    }

    #[test]
    fn links_that_are_not_web_addresses_are_refused() {
        // A hostile listing or feed must not give an item a link that runs
        // script (or opens anything but a web page) where readers click it.
        let page = "<li><h3><a href=\"java\nscript:alert(1)\">One</a></h3></li>\
                    <li><h3><a href=\"data:text/html,<script>alert(2)</script>\">Two</a></h3></li>\
                    <li><h3><a href=\"/fine\">Three</a></h3></li>";
        let ex = read(page, "https://s.example/", ("li", "h3", "a"), None)
            .unwrap_or_else(|e| panic!("{e}"));
        let links: Vec<&str> = ex.items.iter().map(|i| i.link.as_str()).collect();
        assert_eq!(links, ["https://s.example/fine"], "{:?}", ex.skipped);
        let rss = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://s.example/</link><description>d</description>
            <item><title>Evil</title><link>javascript:alert(1)</link><guid>g1</guid></item>
            <item><title>Good</title><link>https://s.example/good</link><guid>g2</guid></item>
            </channel></rss>"#;
        let ex =
            feed(rss, None, &url("https://s.example/feed.xml")).unwrap_or_else(|e| panic!("{e}"));
        let links: Vec<&str> = ex.items.iter().map(|i| i.link.as_str()).collect();
        // The evil entry keeps its place but links to the site, not to its script.
        assert_eq!(
            links,
            ["https://s.example/", "https://s.example/good"],
            "{:?}",
            ex.skipped
        );
    }
}
