//! Ranking blocks: the signals that make a block look like the page's news
//! (count, title length, dates, summaries, article-like links; menus and
//! wrappers penalised), and the check that reads a block with the real
//! extractor and scores what it really gets.

use std::collections::HashSet;

use chrono_tz::Tz;
use scraper::{ElementRef, Html};
use url::Url;

use super::blocks::{article_like, Group};
use super::selectors::{item_selector, relative_pick};
use super::{Candidate, SelectorSet, MIN_ITEMS};
use crate::extract;
/// What decides how much a block looks like the page's news.
pub(super) struct Signals {
    pub(super) n: usize,
    /// Mean words in a title (capped): news titles are sentences, menu entries a word or two.
    pub(super) title_words: f64,
    pub(super) dated: f64,
    pub(super) summarised: f64,
    pub(super) headings: f64,
    /// Share of links to article-like paths (a slug, a number, a file).
    pub(super) slugs: f64,
    /// Distinct link targets per item.
    pub(super) distinct: f64,
    /// Distinct links in an item: a block of whole lists has many.
    pub(super) links_per_item: f64,
    pub(super) chrome: bool,
    pub(super) is_link: bool,
    /// Share of matched elements the extractor had to skip.
    pub(super) skipped: f64,
}

impl Signals {
    pub(super) fn score(&self) -> f64 {
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

/// A block whose items each hold several items of another good block is the
/// wrapper of that block (a column of lists, a section of cards), not a list
/// of items.
pub(super) fn penalise_containers(groups: &mut [Group]) {
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
pub(super) fn same_items(a: &Group, b: &Group) -> bool {
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
pub(super) fn check(doc: &Html, page: &str, url: &Url, tz: Tz, g: &Group) -> Option<Candidate> {
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
