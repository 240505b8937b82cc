//! Suggesting a source for a page: the feed it advertises, else the block of
//! repeating items found by the page's structure, with CSS selectors for it.
//!
//! Owns: feed autodiscovery in a page, finding and ranking repeating item
//! blocks (repeated elements of one tag and class signature that each hold a
//! link and text, scored by count, title length, dates, summaries and links
//! to distinct article-like pages, menus and page chrome penalised), deriving
//! robust selectors for them, checking those selectors with the real
//! extractor, and the TOML text `tidings suggest` prints. Never does IO:
//! fetching and writing the config file are the command's.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use chrono_tz::Tz;
use ego_tree::NodeId;
use scraper::{ElementRef, Html, Selector};
use url::Url;

use crate::config::Selectors;
use crate::deadlines::{self, Lang};
use crate::extract::{self, Extraction, Item};
use crate::extract::{clip, document_base};

pub use crate::extract::FeedLink;

/// Selectors as the config file writes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelectorSet {
    pub item: String,
    pub title: String,
    pub link: String,
    pub date: Option<String>,
    pub summary: Option<String>,
}

impl SelectorSet {
    /// Compiles the selectors exactly as the config file's are compiled.
    pub fn compile(&self) -> Result<Selectors, String> {
        Selectors::parse(
            &self.item,
            &self.title,
            &self.link,
            self.date.as_deref(),
            self.summary.as_deref(),
        )
    }
}

/// One repeating block of items, with the selectors that read it.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub select: SelectorSet,
    /// Elements the item selector matches on the page.
    pub matched: usize,
    /// What `extract::html` reads with these selectors: exactly what a scrape gets.
    pub extraction: Extraction,
    pub score: f64,
}

/// What a page offers to a new source.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// The page's `<title>` (else its first `<h1>`).
    pub title: Option<String>,
    /// The primary subtag of `<html lang>`, lower-case, when given.
    pub lang: Option<String>,
    /// Feeds the page advertises, the page's own before comment feeds.
    pub feeds: Vec<FeedLink>,
    /// Repeating item blocks, best first.
    pub candidates: Vec<Candidate>,
    /// Why the page could not be read at all, when so.
    pub refused: Option<String>,
}

/// Fewer repetitions than this are not a listing.
const MIN_ITEMS: usize = 3;
/// How many blocks are checked with the real extractor (each check parses the page again).
const CHECKED: usize = 10;
/// How many items the preview shows.
pub const PREVIEW_ITEMS: usize = 5;

/// Elements that can be one item of a listing.
const ITEM_TAGS: &[&str] = &[
    "li", "article", "div", "section", "tr", "dd", "p", "a", "h2", "h3", "h4", "figure",
];

/// Nothing inside these is content a reader sees as an item.
const OPAQUE: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "select", "button", "form", "iframe",
    "object",
];

/// Class and id words that name page chrome rather than content.
const CHROME_WORDS: &[&str] = &[
    "menu",
    "menus",
    "submenu",
    "nav",
    "navbar",
    "navigation",
    "breadcrumb",
    "breadcrumbs",
    "footer",
    "header",
    "masthead",
    "sidebar",
    "widget",
    "share",
    "sharing",
    "social",
    "pagination",
    "pager",
    "cookie",
    "cookies",
    "tagcloud",
    "tags",
    "skip",
    "toolbar",
    "dropdown",
    "langswitcher",
    "language",
];

/// Classes that say what state an element is in, not what it is.
const STATE_CLASSES: &[&str] = &[
    "active", "current", "selected", "open", "first", "last", "odd", "even", "clearfix", "hidden",
    "visible", "show", "fade", "in",
];

/// Reads a page: its advertised feeds and its repeating item blocks, each
/// checked with the real extractor. `tz` reads listing dates as a source would.
pub fn analyse(page: &str, url: &Url, tz: Tz) -> Analysis {
    if extract::too_deep(page, extract::MAX_DEPTH) {
        return Analysis {
            refused: Some(extract::ExtractError::TooDeep.to_string()),
            ..Analysis::default()
        };
    }
    let doc = Html::parse_document(page);
    let base = document_base(&doc, url);
    let mut out = Analysis {
        title: page_title(&doc),
        lang: page_lang(&doc),
        feeds: extract::feed_links(&doc, &base),
        ..Analysis::default()
    };
    let order: HashMap<NodeId, usize> = doc
        .root_element()
        .descendent_elements()
        .enumerate()
        .map(|(i, e)| (e.id(), i))
        .collect();
    let mut groups: Vec<Group> = repeating_groups(&doc)
        .into_iter()
        .filter_map(|members| Group::read(members, &base, tz))
        .collect();
    penalise_containers(&mut groups);
    groups.sort_by(|a, b| {
        b.prelim
            .total_cmp(&a.prelim)
            .then_with(|| first_pos(a, &order).cmp(&first_pos(b, &order)))
    });
    let mut kept: Vec<&Group> = Vec::new();
    for g in &groups {
        if kept.len() >= CHECKED {
            break;
        }
        if !kept.iter().any(|k| same_items(k, g)) {
            kept.push(g);
        }
    }
    let mut candidates: Vec<Candidate> = kept
        .into_iter()
        .filter_map(|g| check(&doc, page, url, tz, g))
        .collect();
    candidates.sort_by(|a, b| b.score.total_cmp(&a.score));
    // Two blocks whose selectors read the same items are one suggestion.
    let mut seen: HashSet<Vec<String>> = HashSet::new();
    candidates.retain(|c| {
        seen.insert(
            c.extraction
                .items
                .iter()
                .map(|i| i.identity.clone())
                .collect(),
        )
    });
    out.candidates = candidates;
    out
}

