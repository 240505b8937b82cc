//! Published documents: RSS 2.0, Atom 1.0, JSON Feed 1.1, iCalendar and OPML.
//!
//! Owns: turning stored items into those formats, byte for byte the same for
//! the same items (so ETags are stable). Pure: takes items, returns strings;
//! never touches the database or the network.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use serde_json::json;
use url::Url;

use crate::deadlines::{Kind, Mention};
use crate::extract::escape_html as escape;
use crate::lang::{self, Lang};
use crate::store::{Dated, StoredItem};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Rss,
    Atom,
    Json,
}

impl Format {
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext {
            "rss" => Some(Format::Rss),
            "atom" => Some(Format::Atom),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Rss => "rss",
            Format::Atom => "atom",
            Format::Json => "json",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Rss => "application/rss+xml; charset=utf-8",
            Format::Atom => "application/atom+xml; charset=utf-8",
            Format::Json => "application/feed+json; charset=utf-8",
        }
    }
}

/// One feed to render.
pub struct FeedView<'a> {
    pub id: &'a str,
    pub title: &'a str,
    /// The page the feed is about (the source's page, or our front page).
    pub home: &'a Url,
    pub base_url: &'a Url,
    pub items: &'a [StoredItem],
    /// Source id → title, to name an item's source.
    pub source_titles: &'a HashMap<String, String>,
}

impl FeedView<'_> {
    pub fn self_url(&self, format: Format) -> String {
        feed_url(self.base_url, self.id, format.extension())
    }

    /// The newest change among the items: the feed's own "updated".
    pub fn updated(&self) -> DateTime<Utc> {
        self.items
            .iter()
            .map(|i| i.updated.max(i.date()))
            .max()
            .unwrap_or_default()
    }
}

/// `<base_url>/feeds/<id>.<ext>`
pub fn feed_url(base: &Url, id: &str, ext: &str) -> String {
    format!("{}/feeds/{id}.{ext}", base.as_str().trim_end_matches('/'))
}

pub fn render(view: &FeedView, format: Format) -> String {
    match format {
        Format::Rss => rss(view),
        Format::Atom => atom(view),
        Format::Json => json_feed(view),
    }
}

/// "Deadline: 18 February 2024": feeds and calendars are written in English.
pub fn mention_label(m: &Mention) -> String {
    lang::mention_label(Lang::En, m)
}

fn mention_term(m: &Mention) -> String {
    let kind = m.kind.as_str();
    match m.end {
        Some(end) if end != m.date => format!("{kind}:{}/{end}", m.date),
        _ => format!("{kind}:{}", m.date),
    }
}

/// The item's HTML as readers see it: its (already sanitized) summary, then
/// the deadlines and events read out of it.
pub fn item_html(item: &StoredItem) -> String {
    let mut html = item.summary.clone().unwrap_or_default();
    if !item.mentions.is_empty() {
        html.push_str("<ul class=\"tidings-dates\">");
        for m in &item.mentions {
            html.push_str("<li><strong>");
            html.push_str(&escape(&mention_label(m)));
            html.push_str("</strong> — ");
            html.push_str(&escape(&m.text));
            html.push_str("</li>");
        }
        html.push_str("</ul>");
    }
    html
}

fn source_title<'a>(view: &'a FeedView, item: &'a StoredItem) -> &'a str {
    view.source_titles
        .get(&item.source_id)
        .map(String::as_str)
        .unwrap_or(item.source_id.as_str())
}

