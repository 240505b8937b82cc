//! Items kept exactly once per (source, identity), their deadlines and
//! events, and the full-text search over them.
//!
//! Owns: the `items`, `mentions` and `items_fts` tables. An item's plain text
//! is made once, at extraction, and stored beside its sanitized HTML: the
//! search index holds the title and that text, never markup.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::hashes::{content_hash, item_uid};
use super::sources::{self, Anomaly, Validators};
use super::{from_ts, ts, Result, Store};
use crate::deadlines::{Kind, Mention};
use crate::extract::Item;

/// What the store already has of an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    pub content_hash: String,
    pub body: String,
}

impl Known {
    /// Whether `item` is this stored item as it was (title, link, summary, date).
    pub fn unchanged(&self, item: &Item) -> bool {
        self.content_hash == content_hash(item)
    }
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
    /// The summary as plain text, made once at extraction.
    pub text: Option<String>,
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

impl Store {
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
        let scrape = Scrape {
            source_id,
            fingerprint,
            validators,
            items,
            now,
            body_hash: None,
        };
        Ok(self.apply_scrape_checked(&scrape, |_| None)?.0)
    }

    /// [`Store::apply_scrape`], with `check` shown what the scrape found
    /// before it is committed: the anomaly it returns (far fewer items than
    /// usual) is recorded in the same transaction. 304s held in memory are
    /// written with it.
    pub fn apply_scrape_checked(
        &mut self,
        scrape: &Scrape,
        check: impl FnOnce(&Outcome) -> Option<Anomaly>,
    ) -> Result<(Outcome, Option<Anomaly>)> {
        let pending = std::mem::take(&mut self.not_modified);
        let result = apply(&mut self.conn, &pending, scrape, check);
        if result.is_err() {
            self.keep_not_modified(pending);
        }
        result
    }

    /// Newest items of the given sources, at most `limit`.
    pub fn latest_items(&self, sources: &[String], limit: usize) -> Result<Vec<StoredItem>> {
        if sources.is_empty() {
            return Ok(Vec::new());
        }
        let json = serde_json::to_string(sources).unwrap_or_else(|_| "[]".into());
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, source_id, uid, title, link, summary, published, first_seen, updated, baseline, text
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
            "SELECT id, source_id, uid, title, link, summary, published, first_seen, updated, baseline, text
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

    pub(super) fn attach_mentions(&self, items: &mut [StoredItem]) -> Result<()> {
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
        let mut known = std::collections::HashMap::new();
        if identities.is_empty() {
            return Ok(known);
        }
        // One statement for the page, not one per item.
        let json = serde_json::to_string(identities).unwrap_or_else(|_| "[]".into());
        let mut stmt = self.conn.prepare_cached(
            "SELECT identity, content_hash, coalesce(body, '') FROM items
             WHERE source_id = ?1 AND identity IN (SELECT value FROM json_each(?2))",
        )?;
        let rows = stmt.query_map(params![source_id, json], |r| {
            Ok((
                r.get(0)?,
                Known {
                    content_hash: r.get(1)?,
                    body: r.get(2)?,
                },
            ))
        })?;
        for row in rows {
            let (identity, k): (String, Known) = row?;
            known.insert(identity, k);
        }
        Ok(known)
    }

    /// The items of a source seen in its last scrape that stored items, by
    /// identity, with the hash of the markup each was read from: what an
    /// extraction may recognise without reading it (see `extract::html_known`).
    pub fn seen_before(&self, source_id: &str) -> Result<HashMap<String, i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT identity, raw_hash FROM items
             WHERE source_id = ?1 AND raw_hash IS NOT NULL
               AND last_seen = (SELECT max(last_seen) FROM items WHERE source_id = ?1)",
        )?;
        let rows = stmt.query_map([source_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<HashMap<String, i64>>>()?)
    }

    /// Number of items stored for each source.
    pub fn item_count(&self, source_id: &str) -> Result<u32> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM items WHERE source_id = ?1",
            [source_id],
            |r| r.get(0),
        )?)
    }

    /// The item whose public id is `uid` (`urn:uuid:…`), with its mentions.
    pub fn item_by_uid(&self, uid: &str) -> Result<Option<StoredItem>> {
        let item = self
            .conn
            .prepare_cached(
                "SELECT id, source_id, uid, title, link, summary, published, first_seen, updated, baseline, text
                 FROM items WHERE uid = ?1",
            )?
            .query_row([uid], row_to_item)
            .optional()?;
        let mut items: Vec<StoredItem> = item.into_iter().collect();
        self.attach_mentions(&mut items)?;
        Ok(items.pop())
    }
}