fn first_pos(g: &Group, order: &HashMap<NodeId, usize>) -> usize {
    g.members
        .first()
        .and_then(|m| order.get(&m.el.id()))
        .copied()
        .unwrap_or(usize::MAX)
}

fn page_title(doc: &Html) -> Option<String> {
    static TITLE: std::sync::LazyLock<Option<Selector>> =
        std::sync::LazyLock::new(|| Selector::parse("title, h1").ok());
    let sel = TITLE.as_ref()?;
    doc.select(sel)
        .map(text_of)
        .find(|t| !t.is_empty())
        .map(|t| clip(&t, 100))
}

fn page_lang(doc: &Html) -> Option<String> {
    let lang = doc.root_element().value().attr("lang")?;
    let primary = lang.split(['-', '_']).next()?.trim().to_ascii_lowercase();
    (!primary.is_empty()).then_some(primary)
}

/// Elements grouped by their own signature and their parent's: the same kind
/// of element in the same kind of place, wherever it repeats on the page.
fn repeating_groups(doc: &Html) -> Vec<Vec<ElementRef<'_>>> {
    let mut by_key: HashMap<String, Vec<ElementRef>> = HashMap::new();
    let mut keys: Vec<String> = Vec::new();
    for el in doc.root_element().descendent_elements() {
        if !ITEM_TAGS.contains(&el.value().name()) || is_opaque(el) {
            continue;
        }
        let Some(parent) = el.parent().and_then(ElementRef::wrap) else {
            continue;
        };
        if matches!(parent.value().name(), "html") {
            continue;
        }
        let parent_sig = match stable_id(parent) {
            Some(id) => format!("{}#{id}", signature(parent)),
            None => signature(parent),
        };
        let key = format!("{parent_sig} > {}", signature(el));
        let entry = by_key.entry(key.clone()).or_default();
        if entry.is_empty() {
            keys.push(key);
        }
        entry.push(el);
    }
    // In document order of their first member, so equal scores rank the same way every run.
    keys.into_iter()
        .filter_map(|k| by_key.remove(&k))
        .filter(|m| m.len() >= MIN_ITEMS)
        .collect()
}

fn is_opaque(el: ElementRef) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| OPAQUE.contains(&a.value().name()))
}

/// Tag and stable classes, as a CSS compound selector: `li.news-item`.
fn signature(el: ElementRef) -> String {
    let mut s = el.value().name().to_string();
    for c in stable_classes(el) {
        s.push('.');
        s.push_str(c);
    }
    s
}

/// The element's classes that look written by a person and say what it is:
/// no generated hashes, no per-item numbers, no state.
fn stable_classes(el: ElementRef<'_>) -> Vec<&str> {
    let mut v: Vec<&str> = el
        .value()
        .classes()
        .filter(|c| usable_ident(c) && !generated_looking(c) && !STATE_CLASSES.contains(c))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn stable_id(el: ElementRef<'_>) -> Option<&str> {
    el.value().id().filter(|id| {
        usable_ident(id) && !generated_looking(id) && !id.contains(|c: char| c.is_ascii_digit())
    })
}

/// A name that can be written in a selector as it is, without escapes.
fn usable_ident(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '-')
        && s.len() <= 40
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && !s.starts_with("--")
        && !s.starts_with("-")
}

/// Class names made by tools (CSS modules, styled-components, hashes) or
/// carrying a per-item number: they change with the next deploy or item.
fn generated_looking(s: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "css-", "sc-", "jsx-", "svelte-", "ng-tns-", "ember", "emotion-",
    ];
    if PREFIXES.iter().any(|p| s.starts_with(p)) {
        return true;
    }
    s.split(['-', '_']).any(|part| {
        let digits = part.chars().filter(char::is_ascii_digit).count();
        let letters = part.chars().filter(char::is_ascii_alphabetic).count();
        let upper = part.chars().filter(char::is_ascii_uppercase).count();
        // "a1b2c3", "3xY7q", "post-1234", "ffa3c9"
        (digits > 0 && letters > 0 && part.len() >= 5)
            || digits >= 4
            || (upper > 0 && upper < letters && digits > 0)
            || (part.len() >= 6 && digits > 0 && part.chars().all(|c| c.is_ascii_hexdigit()))
    })
}

/// True when the element sits in page chrome: navigation, site header or
/// footer, a sidebar, a menu, a tag cloud.
fn in_chrome(el: ElementRef) -> bool {
    let words_of = |e: ElementRef| -> bool {
        e.value()
            .classes()
            .chain(e.value().id())
            .flat_map(|c| c.split(|ch: char| !ch.is_ascii_alphanumeric()))
            .any(|w| CHROME_WORDS.contains(&w.to_ascii_lowercase().as_str()))
    };
    let role_is_chrome = |e: ElementRef| {
        e.value().attr("role").is_some_and(|r| {
            matches!(
                r.trim().to_ascii_lowercase().as_str(),
                "navigation" | "banner" | "contentinfo" | "menu" | "menubar" | "complementary"
            )
        })
    };
    if role_is_chrome(el)
        || el.value().classes().any(|c| {
            c.split(|ch: char| !ch.is_ascii_alphanumeric())
                .any(|w| matches!(w.to_ascii_lowercase().as_str(), "menu" | "nav" | "navbar"))
        })
    {
        return true;
    }
    let mut in_article = false;
    for a in el.ancestors().filter_map(ElementRef::wrap) {
        let name = a.value().name();
        if matches!(name, "body" | "html") {
            break;
        }
        match name {
            "article" | "main" => in_article = true,
            "nav" | "aside" => return true,
            "header" | "footer" if !in_article => return true,
            _ => {}
        }
        if role_is_chrome(a) || words_of(a) {
            return true;
        }
    }
    false
}