fn rss(view: &FeedView) -> String {
    let items = view
        .items
        .iter()
        .map(|item| rss::Item {
            title: Some(item.title.clone()),
            link: Some(item.link.clone()),
            description: Some(item_html(item)).filter(|h| !h.is_empty()),
            guid: Some(rss::Guid {
                value: item.uid.clone(),
                permalink: false,
            }),
            pub_date: Some(item.date().to_rfc2822()),
            categories: item
                .mentions
                .iter()
                .map(|m| rss::Category {
                    name: mention_label(m),
                    domain: None,
                })
                .collect(),
            source: Some(rss::Source {
                url: feed_url(view.base_url, &item.source_id, "rss"),
                title: Some(source_title(view, item).to_string()),
            }),
            ..Default::default()
        })
        .collect();
    let channel = rss::Channel {
        title: view.title.to_string(),
        link: view.home.to_string(),
        description: format!("{} — published by tidings", view.title),
        last_build_date: Some(view.updated().to_rfc2822()),
        generator: Some(format!("tidings {}", env!("CARGO_PKG_VERSION"))),
        ttl: Some("30".into()),
        items,
        atom_ext: Some(rss::extension::atom::AtomExtension {
            links: vec![atom_syndication::Link {
                href: view.self_url(Format::Rss),
                rel: "self".into(),
                mime_type: Some("application/rss+xml".into()),
                ..Default::default()
            }],
        }),
        ..Default::default()
    };
    channel.to_string()
}

fn atom(view: &FeedView) -> String {
    use atom_syndication::{Category, Content, Entry, Feed, Generator, Link, Person, Text};
    let entries = view
        .items
        .iter()
        .map(|item| {
            let html = item_html(item);
            Entry {
                title: Text::plain(item.title.clone()),
                id: item.uid.clone(),
                updated: item.updated.max(item.date()).fixed_offset(),
                published: Some(item.date().fixed_offset()),
                authors: vec![Person {
                    name: source_title(view, item).to_string(),
                    ..Default::default()
                }],
                links: vec![Link {
                    href: item.link.clone(),
                    rel: "alternate".into(),
                    mime_type: Some("text/html".into()),
                    ..Default::default()
                }],
                categories: item
                    .mentions
                    .iter()
                    .map(|m| Category {
                        term: mention_term(m),
                        scheme: Some("urn:tidings:dates".into()),
                        label: Some(mention_label(m)),
                    })
                    .collect(),
                content: (!html.is_empty()).then(|| Content {
                    value: Some(html),
                    content_type: Some("html".into()),
                    ..Default::default()
                }),
                ..Default::default()
            }
        })
        .collect();
    let feed = Feed {
        title: Text::plain(view.title.to_string()),
        id: view.self_url(Format::Atom),
        updated: view.updated().fixed_offset(),
        links: vec![
            Link {
                href: view.self_url(Format::Atom),
                rel: "self".into(),
                mime_type: Some("application/atom+xml".into()),
                ..Default::default()
            },
            Link {
                href: view.home.to_string(),
                rel: "alternate".into(),
                mime_type: Some("text/html".into()),
                ..Default::default()
            },
        ],
        generator: Some(Generator {
            value: "tidings".into(),
            uri: None,
            version: Some(env!("CARGO_PKG_VERSION").into()),
        }),
        entries,
        ..Default::default()
    };
    feed.to_string()
}

fn json_feed(view: &FeedView) -> String {
    let items: Vec<serde_json::Value> = view
        .items
        .iter()
        .map(|item| {
            let html = item_html(item);
            let mut v = json!({
                "id": item.uid,
                "url": item.link,
                "title": item.title,
                "content_html": html,
                "date_published": item.date().to_rfc3339(),
                "date_modified": item.updated.max(item.date()).to_rfc3339(),
                "authors": [{"name": source_title(view, item)}],
                "tags": item.mentions.iter().map(mention_label).collect::<Vec<_>>(),
            });
            if !item.mentions.is_empty() {
                v["_tidings"] = json!({ "dates": item.mentions });
            }
            v
        })
        .collect();
    let feed = json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": view.title,
        "home_page_url": view.home.as_str(),
        "feed_url": view.self_url(Format::Json),
        "items": items,
    });
    serde_json::to_string_pretty(&feed).unwrap_or_default()
}

