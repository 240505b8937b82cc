//! What the store knows about each source between scrapes: fetch
//! validators, baseline, health, and what the admin was told.
//!
//! Owns: the `sources` table. A row appears on a source's first attempt; the
//! config stays the truth about which sources exist.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use super::{corrupt, from_ts, ts, Result, Store};

/// What the store remembers about a source between scrapes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceState {
    pub fingerprint: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub baseline_at: Option<DateTime<Utc>>,
    pub last_attempt: Option<DateTime<Utc>>,
    pub last_success: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub consecutive_failures: u32,
    pub last_item_count: Option<u32>,
    pub usual_item_count: Option<u32>,
    pub item_count: u32,
    pub error_kind: Option<ErrorKind>,
    /// True once the admin was told this source is unhealthy (and not yet told it recovered).
    pub admin_told: bool,
    /// `store::body_hash` of the last page whose items were stored.
    pub body_hash: Option<String>,
}

/// Why the last scrape of a source went wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The site did not answer well (timeout, 5xx, refused): often passing.
    Fetch,
    /// The page answered, but its items are gone or far fewer than usual.
    Content,
    /// The page was read but could not be stored (disk full, read-only, locked too long).
    Store,
}

stored_as_words!(ErrorKind, "an error kind", {
    Fetch => "fetch",
    Content => "content",
    Store => "store",
});

impl SourceState {
    /// Why the source is unhealthy, if it is: trouble with its content at
    /// once, trouble fetching it after `failures` attempts in a row.
    pub fn unhealthy(&self, failures: u32) -> Option<&str> {
        let error = self.last_error.as_deref()?;
        // Trouble with the content or the store does not pass by itself: say so at once.
        let content = matches!(self.error_kind, Some(ErrorKind::Content | ErrorKind::Store));
        (content || self.consecutive_failures >= failures.max(1)).then_some(error)
    }

    /// The state after a 304 at `at`: the page is as it was, so all is well.
    fn not_modified_at(&mut self, at: i64) {
        let at = from_ts(at);
        self.last_attempt = Some(at);
        self.last_success = Some(at);
        self.last_error = None;
        self.error_kind = None;
        self.consecutive_failures = 0;
    }
}

/// The validators a server sent with a page, for the next conditional GET.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// (source id, its last attempt, failed attempts in a row)
pub type LastAttempt = (String, Option<DateTime<Utc>>, u32);

/// A scrape that stored its items but found far fewer than usual.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anomaly {
    pub message: String,
    /// The usual count before this scrape, put back so a broken selector
    /// does not become the new normal.
    pub usual: Option<u32>,
}

/// How long a 304 may wait in memory before it is written.
const NOT_MODIFIED_HOLD: i64 = 60;

pub(super) fn ensure_source(conn: &Connection, id: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("INSERT OR IGNORE INTO sources (id) VALUES (?1)")?
        .execute([id])?;
    Ok(())
}

/// Writes the 304s held in memory (inside the caller's transaction). A
/// later attempt already written (by another process) is never undone.
pub(super) fn write_not_modified(
    conn: &Connection,
    pending: &HashMap<String, i64>,
) -> rusqlite::Result<()> {
    for (id, at) in pending {
        ensure_source(conn, id)?;
        conn.prepare_cached(
            "UPDATE sources SET last_attempt = ?2, last_success = ?2, last_error = NULL,
                    error_kind = NULL, consecutive_failures = 0
             WHERE id = ?1 AND coalesce(last_attempt, 0) <= ?2",
        )?
        .execute(params![id, at])?;
    }
    Ok(())
}

pub(super) fn record_anomaly(conn: &Connection, id: &str, anomaly: &Anomaly) -> Result<()> {
    conn.prepare_cached(
        "UPDATE sources SET last_error = ?2, error_kind = 'content', body_hash = NULL,
                consecutive_failures = consecutive_failures + 1,
                usual_item_count = coalesce(?3, usual_item_count)
         WHERE id = ?1",
    )?
    .execute(params![id, anomaly.message, anomaly.usual])?;
    Ok(())
}

