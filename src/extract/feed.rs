//! Items out of an RSS, Atom or JSON feed, read by feed-rs after
//! [`repair`](super::repair) has mended the document.
//!
//! Owns: what an entry becomes (its link, title, summary and identity), and
//! leaving out an entry that cannot be read with its reason, never the feed.

use url::Url;

use super::identity::{canonical, content_identity, is_web, join_text, resolve, stand_in_title};
use super::limits::{too_deep, MAX_DEPTH};
use super::text::{clip, escape_html, normalize_ws, text_of_html, Cleaner};
use super::{repair, ExtractError, Extraction, Item};

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
            raw_hash: None,
            seen_as_before: false,
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

/// True when text reads as HTML: a closing tag, a line break, or a character reference.
fn looks_like_html(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(3)
        .any(|w| w[0] == b'<' && w[1] == b'/' && w[2].is_ascii_alphabetic())
        || text.contains("<br")
        || text.contains("<p>")
        || (text.contains('&') && text.contains(';'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::url;

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
}