/// OPML listing every published feed, for importing all at once.
pub fn opml(base_url: &Url, feeds: &[(String, String)]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n<head><title>tidings feeds</title></head>\n<body>\n",
    );
    for (id, title) in feeds {
        out.push_str(&format!(
            "<outline type=\"rss\" text=\"{t}\" title=\"{t}\" xmlUrl=\"{x}\" htmlUrl=\"{h}\"/>\n",
            t = escape(title),
            x = escape(&feed_url(base_url, id, "atom")),
            h = escape(base_url.as_str()),
        ));
    }
    out.push_str("</body>\n</opml>\n");
    out
}

/// RFC 5545 text escaping.
fn ics_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a character.
fn ics_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

/// An iCalendar of deadlines and events: all-day VEVENTs whose UIDs stay the
/// same as long as the item and the date do.
pub fn ics(name: &str, dated: &[Dated], stamp: DateTime<Utc>) -> String {
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//tidings//deadlines//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        ics_line(&mut out, l);
    }
    ics_line(&mut out, &format!("X-WR-CALNAME:{}", ics_text(name)));
    let dtstamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for d in dated {
        let m = &d.mention;
        let last = m.end.unwrap_or(m.date);
        // DTEND of an all-day event is exclusive: the day after the last day.
        let end = last + Duration::days(1);
        let uid = format!(
            "{}-{}-{}@tidings",
            d.item_uid.trim_start_matches("urn:uuid:"),
            m.kind.as_str(),
            m.date.format("%Y%m%d")
        );
        let summary = match m.kind {
            Kind::Deadline => format!("{}: {}", lang::word(Lang::En, "deadline"), d.item_title),
            Kind::Event => d.item_title.clone(),
        };
        ics_line(&mut out, "BEGIN:VEVENT");
        ics_line(&mut out, &format!("UID:{uid}"));
        ics_line(&mut out, &format!("DTSTAMP:{dtstamp}"));
        ics_line(
            &mut out,
            &format!("DTSTART;VALUE=DATE:{}", m.date.format("%Y%m%d")),
        );
        ics_line(
            &mut out,
            &format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")),
        );
        ics_line(&mut out, &format!("SUMMARY:{}", ics_text(&summary)));
        ics_line(&mut out, &format!("DESCRIPTION:{}", ics_text(&m.text)));
        ics_line(&mut out, &format!("URL:{}", ics_text(&d.item_link)));
        ics_line(
            &mut out,
            &format!("CATEGORIES:{}", m.kind.as_str().to_ascii_uppercase()),
        );
        ics_line(&mut out, "TRANSP:TRANSPARENT");
        ics_line(&mut out, "END:VEVENT");
    }
    ics_line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, TimeZone};

    fn item(n: i64, title: &str, summary: &str) -> StoredItem {
        let t = Utc
            .timestamp_opt(1_700_000_000 + n, 0)
            .single()
            .unwrap_or_default();
        StoredItem {
            id: n,
            source_id: "src".into(),
            uid: crate::store::item_uid("src", &n.to_string()),
            title: title.into(),
            link: format!("https://example.org/{n}"),
            summary: Some(summary.into()),
            text: Some(crate::extract::text_of_html(summary)),
            published: Some(t),
            first_seen: t,
            updated: t,
            baseline: false,
            mentions: vec![Mention {
                kind: Kind::Deadline,
                date: NaiveDate::from_ymd_opt(2024, 2, 18).unwrap_or_default(),
                end: None,
                text: "no later than February 18, 2024".into(),
            }],
        }
    }

    fn view_of<'a>(
        items: &'a [StoredItem],
        titles: &'a HashMap<String, String>,
        base: &'a Url,
    ) -> FeedView<'a> {
        FeedView {
            id: "src",
            title: "Source & <Co>",
            home: base,
            base_url: base,
            items,
            source_titles: titles,
        }
    }

    #[test]
    fn every_format_parses_back_with_the_same_ids_and_titles() {
        let items = vec![
            item(2, "Two <b>", "<p>second</p>"),
            item(1, "One & only", "<p>first</p>"),
        ];
        let titles = HashMap::from([("src".to_string(), "Source".to_string())]);
        let base = Url::parse("http://localhost:8080/").unwrap_or_else(|e| panic!("{e}"));
        let view = view_of(&items, &titles, &base);
        for format in [Format::Rss, Format::Atom, Format::Json] {
            let body = render(&view, format);
            let parsed = feed_rs::parser::parse(body.as_bytes())
                .unwrap_or_else(|e| panic!("{format:?}: {e}\n{body}"));
            assert_eq!(parsed.entries.len(), 2, "{format:?}");
            assert_eq!(parsed.entries[0].id, items[0].uid, "{format:?}");
            assert_eq!(
                parsed.entries[1].title.as_ref().map(|t| t.content.as_str()),
                Some("One & only"),
                "{format:?}"
            );
            assert_eq!(body, render(&view, format), "rendering is deterministic");
        }
    }

    #[test]
    fn control_characters_from_a_hostile_page_never_break_the_xml() {
        // XML 1.0 has no way to write U+0001 and the like, not even escaped:
        // one such character in a title would make the whole feed unreadable.
        let page =
            "<li><h3><a href=\"/1\">Bad&#1;title\u{1b}</a></h3><p>sum&#x8;mary\u{fffe}</p></li>";
        let select = crate::config::Selectors {
            item: scraper::Selector::parse("li")
                .unwrap_or_else(|e| panic!("{e:?}"))
                .into(),
            title: crate::config::parse_pick("h3").unwrap_or_else(|e| panic!("{e}")),
            link: Some(crate::config::parse_pick("a").unwrap_or_else(|e| panic!("{e}"))),
            date: None,
            summary: Some(crate::config::parse_pick("p").unwrap_or_else(|e| panic!("{e}"))),
        };
        let base = Url::parse("https://s.example/").unwrap_or_else(|e| panic!("{e}"));
        let ex = crate::extract::html(page, &base, &select, chrono_tz::UTC)
            .unwrap_or_else(|e| panic!("{e}"));
        let got = &ex.items[0];
        let mut it = item(1, &got.title, got.summary.as_deref().unwrap_or_default());
        it.mentions[0].text = got.title.clone();
        let items = vec![it];
        let titles = HashMap::new();
        let view = view_of(&items, &titles, &base);
        for format in [Format::Rss, Format::Atom] {
            let body = render(&view, format);
            assert!(
                !body.contains(
                    |c: char| (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
                        || c == '\u{fffe}'
                ),
                "{format:?}: {body:?}"
            );
            let parsed = feed_rs::parser::parse(body.as_bytes())
                .unwrap_or_else(|e| panic!("{format:?}: {e}\n{body}"));
            assert_eq!(parsed.entries.len(), 1);
        }
    }

    #[test]
    fn calendars_use_exclusive_all_day_ends_and_fold_long_lines() {
        let mut it = item(1, "Integration 2024", "");
        it.mentions[0] = Mention {
            kind: Kind::Event,
            date: NaiveDate::from_ymd_opt(2024, 11, 14).unwrap_or_default(),
            end: NaiveDate::from_ymd_opt(2024, 11, 15),
            text: "x".repeat(200),
        };
        let dated = vec![Dated {
            mention: it.mentions[0].clone(),
            item_id: 1,
            item_uid: it.uid.clone(),
            item_title: it.title.clone(),
            item_link: it.link.clone(),
            source_id: "src".into(),
        }];
        let cal = ics(
            "t",
            &dated,
            Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
        );
        assert!(cal.contains("DTSTART;VALUE=DATE:20241114\r\n"));
        assert!(cal.contains("DTEND;VALUE=DATE:20241116\r\n"));
        assert!(cal.lines().all(|l| l.len() <= 75), "{cal}");
    }
}