/// One member of a group, read the way a person would read a list item.
struct Member<'a> {
    el: ElementRef<'a>,
    link: Option<(ElementRef<'a>, Url)>,
    title: Option<ElementRef<'a>>,
    title_words: usize,
    heading: bool,
    date: Option<(ElementRef<'a>, bool)>,
    summary: Option<ElementRef<'a>>,
    links: usize,
}

/// A set of repeated elements, with what a cheap first look says of it.
struct Group<'a> {
    members: Vec<Member<'a>>,
    ids: HashSet<NodeId>,
    prelim: f64,
    chrome: bool,
    container: bool,
}

impl<'a> Group<'a> {
    fn read(els: Vec<ElementRef<'a>>, base: &Url, tz: Tz) -> Option<Group<'a>> {
        let members: Vec<Member> = els.iter().map(|&el| read_member(el, base, tz)).collect();
        let usable = members
            .iter()
            .filter(|m| m.link.is_some() && m.title.is_some())
            .count();
        if usable < MIN_ITEMS || usable * 10 < members.len() * 7 {
            return None;
        }
        let chrome = in_chrome(els[0]);
        let n = members.len() as f64;
        let frac = |f: &dyn Fn(&Member) -> bool| members.iter().filter(|m| f(m)).count() as f64 / n;
        let links: HashSet<&str> = members
            .iter()
            .filter_map(|m| m.link.as_ref().map(|(_, u)| u.as_str()))
            .collect();
        let signals = Signals {
            n: usable,
            title_words: members
                .iter()
                .filter(|m| m.title.is_some())
                .map(|m| m.title_words.min(12) as f64)
                .sum::<f64>()
                / usable as f64,
            dated: frac(&|m| m.date.is_some()),
            summarised: frac(&|m| m.summary.is_some()),
            headings: frac(&|m| m.heading),
            slugs: frac(&|m| m.link.as_ref().is_some_and(|(_, u)| article_like(u))),
            distinct: links.len() as f64 / usable as f64,
            links_per_item: members.iter().map(|m| m.links as f64).sum::<f64>() / n,
            chrome,
            is_link: els[0].value().name() == "a",
            skipped: 0.0,
        };
        Some(Group {
            ids: els.iter().map(|e| e.id()).collect(),
            members,
            prelim: signals.score(),
            chrome,
            container: false,
        })
    }
}

/// What decides how much a block looks like the page's news.
struct Signals {
    n: usize,
    /// Mean words in a title (capped): news titles are sentences, menu entries a word or two.
    title_words: f64,
    dated: f64,
    summarised: f64,
    headings: f64,
    /// Share of links to article-like paths (a slug, a number, a file).
    slugs: f64,
    /// Distinct link targets per item.
    distinct: f64,
    /// Distinct links in an item: a block of whole lists has many.
    links_per_item: f64,
    chrome: bool,
    is_link: bool,
    /// Share of matched elements the extractor had to skip.
    skipped: f64,
}

impl Signals {
    fn score(&self) -> f64 {
        let mut s = 4.0 * (self.n.min(40) as f64).sqrt()
            + 3.0 * self.title_words.min(10.0)
            + 25.0 * self.dated
            + 8.0 * self.summarised
            + 8.0 * self.headings
            + 10.0 * self.slugs
            - 20.0 * self.skipped;
        s *= self.distinct.min(1.0);
        if self.title_words < 2.0 {
            s *= 0.6;
        }
        if self.links_per_item > 4.0 {
            s *= 4.0 / self.links_per_item;
        }
        if self.chrome {
            s *= 0.3;
        }
        if self.is_link {
            s *= 0.9;
        }
        s.max(0.0)
    }
}

fn read_member<'a>(el: ElementRef<'a>, base: &Url, tz: Tz) -> Member<'a> {
    let links = links_in(el, base);
    let distinct: HashSet<&str> = links.iter().map(|(_, u)| u.as_str()).collect();
    let title = title_target(el, &links);
    let link = title
        .and_then(|t| link_for_title(el, t, base))
        .or_else(|| links.iter().find(|(a, _)| !text_of(*a).is_empty()).cloned())
        .or_else(|| links.first().cloned());
    let title_words = title
        .map(|t| text_of(t).split_whitespace().count())
        .unwrap_or(0);
    let heading = el
        .descendent_elements()
        .any(|d| matches!(d.value().name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"));
    let date = date_target(el, title, tz);
    let summary = summary_target(el, title, date.map(|(d, _)| d));
    Member {
        el,
        link,
        title,
        title_words,
        heading,
        date,
        summary,
        links: distinct.len(),
    }
}

/// Links a reader can follow, in document order, the element itself first.
fn links_in<'a>(el: ElementRef<'a>, base: &Url) -> Vec<(ElementRef<'a>, Url)> {
    el.descendent_elements()
        .filter(|e| e.value().name() == "a" && !is_opaque_within(*e, el))
        .filter_map(|a| usable_href(a, base).map(|u| (a, u)))
        .collect()
}

fn is_opaque_within(e: ElementRef, scope: ElementRef) -> bool {
    e.ancestors()
        .filter_map(ElementRef::wrap)
        .take_while(|a| a.id() != scope.id())
        .any(|a| OPAQUE.contains(&a.value().name()))
}

fn usable_href(a: ElementRef, base: &Url) -> Option<Url> {
    let href = a.value().attr("href")?.trim();
    let lower = href.to_ascii_lowercase();
    if href.is_empty()
        || href.starts_with('#')
        || ["javascript:", "mailto:", "tel:", "data:"]
            .iter()
            .any(|p| lower.starts_with(p))
    {
        return None;
    }
    let u = base.join(href).ok()?;
    matches!(u.scheme(), "http" | "https").then_some(u)
}