impl Store {
    /// The largest item id: items with a larger one are stored after this call.
    pub fn max_item_id(&self) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached("SELECT coalesce(max(id), 0) FROM items")?
            .query_row([], |r| r.get(0))?)
    }

    /// When an item last changed (unix time, 0 when there is none).
    pub fn last_item_change(&self) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached("SELECT coalesce(max(updated), 0) FROM items")?
            .query_row([], |r| r.get(0))?)
    }

    /// Items newer than `after` (up to `up_to`), of `sources`, never a baseline item.
    pub fn items_after(
        &self,
        sources: &[String],
        after: i64,
        up_to: i64,
    ) -> Result<Vec<StoredItem>> {
        let json = serde_json::to_string(sources).unwrap_or_else(|_| "[]".into());
        let ids: Vec<i64> = self
            .conn
            .prepare_cached(
                "SELECT id FROM items
                 WHERE id > ?1 AND id <= ?2 AND baseline = 0
                   AND source_id IN (SELECT value FROM json_each(?3))
                 ORDER BY id",
            )?
            .query_map(params![after, up_to, json], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        self.items_by_id(&ids)
    }
}

/// One successful scrape of a source, as [`Store::apply_scrape_checked`] stores it.
#[derive(Debug, Clone, Copy)]
pub struct Scrape<'a> {
    pub source_id: &'a str,
    /// The hash of the source's config: a new one makes the scrape a baseline.
    pub fingerprint: &'a str,
    pub validators: &'a Validators,
    pub items: &'a [Item],
    pub now: DateTime<Utc>,
    /// [`body_hash`] of the page the items were read from, kept so the same
    /// bytes next time cost what a 304 does; `None` when the items came from
    /// elsewhere (the feed a page advertises) or the page's hash is not to be trusted.
    pub body_hash: Option<&'a str>,
}

fn apply(
    conn: &mut Connection,
    pending: &HashMap<String, i64>,
    scrape: &Scrape,
    check: impl FnOnce(&Outcome) -> Option<Anomaly>,
) -> Result<(Outcome, Option<Anomaly>)> {
    let Scrape {
        source_id,
        fingerprint,
        validators,
        items,
        now,
        body_hash,
    } = *scrape;
    let tx = conn.transaction()?;
    sources::write_not_modified(&tx, pending)?;
    sources::ensure_source(&tx, source_id)?;
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
    // Items seen as they were, by identity: touched in one statement after the loop.
    let mut seen_again: Vec<&str> = Vec::new();
    {
        // What the store has of the items read whole, in one statement (a
        // lookup per item cost more in statement overhead than in the search).
        let wanted: Vec<&str> = items
            .iter()
            .filter(|i| !i.seen_as_before)
            .map(|i| i.identity.as_str())
            .collect();
        let mut stored: HashMap<String, (i64, String, Option<i64>)> = HashMap::new();
        if !wanted.is_empty() {
            let json = serde_json::to_string(&wanted).unwrap_or_else(|_| "[]".into());
            let mut find = tx.prepare_cached(
                "SELECT identity, id, content_hash, raw_hash FROM items
                 WHERE source_id = ?1 AND identity IN (SELECT value FROM json_each(?2))",
            )?;
            let rows = find.query_map(params![source_id, json], |r| {
                Ok((r.get(0)?, (r.get(1)?, r.get(2)?, r.get(3)?)))
            })?;
            for row in rows {
                let (identity, known) = row?;
                stored.insert(identity, known);
            }
        }
        let mut insert = tx.prepare_cached(
            "INSERT INTO items (source_id, identity, uid, title, link, summary, published,
                                first_seen, last_seen, updated, sort_time, content_hash, baseline, body, text, raw_hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        )?;
        // Markup changed in what no field reads (a counter, a class): the
        // item is unchanged, and its new markup is what it will be compared with.
        let mut rehash = tx.prepare_cached("UPDATE items SET raw_hash = ?2 WHERE id = ?1")?;
        let mut update = tx.prepare_cached(
            "UPDATE items SET title = ?2, link = ?3, summary = ?4, published = ?5,
                    last_seen = ?6, updated = ?6, text = ?8,
                    sort_time = CASE WHEN ?5 IS NOT NULL THEN ?5
                                     WHEN published IS NULL THEN sort_time
                                     ELSE first_seen END,
                    content_hash = ?7, raw_hash = ?9
             WHERE id = ?1",
        )?;
        // FTS5 flushes what it has pending at every statement once it is
        // part of a transaction, so the index is written here in one
        // statement per scrape, after the items, and not by triggers.
        let mut unindex = tx.prepare_cached(
            "INSERT INTO items_fts (items_fts, rowid, title, text)
             SELECT 'delete', id, title, text FROM items WHERE id = ?1",
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
            if item.seen_as_before {
                // Only its identity was read: it can be noted as seen, not
                // stored, and needs no lookup (counted by the touch below).
                seen_again.push(item.identity.as_str());
                continue;
            }
            let existing = stored.remove(&item.identity);
            let hash = content_hash(item);
            let published = item.published.map(ts);
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
                        item.text,
                        item.raw_hash,
                    ])?;
                    let id = tx.last_insert_rowid();
                    write_mentions(&tx, id, &item.mentions, true)?;
                    to_index.push(id);
                    out.new += 1;
                    out.new_ids.push(id);
                }
                Some((id, old_hash, _)) if old_hash != hash => {
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
                        hash,
                        item.text,
                        item.raw_hash
                    ])?;
                    write_mentions(&tx, id, &item.mentions, false)?;
                    out.updated += 1;
                }
                Some((id, _, old_raw)) => {
                    if old_raw != item.raw_hash {
                        rehash.execute(params![id, item.raw_hash])?;
                    }
                    seen_again.push(item.identity.as_str());
                }
            }
        }
    }
    if !seen_again.is_empty() {
        // An item only named may be gone since the extraction looked it up
        // (the next scrape reads it whole): what is touched is what counts.
        let identities = serde_json::to_string(&seen_again).unwrap_or_else(|_| "[]".into());
        out.unchanged += tx
            .prepare_cached(
                "UPDATE items SET last_seen = ?3
                 WHERE source_id = ?1 AND identity IN (SELECT value FROM json_each(?2))",
            )?
            .execute(params![source_id, identities, ts(now)])?;
    }
    if !to_index.is_empty() {
        let ids = serde_json::to_string(&to_index).unwrap_or_else(|_| "[]".into());
        tx.prepare_cached(
            "INSERT INTO items_fts (rowid, title, text)
             SELECT id, title, text FROM items WHERE id IN (SELECT value FROM json_each(?1))",
        )?
        .execute([ids])?;
    }
    let count = out.new + out.updated + out.unchanged;
    tx.prepare_cached(
        "UPDATE sources SET fingerprint = ?2, etag = ?3, last_modified = ?4, body_hash = ?7,
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
            count as i64,
            body_hash
        ])?;
    let anomaly = check(&out);
    if let Some(anomaly) = &anomaly {
        // The same bytes again must be read again, and found wanting again.
        sources::record_anomaly(&tx, source_id, anomaly)?;
    }
    tx.commit()?;
    Ok((out, anomaly))
}

