//! Items out of a fetched page: by CSS selectors for HTML listings, by
//! feed-rs for RSS/Atom/JSON Feed.
//!
//! Owns: what an item is before it is stored ([`Item`]), its identity rule
//! (feed guid, else canonical link, else a hash of title and date), link
//! canonicalisation, listing dates, and sanitizing the HTML we keep.
//! Never does IO, and never holds a parsed `Html` across an await: every
//! function here is plain and synchronous.

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use scraper::{ElementRef, Html, Selector};
use sha2::{Digest, Sha256};
use url::Url;

use crate::config::{Pick, Selectors};
use crate::deadlines::{self, Mention};

pub mod repair;

/// One news item as read from a page, before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// What makes two sightings the same item (see module docs).
    pub identity: String,
    pub title: String,
    /// Absolute, without fragment or tracking parameters.
    pub link: String,
    /// Sanitized HTML.
    pub summary: Option<String>,
    /// The summary as plain text, made here once: what is searched and shown
    /// as an excerpt (never markup); `None` without a summary.
    pub text: Option<String>,
    pub published: Option<DateTime<Utc>>,
    /// Plain text of the item's own page, for sources that follow links.
    pub body: Option<String>,
    /// Deadlines and events in the item's text (filled by the scrape pipeline).
    pub mentions: Vec<Mention>,
}

/// The items of one page, and the ones that had to be left out.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub items: Vec<Item>,
    /// Plain text (title and summary) of each item, in the same order, for reading dates.
    pub texts: Vec<String>,
    /// One line per element that matched the item selector but was skipped.
    pub skipped: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExtractError {
    #[error("item selector matched nothing")]
    NothingMatched,
    #[error("the page nests elements more than {MAX_DEPTH} deep: refused as hostile (no real news page does)")]
    TooDeep,
    #[error("not a feed (RSS, Atom or JSON Feed): {0}")]
    NotAFeed(String),
    #[error("this is an HTML page, not a feed, and it advertises no feed: use kind = \"html\" with [source.select] (`tidings suggest URL` proposes them)")]
    HtmlNotFeed,
    #[error("no usable item: {0}")]
    NoUsableItems(String),
    #[error("this URL is a feed, not an HTML page: set kind = \"feed\" (or leave kind out) and drop [source.select]")]
    FeedNotHtml,
    #[error("this is an HTML page and the source has no [source.select]: add selectors (`tidings suggest URL` proposes them), or point url at the site's feed")]
    HtmlWithoutSelectors,
    /// Not a failure to report but a pointer to follow: the page advertises this feed.
    #[error("the page advertises the feed {0}")]
    AdvertisesFeed(String),
}

/// Deeper nesting than this is refused. Browsers stop nesting at 512; the
/// HTML parser's cost grows with the square of the depth, so a hostile page of
/// a few megabytes of `<div>`s would otherwise keep a core busy for hours.
pub const MAX_DEPTH: usize = 1024;

/// Elements that never hold others, or that the parser closes by itself when
/// their next sibling starts: they do not add to the depth however they are written.
const FLAT: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "li", "p", "td", "th", "tr", "dt", "dd", "option", "optgroup", "tbody",
    "thead", "tfoot", "colgroup", "rb", "rt", "rp",
];

/// True when the markup nests elements deeper than `limit`, by a linear scan
/// of the tags (the text of `script` and `style` skipped).
pub fn too_deep(html: &str, limit: usize) -> bool {
    let b = html.as_bytes();
    let is = |name: &[u8], word: &str| name.eq_ignore_ascii_case(word.as_bytes());
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        i += off + 1;
        let closing = b.get(i) == Some(&b'/');
        let start = if closing { i + 1 } else { i };
        let name_len = b[start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if name_len == 0 {
            continue; // "<!--", "<!doctype", "< " and the like
        }
        let name = &b[start..start + name_len];
        if FLAT.iter().any(|f| is(name, f)) {
            continue;
        }
        let end = b[start..]
            .iter()
            .position(|&c| c == b'>')
            .map(|p| start + p);
        let self_closing = end.is_some_and(|e| e > 0 && b[e - 1] == b'/');
        if closing {
            depth = depth.saturating_sub(1);
        } else if !self_closing {
            depth += 1;
            if depth > limit {
                return true;
            }
            if is(name, "script") || is(name, "style") {
                // Raw text: jump to its end tag.
                let mut j = end.unwrap_or(i);
                loop {
                    match b[j..].windows(2).position(|w| w == b"</") {
                        Some(p) => {
                            j += p + 2;
                            if b.len() >= j + name_len
                                && is(
                                    &b[j..j + name_len],
                                    if is(name, "script") {
                                        "script"
                                    } else {
                                        "style"
                                    },
                                )
                            {
                                i = j;
                                depth = depth.saturating_sub(1);
                                break;
                            }
                        }
                        None => return false,
                    }
                }
            }
        }
    }
    false
}

