//! Published documents (feeds, calendars, OPML) kept ready to send: their
//! bytes, their gzip and their validators, built once and served until the
//! data or the config behind them changes.
//!
//! A document is valid for one config generation, one data epoch (see
//! [`crate::store::Db::epoch`]) and one day (a calendar's window moves with
//! the date). Checking that reads the config generation, the data epoch
//! (one `PRAGMA data_version` on a connection of its own, a few microseconds,
//! no page of the database read) and a map: a hit, and every 304, never
//! queries the database nor renders anything.

use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, RwLock};

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use chrono::{DateTime, NaiveDate, Utc};
use sha2::{Digest, Sha256};

/// What a cached document was built from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub generation: u64,
    pub epoch: u64,
    pub day: NaiveDate,
}

/// One published document, ready to send.
pub struct Doc {
    stamp: Stamp,
    content_type: &'static str,
    body: Bytes,
    /// `None` when compressing would not save anything.
    gzip: Option<Bytes>,
    /// Strong ETags: one per content coding, as RFC 9110 8.8.3 asks.
    etag: String,
    etag_gzip: String,
    modified: Option<DateTime<Utc>>,
    last_modified: Option<HeaderValue>,
}

impl Doc {
    pub fn new(
        stamp: Stamp,
        content_type: &'static str,
        body: String,
        modified: Option<DateTime<Utc>>,
    ) -> Doc {
        let tag = hex::encode(&Sha256::digest(body.as_bytes())[..16]);
        let mut enc = flate2::write::GzEncoder::new(
            Vec::with_capacity(body.len() / 4),
            flate2::Compression::default(),
        );
        // Writing to a Vec cannot fail; should it, the document goes out uncompressed.
        let gzip = enc
            .write_all(body.as_bytes())
            .and_then(|()| enc.finish())
            .ok()
            .filter(|z| z.len() < body.len())
            .map(Bytes::from);
        let modified = modified.filter(|m| m.timestamp() > 0);
        Doc {
            stamp,
            content_type,
            gzip,
            etag: format!("\"{tag}\""),
            etag_gzip: format!("\"{tag}-gz\""),
            last_modified: modified.and_then(super::http_date),
            modified,
            body: Bytes::from(body),
        }
    }

    /// The response to `req`: 304 when the client has this document, else
    /// the body, gzipped when the client takes gzip.
    pub fn respond(&self, req: &HeaderMap) -> Response {
        let gzip = self.gzip.as_ref().filter(|_| accepts_gzip(req));
        let etag = if gzip.is_some() {
            &self.etag_gzip
        } else {
            &self.etag
        };
        let mut headers = HeaderMap::with_capacity(6);
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(self.content_type),
        );
        if let Ok(v) = HeaderValue::from_str(etag) {
            headers.insert(header::ETAG, v);
        }
        if let Some(v) = &self.last_modified {
            headers.insert(header::LAST_MODIFIED, v.clone());
        }
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=300"),
        );
        if self.gzip.is_some() {
            headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        }
        if self.not_modified(req) {
            return (StatusCode::NOT_MODIFIED, headers).into_response();
        }
        let body = match gzip {
            Some(z) => {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
                z.clone()
            }
            None => self.body.clone(),
        };
        (StatusCode::OK, headers, Body::from(body)).into_response()
    }

    fn not_modified(&self, req: &HeaderMap) -> bool {
        // Either coding's tag names the same content.
        super::client_has(req, &[&self.etag, &self.etag_gzip], self.modified)
    }
}

/// True when `Accept-Encoding` names gzip (or `*`) without `q=0`.
fn accepts_gzip(req: &HeaderMap) -> bool {
    req.get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|coding| {
            let mut parts = coding.split(';');
            let name = parts.next().unwrap_or("").trim();
            let refused = parts.any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            (name.eq_ignore_ascii_case("gzip") || name == "*") && !refused
        })
}

/// The documents built so far, by request path. Holds at most one document
/// per published path of the config in force: stale ones are dropped when
/// a fresh one is stored.
#[derive(Clone, Default)]
pub struct DocCache {
    docs: Arc<RwLock<HashMap<String, Arc<Doc>>>>,
}

