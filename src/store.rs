//! The SQLite store: items kept exactly once, their deadlines, and what the
//! service knows about each source.
//!
//! Owns: the database file, its schema (SQL files in `migrations/`, applied at
//! open), and every query. One scrape of a source is one transaction, so a
//! crash leaves either all of it or none of it.
//! Never fetches, parses HTML or renders anything.

use std::path::Path;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use rusqlite_migration::{Migrations, M};
use sha2::{Digest, Sha256};

use crate::deadlines::{Kind, Mention};
use crate::extract::Item;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("unable to open the database {path}: {source}")]
    Open {
        path: String,
        source: rusqlite::Error,
    },
    #[error("unable to create the folder for the database {path}: {source}")]
    Folder {
        path: String,
        source: std::io::Error,
    },
    #[error("unable to bring the database schema up to date: {0}")]
    Migrate(#[from] rusqlite_migration::Error),
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("unable to back up the database: {0}")]
    Backup(String),
}

pub type Result<T> = std::result::Result<T, StoreError>;

fn migrations() -> Migrations<'static> {
    Migrations::from_iter([
        M::up(include_str!("../migrations/001_items.sql")),
        M::up(include_str!("../migrations/002_mail.sql")),
        M::up(include_str!("../migrations/003_health.sql")),
        M::up(include_str!("../migrations/004_search.sql")),
        M::up(include_str!("../migrations/005_body.sql")),
        M::up(include_str!("../migrations/006_subscriber_ids.sql")),
        M::up(include_str!("../migrations/007_search_per_scrape.sql")),
    ])
}

/// A connection to the database. Not `Sync`: callers share it behind a mutex
/// and use it from blocking threads.
pub struct Store {
    conn: Connection,
}

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

impl ErrorKind {
    fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Fetch => "fetch",
            ErrorKind::Content => "content",
            ErrorKind::Store => "store",
        }
    }
}

impl SourceState {
    /// Why the source is unhealthy, if it is: trouble with its content at
    /// once, trouble fetching it after `failures` attempts in a row.
    pub fn unhealthy(&self, failures: u32) -> Option<&str> {
        let error = self.last_error.as_deref()?;
        // Trouble with the content or the store does not pass by itself: say so at once.
        let content = matches!(self.error_kind, Some(ErrorKind::Content | ErrorKind::Store));
        (content || self.consecutive_failures >= failures.max(1)).then_some(error)
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

/// What the store already has of an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    pub content_hash: String,
    pub body: String,
}

/// What one scrape changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Outcome {
    pub new: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Ids of items stored for the first time (empty on a baseline scrape for
    /// notification purposes: see `baseline`).
    #[serde(skip)]
    pub new_ids: Vec<i64>,
    /// True when this was the source's first successful scrape.
    pub baseline: bool,
}

/// An item as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredItem {
    pub id: i64,
    pub source_id: String,
    pub uid: String,
    pub title: String,
    pub link: String,
    pub summary: Option<String>,
    pub published: Option<DateTime<Utc>>,
    pub first_seen: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    pub baseline: bool,
    pub mentions: Vec<Mention>,
}

impl StoredItem {
    /// The time a reader sees as the item's date.
    pub fn date(&self) -> DateTime<Utc> {
        self.published.unwrap_or(self.first_seen)
    }
}

/// A dated mention together with the item it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dated {
    pub mention: Mention,
    pub item_id: i64,
    pub item_uid: String,
    pub item_title: String,
    pub item_link: String,
    pub source_id: String,
}

fn ts(t: DateTime<Utc>) -> i64 {
    t.timestamp()
}

fn from_ts(s: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(s, 0).single().unwrap_or_default()
}

/// The public id of an item: a UUID derived from (source, identity), so it is
/// the same on every run, on every machine, and after the item is edited.
pub fn item_uid(source_id: &str, identity: &str) -> String {
    let mut h = Sha256::new();
    h.update(source_id.as_bytes());
    h.update([0]);
    h.update(identity.as_bytes());
    let d = h.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    b[6] = (b[6] & 0x0f) | 0x80; // version 8: name-based, custom hash
    b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
    let x = hex::encode(b);
    format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &x[0..8],
        &x[8..12],
        &x[12..16],
        &x[16..20],
        &x[20..32]
    )
}