/// A page is read up to its this-many-th element. The parsed tree costs about
/// 300 bytes an element, so a page of a million tags would take hundreds of
/// MB before any cap on items could apply; real listings, even long archive
/// pages, hold a few tens of thousands.
pub const MAX_ELEMENTS: usize = 100_000;

/// The start of `html` that holds at most `max` start tags, and whether
/// anything was cut. A linear scan that, like the parser, counts `<` and a
/// letter as a tag wherever it stands (in a script too): it may cut a little
/// early, never late, and the parser closes whatever the cut leaves open.
pub fn first_elements(html: &str, max: usize) -> (&str, bool) {
    let b = html.as_bytes();
    let mut seen = 0usize;
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        let at = i + off;
        i = at + 1;
        if b.get(i).is_some_and(|c| c.is_ascii_alphabetic()) {
            seen += 1;
            if seen > max {
                // `<` is ASCII, so `at` is a character boundary.
                return (&html[..at], true);
            }
        }
    }
    (html, false)
}

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
    if too_deep(page, MAX_DEPTH) {
        return Err(ExtractError::TooDeep);
    }
    let (page, cut) = first_elements(page, MAX_ELEMENTS);
    let doc = Html::parse_document(page);
    let base = document_base(&doc, page_url);
    let cleaner = Cleaner::new(&base);
    let page_link = canonical(page_url);
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
        let identity = match &link {
            Some((_, url)) if canonical(url) != page_link => canonical(url),
            // A name made from the first words may be shared: the whole text tells apart.
            _ if stand_in => content_identity(&join_text(&title, &row), published),
            // Items without a page of their own all link to the listing: tell them apart by content.
            _ => content_identity(&title, published),
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

/// A feed an HTML page advertises with `<link rel="alternate">`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedLink {
    pub url: Url,
    /// "RSS", "Atom" or "JSON Feed".
    pub format: &'static str,
    pub title: Option<String>,
}

/// The feeds an HTML page advertises, absolute, best first.
pub fn advertised_feeds(page: &str, page_url: &Url) -> Vec<FeedLink> {
    if too_deep(page, MAX_DEPTH) {
        return Vec::new();
    }
    let doc = Html::parse_document(first_elements(page, MAX_ELEMENTS).0);
    let base = document_base(&doc, page_url);
    feed_links(&doc, &base)
}

/// The feeds a parsed page advertises (`<link rel="alternate">` of an RSS,
/// Atom or JSON Feed type), resolved against `base`: the site's news before a
/// blog's "Comments Feed", and XML feeds before JSON Feed.
pub fn feed_links(doc: &Html, base: &Url) -> Vec<FeedLink> {
    static LINK: std::sync::LazyLock<Option<Selector>> =
        std::sync::LazyLock::new(|| Selector::parse("link[href]").ok());
    let Some(sel) = LINK.as_ref() else {
        return Vec::new();
    };
    let mut found: Vec<FeedLink> = Vec::new();
    for link in doc.select(sel) {
        let rel = link.value().attr("rel").unwrap_or_default();
        if !rel
            .split_ascii_whitespace()
            .any(|r| r.eq_ignore_ascii_case("alternate"))
        {
            continue;
        }
        let ty = link
            .value()
            .attr("type")
            .unwrap_or_default()
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        let format = match ty.as_str() {
            "application/rss+xml" | "application/rdf+xml" => "RSS",
            "application/atom+xml" => "Atom",
            "application/feed+json" => "JSON Feed",
            _ => continue,
        };
        let Some(url) = link
            .value()
            .attr("href")
            .and_then(|h| base.join(h.trim()).ok())
            .filter(|u| matches!(u.scheme(), "http" | "https"))
        else {
            continue;
        };
        if found.iter().any(|f| f.url == url) {
            continue;
        }
        let title = link
            .value()
            .attr("title")
            .map(normalize_ws)
            .filter(|t| !t.is_empty());
        found.push(FeedLink { url, format, title });
    }
    // A blog's "Comments Feed" is not its news.
    found.sort_by_key(|f| {
        let comments = f
            .title
            .as_deref()
            .is_some_and(|t| t.to_lowercase().contains("comment"));
        (comments, f.format == "JSON Feed")
    });
    found
}