/// A link to what looks like one article: its last path segment is a slug
/// (words joined by dashes), carries a number, or names a file.
fn article_like(u: &Url) -> bool {
    let last = u
        .path_segments()
        .and_then(|mut s| s.rfind(|p| !p.is_empty()))
        .unwrap_or_default();
    last.contains(['-', '_'])
        || last.chars().any(|c| c.is_ascii_digit())
        || last.len() >= 16
        || last.contains('.')
        || u.query()
            .is_some_and(|q| q.chars().any(|c| c.is_ascii_digit()))
}

const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];
const TITLE_WORDS: &[&str] = &["title", "headline", "heading", "titleline", "name"];

/// The element whose text is the item's title: a heading, else an element
/// named as a title, else the main link (or the first short text in it).
fn title_target<'a>(el: ElementRef<'a>, links: &[(ElementRef<'a>, Url)]) -> Option<ElementRef<'a>> {
    let short = |e: ElementRef| {
        let t = text_of(e);
        !t.is_empty() && t.chars().count() <= 300
    };
    let inner = || el.descendent_elements().skip(1);
    if let Some(h) = inner().find(|d| HEADINGS.contains(&d.value().name()) && short(*d)) {
        return Some(h);
    }
    let named = |d: &ElementRef| {
        d.value()
            .attr("itemprop")
            .is_some_and(|p| p.eq_ignore_ascii_case("headline") || p.eq_ignore_ascii_case("name"))
            || d.value().classes().any(|c| {
                c.split(|ch: char| !ch.is_ascii_alphanumeric())
                    .any(|w| TITLE_WORDS.contains(&w.to_ascii_lowercase().as_str()))
            })
    };
    if let Some(t) = inner().find(|d| named(d) && short(*d)) {
        return Some(t);
    }
    let (a, _) = links.iter().find(|(a, _)| !text_of(*a).is_empty())?;
    if text_of(*a).chars().count() <= 150 {
        return Some(*a);
    }
    // A whole card is one link: its first short text is the title.
    a.descendent_elements()
        .skip(1)
        .find(|d| {
            let t = text_of(*d);
            !t.is_empty()
                && t.chars().count() <= 150
                && d.child_elements().all(|c| text_of(c).is_empty())
        })
        .or(Some(*a))
}

/// The link that goes with a title: the title itself, a link inside it, or
/// the link around it.
fn link_for_title<'a>(
    el: ElementRef<'a>,
    title: ElementRef<'a>,
    base: &Url,
) -> Option<(ElementRef<'a>, Url)> {
    if let Some(u) = (title.value().name() == "a")
        .then(|| usable_href(title, base))
        .flatten()
    {
        return Some((title, u));
    }
    if let Some(found) = title
        .descendent_elements()
        .filter(|d| d.value().name() == "a")
        .find_map(|a| usable_href(a, base).map(|u| (a, u)))
    {
        return Some(found);
    }
    let mut up: Vec<ElementRef> = title
        .ancestors()
        .filter_map(ElementRef::wrap)
        .take_while(|a| a.id() != el.id())
        .collect();
    up.push(el);
    up.into_iter()
        .filter(|a| a.value().name() == "a")
        .find_map(|a| usable_href(a, base).map(|u| (a, u)))
}

/// Where the item's date is: a `<time>` (its `datetime` when that reads),
/// else the shortest element whose whole text is a date. `true` = the
/// `datetime` attribute.
fn date_target<'a>(
    el: ElementRef<'a>,
    title: Option<ElementRef<'a>>,
    tz: Tz,
) -> Option<(ElementRef<'a>, bool)> {
    let reads = |s: &str| extract::parse_timestamp(s, tz).is_some();
    for t in el
        .descendent_elements()
        .filter(|d| d.value().name() == "time")
    {
        if t.value().attr("datetime").is_some_and(reads) {
            return Some((t, true));
        }
        if reads(&text_of(t)) {
            return Some((t, false));
        }
    }
    let in_title = |d: ElementRef| {
        title.is_some_and(|t| {
            t.id() == d.id()
                || d.ancestors().any(|a| a.id() == t.id())
                || t.ancestors().any(|a| a.id() == d.id())
        })
    };
    el.descendent_elements()
        .skip(1)
        .filter(|d| !in_title(*d))
        .filter_map(|d| {
            let t = text_of(d);
            let len = t.chars().count();
            (len > 0 && len <= 40 && deadlines::parse_date(&t).is_some()).then_some((d, len))
        })
        .min_by_key(|(_, len)| *len)
        .map(|(mut d, _)| {
            // A wrapper around nothing but the date: the date's own element says more.
            let text = text_of(d);
            while let Some(only) = single_child(d).filter(|c| text_of(*c) == text) {
                d = only;
            }
            (d, false)
        })
}

fn single_child(e: ElementRef) -> Option<ElementRef> {
    let mut kids = e.child_elements();
    let first = kids.next()?;
    kids.next().is_none().then_some(first)
}

const SUMMARY_WORDS: &[&str] = &[
    "summary",
    "excerpt",
    "teaser",
    "description",
    "desc",
    "lead",
    "intro",
    "abstract",
    "content",
    "text",
    "body",
    "snippet",
];