/// What decides whether a stored item changed: title, link, summary and date.
pub fn content_hash(item: &Item) -> String {
    let mut h = Sha256::new();
    for part in [
        item.title.as_str(),
        item.link.as_str(),
        item.summary.as_deref().unwrap_or(""),
    ] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    h.update(
        item.published
            .map(|p| p.timestamp())
            .unwrap_or(0)
            .to_le_bytes(),
    );
    hex::encode(&h.finalize()[..12])
}

impl Store {
    /// Opens (creating if needed) the database at `path` and migrates it.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| StoreError::Folder {
                path: parent.display().to_string(),
                source,
            })?;
        }
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.display().to_string(),
            source,
        })?;
        Store::setup(conn)
    }

    fn setup(mut conn: Connection) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // WAL lets readers (the web server) run beside the writer (a scrape);
        // it answers with a row, and must be set outside a transaction.
        let _mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrations().to_latest(&mut conn)?;
        Ok(Store { conn })
    }

    /// Rows changed through this connection since it was opened.
    pub fn total_changes(&self) -> u64 {
        self.conn.total_changes()
    }

    /// The database file, `None` when in memory.
    pub fn path(&self) -> Option<String> {
        self.conn
            .path()
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
    }

    /// The state of one source (all defaults when never scraped).
    pub fn source_state(&self, id: &str) -> Result<SourceState> {
        let mut state = self
            .conn
            .query_row(
                "SELECT fingerprint, etag, last_modified, baseline_at, last_attempt, last_success,
                        last_error, consecutive_failures, last_item_count, usual_item_count,
                        error_kind, admin_told
                 FROM sources WHERE id = ?1",
                [id],
                |r| {
                    Ok(SourceState {
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
                        error_kind: match r.get::<_, Option<String>>(10)?.as_deref() {
                            Some("content") => Some(ErrorKind::Content),
                            Some("store") => Some(ErrorKind::Store),
                            Some(_) => Some(ErrorKind::Fetch),
                            None => None,
                        },
                        admin_told: r.get::<_, Option<String>>(11)?.is_some(),
                    })
                },
            )
            .optional()?
            .unwrap_or_default();
        state.item_count = self.conn.query_row(
            "SELECT count(*) FROM items WHERE source_id = ?1",
            [id],
            |r| r.get(0),
        )?;
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
            let row: Option<(Option<i64>, u32)> = stmt
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let (last, failures) = row.unwrap_or((None, 0));
            out.push((id.clone(), last.map(from_ts), failures));
        }
        Ok(out)
    }

    fn ensure_source(tx: &Transaction, id: &str) -> Result<()> {
        tx.prepare_cached("INSERT OR IGNORE INTO sources (id) VALUES (?1)")?
            .execute([id])?;
        Ok(())
    }

    /// Records a failed attempt; items already stored stay as they are.
    pub fn record_failure(
        &mut self,
        id: &str,
        now: DateTime<Utc>,
        error: &str,
        kind: ErrorKind,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        Store::ensure_source(&tx, id)?;
        tx.execute(
            "UPDATE sources SET last_attempt = ?2, last_error = ?3, error_kind = ?4,
                    consecutive_failures = consecutive_failures + 1
             WHERE id = ?1",
            params![id, ts(now), error, kind.as_str()],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Marks a scrape that stored its items but found far fewer than usual.
    /// The usual count is put back, so a broken selector does not become the new normal.
    pub fn record_anomaly(
        &mut self,
        id: &str,
        error: &str,
        usual_before: Option<u32>,
    ) -> Result<()> {
        self.conn.execute(
            "UPDATE sources SET last_error = ?2, error_kind = 'content',
                    consecutive_failures = consecutive_failures + 1,
                    usual_item_count = coalesce(?3, usual_item_count)
             WHERE id = ?1",
            params![id, error, usual_before],
        )?;
        Ok(())
    }

    /// Remembers whether the admin was last told the source is unhealthy.
    pub fn set_admin_told(&mut self, id: &str, unhealthy: bool) -> Result<()> {
        self.conn.execute(
            "UPDATE sources SET admin_told = ?2 WHERE id = ?1",
            params![id, unhealthy.then_some("unhealthy")],
        )?;
        Ok(())
    }

    /// Records a 304: the page is as it was, so every stored item is still current.
    pub fn record_not_modified(&mut self, id: &str, now: DateTime<Utc>) -> Result<()> {
        let tx = self.conn.transaction()?;
        Store::ensure_source(&tx, id)?;
        tx.execute(
            "UPDATE sources SET last_attempt = ?2, last_success = ?2, last_error = NULL,
                    error_kind = NULL, consecutive_failures = 0
             WHERE id = ?1",
            params![id, ts(now)],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Stores one successful scrape of a source, all in one transaction:
    /// new items inserted, changed ones updated in place, the rest touched.
    pub fn apply_scrape(
        &mut self,
        source_id: &str,
        fingerprint: &str,
        validators: &Validators,
        items: &[Item],
        now: DateTime<Utc>,
    ) -> Result<Outcome> {
        let tx = self.conn.transaction()?;
        Store::ensure_source(&tx, source_id)?;
        let (baseline_at, old_fingerprint): (Option<i64>, Option<String>) = tx
            .prepare_cached("SELECT baseline_at, fingerprint FROM sources WHERE id = ?1")?
            .query_row([source_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        // The first scrape is a baseline, and so is the first after the source's
        // URL or selectors changed: what the new selectors find is not news
        // (an admin mending a guessed selector must not flood every subscriber).
        let is_baseline =
            baseline_at.is_none() || old_fingerprint.is_some_and(|old| old != fingerprint);
        let mut out = Outcome {
            baseline: is_baseline,
            ..Outcome::default()
        };
        // Items new or edited in this scrape, for the full-text index.
        let mut to_index: Vec<i64> = Vec::new();
        {
            let mut find = tx.prepare_cached(
                "SELECT id, content_hash FROM items WHERE source_id = ?1 AND identity = ?2",
            )?;
            let mut insert = tx.prepare_cached(
                "INSERT INTO items (source_id, identity, uid, title, link, summary, published,
                                    first_seen, last_seen, updated, sort_time, content_hash, baseline, body)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?8, ?9, ?10, ?11, ?12)",
            )?;
            let mut touch = tx.prepare_cached("UPDATE items SET last_seen = ?2 WHERE id = ?1")?;
            let mut update = tx.prepare_cached(
                "UPDATE items SET title = ?2, link = ?3, summary = ?4, published = ?5,
                        last_seen = ?6, updated = ?6,
                        sort_time = CASE WHEN ?5 IS NOT NULL THEN ?5
                                         WHEN published IS NULL THEN sort_time
                                         ELSE first_seen END,
                        content_hash = ?7
                 WHERE id = ?1",
            )?;
            // FTS5 flushes what it has pending at every statement once it is
            // part of a transaction, so the index is written here in one
            // statement per scrape, after the items, and not by triggers.
            let mut unindex = tx.prepare_cached(
                "INSERT INTO items_fts (items_fts, rowid, title, summary)
                 SELECT 'delete', id, title, summary FROM items WHERE id = ?1",
            )?;
            let mut seen = std::collections::HashSet::new();
            // Undated items never outrank dated ones: on a baseline they keep the
            // listing's order below its oldest dated item (a podcast's old episodes are
            // not today's news); found later, the time they were first seen.
            let undated_below = if is_baseline {
                items.iter().filter_map(|i| i.published).map(ts).min()
            } else {
                None
            }
            .unwrap_or(ts(now));
            for (position, item) in items.iter().enumerate() {
                // A page may list the same item twice (a "featured" box): count it once.
                if !seen.insert(item.identity.as_str()) {
                    continue;
                }
                let hash = content_hash(item);
                let published = item.published.map(ts);
                let existing: Option<(i64, String)> = find
                    .query_row(params![source_id, item.identity], |r| {
                        Ok((r.get(0)?, r.get(1)?))
                    })
                    .optional()?;
                match existing {
                    None => {
                        insert.execute(params![
                            source_id,
                            item.identity,
                            item_uid(source_id, &item.identity),
                            item.title,
                            item.link,
                            item.summary,
                            published,
                            ts(now),
                            published.unwrap_or_else(|| {
                                undated_below.saturating_sub(1 + position as i64)
                            }),
                            hash,
                            is_baseline,
                            item.body,
                        ])?;
                        let id = tx.last_insert_rowid();
                        Store::write_mentions(&tx, id, &item.mentions)?;
                        to_index.push(id);
                        out.new += 1;
                        out.new_ids.push(id);
                    }
                    Some((id, old_hash)) if old_hash != hash => {
                        // Edits are few: the old words leave the index one item at a time.
                        unindex.execute([id])?;
                        to_index.push(id);
                        update.execute(params![
                            id,
                            item.title,
                            item.link,
                            item.summary,
                            published,
                            ts(now),
                            hash
                        ])?;
                        Store::write_mentions(&tx, id, &item.mentions)?;
                        out.updated += 1;
                    }
                    Some((id, _)) => {
                        touch.execute(params![id, ts(now)])?;
                        out.unchanged += 1;
                    }
                }
            }
        }
        if !to_index.is_empty() {
            let ids = serde_json::to_string(&to_index).unwrap_or_else(|_| "[]".into());
            tx.prepare_cached(
                "INSERT INTO items_fts (rowid, title, summary)
                 SELECT id, title, summary FROM items WHERE id IN (SELECT value FROM json_each(?1))",
            )?
            .execute([ids])?;
        }
        let count = out.new + out.updated + out.unchanged;
        tx.prepare_cached(
            "UPDATE sources SET fingerprint = ?2, etag = ?3, last_modified = ?4,
                    baseline_at = coalesce(baseline_at, ?5), last_attempt = ?5, last_success = ?5,
                    last_error = NULL, error_kind = NULL, consecutive_failures = 0, last_item_count = ?6,
                    usual_item_count = CASE WHEN usual_item_count IS NULL THEN ?6
                                            ELSE (usual_item_count * 3 + ?6 + 3) / 4 END
             WHERE id = ?1",
        )?
        .execute(params![
                source_id,
                fingerprint,
                validators.etag,
                validators.last_modified,
                ts(now),
                count as i64
            ])?;
        tx.commit()?;
        Ok(out)
    }

    fn write_mentions(tx: &Transaction, item_id: i64, mentions: &[Mention]) -> Result<()> {
        tx.prepare_cached("DELETE FROM mentions WHERE item_id = ?1")?
            .execute([item_id])?;
        let mut ins = tx.prepare_cached(
            "INSERT OR IGNORE INTO mentions (item_id, kind, date, end_date, text) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for m in mentions {
            ins.execute(params![
                item_id,
                kind_str(m.kind),
                m.date.to_string(),
                m.end.map(|e| e.to_string()),
                m.text
            ])?;
        }
        Ok(())
    }

    /// Newest items of the given sources, at most `limit`.
    pub fn latest_items(&self, sources: &[String], limit: usize) -> Result<Vec<StoredItem>> {
        if sources.is_empty() {
            return Ok(Vec::new());
        }
        let json = serde_json::to_string(sources).unwrap_or_else(|_| "[]".into());
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, source_id, uid, title, link, summary, published, first_seen, updated, baseline
             FROM items
             WHERE source_id IN (SELECT value FROM json_each(?1))
             ORDER BY sort_time DESC, id DESC
             LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![json, limit as i64], row_to_item)?;
        let mut items = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        self.attach_mentions(&mut items)?;
        Ok(items)
    }

    /// Items by id, in the order given (unknown ids are skipped).
    pub fn items_by_id(&self, ids: &[i64]) -> Result<Vec<StoredItem>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, source_id, uid, title, link, summary, published, first_seen, updated, baseline
             FROM items WHERE id = ?1",
        )?;
        let mut items = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(item) = stmt.query_row([id], row_to_item).optional()? {
                items.push(item);
            }
        }
        self.attach_mentions(&mut items)?;
        Ok(items)
    }

    fn attach_mentions(&self, items: &mut [StoredItem]) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT kind, date, end_date, text FROM mentions WHERE item_id = ?1 ORDER BY date, kind",
        )?;
        for item in items.iter_mut() {
            item.mentions = stmt
                .query_map([item.id], row_to_mention)?
                .filter_map(|r| r.transpose())
                .collect::<rusqlite::Result<Vec<_>>>()?;
        }
        Ok(())
    }

    /// Deadlines and events on or after `from`, of the given sources, soonest first.
    pub fn upcoming(
        &self,
        sources: &[String],
        from: NaiveDate,
        limit: usize,
    ) -> Result<Vec<Dated>> {
        let json = serde_json::to_string(sources).unwrap_or_else(|_| "[]".into());
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.kind, m.date, m.end_date, m.text, i.id, i.uid, i.title, i.link, i.source_id
             FROM mentions m JOIN items i ON i.id = m.item_id
             WHERE i.source_id IN (SELECT value FROM json_each(?1))
               AND coalesce(m.end_date, m.date) >= ?2
             ORDER BY m.date, m.kind, i.id
             LIMIT ?3",
        )?;
        let rows = stmt.query_map(params![json, from.to_string(), limit as i64], |r| {
            let Some(mention) = row_to_mention(r)? else {
                return Ok(None);
            };
            Ok(Some(Dated {
                mention,
                item_id: r.get(4)?,
                item_uid: r.get(5)?,
                item_title: r.get(6)?,
                item_link: r.get(7)?,
                source_id: r.get(8)?,
            }))
        })?;
        Ok(rows
            .filter_map(|r| r.transpose())
            .collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Of the given identities of a source, the ones already stored: their
    /// content hash, and the body kept for each (empty when none was fetched).
    pub fn known_items(
        &self,
        source_id: &str,
        identities: &[String],
    ) -> Result<std::collections::HashMap<String, Known>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT content_hash, coalesce(body, '') FROM items WHERE source_id = ?1 AND identity = ?2",
        )?;
        let mut known = std::collections::HashMap::new();
        for identity in identities {
            if let Some(k) = stmt
                .query_row(params![source_id, identity], |r| {
                    Ok(Known {
                        content_hash: r.get(0)?,
                        body: r.get(1)?,
                    })
                })
                .optional()?
            {
                known.insert(identity.clone(), k);
            }
        }
        Ok(known)
    }

    /// Number of items stored for each source.
    pub fn item_count(&self, source_id: &str) -> Result<u32> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM items WHERE source_id = ?1",
            [source_id],
            |r| r.get(0),
        )?)
    }

    /// A value from the `meta` table.
    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    /// Sets `key` to `value`.
    pub fn meta_set(&mut self, key: &str, value: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = ?2",
            params![key, value],
        )?;
        Ok(())
    }

    /// Sets `key` to `value` unless it is already set; returns the value in force.
    pub fn meta_init(&mut self, key: &str, value: &str) -> Result<String> {
        self.conn.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES (?1, ?2)",
            params![key, value],
        )?;
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))?)
    }

    /// Runs `f` in one transaction (BEGIN IMMEDIATE: a writer from the start):
    /// committed when it returns Ok, rolled back when it returns Err.
    /// Inside another transaction it simply joins it.
    pub fn in_transaction<T, E: From<rusqlite::Error>>(
        &mut self,
        f: impl FnOnce(&mut Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        if !self.conn.is_autocommit() {
            return f(self);
        }
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        match f(self) {
            Ok(v) => {
                self.conn.execute_batch("COMMIT")?;
                Ok(v)
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    /// Runs `f` in a transaction that is always rolled back: what would happen, without it happening.
    pub fn dry_run<T, E: From<rusqlite::Error>>(
        &mut self,
        f: impl FnOnce(&mut Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        let result = f(self);
        self.conn.execute_batch("ROLLBACK")?;
        result
    }

    /// The raw connection, for modules that own their own tables.
    pub fn conn(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// One page of the newest items of `sources` (all of them when `query`
    /// is `None`, else those whose title or summary matches it: see
    /// [`search_terms`]), and how many match in all.
    pub fn items_page(
        &self,
        sources: &[String],
        query: Option<&str>,
        offset: usize,
        limit: usize,
    ) -> Result<(Vec<StoredItem>, usize)> {
        let terms = query.and_then(search_terms);
        if sources.is_empty() || (query.is_some() && terms.is_none()) {
            return Ok((Vec::new(), 0));
        }
        let json = serde_json::to_string(sources).unwrap_or_else(|_| "[]".into());
        let filter = "source_id IN (SELECT value FROM json_each(?1))
               AND (?2 IS NULL OR id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?2))";
        let total: i64 = self
            .conn
            .prepare_cached(&format!("SELECT count(*) FROM items WHERE {filter}"))?
            .query_row(params![json, terms], |r| r.get(0))?;
        // Page through (sort_time, id) alone, which the index covers, and
        // read whole rows only for the page: a deep page stays cheap.
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT id, source_id, uid, title, link, summary, published, first_seen, updated, baseline
             FROM items WHERE id IN (
                 SELECT id FROM items WHERE {filter}
                 ORDER BY sort_time DESC, id DESC
                 LIMIT ?3 OFFSET ?4)
             ORDER BY sort_time DESC, id DESC"
        ))?;
        let rows = stmt.query_map(
            params![json, terms, limit as i64, offset as i64],
            row_to_item,
        )?;
        let mut items = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        self.attach_mentions(&mut items)?;
        Ok((items, usize::try_from(total).unwrap_or(0)))
    }

    /// The item whose public id is `uid` (`urn:uuid:…`), with its mentions.
    pub fn item_by_uid(&self, uid: &str) -> Result<Option<StoredItem>> {
        let item = self
            .conn
            .prepare_cached(
                "SELECT id, source_id, uid, title, link, summary, published, first_seen, updated, baseline
                 FROM items WHERE uid = ?1",
            )?
            .query_row([uid], row_to_item)
            .optional()?;
        let mut items: Vec<StoredItem> = item.into_iter().collect();
        self.attach_mentions(&mut items)?;
        Ok(items.pop())
    }
}

/// A visitor's search words as an FTS5 query: every word must occur, each
/// also as the start of a longer word ("deadl" finds "deadline"); FTS5
/// syntax typed by the visitor is taken literally. `None` when no word is left.
pub fn search_terms(query: &str) -> Option<String> {
    let terms: Vec<String> = query
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .take(16)
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

fn kind_str(kind: Kind) -> &'static str {
    match kind {
        Kind::Deadline => "deadline",
        Kind::Event => "event",
    }
}

fn row_to_item(r: &rusqlite::Row) -> rusqlite::Result<StoredItem> {
    Ok(StoredItem {
        id: r.get(0)?,
        source_id: r.get(1)?,
        uid: r.get(2)?,
        title: r.get(3)?,
        link: r.get(4)?,
        summary: r.get(5)?,
        published: r.get::<_, Option<i64>>(6)?.map(from_ts),
        first_seen: from_ts(r.get(7)?),
        updated: from_ts(r.get(8)?),
        baseline: r.get(9)?,
        mentions: Vec::new(),
    })
}

/// A mention row; `None` when the row holds something this version cannot read.
fn row_to_mention(r: &rusqlite::Row) -> rusqlite::Result<Option<Mention>> {
    let kind: String = r.get(0)?;
    let date: String = r.get(1)?;
    let end: Option<String> = r.get(2)?;
    let kind = match kind.as_str() {
        "deadline" => Kind::Deadline,
        "event" => Kind::Event,
        _ => return Ok(None),
    };
    let Ok(date) = date.parse::<NaiveDate>() else {
        return Ok(None);
    };
    Ok(Some(Mention {
        kind,
        date,
        end: end.and_then(|e| e.parse().ok()),
        text: r.get(3)?,
    }))
}

/// What a backup holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackupSummary {
    pub items: u64,
    pub bytes: u64,
}

/// Copies the database at `db` into the new file `dest` with SQLite's online
/// backup API, while other processes (a running `tidings run`) keep reading
/// and writing it.
///
/// The copy is taken in one step, inside one read transaction: in WAL mode
/// that never blocks the writer, and it is a snapshot between two commits, so
/// a scrape is in the copy whole or not at all. (Copying a few pages at a time
/// would restart from the first page after every write by another process,
/// and could never finish beside a busy service.) The copy is switched to a
/// rollback journal, so it is one self-contained file, and checked.
pub fn backup(db: &Path, dest: &Path) -> Result<BackupSummary> {
    use rusqlite::backup::{Backup, StepResult};
    use rusqlite::OpenFlags;

    let open_err = |path: &Path| {
        let path = path.display().to_string();
        move |source| StoreError::Open { path, source }
    };
    // Read-write without CREATE: a wrong path fails instead of backing up an
    // empty new file; nothing is written to the source.
    let src = Connection::open_with_flags(
        db,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(open_err(db))?;
    src.busy_timeout(std::time::Duration::from_secs(10))?;
    let mut dst = Connection::open(dest).map_err(open_err(dest))?;
    {
        let backup = Backup::new(&src, &mut dst)?;
        let give_up = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            match backup.step(-1)? {
                StepResult::Done => break,
                StepResult::More | StepResult::Busy | StepResult::Locked
                    if std::time::Instant::now() < give_up =>
                {
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                _ => {
                    return Err(StoreError::Backup(format!(
                        "{} stayed locked for 30 s; try again",
                        db.display()
                    )))
                }
            }
        }
    }
    let _mode: String =
        dst.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get(0))?;
    let check: String = dst.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(StoreError::Backup(format!(
            "the copy in {} fails its check: {check}",
            dest.display()
        )));
    }
    let items: i64 = dst
        .query_row("SELECT count(*) FROM items", [], |r| r.get(0))
        .map_err(|_| {
            StoreError::Backup(format!(
                "{} has no items table: not a tidings database, or one still being created",
                db.display()
            ))
        })?;
    let pages: i64 = dst.query_row("PRAGMA page_count", [], |r| r.get(0))?;
    let page_size: i64 = dst.query_row("PRAGMA page_size", [], |r| r.get(0))?;
    dst.close().map_err(|(_, e)| StoreError::Sql(e))?;
    Ok(BackupSummary {
        items: u64::try_from(items).unwrap_or(0),
        bytes: u64::try_from(pages.saturating_mul(page_size)).unwrap_or(0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(identity: &str, title: &str) -> Item {
        Item {
            identity: identity.into(),
            title: title.into(),
            link: format!("https://example.org/{identity}"),
            summary: None,
            published: None,
            body: None,
            mentions: Vec::new(),
        }
    }

    fn t(s: i64) -> DateTime<Utc> {
        from_ts(1_700_000_000 + s)
    }

    #[test]
    fn an_item_seen_twice_is_stored_once_and_an_edit_updates_it() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut store = Store::open(&dir.path().join("t.db")).unwrap_or_else(|e| panic!("{e}"));
        let v = Validators::default();
        let first = store
            .apply_scrape("s", "f", &v, &[item("a", "A"), item("b", "B")], t(0))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((first.new, first.baseline), (2, true));
        let second = store
            .apply_scrape(
                "s",
                "f",
                &v,
                &[item("a", "A edited"), item("b", "B"), item("c", "C")],
                t(60),
            )
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (
                second.new,
                second.updated,
                second.unchanged,
                second.baseline
            ),
            (1, 1, 1, false)
        );
        let items = store
            .latest_items(&["s".into()], 10)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(items.len(), 3);
        let a = items
            .iter()
            .find(|i| i.title == "A edited")
            .unwrap_or_else(|| panic!("edited"));
        assert_eq!(a.uid, item_uid("s", "a"));
        assert_eq!(a.updated, t(60));
        assert!(a.baseline);
        assert!(!items.iter().any(|i| i.title == "C" && i.baseline));
    }

    #[test]
    fn search_finds_words_and_prefixes_and_follows_edits() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut store = Store::open(&dir.path().join("t.db")).unwrap_or_else(|e| panic!("{e}"));
        let v = Validators::default();
        let mut a = item("a", "Webinar on the Integration Act");
        a.summary = Some("<p>Registration is <b>open</b>.</p>".into());
        store
            .apply_scrape("s", "f", &v, &[a, item("b", "Funding call")], t(0))
            .unwrap_or_else(|e| panic!("{e}"));
        let s = vec!["s".to_string()];
        let find = |store: &Store, q: &str| {
            let (items, total) = store
                .items_page(&s, Some(q), 0, 10)
                .unwrap_or_else(|e| panic!("{q}: {e}"));
            assert_eq!(items.len(), total, "{q}");
            items.into_iter().map(|i| i.title).collect::<Vec<_>>()
        };
        assert_eq!(find(&store, "webin"), ["Webinar on the Integration Act"]);
        assert_eq!(
            find(&store, "registration OPEN"),
            ["Webinar on the Integration Act"]
        );
        assert!(find(&store, "\"unbalanced AND (").is_empty());
        assert!(find(&store, "*").is_empty());
        store
            .apply_scrape(
                "s",
                "f",
                &v,
                &[item("b", "Funding call for webinars")],
                t(60),
            )
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(find(&store, "webinar").len(), 2, "an edit is searchable");
        let (all, total) = store
            .items_page(&s, None, 1, 1)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((all.len(), total), (1, 2));
    }

    #[test]
    fn the_search_index_written_once_per_scrape_matches_the_items_exactly() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut store = Store::open(&dir.path().join("t.db")).unwrap_or_else(|e| panic!("{e}"));
        let v = Validators::default();
        let page: Vec<Item> = (0..30)
            .map(|n| item(&format!("i{n}"), &format!("Webinar number {n}")))
            .collect();
        store
            .apply_scrape("s", "f", &v, &page, t(0))
            .unwrap_or_else(|e| panic!("{e}"));
        let mut edited = page.clone();
        edited[3].title = "Funding call".into();
        edited.push(item("new", "Consultation"));
        store
            .apply_scrape("s", "f", &v, &edited, t(60))
            .unwrap_or_else(|e| panic!("{e}"));
        // FTS5 compares an external-content index with its table, token by token.
        store
            .conn()
            .execute_batch("INSERT INTO items_fts (items_fts) VALUES ('integrity-check')")
            .unwrap_or_else(|e| panic!("the index differs from the items: {e}"));
        let s = vec!["s".to_string()];
        let count = |q: &str| {
            store
                .items_page(&s, Some(q), 0, 100)
                .unwrap_or_else(|e| panic!("{e}"))
                .1
        };
        assert_eq!(
            count("webinar"),
            29,
            "the edited item left under its old words"
        );
        assert_eq!((count("funding"), count("consultation")), (1, 1));
    }

    #[test]
    fn uids_are_stable_uuids() {
        let a = item_uid("src", "https://example.org/x");
        assert_eq!(a, item_uid("src", "https://example.org/x"));
        assert_ne!(a, item_uid("other", "https://example.org/x"));
        assert_eq!(a.len(), "urn:uuid:".len() + 36);
    }
}