impl DocCache {
    /// The document for `key`, if one was built for `stamp`.
    pub fn get(&self, key: &str, stamp: Stamp) -> Option<Arc<Doc>> {
        let docs = self.docs.read().unwrap_or_else(|p| p.into_inner());
        docs.get(key).filter(|d| d.stamp == stamp).cloned()
    }

    /// Keeps `doc` for `key` and returns it.
    pub fn put(&self, key: &str, doc: Doc) -> Arc<Doc> {
        let doc = Arc::new(doc);
        let mut docs = self.docs.write().unwrap_or_else(|p| p.into_inner());
        let stamp = doc.stamp;
        // Documents of an older config or older data will never be served again.
        docs.retain(|_, d| d.stamp.generation == stamp.generation && d.stamp.epoch >= stamp.epoch);
        docs.insert(key.to_owned(), doc.clone());
        doc
    }
}

/// The stamp of a document built now.
pub fn stamp(generation: u64, epoch: u64) -> Stamp {
    Stamp {
        generation,
        epoch,
        day: Utc::now().date_naive(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::request_headers as headers;

    #[test]
    fn if_modified_since_is_read_in_every_http_date_form() {
        let modified = DateTime::parse_from_rfc3339("1994-11-06T08:49:37Z")
            .unwrap()
            .with_timezone(&Utc);
        let doc = Doc::new(stamp(1, 1), "text/plain", "body".into(), Some(modified));
        assert_eq!(
            doc.last_modified.as_ref().and_then(|v| v.to_str().ok()),
            Some("Sun, 06 Nov 1994 08:49:37 GMT")
        );
        for since in [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
        ] {
            let mut req = HeaderMap::new();
            req.insert(header::IF_MODIFIED_SINCE, since.parse().unwrap());
            assert!(doc.not_modified(&req), "{since}");
        }
        let mut earlier = HeaderMap::new();
        earlier.insert(
            header::IF_MODIFIED_SINCE,
            "Sat, 05 Nov 1994 08:49:37 GMT".parse().unwrap(),
        );
        assert!(!doc.not_modified(&earlier));
        // A date HTTP cannot carry gives no Last-Modified rather than a panic.
        let far = DateTime::parse_from_rfc3339("+10000-01-01T00:00:00Z")
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or(DateTime::<Utc>::MAX_UTC);
        assert!(crate::web::http_date(far).is_none());
    }

    fn doc() -> Doc {
        Doc::new(
            stamp(1, 1),
            "application/atom+xml",
            "<feed>".repeat(100),
            None,
        )
    }

    #[test]
    fn gzip_only_when_accepted_and_each_coding_has_its_own_etag() {
        let d = doc();
        let plain = d.respond(&HeaderMap::new());
        assert!(plain.headers().get(header::CONTENT_ENCODING).is_none());
        let zipped = d.respond(&headers(&[(header::ACCEPT_ENCODING, "br, gzip;q=0.8")]));
        assert_eq!(zipped.headers()[header::CONTENT_ENCODING], "gzip");
        assert_ne!(
            plain.headers()[header::ETAG],
            zipped.headers()[header::ETAG]
        );
        let refused = d.respond(&headers(&[(header::ACCEPT_ENCODING, "gzip;q=0")]));
        assert!(refused.headers().get(header::CONTENT_ENCODING).is_none());
    }

    #[test]
    fn either_etag_gives_304() {
        let d = doc();
        for tag in [d.etag.clone(), d.etag_gzip.clone(), format!("W/{}", d.etag)] {
            let r = d.respond(&headers(&[(header::IF_NONE_MATCH, &tag)]));
            assert_eq!(r.status(), StatusCode::NOT_MODIFIED, "{tag}");
        }
        let r = d.respond(&headers(&[(header::IF_NONE_MATCH, "\"other\"")]));
        assert_eq!(r.status(), StatusCode::OK);
    }

    #[test]
    fn a_document_is_served_only_for_its_own_stamp() {
        let cache = DocCache::default();
        cache.put("a", doc());
        assert!(cache.get("a", stamp(1, 1)).is_some());
        assert!(cache.get("a", stamp(2, 1)).is_none(), "config reloaded");
        assert!(cache.get("a", stamp(1, 2)).is_none(), "data changed");
        cache.put("b", Doc::new(stamp(1, 2), "text/plain", "x".into(), None));
        assert!(cache.get("a", stamp(1, 1)).is_none(), "stale dropped");
    }
}