/// Reads the entries of an RSS (0.90–2.0), Atom (0.3, 1.0) or JSON feed,
/// leniently: the document is mended first (see [`repair`]), and an entry
/// that still cannot be read is left out with its reason, never the feed.
pub fn feed(
    body: &[u8],
    content_type: Option<&str>,
    feed_url: &Url,
) -> Result<Extraction, ExtractError> {
    let text = repair::decode(body, content_type);
    match repair::shape(&text) {
        repair::Shape::XmlFeed | repair::Shape::Json => {}
        repair::Shape::Html => return Err(ExtractError::HtmlNotFeed),
        repair::Shape::Other if text.trim().is_empty() => {
            return Err(ExtractError::NotAFeed("the document is empty".into()))
        }
        repair::Shape::Other => {
            return Err(ExtractError::NotAFeed(format!(
                "it starts {:?}, which is no RSS, Atom or JSON Feed",
                clip(&normalize_ws(&text), 40)
            )))
        }
    }
    // A parser of its own for each attempt: feed-rs keeps per-entry state that an
    // error in the middle of an entry leaves behind (and then asserts on).
    let parse = |text: &str| {
        let parser = feed_rs::parser::Builder::new()
            .base_uri(Some(feed_url.as_str()))
            // feed-rs invents ids from link+title when an entry has none; an edited title
            // would then look like a new item. An empty id tells us to use our own rule.
            .id_generator(|_, _, _| String::new())
            .build();
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            parser.parse(text.as_bytes())
        }))
    };
    let (text, _) = repair::normalize_dialect(text);
    let mut text = repair::mend_markup(&text).0.into_owned();
    let mut skipped = Vec::new();
    let mut spans: Option<Vec<(usize, usize)>> = None;
    let mut lost_content = std::collections::HashSet::new();
    let mut lost_entries = 0;
    let mut attempts = 0;
    let parsed = loop {
        let error = match parse(&text) {
            Ok(Ok(parsed)) => break parsed,
            Ok(Err(e)) => e,
            Err(_) => {
                return Err(ExtractError::NotAFeed(
                    "the feed parser gave up on this document (it broke on it)".into(),
                ))
            }
        };
        attempts += 1;
        let at = error_position(&error, &text);
        let reason = feed_error_reason(&error, &text);
        let spans = spans.get_or_insert_with(|| repair::entry_spans(&text));
        let entry = at.and_then(|p| spans.iter().position(|(a, b)| p >= *a && p < *b));
        let Some(k) = entry.filter(|_| attempts <= MAX_BAD_ENTRIES) else {
            let whole = match at {
                Some(p) => {
                    let (line, col) = repair::line_col(&text, p);
                    format!("line {line}, column {col}: {reason}")
                }
                None => reason,
            };
            return Err(ExtractError::NotAFeed(whole));
        };
        // An entry whose content alone is unreadable (an unknown type, base64) keeps the rest.
        let content_trouble = matches!(error, feed_rs::parser::ParseFeedError::ParseError(_));
        if content_trouble && lost_content.insert(k) {
            if let Some(c) = repair::element_span(&text, spans[k], "content") {
                blank(&mut text, c);
                skipped.push(format!(
                    "entry {}: its content was left out ({reason})",
                    k + 1
                ));
                continue;
            }
        }
        blank(&mut text, spans[k]);
        lost_entries += 1;
        skipped.push(format!("entry {}: left out ({reason})", k + 1));
    };
    // xml:base on the root applies to every entry (feed-rs keeps only an entry's own).
    let base = repair::root_base(&text)
        .and_then(|b| feed_url.join(b.trim()).ok())
        .filter(is_web)
        .unwrap_or_else(|| feed_url.clone());
    // Where an entry without a link of its own sends the reader: the site the feed is of.
    let listing = parsed
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .and_then(|l| resolve(&base, &l.href))
        .map_or_else(|| feed_url.to_string(), |(raw, _)| raw);
    let mut out = Extraction {
        skipped,
        ..Extraction::default()
    };
    let entries = parsed.entries.len() + lost_entries;
    let is_atom = parsed.feed_type == feed_rs::model::FeedType::Atom;
    // What feed-rs does not keep, read from the entry's own markup when the two line up.
    let raw_spans = Some(repair::entry_spans(&text)).filter(|s| s.len() == parsed.entries.len());
    for (n, entry) in parsed.entries.into_iter().enumerate() {
        let raw = raw_spans.as_ref().map(|s| s[n]);
        let entry_base = entry
            .base
            .as_deref()
            .and_then(|b| base.join(b.trim()).ok())
            .filter(is_web)
            .unwrap_or_else(|| base.clone());
        let cleaner = Cleaner::new(&entry_base);
        let href = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or_else(|| {
                entry
                    .links
                    .iter()
                    .find(|l| l.rel.as_deref() != Some("self"))
            })
            .map(|l| l.href.clone())
            .or_else(|| {
                // An RSS guid is the permalink unless it says otherwise.
                let permalink = raw.and_then(|r| repair::guid_is_permalink(&text, r));
                let absolute = entry.id.starts_with("http://") || entry.id.starts_with("https://");
                (permalink.unwrap_or(absolute) && !entry.id.trim().is_empty())
                    .then(|| entry.id.clone())
            });
        // A link back to the feed itself is no page of the entry's own.
        let own_link = href
            .and_then(|h| resolve(&entry_base, &h))
            .filter(|(_, url)| canonical(url) != canonical(feed_url));
        let published = entry.published.or(entry.updated);
        let html = entry
            .summary
            .as_ref()
            .filter(|s| !s.content.trim().is_empty())
            .map(|s| {
                if s.content_type.subty() == "plain" {
                    escape_html(&s.content).into_owned()
                } else {
                    s.content.clone()
                }
            })
            .or_else(|| {
                // Base64 of an image or a PDF is no summary.
                let c = entry.content.as_ref()?;
                let (ty, sub) = (c.content_type.ty(), c.content_type.subty());
                let readable = ty == "text" || sub == "html" || sub == "xhtml+xml" || sub == "xml";
                c.body.clone().filter(|_| readable)
            });
        let (summary, summary_text) = match html {
            // Hostile markup in one entry costs that entry its summary, not the feed its scrape.
            Some(h) if too_deep(&h, MAX_DEPTH) => (None, String::new()),
            Some(h) => {
                let clean = cleaner.clean(&h);
                let text = text_of_html(&clean);
                (Some(clean).filter(|c| !c.is_empty()), text)
            }
            None => (None, String::new()),
        };
        let title = entry
            .title
            .as_ref()
            .map(|t| {
                // An Atom text title is text: "The &lt;dialog&gt; element" keeps its "<dialog>".
                // RSS says nothing of markup in titles, and publishers do escape HTML into
                // them: flattened when it reads as HTML, as feed readers show it.
                if t.content_type.subty() != "plain" || (!is_atom && looks_like_html(&t.content)) {
                    text_of_html(&t.content)
                } else {
                    normalize_ws(&t.content)
                }
            })
            .filter(|t| !t.is_empty())
            // Dublin Core's title, which feed-rs leaves aside.
            .or_else(|| {
                let r = raw?;
                let (a, b) = repair::element_span(&text, r, "title")?;
                Some(text_of_html(&text[a..b])).filter(|t| !t.is_empty())
            })
            .map(|t| (t, false))
            .or_else(|| stand_in_title(&summary_text, published).map(|t| (t, true)))
            // Nothing else to name it by: where it leads, or what the feed calls it.
            .or_else(|| own_link.as_ref().map(|(raw, _)| (raw.clone(), false)))
            .or_else(|| Some((clip(entry.id.trim(), 80), false)).filter(|(t, _)| !t.is_empty()))
            .unwrap_or_else(|| (format!("Item {}", n + 1), true));
        let (title, stand_in) = title;
        let identity = if !entry.id.trim().is_empty() {
            entry.id.trim().to_string()
        } else {
            match &own_link {
                Some((_, url)) if canonical(url) != canonical(feed_url) => canonical(url),
                // A name made from the first words may be shared: the whole text tells apart.
                _ if stand_in => content_identity(&join_text(&title, &summary_text), published),
                _ => content_identity(&title, published),
            }
        };
        out.texts.push(join_text(&title, &summary_text));
        let text = summary.as_ref().map(|_| summary_text);
        out.items.push(Item {
            identity,
            title,
            link: own_link.map_or_else(|| listing.clone(), |(raw, _)| raw),
            summary,
            text,
            published,
            body: None,
            mentions: Vec::new(),
        });
    }
    if out.items.is_empty() {
        return Err(ExtractError::NoUsableItems(if entries == 0 {
            "the feed has no entries".to_string()
        } else {
            format!(
                "0 of {entries} entries usable: {}",
                clip(&out.skipped.join("; "), 300)
            )
        }));
    }
    Ok(out)
}