impl Store {
    /// The state of one source (all defaults when never scraped).
    pub fn source_state(&self, id: &str) -> Result<SourceState> {
        let row = self
            .conn
            .prepare_cached(
                "SELECT fingerprint, etag, last_modified, baseline_at, last_attempt, last_success,
                        last_error, consecutive_failures, last_item_count, usual_item_count,
                        error_kind, admin_told, body_hash
                 FROM sources WHERE id = ?1",
            )?
            .query_row([id], |r| {
                Ok((
                    SourceState {
                        fingerprint: r.get(0)?,
                        etag: r.get(1)?,
                        last_modified: r.get(2)?,
                        baseline_at: r.get::<_, Option<i64>>(3)?.map(from_ts),
                        last_attempt: r.get::<_, Option<i64>>(4)?.map(from_ts),
                        last_success: r.get::<_, Option<i64>>(5)?.map(from_ts),
                        last_error: r.get(6)?,
                        consecutive_failures: r.get(7)?,
                        last_item_count: r.get(8)?,
                        usual_item_count: r.get(9)?,
                        item_count: 0,
                        error_kind: None,
                        admin_told: r.get::<_, Option<String>>(11)?.is_some(),
                        body_hash: r.get(12)?,
                    },
                    r.get::<_, Option<String>>(10)?,
                ))
            })
            .optional()?;
        let mut state = match row {
            Some((mut state, kind)) => {
                state.error_kind = match kind.map(|k| k.parse::<ErrorKind>()) {
                    Some(Ok(k)) => Some(k),
                    // Still a failure, of the kind that passes by itself: the
                    // error stays on the health page beside this log line.
                    Some(Err(e)) => {
                        let _ = corrupt(format!("source {id}: {e}"));
                        Some(ErrorKind::Fetch)
                    }
                    None => None,
                };
                state
            }
            None => SourceState::default(),
        };
        if let Some(at) = self.not_modified.get(id) {
            state.not_modified_at(*at);
        }
        state.item_count = self.item_count(id)?;
        Ok(state)
    }