/// The item's text beside its title and date: a paragraph, or an element
/// named as a summary.
fn summary_target<'a>(
    el: ElementRef<'a>,
    title: Option<ElementRef<'a>>,
    date: Option<ElementRef<'a>>,
) -> Option<ElementRef<'a>> {
    let related = |d: ElementRef, other: Option<ElementRef>| {
        other.is_some_and(|o| {
            o.id() == d.id()
                || d.ancestors().any(|a| a.id() == o.id())
                || o.ancestors().any(|a| a.id() == d.id())
        })
    };
    let named = |d: &ElementRef| {
        d.value().classes().any(|c| {
            c.split(|ch: char| !ch.is_ascii_alphanumeric())
                .any(|w| SUMMARY_WORDS.contains(&w.to_ascii_lowercase().as_str()))
        })
    };
    let fits = |d: &ElementRef, min: usize| {
        !related(*d, title)
            && !related(*d, date)
            && text_of(*d).chars().count() >= min
            && !HEADINGS.contains(&d.value().name())
            && d.value().name() != "a"
    };
    let inner = || el.descendent_elements().skip(1);
    inner()
        .find(|d| named(d) && fits(d, 8))
        .or_else(|| inner().find(|d| d.value().name() == "p" && fits(d, 20)))
        .or_else(|| {
            inner().find(|d| {
                matches!(d.value().name(), "div" | "span" | "section")
                    && fits(d, 40)
                    && d.child_elements()
                        .all(|c| !matches!(c.value().name(), "div" | "p" | "ul"))
            })
        })
}

/// A block whose items each hold several items of another good block is the
/// wrapper of that block (a column of lists, a section of cards), not a list
/// of items.
fn penalise_containers(groups: &mut [Group]) {
    let mut wrappers = Vec::new();
    for (i, a) in groups.iter().enumerate() {
        for b in groups.iter() {
            if b.members.len() < 2 * a.members.len() || b.prelim < 0.6 * a.prelim {
                continue;
            }
            let inside = b
                .members
                .iter()
                .filter(|m| m.el.ancestors().any(|anc| a.ids.contains(&anc.id())))
                .count();
            if inside * 10 >= b.members.len() * 8 {
                wrappers.push(i);
                break;
            }
        }
    }
    for i in wrappers {
        groups[i].container = true;
        groups[i].prelim *= 0.4;
    }
}

/// True when two groups are the same items at two depths: each member of
/// one holds (or is) exactly one member of the other.
fn same_items(a: &Group, b: &Group) -> bool {
    if a.members.len() != b.members.len() {
        return false;
    }
    let maps = |outer: &Group, inner: &Group| {
        let mut hit = HashSet::new();
        inner.members.iter().all(|m| {
            std::iter::once(m.el.id())
                .chain(m.el.ancestors().map(|x| x.id()))
                .find(|id| outer.ids.contains(id))
                .is_some_and(|id| hit.insert(id))
        })
    };
    maps(a, b) || maps(b, a)
}

/// Derives selectors for a group and reads the page with them through the
/// real extractor; `None` when no selectors read it.
fn check(doc: &Html, page: &str, url: &Url, tz: Tz, g: &Group) -> Option<Candidate> {
    let els: Vec<ElementRef> = g.members.iter().map(|m| m.el).collect();
    let (item, matched) = item_selector(doc, &els, &g.ids)?;
    let titles: Vec<Option<ElementRef>> = g.members.iter().map(|m| m.title).collect();
    let title = relative_pick(&els, &titles)?;
    let links: Vec<Option<ElementRef>> = g
        .members
        .iter()
        .map(|m| m.link.as_ref().map(|(a, _)| *a))
        .collect();
    let link = relative_pick(&els, &links)?;
    let dates: Vec<Option<(ElementRef, bool)>> = g.members.iter().map(|m| m.date).collect();
    let with_attr = dates.iter().flatten().filter(|(_, attr)| *attr).count();
    let without = dates.iter().flatten().count() - with_attr;
    let use_attr = with_attr >= without;
    let date_targets: Vec<Option<ElementRef>> = dates
        .iter()
        .map(|d| d.filter(|(_, attr)| *attr == use_attr).map(|(e, _)| e))
        .collect();
    let date = (date_targets.iter().flatten().count() * 2 >= els.len())
        .then(|| relative_pick(&els, &date_targets))
        .flatten();
    let summaries: Vec<Option<ElementRef>> = g.members.iter().map(|m| m.summary).collect();
    let summary = (summaries.iter().flatten().count() * 2 >= els.len())
        .then(|| relative_pick(&els, &summaries))
        .flatten();
    let pick = |form: String, attr: Option<&str>| match (form.as_str(), attr) {
        (":scope", Some(a)) => format!("@{a}"),
        (_, Some(a)) => format!("{form}@{a}"),
        _ => form,
    };
    let select = SelectorSet {
        item,
        title: title.0,
        link: pick(link.0, Some("href")),
        date: date.map(|(d, _)| pick(d, use_attr.then_some("datetime"))),
        summary: summary.map(|(s, _)| s),
    };
    let compiled = select.compile().ok()?;
    let extraction = extract::html(page, url, &compiled, tz).ok()?;
    let n = extraction.items.len();
    if n < MIN_ITEMS.min(matched) || n == 0 {
        return None;
    }
    let distinct: HashSet<&str> = extraction.items.iter().map(|i| i.link.as_str()).collect();
    let signals = Signals {
        n,
        title_words: extraction
            .items
            .iter()
            .map(|i| i.title.split_whitespace().count().min(12) as f64)
            .sum::<f64>()
            / n as f64,
        dated: extraction
            .items
            .iter()
            .filter(|i| i.published.is_some())
            .count() as f64
            / n as f64,
        summarised: extraction
            .items
            .iter()
            .filter(|i| i.summary.is_some())
            .count() as f64
            / n as f64,
        headings: g.members.iter().filter(|m| m.heading).count() as f64 / g.members.len() as f64,
        slugs: extraction
            .items
            .iter()
            .filter(|i| Url::parse(&i.link).is_ok_and(|u| article_like(&u)))
            .count() as f64
            / n as f64,
        distinct: distinct.len() as f64 / n as f64,
        links_per_item: g.members.iter().map(|m| m.links as f64).sum::<f64>()
            / g.members.len() as f64,
        chrome: g.chrome,
        is_link: els[0].value().name() == "a",
        skipped: extraction.skipped.len() as f64 / (n + extraction.skipped.len()) as f64,
    };
    let mut score = signals.score();
    if g.container {
        score *= 0.4;
    }
    Some(Candidate {
        select,
        matched,
        extraction,
        score,
    })
}

