//! Items out of a fetched page: by CSS selectors for HTML listings, by
//! feed-rs for RSS/Atom/JSON Feed.
//!
//! Owns: what an item is before it is stored ([`Item`]), its identity rule
//! (feed guid, else canonical link, else a hash of title and date), link
//! canonicalisation, listing dates, and sanitizing the HTML we keep.
//! Never does IO, and never holds a parsed `Html` across an await: every
//! function here is plain and synchronous.
//!
//! By part: `page` (HTML listings by selectors, an item's own page), `feed`
//! (feeds, read leniently), [`repair`] (feeds mended before they are
//! parsed), `discover` (advertised feeds), `identity` (what tells items
//! apart and names them), `text` (sanitizing, plain text, escaping) and
//! `limits` (what a page may cost). Callers use the names re-exported here.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use crate::deadlines::{self, Mention};

mod discover;
mod feed;
mod identity;
mod limits;
mod page;
pub mod repair;
mod text;

pub use discover::{advertised_feeds, document_base, feed_links, FeedLink};
pub use feed::feed;
pub use identity::{canonical, parse_timestamp};
pub use limits::{first_elements, too_deep, MAX_DEPTH, MAX_ELEMENTS};
pub use page::{body_text, html, html_at_most, html_known, SeenBefore};
pub use text::{clip, escape_html, normalize_ws, text_of_html};

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
    /// A hash of the markup the item was read from (HTML listings only),
    /// stored so the next scrape can tell the item is as it was without
    /// reading it again.
    pub raw_hash: Option<i64>,
    /// The item's markup is the one stored before (same identity, same
    /// `raw_hash`): only its identity was read, and the store only notes it
    /// was seen. Its other fields are empty.
    pub seen_as_before: bool,
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

impl Extraction {
    /// The identities of the items read whole (not only named as they were
    /// last time): what the store is asked about before dates are read.
    pub fn read_whole(&self) -> Vec<String> {
        self.items
            .iter()
            .filter(|i| !i.seen_as_before)
            .map(|i| i.identity.clone())
            .collect()
    }
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
        if item.seen_as_before || unchanged(item) {
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

/// A URL the unit tests of `extract` write out whole.
#[cfg(test)]
fn url(s: &str) -> url::Url {
    url::Url::parse(s).unwrap_or_else(|e| panic!("{e}"))
}