/// Entries a feed may lose to errors before it counts as unreadable: each
/// costs a parse of the whole feed again.
const MAX_BAD_ENTRIES: usize = 25;

fn blank(text: &mut String, (start, end): (usize, usize)) {
    // Spaces of the same length keep every other position, line and column as they were.
    let mut spaces = String::with_capacity(end - start);
    for c in text[start..end].chars() {
        match c {
            '\n' => spaces.push('\n'),
            c => spaces.extend(std::iter::repeat_n(' ', c.len_utf8())),
        }
    }
    text.replace_range(start..end, &spaces);
}

/// Where in the text feed-rs stopped: its own position when it gives one,
/// else where an XML reader finds the text ill-formed.
fn error_position(error: &feed_rs::parser::ParseFeedError, text: &str) -> Option<usize> {
    use feed_rs::parser::{ParseErrorKind as K, ParseFeedError as E};
    match error {
        E::ParseError(
            K::UnknownMimeType { position, .. }
            | K::MissingContent { position, .. }
            | K::UnknownEnumVariant { position, .. }
            | K::IllegalState { position, .. },
        ) => usize::try_from(*position).ok(),
        _ => {
            let mut reader = quick_xml::Reader::from_str(text);
            loop {
                match reader.read_event() {
                    Err(_) => return usize::try_from(reader.error_position()).ok(),
                    Ok(quick_xml::events::Event::Eof) => return None,
                    Ok(_) => {}
                }
            }
        }
    }
}

/// feed-rs's message, without the byte offset (we give line and column) and
/// with the XML reader's own words when feed-rs only says "parser error".
fn feed_error_reason(error: &feed_rs::parser::ParseFeedError, text: &str) -> String {
    use feed_rs::parser::{ParseErrorKind as K, ParseFeedError as E};
    let message = match error {
        E::ParseError(K::UnknownMimeType { mime, .. }) => {
            format!("content of type {mime:?}, which no reader can show")
        }
        E::ParseError(K::MissingContent { reference, .. }) => format!("missing {reference}"),
        E::ParseError(K::NoFeedRoot) => "no RSS, Atom or JSON Feed root element".to_string(),
        E::XmlReader(_) => {
            let mut reader = quick_xml::Reader::from_str(text);
            loop {
                match reader.read_event() {
                    Err(e) => break format!("ill-formed XML: {e}"),
                    Ok(quick_xml::events::Event::Eof) => break error.to_string(),
                    Ok(_) => {}
                }
            }
        }
        other => other.to_string(),
    };
    clip(&message, 200)
}