/// The simplest selector that matches exactly the group's elements on the
/// page (else the one matching the fewest others besides them).
fn item_selector(doc: &Html, els: &[ElementRef], ids: &HashSet<NodeId>) -> Option<(String, usize)> {
    let first = *els.first()?;
    let own = forms(first);
    let parent = first.parent().and_then(ElementRef::wrap);
    let parent_forms = parent.map(anchor_forms).unwrap_or_default();
    let grand = parent.and_then(|p| p.parent()).and_then(ElementRef::wrap);
    let grand_forms = grand.map(anchor_forms).unwrap_or_default();
    // A bare tag (`li`) matches whatever the page adds next: named forms first.
    let (named_own, bare_own): (Vec<String>, Vec<String>) =
        own.iter().cloned().partition(|f| f.contains('.'));
    let mut tries: Vec<String> = named_own;
    for p in parent_forms.iter().filter(|p| p.contains(['.', '#'])) {
        for o in &own {
            tries.push(format!("{p} > {o}"));
        }
    }
    tries.extend(bare_own);
    for p in &parent_forms {
        for o in &own {
            tries.push(format!("{p} > {o}"));
        }
    }
    for g in grand_forms.iter().take(3) {
        for p in parent_forms.iter().take(3) {
            for o in own.iter().take(2) {
                tries.push(format!("{g} > {p} > {o}"));
            }
        }
    }
    if let Some((id, depth)) = first
        .ancestors()
        .filter_map(ElementRef::wrap)
        .enumerate()
        .find_map(|(i, a)| stable_id(a).map(|id| (id, i)))
    {
        if depth >= 2 {
            for o in own.iter().take(2) {
                tries.push(format!("#{id} {o}"));
            }
        }
    }
    // The list right after its heading ("<h2 id=articles>" + "<ul>").
    if let (Some(p), Some(pf)) = (parent, parent_forms.last()) {
        if let Some(prev) = p.prev_siblings().filter_map(ElementRef::wrap).next() {
            for prev_form in anchor_forms(prev).iter().take(2) {
                for o in own.iter().take(2) {
                    tries.push(format!("{prev_form} + {pf} > {o}"));
                }
            }
        }
    }
    // Told apart by what each item holds: `li:has(time)`.
    for h in shared_inner_forms(els).iter().take(4) {
        for o in own.iter().take(2) {
            tries.push(format!("{o}:has({h})"));
            for p in parent_forms.iter().take(2) {
                tries.push(format!("{p} > {o}:has({h})"));
            }
        }
    }
    let mut best: Option<(String, usize, usize)> = None; // (selector, matched, extra)
    let mut seen = HashSet::new();
    for t in tries {
        if !seen.insert(t.clone()) {
            continue;
        }
        let Ok(sel) = Selector::parse(&t) else {
            continue;
        };
        let matched: Vec<NodeId> = doc.select(&sel).map(|e| e.id()).collect();
        let hit = matched.iter().filter(|id| ids.contains(id)).count();
        if hit < ids.len() {
            continue;
        }
        let extra = matched.len() - hit;
        if extra == 0 {
            return Some((t, matched.len()));
        }
        if best.as_ref().is_none_or(|(_, _, e)| extra < *e) {
            best = Some((t, matched.len(), extra));
        }
    }
    best.map(|(s, m, _)| (s, m))
}

/// Ways to write an element as one compound selector, the most specific last:
/// `li.news`, `li.item`, `li.item.news`, then `li`.
fn forms(el: ElementRef) -> Vec<String> {
    let tag = el.value().name();
    let classes = stable_classes(el);
    let mut v: Vec<String> = classes.iter().map(|c| format!("{tag}.{c}")).collect();
    if classes.len() > 1 {
        v.push(format!("{tag}.{}", classes.join(".")));
    }
    v.push(tag.to_string());
    v
}

/// Like [`forms`], with the element's id first when it looks stable.
fn anchor_forms(el: ElementRef) -> Vec<String> {
    let mut v = Vec::new();
    if let Some(id) = stable_id(el) {
        v.push(format!("#{id}"));
    }
    v.extend(forms(el));
    v
}

/// Compound selectors of descendants that every element holds: `time`,
/// `h3`, `span.date`.
fn shared_inner_forms(els: &[ElementRef]) -> Vec<String> {
    let mut shared: Option<Vec<String>> = None;
    for el in els {
        let mine: HashSet<String> = el
            .descendent_elements()
            .skip(1)
            .flat_map(|d| {
                let mut f = forms(d);
                if f.len() > 1 {
                    f.pop(); // the bare tag, unless it is all there is
                }
                f
            })
            .collect();
        shared = Some(match shared {
            None => {
                let mut v: Vec<String> = mine.into_iter().collect();
                v.sort();
                v
            }
            Some(prev) => prev.into_iter().filter(|f| mine.contains(f)).collect(),
        });
    }
    let mut v = shared.unwrap_or_default();
    // `time` and headings say most about an item; then classes.
    v.sort_by_key(|f| {
        (
            !(f == "time" || HEADINGS.contains(&f.as_str())),
            !f.contains('.'),
            f.len(),
        )
    });
    v
}

