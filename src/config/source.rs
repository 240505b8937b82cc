//! `[[source]]` and `[[feed]]`: the pages watched and the feeds published
//! from them, with the fingerprint that says when a source's cached
//! validators can no longer be trusted.

use std::collections::HashSet;
use std::ops::Range;
use std::time::Duration;

use chrono_tz::Tz;
use toml::de::DeValue;
use url::Url;

use super::error::Cx;
use super::selectors::{parse_pick, read_selectors, Pick, Selectors};
use super::table::{tables_of, valid_id, Tab, Val, ID_RULE};
use super::values::MAX_JITTER;
use super::{Fetch, Mail, Schedule};
use crate::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    Html,
    Feed,
    /// A feed when the document is one; else an HTML page read with
    /// `[source.select]` when given, else the feed the page advertises.
    Auto,
}

#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub url: Url,
    pub kind: SourceKind,
    pub schedule: Schedule,
    pub language: Lang,
    pub timezone: Tz,
    pub robots_txt: bool,
    /// Selectors: always present when `kind` is `Html`, never when `Feed`,
    /// and when `Auto` present if the config gives them.
    pub select: Option<Selectors>,
    /// Fetch each new item's own page once and read dates from its body too.
    pub follow: bool,
    /// Each run starts up to this long after its slot, so sources do not all fire at once.
    pub jitter: Duration,
    /// Where the body is on an item's own page (default: `main`, `article`, else `body`).
    pub body: Option<Pick>,
    /// A fingerprint of everything that decides what a fetch of this source yields;
    /// cached validators (ETag) are only trusted while it is unchanged.
    pub fingerprint: String,
}

#[derive(Debug, Clone)]
pub struct FeedDef {
    pub id: String,
    pub title: String,
    /// Source ids; `["*"]` expanded to all sources.
    pub sources: Vec<String>,
}

pub(super) fn read_sources(cx: &mut Cx, top: &mut Tab, mail: &Mail, fetch: &Fetch) -> Vec<Source> {
    let mut sources = Vec::new();
    let mut seen = HashSet::new();
    for mut t in tables_of(cx, top, "source") {
        let id = read_id(cx, &mut t, &mut seen, "another source");
        let title = t.string(cx, "title").map(|(s, _)| s);
        let url = t
            .required_string(cx, "url")
            .and_then(|(s, span)| match Url::parse(&s) {
                Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => Some(u),
                _ => {
                    cx.problem(span, &t.key("url"), format!("{s:?} is not an http(s) URL"));
                    None
                }
            });
        let kind = t.one_of(
            cx,
            "kind",
            |k| match k {
                "html" => Some(SourceKind::Html),
                "feed" => Some(SourceKind::Feed),
                "auto" => Some(SourceKind::Auto),
                _ => None,
            },
            KINDS,
            SourceKind::Auto,
        );
        let schedule = t.schedule(cx, "schedule", "*/30 * * * *");
        let language = t.one_of(cx, "language", |l| l.parse().ok(), LANGUAGES, Lang::Auto);
        let timezone = t.timezone(cx, "timezone", mail.timezone);
        let robots_txt = t.bool(cx, "robots_txt", fetch.robots_txt);
        let follow = t.bool(cx, "follow", false);
        let jitter = t.duration(cx, "jitter", Duration::ZERO, MAX_JITTER);
        let has_select = t.has("select");
        let mut sel_t = t.subtable(cx, "select");
        let select = match kind {
            SourceKind::Html => read_selectors(cx, &mut sel_t, has_select),
            SourceKind::Auto if sel_t.has("item") => read_selectors(cx, &mut sel_t, true),
            // A feed source may only say where the body of an item's own page is.
            SourceKind::Feed | SourceKind::Auto => None,
        };
        let body = sel_t.string(cx, "body").and_then(|(s, span)| {
            parse_pick(&s)
                .map_err(|m| cx.problem(span, &sel_t.key("body"), m))
                .ok()
        });
        if body.is_some() && !follow {
            cx.problem(
                sel_t.span.clone(),
                &sel_t.key("body"),
                "select.body is used only with follow = true",
            );
        }
        sel_t.finish(cx);
        let fingerprint = table_fingerprint(cx.text, &t);
        t.finish(cx);
        if let (Some((id, _)), Some(url)) = (id, url) {
            sources.push(Source {
                follow,
                jitter,
                body,
                title: title.unwrap_or_else(|| id.clone()),
                id,
                url,
                kind,
                schedule,
                language,
                timezone,
                robots_txt,
                select,
                fingerprint,
            });
        }
    }
    sources
}