/// A link as published, made absolute against `base` when it is relative,
/// with its parsed form (for identity); `None` for what is not a web address.
fn resolve(base: &Url, raw: &str) -> Option<(String, Url)> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    match Url::parse(raw) {
        // The URL parser drops tabs and line breaks; what readers see must not keep them either.
        Ok(u) if raw.contains(|c: char| c.is_whitespace() || c.is_control()) => {
            is_web(&u).then(|| (u.to_string(), u))
        }
        // Absolute: exactly as published (a `?rss` keeps its lone key, a host its case).
        Ok(u) => is_web(&u).then(|| (raw.to_string(), u)),
        Err(_) => base
            .join(raw)
            .ok()
            .filter(is_web)
            .map(|u| (u.to_string(), u)),
    }
}

/// True when text reads as HTML: a closing tag, a line break, or a character reference.
fn looks_like_html(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(3)
        .any(|w| w[0] == b'<' && w[1] == b'/' && w[2].is_ascii_alphabetic())
        || text.contains("<br")
        || text.contains("<p>")
        || (text.contains('&') && text.contains(';'))
}

/// A name for an item that has none: the first words of its text, else its date.
fn stand_in_title(text: &str, published: Option<DateTime<Utc>>) -> Option<String> {
    const WORDS: usize = 12;
    const CHARS: usize = 80;
    let mut title = String::new();
    let mut cut = false;
    for (n, word) in text.split_whitespace().enumerate() {
        if n == WORDS || title.chars().count() + word.chars().count() > CHARS {
            cut = true;
            break;
        }
        if !title.is_empty() {
            title.push(' ');
        }
        title.push_str(word);
    }
    if title.is_empty() {
        // One word longer than the limit: its first characters.
        title = text.chars().take(CHARS).collect();
        cut = text.chars().count() > CHARS;
    }
    if cut {
        title = title
            .trim_end_matches([',', ';', ':', '.', ' '])
            .to_string();
        title.push('…');
    }
    if !title.is_empty() && title != "…" {
        return Some(title);
    }
    published.map(|p| p.format("%Y-%m-%d").to_string())
}

/// Fills in each item's deadlines and events from its title, summary and
/// (when followed) its own page, reading years relative to the item's own
/// date (or `today` when it has none).
///
/// Items for which `unchanged` says yes are skipped: the store keeps their
/// mentions as they are, so reading them again would be wasted work.
pub fn read_mentions(
    ex: &mut Extraction,
    lang: deadlines::Lang,
    today: NaiveDate,
    tz: Tz,
    unchanged: impl Fn(&Item) -> bool,
) {
    for (item, text) in ex.items.iter_mut().zip(&ex.texts) {
        if unchanged(item) {
            continue;
        }
        let anchor = item
            .published
            .map(|p| p.with_timezone(&tz).date_naive())
            .unwrap_or(today);
        item.mentions = match &item.body {
            Some(body) if !body.is_empty() => {
                deadlines::find(&format!("{text}\n{body}"), lang, anchor)
            }
            _ => deadlines::find(text, lang, anchor),
        };
    }
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

fn join_text(title: &str, summary: &str) -> String {
    if summary.is_empty() {
        title.to_string()
    } else if title.ends_with(['.', '!', '?', ':']) {
        format!("{title} {summary}")
    } else {
        format!("{title}. {summary}")
    }
}

/// True for a link a reader can follow to a web page: never `javascript:`,
/// `data:` or the like, however the page spelt it (the URL parser drops tabs
/// and newlines, so `java\nscript:` is `javascript:`).
fn is_web(url: &Url) -> bool {
    matches!(url.scheme(), "http" | "https")
}

/// `<base href>` when the page sets one, else the page's own URL.
pub fn document_base(doc: &Html, page_url: &Url) -> Url {
    static BASE: std::sync::LazyLock<Option<Selector>> =
        std::sync::LazyLock::new(|| Selector::parse("base[href]").ok());
    BASE.as_ref()
        .and_then(|s| doc.select(s).next())
        .and_then(|b| b.value().attr("href"))
        .and_then(|h| page_url.join(h.trim()).ok())
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .unwrap_or_else(|| page_url.clone())
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
    pick_raw(el, pick).map(|s| normalize_ws(&s))
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

/// Sanitizes HTML we did not write: no script, no event handler, no
/// `javascript:` URL survives; relative URLs are made absolute.
struct Cleaner<'a> {
    base: Url,
    /// Built on first use: pages whose summaries are all plain text never need it.
    builder: std::cell::OnceCell<ammonia::Builder<'a>>,
}

impl<'a> Cleaner<'a> {
    fn new(base: &Url) -> Self {
        Cleaner {
            base: base.clone(),
            builder: std::cell::OnceCell::new(),
        }
    }

    fn builder(&self) -> &ammonia::Builder<'a> {
        self.builder.get_or_init(|| {
            let mut builder = ammonia::Builder::default();
            builder
                .url_relative(ammonia::UrlRelative::RewriteWithBase(self.base.clone()))
                .link_rel(Some("noopener noreferrer nofollow"))
                .rm_tags(["img"]);
            builder
        })
    }

    fn clean(&self, html: &str) -> String {
        if is_plain_text(html) {
            // Parsing and serializing it again would give back the same string.
            return collapse_ws_html(html);
        }
        collapse_ws_html(&self.builder().clean(html).to_string())
    }
}