/// The selector, relative to each item, whose first match is the target in
/// the most items (ties: the shortest). `None` when it finds the target in
/// fewer than 60 % of the items that have one.
fn relative_pick(items: &[ElementRef], targets: &[Option<ElementRef>]) -> Option<(String, usize)> {
    let total = targets.iter().flatten().count();
    if total == 0 {
        return None;
    }
    let mut tries: Vec<String> = Vec::new();
    for (item, target) in items
        .iter()
        .zip(targets)
        .filter_map(|(i, t)| t.map(|t| (i, t)))
        .take(3)
    {
        if target.id() == item.id() {
            tries.push(":scope".into());
            continue;
        }
        let own = forms(target);
        tries.extend(own.iter().cloned());
        if let Some(prop) = target.value().attr("itemprop").filter(|p| usable_ident(p)) {
            tries.push(format!("[itemprop={prop}]"));
        }
        if let Some(parent) = target
            .parent()
            .and_then(ElementRef::wrap)
            .filter(|p| p.id() != item.id())
        {
            for pf in forms(parent).iter().take(2) {
                for o in own.iter().take(2) {
                    tries.push(format!("{pf} > {o}"));
                    tries.push(format!("{pf} {o}"));
                }
            }
        }
        if let Some(h) = target
            .ancestors()
            .filter_map(ElementRef::wrap)
            .take_while(|a| a.id() != item.id())
            .find(|a| HEADINGS.contains(&a.value().name()))
        {
            tries.push(format!("{} {}", h.value().name(), target.value().name()));
        }
    }
    let mut best: Option<(String, usize)> = None;
    let mut seen = HashSet::new();
    for t in tries {
        if !seen.insert(t.clone()) {
            continue;
        }
        let agree = if t == ":scope" {
            items
                .iter()
                .zip(targets)
                .filter(|(i, t)| t.is_some_and(|t| t.id() == i.id()))
                .count()
        } else {
            let Ok(sel) = Selector::parse(&t) else {
                continue;
            };
            items
                .iter()
                .zip(targets)
                .filter(|(i, t)| {
                    t.is_some_and(|t| i.select(&sel).next().is_some_and(|f| f.id() == t.id()))
                })
                .count()
        };
        // A class says what an element is; a bare tag only where it is.
        let named = |s: &str| s.contains(['.', '[']) || s == "time" || HEADINGS.contains(&s);
        let better = match &best {
            None => true,
            Some((b, n)) => {
                agree > *n
                    || (agree == *n
                        && (named(&t), std::cmp::Reverse(t.len()))
                            > (named(b), std::cmp::Reverse(b.len())))
            }
        };
        if better {
            best = Some((t, agree));
        }
    }
    best.filter(|(_, n)| *n * 10 >= total * 6)
}

fn text_of(e: ElementRef) -> String {
    extract::normalize_ws(&e.text().collect::<String>())
}

/// The language to write for a source: the page's own when tidings reads
/// it, else what its items' text looks like.
pub fn language(analysis_lang: Option<&str>, items: &[Item]) -> &'static str {
    match analysis_lang {
        Some("en") => "en",
        Some("fi") => "fi",
        Some("sv") => "sv",
        Some(_) => "auto",
        None => {
            let text: String = items
                .iter()
                .map(|i| format!("{} {}\n", i.title, i.summary.as_deref().unwrap_or_default()))
                .collect();
            match deadlines::detect_lang(&text) {
                Lang::En => "en",
                Lang::Fi => "fi",
                Lang::Sv => "sv",
                Lang::Auto => "auto",
            }
        }
    }
}

/// A source id from the URL's host and path, unique among `taken`:
/// `kotoutuminen-fi-en-information-for-authorities`.
pub fn source_id(url: &Url, taken: &HashSet<String>) -> String {
    let host = url.host_str().unwrap_or("source");
    let host = host.strip_prefix("www.").unwrap_or(host);
    let mut raw = host.to_string();
    for seg in url.path_segments().into_iter().flatten() {
        let seg = seg.rsplit_once('.').map_or(seg, |(stem, ext)| {
            if matches!(ext, "html" | "htm" | "php" | "aspx" | "asp" | "jsp" | "xml") {
                stem
            } else {
                seg
            }
        });
        if !seg.is_empty() {
            raw.push('-');
            raw.push_str(seg);
        }
    }
    let mut id = String::new();
    for c in raw.to_lowercase().chars() {
        let c = if c.is_ascii_lowercase() || c.is_ascii_digit() {
            c
        } else {
            '-'
        };
        if c == '-' && (id.is_empty() || id.ends_with('-')) {
            continue;
        }
        id.push(c);
    }
    let mut id = id.trim_end_matches('-').to_string();
    if id.is_empty() {
        id = "source".into();
    }
    const MAX: usize = 56; // room for "-99"
    if id.len() > MAX {
        let cut = id[..MAX].rfind('-').filter(|&c| c > 8).unwrap_or(MAX);
        id.truncate(cut);
    }
    if !taken.contains(&id) {
        return id;
    }
    (2..)
        .map(|n| format!("{id}-{n}"))
        .find(|c| !taken.contains(c))
        .unwrap_or(id)
}

/// A feed's own title, as plain text.
pub fn feed_title(body: &[u8]) -> Option<String> {
    let feed = feed_rs::parser::parse(body).ok()?;
    let title = extract::text_of_html(&feed.title?.content);
    (!title.is_empty()).then(|| clip(&title, 100))
}

/// A TOML basic string, escaped as the format requires.
pub fn toml_str(s: &str) -> String {
    toml_edit::Value::from(s).to_string().trim().to_string()
}

