//! What tells one item from another and what names it: the identity rule
//! (feed guid, else canonical link, else a hash of title and date), links as
//! published and made absolute, stand-in titles, and listing dates.
//!
//! Owns: the rule that decides whether two sightings are the same item, so
//! the store keeps each item once. Never looks at markup.

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use sha2::{Digest, Sha256};
use url::Url;

use super::text::normalize_ws;
use crate::deadlines;

/// A link as published, made absolute against `base` when it is relative,
/// with its parsed form (for identity); `None` for what is not a web address.
pub(super) fn resolve(base: &Url, raw: &str) -> Option<(String, Url)> {
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

/// A name for an item that has none: the first words of its text, else its date.
pub(super) fn stand_in_title(text: &str, published: Option<DateTime<Utc>>) -> Option<String> {
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

pub(super) fn join_text(title: &str, summary: &str) -> String {
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
pub(super) fn is_web(url: &Url) -> bool {
    matches!(url.scheme(), "http" | "https")
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

pub(super) fn content_identity(title: &str, published: Option<DateTime<Utc>>) -> String {
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
    use super::*;
    use crate::extract::url;

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
    fn listing_dates_are_read_in_the_source_time_zone() {
        let t = parse_timestamp("2024-02-14T08:00:00+02:00", chrono_tz::UTC);
        assert_eq!(t, Utc.with_ymd_and_hms(2024, 2, 14, 6, 0, 0).single());
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