/// True when `html` is text that an HTML parser reads as one text node of
/// exactly these characters, and that a serializer writes back unchanged: no
/// markup, no character reference, nothing the parser rewrites (CR, NUL) and
/// nothing the serializer escapes (`<`, `>`, `&`, no-break space). Such text
/// is already sanitized, and most listing summaries are such text.
fn is_plain_text(html: &str) -> bool {
    !html.contains(['<', '>', '&', '\u{a0}', '\r', '\0'])
}

/// Characters XML 1.0 cannot carry, not even escaped (most control
/// characters, U+FFFE, U+FFFF): one of them in a title would make every feed
/// that holds it unreadable, so they are dropped from what we keep.
fn unfit_for_xml(c: char) -> bool {
    (c.is_control() && !c.is_whitespace()) || matches!(c, '\u{fffe}' | '\u{ffff}')
}

fn collapse_ws_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_ws = false;
    for c in s.chars().filter(|&c| !unfit_for_xml(c)) {
        if c.is_whitespace() {
            in_ws = true;
        } else {
            if in_ws && !out.is_empty() {
                out.push(' ');
            }
            in_ws = false;
            out.push(c);
        }
    }
    out
}

/// Collapses runs of whitespace (non-breaking spaces included) and trims.
pub fn normalize_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(|c: char| c.is_whitespace() || c == '\u{a0}') {
        let word = word.trim_matches(unfit_for_xml);
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        if word.contains(unfit_for_xml) {
            out.extend(word.chars().filter(|&c| !unfit_for_xml(c)));
        } else {
            out.push_str(word);
        }
    }
    out
}

/// Plain text of an HTML fragment.
pub fn text_of_html(html: &str) -> String {
    if !html.contains('<') && !html.contains('&') {
        return normalize_ws(html);
    }
    if too_deep(html, MAX_DEPTH) {
        return String::new();
    }
    visible_text(Html::parse_fragment(html).root_element())
}

/// The text a reader sees in `root`: no script, style or template, and words
/// apart where a block or a line break separates them.
fn visible_text(root: ElementRef) -> String {
    texts_of(root).1
}

/// Every text node of `root` joined as written, and [`visible_text`], in one walk.
fn texts_of(root: ElementRef) -> (String, String) {
    fn hides(node: &scraper::Node) -> bool {
        node.as_element()
            .is_some_and(|e| matches!(e.name(), "script" | "style" | "template"))
    }
    let mut all = String::new();
    let mut out = String::new();
    // Elements that hide their text, open around the current node: counted
    // on the way down and up, so no text node walks its ancestors.
    let mut hidden = 0usize;
    for edge in root.traverse() {
        let (node, closing) = match edge {
            ego_tree::iter::Edge::Open(n) => (n, false),
            ego_tree::iter::Edge::Close(n) => (n, true),
        };
        match node.value() {
            scraper::Node::Text(t) if !closing => {
                all.push_str(t);
                if hidden == 0 {
                    out.push_str(t);
                }
            }
            v if hides(v) => {
                if closing {
                    hidden = hidden.saturating_sub(1);
                } else {
                    hidden += 1;
                }
            }
            // Inline markup joins its text as written ("1930ft<sup>2</sup>" is "1930ft2");
            // a block or a line break separates words.
            scraper::Node::Element(e) if separates_words(e.name()) => out.push(' '),
            _ => {}
        }
    }
    if root.ancestors().any(|a| hides(a.value())) {
        out.clear();
    }
    (normalize_ws(&all), normalize_ws(&out))
}

fn separates_words(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "br"
            | "dd"
            | "details"
            | "dialog"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hr"
            | "img"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "td"
            | "th"
            | "tr"
            | "ul"
            | "caption"
            | "tbody"
            | "thead"
            | "tfoot"
            | "option"
    )
}

/// Text made safe for HTML and XML, in element content and in quoted
/// attributes alike (& < > " '): the one escaper of feeds, pages and summaries.
/// Borrows when there is nothing to escape, which is most text.
pub fn escape_html(s: &str) -> std::borrow::Cow<'_, str> {
    let special = |c: char| matches!(c, '&' | '<' | '>' | '"' | '\'');
    let Some(first) = s.find(special) else {
        return std::borrow::Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len() + 16);
    out.push_str(&s[..first]);
    for c in s[first..].chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// At most `max` characters of `s`, with "…" when cut.
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut c: String = s.chars().take(max).collect();
        c.push('…');
        c
    }
}

