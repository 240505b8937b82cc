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
//!
//! Laid out by concern: `blocks` finds the repeating elements of a page and
//! reads each the way a person would (title, link, date, summary); `rank`
//! scores them and checks the best with the real extractor; `selectors`
//! derives the CSS selectors that read a block; `output` writes what
//! `tidings suggest` prints and appends to the config file.

mod blocks;
mod output;
mod rank;
mod selectors;
#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};

use chrono_tz::Tz;
use ego_tree::NodeId;
use scraper::{Html, Selector};
use url::Url;

use crate::config::Selectors;
use crate::extract::{self, Extraction};
use crate::extract::{clip, document_base};

use blocks::{repeating_groups, Group};
pub use output::{
    append_block, feed_title, language, preview, read_mentions, runners_up, source_block,
    source_id, taken_ids, toml_str, Block,
};
use rank::{check, penalise_containers, same_items};
use selectors::text_of;

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
