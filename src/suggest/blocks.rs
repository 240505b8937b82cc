//! Finding the blocks of a page: elements of one tag and class signature
//! repeated in the same kind of place, each member read for its title, link,
//! date and summary; page chrome (menus, headers, sidebars) recognised.

use std::collections::{HashMap, HashSet};

use chrono_tz::Tz;
use ego_tree::NodeId;
use scraper::{ElementRef, Html};
use url::Url;

use super::rank::Signals;
use super::selectors::text_of;
use super::MIN_ITEMS;
use crate::{deadlines, extract};
/// Elements that can be one item of a listing.
pub(super) const ITEM_TAGS: &[&str] = &[
    "li", "article", "div", "section", "tr", "dd", "p", "a", "h2", "h3", "h4", "figure",
];

/// Nothing inside these is content a reader sees as an item.
pub(super) const OPAQUE: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "select", "button", "form", "iframe",
    "object",
];

/// Class and id words that name page chrome rather than content.
pub(super) const CHROME_WORDS: &[&str] = &[
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
pub(super) const STATE_CLASSES: &[&str] = &[
    "active", "current", "selected", "open", "first", "last", "odd", "even", "clearfix", "hidden",
    "visible", "show", "fade", "in",
];

/// Elements grouped by their own signature and their parent's: the same kind
/// of element in the same kind of place, wherever it repeats on the page.
pub(super) fn repeating_groups(doc: &Html) -> Vec<Vec<ElementRef<'_>>> {
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

pub(super) fn is_opaque(el: ElementRef) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| OPAQUE.contains(&a.value().name()))
}

/// Tag and stable classes, as a CSS compound selector: `li.news-item`.
pub(super) fn signature(el: ElementRef) -> String {
    let mut s = el.value().name().to_string();
    for c in stable_classes(el) {
        s.push('.');
        s.push_str(c);
    }
    s
}

/// The element's classes that look written by a person and say what it is:
/// no generated hashes, no per-item numbers, no state.
pub(super) fn stable_classes(el: ElementRef<'_>) -> Vec<&str> {
    let mut v: Vec<&str> = el
        .value()
        .classes()
        .filter(|c| usable_ident(c) && !generated_looking(c) && !STATE_CLASSES.contains(c))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

pub(super) fn stable_id(el: ElementRef<'_>) -> Option<&str> {
    el.value().id().filter(|id| {
        usable_ident(id) && !generated_looking(id) && !id.contains(|c: char| c.is_ascii_digit())
    })
}

/// A name that can be written in a selector as it is, without escapes.
pub(super) fn usable_ident(s: &str) -> bool {
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
pub(super) fn generated_looking(s: &str) -> bool {
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
pub(super) fn in_chrome(el: ElementRef) -> bool {
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
pub(super) struct Member<'a> {
    pub(super) el: ElementRef<'a>,
    pub(super) link: Option<(ElementRef<'a>, Url)>,
    pub(super) title: Option<ElementRef<'a>>,
    pub(super) title_words: usize,
    pub(super) heading: bool,
    pub(super) date: Option<(ElementRef<'a>, bool)>,
    pub(super) summary: Option<ElementRef<'a>>,
    pub(super) links: usize,
}

/// A set of repeated elements, with what a cheap first look says of it.
pub(super) struct Group<'a> {
    pub(super) members: Vec<Member<'a>>,
    pub(super) ids: HashSet<NodeId>,
    pub(super) prelim: f64,
    pub(super) chrome: bool,
    pub(super) container: bool,
}

impl<'a> Group<'a> {
    pub(super) fn read(els: Vec<ElementRef<'a>>, base: &Url, tz: Tz) -> Option<Group<'a>> {
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

pub(super) fn read_member<'a>(el: ElementRef<'a>, base: &Url, tz: Tz) -> Member<'a> {
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
pub(super) fn links_in<'a>(el: ElementRef<'a>, base: &Url) -> Vec<(ElementRef<'a>, Url)> {
    el.descendent_elements()
        .filter(|e| e.value().name() == "a" && !is_opaque_within(*e, el))
        .filter_map(|a| usable_href(a, base).map(|u| (a, u)))
        .collect()
}

pub(super) fn is_opaque_within(e: ElementRef, scope: ElementRef) -> bool {
    e.ancestors()
        .filter_map(ElementRef::wrap)
        .take_while(|a| a.id() != scope.id())
        .any(|a| OPAQUE.contains(&a.value().name()))
}

pub(super) fn usable_href(a: ElementRef, base: &Url) -> Option<Url> {
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
pub(super) fn article_like(u: &Url) -> bool {
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

pub(super) const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];
pub(super) const TITLE_WORDS: &[&str] = &["title", "headline", "heading", "titleline", "name"];

/// The element whose text is the item's title: a heading, else an element
/// named as a title, else the main link (or the first short text in it).
pub(super) fn title_target<'a>(
    el: ElementRef<'a>,
    links: &[(ElementRef<'a>, Url)],
) -> Option<ElementRef<'a>> {
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
pub(super) fn link_for_title<'a>(
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
pub(super) fn date_target<'a>(
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

pub(super) fn single_child(e: ElementRef) -> Option<ElementRef> {
    let mut kids = e.child_elements();
    let first = kids.next()?;
    kids.next().is_none().then_some(first)
}

pub(super) const SUMMARY_WORDS: &[&str] = &[
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
pub(super) fn summary_target<'a>(
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