/// Query parameters that only track a click and never change what a link shows.
fn is_tracking_param(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.starts_with("utm_")
        || matches!(
            n.as_str(),
            "fbclid"
                | "gclid"
                | "dclid"
                | "msclkid"
                | "mc_cid"
                | "mc_eid"
                | "_hsenc"
                | "_hsmi"
                | "igshid"
                | "yclid"
        )
}

/// The canonical form of a link: fragment and tracking parameters dropped.
pub fn canonical(url: &Url) -> String {
    let mut u = url.clone();
    u.set_fragment(None);
    if u.query().is_some() {
        let kept: Vec<(String, String)> = u
            .query_pairs()
            .filter(|(k, _)| !is_tracking_param(k))
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        if kept.is_empty() {
            u.set_query(None);
        } else {
            u.query_pairs_mut().clear().extend_pairs(kept);
        }
    }
    u.to_string()
}

fn content_identity(title: &str, published: Option<DateTime<Utc>>) -> String {
    let mut h = Sha256::new();
    h.update(normalize_ws(title).to_lowercase().as_bytes());
    h.update([0]);
    if let Some(p) = published {
        h.update(p.date_naive().to_string().as_bytes());
    }
    format!("sha256:{}", hex::encode(&h.finalize()[..16]))
}

/// A listing's date: a full timestamp (RFC 3339, as in `<time datetime>`) or a
/// date as people write it, read as midnight in the source's time zone.
pub fn parse_timestamp(raw: &str, tz: Tz) -> Option<DateTime<Utc>> {
    let raw = raw.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(raw) {
        return Some(t.with_timezone(&Utc));
    }
    if let Ok(t) = DateTime::parse_from_rfc2822(raw) {
        return Some(t.with_timezone(&Utc));
    }
    let day = deadlines::parse_date(raw)?;
    local_midnight(day, tz)
}

