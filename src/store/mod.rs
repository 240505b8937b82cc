//! The SQLite store: items kept exactly once, their deadlines, what the
//! service knows about each source, subscribers and the outbox.
//!
//! Owns: the database file, its schema (SQL files in `migrations/`, applied at
//! open), and every query — no other module runs SQL or sees a connection.
//! One file per entity: [`items`] (and the search over them), [`sources`],
//! [`subscribers`], [`outbox`]. One scrape of a source is one transaction, so
//! a crash leaves either all of it or none of it.
//! Never fetches, renders anything or decides what is due; parses HTML only
//! once, to give rows stored before plain text was kept their text.

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, TimeZone, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use rusqlite_migration::{Migrations, M};

/// A state, mode or kind kept in the database as a word. One list gives
/// both directions: `as_str` writes the word, `FromStr` reads it back (a word
/// it does not know is corrupt data, reported with what was expected) and
/// `Display` shows it.
macro_rules! stored_as_words {
    ($ty:ident, $what:literal, { $($variant:ident => $word:literal),+ $(,)? }) => {
        impl $ty {
            pub fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $word,)+
                }
            }
        }

        impl std::str::FromStr for $ty {
            type Err = String;

            fn from_str(s: &str) -> std::result::Result<Self, String> {
                match s {
                    $($word => Ok($ty::$variant),)+
                    other => Err(format!("{other:?} is not {}", $what)),
                }
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// A struct read from a row, each field from the column of the same name:
/// no column numbers to keep in step with the SELECT list. Fields after a
/// `;` are given as they are (a time to convert, a list filled later).
macro_rules! from_columns {
    ($row:expr => $ty:ident { $($field:ident),* $(; $($other:ident: $value:expr),*)? $(,)? }) => {
        $ty {
            $($field: $row.get(stringify!($field))?,)*
            $($($other: $value,)*)?
        }
    };
}

pub mod channels;
mod hashes;
pub mod items;
pub mod outbox;
pub mod search;
pub mod sources;
pub mod subscribers;

/// Items and times for the store's unit tests, shared by each entity's file.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::from_ts;
    use crate::extract::Item;
    use chrono::{DateTime, Utc};

    /// An item with only what identifies it.
    pub fn item(identity: &str, title: &str) -> Item {
        Item {
            identity: identity.into(),
            title: title.into(),
            link: format!("https://example.org/{identity}"),
            summary: None,
            text: None,
            published: None,
            body: None,
            mentions: Vec::new(),
            raw_hash: None,
            seen_as_before: false,
        }
    }

    /// A new, empty store in a folder that lives as long as the first value.
    pub fn fresh_store() -> (tempfile::TempDir, super::Store) {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let store = super::Store::open(&dir.path().join("t.db")).unwrap_or_else(|e| panic!("{e}"));
        (dir, store)
    }

    /// Source `s` scraped at `at` with `items` (no validators, the config
    /// unchanged): a scrape a test needs to succeed.
    pub fn scraped(store: &mut super::Store, items: &[Item], at: DateTime<Utc>) -> super::Outcome {
        let v = super::Validators::default();
        store
            .apply_scrape("s", "f", &v, items, at)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    /// `s` seconds after a fixed moment.
    pub fn t(s: i64) -> DateTime<Utc> {
        from_ts(1_700_000_000 + s)
    }
}

pub use hashes::{body_hash, content_hash, item_uid};
pub use items::{Dated, Known, Outcome, Scrape, StoredItem};
pub use search::search_terms;
pub use sources::{ErrorKind, LastAttempt, SourceState, Validators};

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
    /// A stored value this version cannot read: reported, never replaced by a default.
    #[error("corrupt stored data: {0}")]
    Corrupt(String),
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// Counts and logs a stored value that does not read back, naming the row
/// (never an address or a token) so an admin can mend it.
pub(crate) fn corrupt(what: String) -> StoreError {
    tracing::error!(problem = %what, "corrupt stored data");
    crate::metrics::count("tidings_store_corrupt_total", 1);
    StoreError::Corrupt(what)
}

fn migrations() -> Migrations<'static> {
    Migrations::from_iter([
        M::up(include_str!("../../migrations/001_items.sql")),
        M::up(include_str!("../../migrations/002_mail.sql")),
        M::up(include_str!("../../migrations/003_health.sql")),
        M::up(include_str!("../../migrations/004_search.sql")),
        M::up(include_str!("../../migrations/005_body.sql")),
        M::up(include_str!("../../migrations/006_subscriber_ids.sql")),
        M::up(include_str!("../../migrations/007_search_per_scrape.sql")),
        M::up(include_str!("../../migrations/008_plain_text.sql")),
        M::up(include_str!("../../migrations/009_channels_filters.sql")),
        M::up(include_str!("../../migrations/010_raw_hashes.sql")),
        M::up_with_hook(
            include_str!("../../migrations/011_store_cost.sql"),
            |tx: &rusqlite::Transaction| Ok(hashes::rehash_contents(tx)?),
        ),
    ])
}

/// A connection to the database. Not `Sync`: callers share it behind a mutex
/// ([`Db`]) and use it from blocking threads.
pub struct Store {
    conn: Connection,
    /// 304 answers not yet written, by source: a warm cycle of 304s must not
    /// cost a transaction per source. Written with the next transaction, a
    /// minute after the oldest at the latest, and on drop; lost to a crash,
    /// they only make the next scrape of those sources come sooner.
    not_modified: HashMap<String, i64>,
    /// When the first 304 now held was recorded (unix time).
    not_modified_since: i64,
}

pub(crate) fn ts(t: DateTime<Utc>) -> i64 {
    t.timestamp()
}

pub(crate) fn from_ts(s: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(s, 0).single().unwrap_or_default()
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
        let mut store = Store {
            conn,
            not_modified: HashMap::new(),
            not_modified_since: 0,
        };
        store.fill_missing_text()?;
        Ok(store)
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
    /// Inside another transaction it simply joins it. 304s not yet written
    /// are written with it.
    pub fn in_transaction<T, E: From<rusqlite::Error>>(
        &mut self,
        f: impl FnOnce(&mut Store) -> std::result::Result<T, E>,
    ) -> std::result::Result<T, E> {
        if !self.conn.is_autocommit() {
            return f(self);
        }
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        let pending = std::mem::take(&mut self.not_modified);
        let result = sources::write_not_modified(&self.conn, &pending)
            .map_err(E::from)
            .and_then(|()| f(self));
        match result {
            Ok(v) => match self.conn.execute_batch("COMMIT") {
                Ok(()) => Ok(v),
                Err(e) => {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    self.keep_not_modified(pending);
                    Err(e.into())
                }
            },
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                self.keep_not_modified(pending);
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

    /// Checks the full-text index against the items it indexes, token by token.
    pub fn check_search_index(&self) -> Result<()> {
        self.conn
            .execute_batch("INSERT INTO items_fts (items_fts) VALUES ('integrity-check')")?;
        Ok(())
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        if let Err(e) = self.flush_not_modified() {
            tracing::warn!(error = %e, "unable to record the last 304 answers");
        }
    }
}

/// A read-only connection and the `data_version` it last saw.
type Watch = (Connection, Option<i64>);

/// The store shared between the scheduler, the web server and commands.
#[derive(Clone)]
pub struct Db {
    store: Arc<Mutex<Store>>,
    /// Bumped after every call that changed the database, and when another
    /// process is seen to have changed it: what cached documents are checked
    /// against, so serving a cached feed never has to ask the database.
    epoch: Arc<AtomicU64>,
    watch: Arc<Mutex<Option<Watch>>>,
    /// One `run` at a time reaches a blocking thread. Without it, every
    /// waiting caller parked a blocking-pool thread on the store's mutex:
    /// a cold scrape of 5,000 sources had ~600 threads alive at its peak,
    /// their stacks and malloc arenas most of its 117 MB. Queued callers
    /// are now futures, served in the order they asked (the semaphore is fair).
    queue: Arc<tokio::sync::Semaphore>,
}

impl Db {
    pub fn new(store: Store) -> Db {
        Db {
            store: Arc::new(Mutex::new(store)),
            epoch: Arc::new(AtomicU64::new(0)),
            watch: Arc::default(),
            queue: Arc::new(tokio::sync::Semaphore::new(1)),
        }
    }

    /// Runs `f` with the store on a blocking thread.
    pub async fn run<R: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Store) -> R + Send + 'static,
    ) -> anyhow::Result<R> {
        let db = self.clone();
        // Never closed, so acquiring only fails if that changes; then go
        // on without the queue rather than fail the caller.
        let turn = self.queue.clone().acquire_owned().await.ok();
        // The turn moves into the task: a caller that stops waiting does not
        // let the next one in while this one still holds the store.
        Ok(tokio::task::spawn_blocking(move || {
            let r = db.blocking(f);
            drop(turn);
            r
        })
        .await?)
    }

    /// Runs `f` with the store on the current thread (for sync callers).
    pub fn blocking<R>(&self, f: impl FnOnce(&mut Store) -> R) -> R {
        let mut store = self.store.lock().unwrap_or_else(|p| p.into_inner());
        let before = store.total_changes();
        let r = f(&mut store);
        // Bumped while the lock is held and after the commit, so a reader that
        // saw the old epoch either read the old data or will rebuild.
        if store.total_changes() != before {
            self.epoch.fetch_add(1, Ordering::Release);
        }
        r
    }

    /// Changes so far to the data, by this process or (once
    /// [`Db::watch_other_writers`] was called) by any other.
    pub fn epoch(&self) -> u64 {
        let mut watch = self.watch.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((conn, last)) = watch.as_mut() {
            // A few microseconds: SQLite reads the WAL index header from
            // shared memory; no page of the database is read.
            let now = conn
                .query_row("PRAGMA data_version", [], |r| r.get::<_, i64>(0))
                .ok();
            // When SQLite cannot say (busy), assume a change: a rebuild is only slower.
            if now.is_none() || now != *last {
                *last = now;
                self.epoch.fetch_add(1, Ordering::AcqRel);
            }
        }
        self.epoch.load(Ordering::Acquire)
    }

    /// From now on [`Db::epoch`] also notices commits by other processes
    /// (`tidings scrape` beside `tidings run`), through SQLite's
    /// `data_version` on a second, read-only connection.
    pub fn watch_other_writers(&self) -> anyhow::Result<()> {
        let Some(path) = self.blocking(|s| s.path()) else {
            return Ok(()); // an in-memory database has no other writers
        };
        let conn = Connection::open_with_flags(
            &path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| anyhow::anyhow!("unable to watch the database {path} for changes: {e}"))?;
        let version = conn
            .query_row("PRAGMA data_version", [], |r| r.get::<_, i64>(0))
            .ok();
        *self.watch.lock().unwrap_or_else(|p| p.into_inner()) = Some((conn, version));
        Ok(())
    }
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