/// The keys whose values decide what a scrape of a source yields.
const KINDS: &str = "\"auto\", \"html\", \"feed\"";
const LANGUAGES: &str = "\"en\", \"fi\", \"sv\", \"auto\"";

const FINGERPRINTED: [&str; 4] = ["url", "kind", "select", "follow"];

/// The exact text of what decides what a scrape yields (URL, kind, selectors),
/// hashed: a change makes a fresh fetch, not a 304 against the old validators,
/// and a new baseline (the items the new selectors find are not news).
fn table_fingerprint(text: &str, t: &Tab) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    if let Some(table) = t.table {
        let mut keys: Vec<_> = table
            .iter()
            .filter(|(k, _)| FINGERPRINTED.contains(&k.get_ref().as_ref()))
            .collect();
        keys.sort_by(|a, b| a.0.get_ref().cmp(b.0.get_ref()));
        for (k, v) in keys {
            h.update(k.get_ref().as_bytes());
            h.update([0]);
            hash_value(&mut h, text, v);
        }
    }
    hex::encode(&h.finalize()[..8])
}

/// Hashes a value by its text; a table (`[source.select]`) by its keys and
/// their values, since a table's own span does not cover what is in it.
fn hash_value(h: &mut sha2::Sha256, text: &str, v: &Val) {
    use sha2::Digest;
    match v.get_ref() {
        DeValue::Table(t) => {
            let mut keys: Vec<_> = t.iter().collect();
            keys.sort_by(|a, b| a.0.get_ref().cmp(b.0.get_ref()));
            for (k, v) in keys {
                h.update(k.get_ref().as_bytes());
                h.update([1]);
                hash_value(h, text, v);
            }
        }
        _ => {
            h.update(text.get(v.span()).unwrap_or_default().as_bytes());
            h.update([0]);
        }
    }
}

/// The `id` of a `[[source]]`, `[[feed]]` or `[[channel]]`: valid in a URL, and not one of
/// the ids `seen` so far (`taken` names what it would clash with).
pub(super) fn read_id(
    cx: &mut Cx,
    t: &mut Tab,
    seen: &mut HashSet<String>,
    taken: &str,
) -> Option<(String, Range<usize>)> {
    let (id, span) = t.required_string(cx, "id")?;
    if !valid_id(&id) {
        cx.problem(span.clone(), &t.key("id"), format!("{id:?}: {ID_RULE}"));
    } else if !seen.insert(id.clone()) {
        cx.problem(span.clone(), &t.key("id"), format!("{id:?} {taken}"));
    }
    Some((id, span))
}

pub(super) fn read_feeds(cx: &mut Cx, top: &mut Tab, sources: &[Source]) -> Vec<FeedDef> {
    let mut feeds = Vec::new();
    let mut seen: HashSet<String> = sources.iter().map(|s| s.id.clone()).collect();
    for mut t in tables_of(cx, top, "feed") {
        let id = read_id(cx, &mut t, &mut seen, "a source or another feed");
        let title = t.string(cx, "title").map(|(s, _)| s);
        let mut list = Vec::new();
        match t.get("sources") {
            None => list = sources.iter().map(|s| s.id.clone()).collect(),
            Some(v) => match v.get_ref() {
                DeValue::Array(items) => {
                    for item in items.iter() {
                        match item.get_ref().as_str() {
                            Some("*") => list.extend(sources.iter().map(|s| s.id.clone())),
                            Some(s) if sources.iter().any(|src| src.id == s) => {
                                list.push(s.to_string())
                            }
                            Some(s) => cx.problem(
                                item.span(),
                                &t.key("sources"),
                                format!("{s:?} is not the id of a [[source]]"),
                            ),
                            None => cx.problem(
                                item.span(),
                                &t.key("sources"),
                                "expected source ids (strings) or \"*\"",
                            ),
                        }
                    }
                }
                _ => cx.problem(
                    v.span(),
                    &t.key("sources"),
                    "expected a list such as [\"*\"] or [\"source-a\", \"source-b\"]",
                ),
            },
        }
        let mut dedup = HashSet::new();
        list.retain(|s| dedup.insert(s.clone()));
        t.finish(cx);
        if let Some((id, _)) = id {
            feeds.push(FeedDef {
                title: title.unwrap_or_else(|| id.clone()),
                id,
                sources: list,
            });
        }
    }
    feeds
}