fn local_midnight(day: NaiveDate, tz: Tz) -> Option<DateTime<Utc>> {
    let naive = day.and_time(NaiveTime::MIN);
    tz.from_local_datetime(&naive)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_page_is_read_up_to_its_element_cap() {
        let page = "<p>a</p><p>b</p><script>x<y</script><p>c</p>";
        assert_eq!(first_elements(page, 10), (page, false));
        assert_eq!(first_elements(page, 2), ("<p>a</p><p>b</p>", true));
        // A "<" and a letter in a script counts too: the cut comes early, never late.
        assert_eq!(first_elements(page, 3), ("<p>a</p><p>b</p><script>x", true));
        assert_eq!(first_elements("a < b <", 0), ("a < b <", false));
        assert_eq!(first_elements("<é<a", 0), ("<é", true));
    }
    use super::*;
    use crate::config::parse_pick;

    fn selectors(
        item: &str,
        title: &str,
        link: &str,
        date: Option<&str>,
        summary: Option<&str>,
    ) -> Selectors {
        let p = |s: &str| parse_pick(s).unwrap_or_else(|e| panic!("{e}"));
        Selectors {
            item: Selector::parse(item).unwrap_or_else(|e| panic!("{e}")),
            title: p(title),
            link: Some(p(link)),
            date: date.map(p),
            summary: summary.map(p),
        }
    }

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn links_are_made_absolute_and_tracking_is_dropped() {
        let page = r#"<ul><li><h3><a href="/news/1?utm_source=x&id=7#top">One</a></h3></li></ul>"#;
        let ex = html(
            page,
            &url("https://site.example/list"),
            &selectors("li", "h3", "a@href", None, None),
            chrono_tz::UTC,
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
    fn inline_markup_joins_its_text_and_blocks_separate_words() {
        assert_eq!(text_of_html("1930ft<sup>2</sup> house"), "1930ft2 house");
        assert_eq!(text_of_html("<p>One</p><p>Two</p>"), "One Two");
        assert_eq!(text_of_html("a<br>b <em>c</em>d"), "a b cd");
        assert_eq!(text_of_html("x<script>bad()</script>y"), "xy");
    }

    #[test]
    fn an_item_without_a_title_is_named_by_its_first_words_or_its_date() {
        let words = "one two three four five six seven eight nine ten eleven twelve thirteen";
        assert_eq!(
            stand_in_title(words, None).as_deref(),
            Some("one two three four five six seven eight nine ten eleven twelve…")
        );
        assert_eq!(stand_in_title("Short.", None).as_deref(), Some("Short."));
        let day = Utc.with_ymd_and_hms(2024, 2, 14, 8, 0, 0).single();
        assert_eq!(stand_in_title("", day).as_deref(), Some("2024-02-14"));
        assert_eq!(stand_in_title("", None), None);
    }

    #[test]
    fn a_page_advertises_its_feeds_atom_and_rss_before_json() {
        let page = r#"<html><head><base href="https://site.example/fi/">
            <link rel="alternate" type="application/feed+json" href="feed.json">
            <link rel="alternate" type="application/rss+xml" href="/rss.xml">
            <link rel="stylesheet" type="text/css" href="s.css">
            <link rel="alternate" hreflang="sv" href="/sv/"></head></html>"#;
        let feeds: Vec<String> = advertised_feeds(page, &url("https://site.example/"))
            .into_iter()
            .map(|f| String::from(f.url))
            .collect();
        assert_eq!(
            feeds,
            [
                "https://site.example/rss.xml",
                "https://site.example/fi/feed.json"
            ]
        );
    }

    #[test]
    fn one_unreadable_entry_is_left_out_with_its_reason_not_the_feed() {
        let rss = br#"<rss version="2.0"><channel><title>t</title>
<item><title>Good</title><link>https://s.example/1</link></item>
<item><title>Bad</title><link>https://s.example/2</link><description>a <b>bold</i> claim</description></item>
<item><title>Also good</title><link>https://s.example/3</link></item>
</channel></rss>"#;
        let ex =
            feed(rss, None, &url("https://s.example/feed.xml")).unwrap_or_else(|e| panic!("{e}"));
        let titles: Vec<&str> = ex.items.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles, ["Good", "Also good"]);
        assert!(
            ex.skipped[0].starts_with("entry 2: left out"),
            "{:?}",
            ex.skipped
        );
    }

    #[test]
    fn an_item_without_a_link_is_skipped_with_a_warning_naming_it() {
        let page = r#"<li><h3>No link here</h3></li><li><h3><a href="/a">Fine</a></h3></li>"#;
        let ex = html(
            page,
            &url("https://s.example/"),
            &selectors("li", "h3", "a@href", None, None),
            chrono_tz::UTC,
        )
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
        let r = html(
            "<p>redesigned</p>",
            &url("https://s.example/"),
            &selectors("li.news", "h3", "a", None, None),
            chrono_tz::UTC,
        );
        assert_eq!(r.err(), Some(ExtractError::NothingMatched));
    }

    #[test]
    fn hostile_summaries_are_sanitized() {
        let page = r#"<li><a href="/x">T</a><div class="s"><script>alert(1)</script>
            <p onclick="evil()">Hi <a href="javascript:alert(2)">there</a> <a href="/rel">rel</a></p></div></li>"#;
        let ex = html(
            page,
            &url("https://s.example/dir/"),
            &selectors("li", "a", "a@href", None, Some(".s")),
            chrono_tz::UTC,
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
    fn plain_text_is_cleaned_without_a_round_trip_and_to_the_same_result() {
        let cleaner = Cleaner::new(&url("https://s.example/dir/"));
        let full = |s: &str| collapse_ws_html(&cleaner.builder().clean(s).to_string());
        for s in [
            "",
            "  ",
            "Plain words. Hakemukset on jätettävä viimeistään 18.3.2024!",
            " tabs\tand\nnew lines\x0c form feed ",
            "quotes \" ' = / ` and ; : ? # % + — “curly” ‘single’ and emoji 🎉",
            "\u{1} \u{7f} \u{80} \u{fffd} \u{feff} \u{200b} zero-width",
            "a&amp;b",
            "x < y",
            "x > y",
            "no\u{a0}break",
            "cr\r\nlf",
            "nul\0char",
            "<b>bold</b> and <script>alert(1)</script>",
        ] {
            assert_eq!(cleaner.clean(s), full(s), "{s:?}");
        }
        // And on strings of characters chosen to upset a parser.
        let alphabet: Vec<char> =
            "ab Z9.\t\n\x0c\x0b\u{1}\"'=/`!-?#;:\\ä€🎉\u{fffd}\u{2028}\u{85}\u{ad}"
                .chars()
                .collect();
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..2000 {
            let s: String = (0..(seed % 24) as usize)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    alphabet[(seed % alphabet.len() as u64) as usize]
                })
                .collect();
            assert_eq!(cleaner.clean(&s), full(&s), "{s:?}");
        }
        assert!(is_plain_text("Apply by 14 February 2024."));
        assert!(!is_plain_text("a &amp; b"));
    }

    #[test]
    fn listing_dates_are_read_in_the_source_time_zone() {
        let t = parse_timestamp("2024-02-14T08:00:00+02:00", chrono_tz::UTC);
        assert_eq!(t, Utc.with_ymd_and_hms(2024, 2, 14, 6, 0, 0).single());
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
        let r = html(
            &deep,
            &url("https://s.example/"),
            &selectors("li", "h3", "a", None, None),
            chrono_tz::UTC,
        );
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
        let ex = html(
            page,
            &url("https://s.example/"),
            &selectors("li", "h3", "a", None, None),
            chrono_tz::UTC,
        )
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

    #[test]
    fn canonical_keeps_meaningful_queries() {
        assert_eq!(
            canonical(&url("https://a.example/p?b=2&utm_medium=m&fbclid=z")),
            "https://a.example/p?b=2"
        );
        assert_eq!(
            canonical(&url("https://a.example/p?utm_medium=m#x")),
            "https://a.example/p"
        );
    }
}