/// Writes an item's mentions in place of those it had; `fresh` for an item
/// inserted just now, which has none to replace (no orphans: deleting an
/// item deletes its mentions).
fn write_mentions(tx: &Transaction, item_id: i64, mentions: &[Mention], fresh: bool) -> Result<()> {
    if !fresh {
        tx.prepare_cached("DELETE FROM mentions WHERE item_id = ?1")?
            .execute([item_id])?;
    }
    if mentions.is_empty() {
        return Ok(());
    }
    let mut ins = tx.prepare_cached(
        "INSERT OR IGNORE INTO mentions (item_id, kind, date, end_date, text) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for m in mentions {
        ins.execute(params![
            item_id,
            m.kind.as_str(),
            m.date.to_string(),
            m.end.map(|e| e.to_string()),
            m.text
        ])?;
    }
    Ok(())
}

pub(super) fn row_to_item(r: &rusqlite::Row) -> rusqlite::Result<StoredItem> {
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
        text: r.get(10)?,
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
        other => {
            let _ = super::corrupt(format!("a mention of the unknown kind {other:?}"));
            return Ok(None);
        }
    };
    let Ok(date) = date.parse::<NaiveDate>() else {
        let _ = super::corrupt(format!("a mention dated {date:?}, not YYYY-MM-DD"));
        return Ok(None);
    };
    Ok(Some(Mention {
        kind,
        date,
        end: end.and_then(|e| e.parse().ok()),
        text: r.get(3)?,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::store::fixtures::{fresh_store, item, scraped, t};
    use sha2::Digest;

    #[test]
    fn an_item_seen_twice_is_stored_once_and_an_edit_updates_it() {
        let (_dir, mut store) = fresh_store();
        let first = scraped(&mut store, &[item("a", "A"), item("b", "B")], t(0));
        assert_eq!((first.new, first.baseline), (2, true));
        let second = scraped(
            &mut store,
            &[item("a", "A edited"), item("b", "B"), item("c", "C")],
            t(60),
        );
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
    fn an_item_seen_as_before_is_touched_not_rewritten_and_the_last_scrape_is_what_is_known() {
        let (_dir, mut store) = fresh_store();
        let mut a = item("a", "Alpha");
        a.raw_hash = Some(11);
        let mut b = item("b", "Beta");
        b.raw_hash = Some(22);
        store
            .apply_scrape(
                "s",
                "f",
                &Validators::default(),
                &[a.clone(), b.clone()],
                t(0),
            )
            .unwrap_or_else(|e| panic!("{e}"));
        let known = store.seen_before("s").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(known.len(), 2);
        assert_eq!((known.get("a"), known.get("b")), (Some(&11), Some(&22)));

        // `a` recognised by its markup (only its identity read); `b` gone from the page.
        let named = Item {
            title: String::new(),
            link: String::new(),
            seen_as_before: true,
            ..a.clone()
        };
        let out = store
            .apply_scrape("s", "f", &Validators::default(), &[named], t(60))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((out.new, out.updated, out.unchanged), (0, 0, 1), "{out:?}");
        let stored = store
            .latest_items(&["s".into()], 10)
            .unwrap_or_else(|e| panic!("{e}"));
        let alpha = stored.iter().find(|i| i.title == "Alpha");
        assert!(
            alpha.is_some(),
            "not rewritten with the empty fields: {stored:?}"
        );
        let known = store.seen_before("s").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            known.keys().collect::<Vec<_>>(),
            ["a"],
            "only what the last scrape saw"
        );

        // Markup changed where no field reads: unchanged, its new hash kept.
        a.raw_hash = Some(33);
        let out = store
            .apply_scrape("s", "f", &Validators::default(), &[a], t(120))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((out.new, out.updated, out.unchanged), (0, 0, 1), "{out:?}");
        let known = store.seen_before("s").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(known.get("a"), Some(&33));
    }

    #[test]
    fn an_upgrade_keeps_stored_items_unchanged_though_their_content_hash_is_made_anew() {
        // A database as version 10 left it: content hashes were SHA-256.
        let sha256 = |i: &Item| {
            let mut h = sha2::Sha256::new();
            for part in [&i.title, &i.link, i.summary.as_deref().unwrap_or("")] {
                h.update(part.as_bytes());
                h.update([0]);
            }
            h.update(i.published.map(ts).unwrap_or(0).to_le_bytes());
            hex::encode(&h.finalize()[..12])
        };
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("old.db");
        let mut a = item("a", "Call for projects");
        a.summary = Some("<p>Apply by <b>1 March</b>.</p>".into());
        a.published = Some(t(-3600));
        let b = item("b", "Undated, no summary");
        {
            let mut conn = Connection::open(&path).unwrap_or_else(|e| panic!("{e}"));
            super::super::migrations()
                .to_version(&mut conn, 10)
                .unwrap_or_else(|e| panic!("{e}"));
            for i in [&a, &b] {
                conn.execute(
                    "INSERT INTO items (source_id, identity, uid, title, link, summary, published,
                                        first_seen, last_seen, updated, sort_time, content_hash)
                     VALUES ('s', ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?7, ?7, ?8)",
                    params![
                        i.identity,
                        item_uid("s", &i.identity),
                        i.title,
                        i.link,
                        i.summary,
                        i.published.map(ts),
                        ts(t(0)),
                        sha256(i)
                    ],
                )
                .unwrap_or_else(|e| panic!("{e}"));
            }
            conn.execute_batch(
                "INSERT INTO items_fts (rowid, title, text) SELECT id, title, text FROM items",
            )
            .unwrap_or_else(|e| panic!("{e}"));
        }
        let mut store = Store::open(&path).unwrap_or_else(|e| panic!("{e}"));
        let out = scraped(&mut store, &[a, b, item("c", "New")], t(60));
        assert_eq!((out.new, out.updated, out.unchanged), (1, 0, 2), "{out:?}");
    }

    #[test]
    fn an_item_only_named_but_gone_from_the_store_is_neither_counted_nor_stored() {
        let (_dir, mut store) = fresh_store();
        scraped(&mut store, &[item("a", "Alpha")], t(0));
        // Named as seen before, but the store no longer has `gone` (deleted
        // between the extraction's look-up and this transaction).
        let named = |identity: &str| Item {
            title: String::new(),
            seen_as_before: true,
            ..item(identity, "")
        };
        let out = scraped(&mut store, &[named("a"), named("gone")], t(60));
        assert_eq!((out.new, out.updated, out.unchanged), (0, 0, 1), "{out:?}");
        assert_eq!(store.item_count("s").unwrap_or_else(|e| panic!("{e}")), 1);
        let known = store
            .known_items("s", &["a".into(), "gone".into()])
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(known.keys().collect::<Vec<_>>(), ["a"]);
    }

    #[test]
    fn uids_are_stable_uuids() {
        let a = item_uid("src", "https://example.org/x");
        assert_eq!(a, item_uid("src", "https://example.org/x"));
        assert_ne!(a, item_uid("other", "https://example.org/x"));
        assert_eq!(a.len(), "urn:uuid:".len() + 36);
    }
}