/// What the printed block says about a source.
#[derive(Debug, Clone)]
pub struct Block<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub url: &'a Url,
    pub language: &'a str,
    /// `None`: a feed source.
    pub select: Option<&'a SelectorSet>,
}

/// The `[[source]]` table, ready to paste into the config file.
pub fn source_block(b: &Block) -> String {
    let mut out = String::new();
    out.push_str("[[source]]\n");
    out.push_str(&format!("id = {}\n", toml_str(b.id)));
    out.push_str(&format!("title = {}\n", toml_str(b.title)));
    out.push_str(&format!("url = {}\n", toml_str(b.url.as_str())));
    out.push_str(&format!(
        "kind = {}\n",
        toml_str(if b.select.is_some() { "html" } else { "feed" })
    ));
    out.push_str("schedule = \"*/30 * * * *\"\n");
    out.push_str(&format!("language = {}\n", toml_str(b.language)));
    if let Some(s) = b.select {
        out.push_str("[source.select]\n");
        out.push_str(&format!("item = {}\n", toml_str(&s.item)));
        out.push_str(&format!("title = {}\n", toml_str(&s.title)));
        out.push_str(&format!("link = {}\n", toml_str(&s.link)));
        if let Some(d) = &s.date {
            out.push_str(&format!("date = {}\n", toml_str(d)));
        }
        if let Some(d) = &s.summary {
            out.push_str(&format!("summary = {}\n", toml_str(d)));
        }
    }
    out
}

/// The first items as TOML comments: title, link, date, summary and the
/// deadlines and events read from them.
pub fn preview(items: &[Item], tz: Tz) -> String {
    let mut out = String::new();
    for (n, i) in items.iter().take(PREVIEW_ITEMS).enumerate() {
        out.push_str(&format!("# {:>2}. {}\n", n + 1, one_line(&i.title, 110)));
        out.push_str(&format!("#     link:    {}\n", i.link));
        match i.published {
            Some(p) => out.push_str(&format!(
                "#     date:    {}\n",
                p.with_timezone(&tz).format("%Y-%m-%d")
            )),
            None => out.push_str("#     date:    (none)\n"),
        }
        if let Some(s) = &i.summary {
            out.push_str(&format!(
                "#     summary: {}\n",
                one_line(&extract::text_of_html(s), 100)
            ));
        }
        for m in &i.mentions {
            out.push_str(&format!(
                "#     {} — {}\n",
                crate::publish::mention_label(m),
                one_line(&m.text, 80)
            ));
        }
    }
    if items.len() > PREVIEW_ITEMS {
        out.push_str(&format!(
            "#     … and {} more\n",
            items.len() - PREVIEW_ITEMS
        ));
    }
    out
}

fn one_line(s: &str, max: usize) -> String {
    clip(&extract::normalize_ws(s), max)
}

/// The other blocks found, as comments: each with its selectors and first titles.
pub fn runners_up(candidates: &[Candidate]) -> String {
    let mut out = String::new();
    for c in candidates {
        let titles: Vec<String> = c
            .extraction
            .items
            .iter()
            .take(3)
            .map(|i| format!("{:?}", clip(&i.title, 50)))
            .collect();
        out.push_str(&format!(
            "#   item = {}  ({} items: {})\n",
            toml_str(&c.select.item),
            c.extraction.items.len(),
            titles.join(", ")
        ));
        let mut rest = format!(
            "#     title = {}, link = {}",
            toml_str(&c.select.title),
            toml_str(&c.select.link)
        );
        if let Some(d) = &c.select.date {
            rest.push_str(&format!(", date = {}", toml_str(d)));
        }
        if let Some(s) = &c.select.summary {
            rest.push_str(&format!(", summary = {}", toml_str(s)));
        }
        out.push_str(&rest);
        out.push('\n');
    }
    out
}

/// Fills in the deadlines and events of the items, as a scrape would.
pub fn read_mentions(ex: &mut Extraction, language: &str, today: NaiveDate, tz: Tz) {
    let lang = match language {
        "en" => Lang::En,
        "fi" => Lang::Fi,
        "sv" => Lang::Sv,
        _ => Lang::Auto,
    };
    extract::read_mentions(ex, lang, today, tz, |_| false);
}

/// Appends `block` to the config file's text, keeping everything in it as
/// it is; fails when the result is not TOML. (The caller checks it as a config.)
pub fn append_block(config_text: &str, block: &str) -> Result<String, String> {
    config_text
        .parse::<toml_edit::DocumentMut>()
        .map_err(|e| format!("the config file is not valid TOML: {}", e.message()))?;
    let mut out = config_text.to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    if !out.is_empty() && !out.ends_with("\n\n") {
        out.push('\n');
    }
    out.push_str(block);
    let doc = out.parse::<toml_edit::DocumentMut>().map_err(|e| {
        format!(
            "the new source would not fit the config file: {}",
            e.message()
        )
    })?;
    if doc
        .get("source")
        .and_then(|s| s.as_array_of_tables())
        .is_none()
    {
        return Err(
            "the config file writes `source` in a form a [[source]] table cannot extend".into(),
        );
    }
    Ok(out)
}

/// The ids of sources and `[[feed]]`s in a config file, read with toml_edit.
pub fn taken_ids(config_text: &str) -> HashSet<String> {
    let Ok(doc) = config_text.parse::<toml_edit::DocumentMut>() else {
        return HashSet::new();
    };
    ["source", "feed"]
        .iter()
        .filter_map(|k| doc.get(k).and_then(|v| v.as_array_of_tables()))
        .flat_map(|a| a.iter())
        .filter_map(|t| t.get("id").and_then(|v| v.as_str()).map(str::to_string))
        .collect()
}

#[cfg(test)]
mod tests {
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
}