    /// For the scheduler, every second: each source's last attempt and its
    /// failures in a row (a source never tried has neither).
    pub fn last_attempts(&self, ids: &[String]) -> Result<Vec<LastAttempt>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT last_attempt, consecutive_failures FROM sources WHERE id = ?1",
        )?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(at) = self.not_modified.get(id) {
                out.push((id.clone(), Some(from_ts(*at)), 0));
                continue;
            }
            let row: Option<(Option<i64>, u32)> = stmt
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let (last, failures) = row.unwrap_or((None, 0));
            out.push((id.clone(), last.map(from_ts), failures));
        }
        Ok(out)
    }

    /// Records a failed attempt; items already stored stay as they are.
    pub fn record_failure(
        &mut self,
        id: &str,
        now: DateTime<Utc>,
        error: &str,
        kind: ErrorKind,
    ) -> Result<()> {
        self.in_transaction(|store| {
            ensure_source(&store.conn, id)?;
            store.conn.execute(
                "UPDATE sources SET last_attempt = ?2, last_error = ?3, error_kind = ?4,
                        consecutive_failures = consecutive_failures + 1
                 WHERE id = ?1",
                params![id, ts(now), error, kind.as_str()],
            )?;
            Ok(())
        })
    }

    /// Marks a scrape that stored its items but found far fewer than usual.
    /// The usual count is put back, so a broken selector does not become the new normal.
    pub fn record_anomaly(
        &mut self,
        id: &str,
        error: &str,
        usual_before: Option<u32>,
    ) -> Result<()> {
        record_anomaly(
            &self.conn,
            id,
            &Anomaly {
                message: error.to_string(),
                usual: usual_before,
            },
        )
    }

    /// Remembers whether the admin was last told the source is unhealthy.
    pub fn set_admin_told(&mut self, id: &str, unhealthy: bool) -> Result<()> {
        self.conn.execute(
            "UPDATE sources SET admin_told = ?2 WHERE id = ?1",
            params![id, unhealthy.then_some("unhealthy")],
        )?;
        Ok(())
    }

    /// Records a 304: the page is as it was, so every stored item is still
    /// current. Held in memory (see [`Store`]) and written with the next
    /// transaction, or with all others held once the oldest is a minute old.
    pub fn record_not_modified(&mut self, id: &str, now: DateTime<Utc>) -> Result<()> {
        let at = ts(now);
        // When the first of those held came: a scan of them all for the
        // oldest at every 304 was quadratic in the number of sources.
        if self.not_modified.is_empty() {
            self.not_modified_since = at;
        }
        let held = self.not_modified.entry(id.to_string()).or_insert(at);
        *held = (*held).max(at);
        if at - self.not_modified_since >= NOT_MODIFIED_HOLD {
            self.flush_not_modified()?;
        }
        Ok(())
    }

    /// Writes every 304 held in memory, in one transaction.
    pub fn flush_not_modified(&mut self) -> Result<()> {
        if self.not_modified.is_empty() {
            return Ok(());
        }
        self.in_transaction(|_| Ok(()))
    }

    /// Puts back 304s whose write was rolled back, unless newer ones came since.
    pub(super) fn keep_not_modified(&mut self, pending: HashMap<String, i64>) {
        for (id, at) in pending {
            let held = self.not_modified.entry(id).or_insert(at);
            *held = (*held).max(at);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::fixtures::fresh_store;
    use crate::store::Validators;

    fn t(s: i64) -> DateTime<Utc> {
        from_ts(1_700_000_000 + s)
    }

    #[test]
    fn a_304_costs_no_write_of_its_own_yet_is_seen_at_once_and_kept() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("t.db");
        let mut store = Store::open(&path).unwrap_or_else(|e| panic!("{e}"));
        store
            .apply_scrape("a", "f", &Validators::default(), &[], t(0))
            .unwrap_or_else(|e| panic!("{e}"));
        store
            .record_failure("b", t(5), "timed out", ErrorKind::Fetch)
            .unwrap_or_else(|e| panic!("{e}"));
        let before = store.total_changes();
        for id in ["a", "b"] {
            store
                .record_not_modified(id, t(10))
                .unwrap_or_else(|e| panic!("{e}"));
        }
        assert_eq!(store.total_changes(), before, "a warm cycle writes nothing");
        let b = store.source_state("b").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (b.last_attempt, b.last_error, b.consecutive_failures),
            (Some(t(10)), None, 0)
        );
        let ids = vec!["a".to_string(), "b".to_string()];
        let attempts = store.last_attempts(&ids).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(attempts[0], ("a".to_string(), Some(t(10)), 0));
        // A minute on, one transaction writes every 304 held.
        store
            .record_not_modified("a", t(70))
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(store.total_changes() > before);
        assert!(store.not_modified.is_empty());
        store
            .record_not_modified("b", t(80))
            .unwrap_or_else(|e| panic!("{e}"));
        drop(store);
        let store = Store::open(&path).unwrap_or_else(|e| panic!("{e}"));
        let a = store.source_state("a").unwrap_or_else(|e| panic!("{e}"));
        let b = store.source_state("b").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((a.last_success, b.last_success), (Some(t(70)), Some(t(80))));
    }

    #[test]
    fn a_304_held_in_memory_never_undoes_a_later_failure() {
        let (_dir, mut store) = fresh_store();
        store
            .record_not_modified("a", t(0))
            .unwrap_or_else(|e| panic!("{e}"));
        store
            .record_failure("a", t(30), "timed out", ErrorKind::Fetch)
            .unwrap_or_else(|e| panic!("{e}"));
        let a = store.source_state("a").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((a.last_attempt, a.consecutive_failures), (Some(t(30)), 1));
        assert_eq!(a.last_success, Some(t(0)));
    }
}
