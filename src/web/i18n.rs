//! The language of the pages: choosing it for a request.
//!
//! Owns: choosing the language of a request (`?lang=` first, which the page
//! then keeps in a `lang` cookie; else the cookie; else `Accept-Language`;
//! else English). The words and dates themselves are `crate::lang`'s, shared
//! with mail. Pure: headers and strings in, strings out.

use axum::http::{header, HeaderMap};

pub use crate::lang::{date, mention_label, word, words, Lang};

/// The language of a request, and whether it came from `?lang=` (and so
/// should be remembered in the cookie).
pub fn negotiate(query_lang: Option<&str>, headers: &HeaderMap) -> (Lang, bool) {
    if let Some(lang) = query_lang.and_then(Lang::from_tag) {
        return (lang, true);
    }
    if let Some(lang) = cookie(headers, "lang").and_then(|v| Lang::from_tag(&v)) {
        return (lang, false);
    }
    let accept = headers
        .get_all(header::ACCEPT_LANGUAGE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(",");
    (from_accept_language(&accept).unwrap_or(Lang::En), false)
}

/// The best of our languages in an `Accept-Language` value (RFC 9110 12.5.4).
pub fn from_accept_language(value: &str) -> Option<Lang> {
    let mut best: Option<(Lang, f32, usize)> = None;
    for (pos, part) in value.split(',').enumerate() {
        let mut bits = part.split(';');
        let Some(lang) = bits.next().and_then(Lang::from_tag) else {
            continue;
        };
        let q = bits
            .filter_map(|b| b.trim().strip_prefix("q="))
            .filter_map(|q| q.trim().parse::<f32>().ok())
            .next()
            .unwrap_or(1.0);
        if q <= 0.0 {
            continue;
        }
        // Highest q wins; among equals, the one listed first.
        if best.is_none_or(|(_, bq, _)| q > bq) {
            best = Some((lang, q, pos));
        }
    }
    best.map(|(l, _, _)| l)
}

fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::request_headers as headers;

    #[test]
    fn the_query_wins_then_the_cookie_then_accept_language_then_english() {
        let al = (header::ACCEPT_LANGUAGE, "de-DE, sv;q=0.8, fi;q=0.9");
        let ck = (header::COOKIE, "theme=dark; lang=sv");
        assert_eq!(
            negotiate(Some("fi"), &headers(std::slice::from_ref(&ck))),
            (Lang::Fi, true)
        );
        assert_eq!(
            negotiate(None, &headers(&[ck, al.clone()])),
            (Lang::Sv, false)
        );
        assert_eq!(negotiate(Some("xx"), &headers(&[al])), (Lang::Fi, false));
        assert_eq!(negotiate(None, &HeaderMap::new()), (Lang::En, false));
        assert_eq!(
            from_accept_language("fi-FI,fi;q=0.9,en;q=0.8"),
            Some(Lang::Fi)
        );
        assert_eq!(from_accept_language("en;q=0, sv"), Some(Lang::Sv));
        assert_eq!(from_accept_language("de, fr"), None);
    }
}
