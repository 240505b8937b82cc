//! Where each configured channel is: its cursor over the items and the
//! digest slot it last handled, like a subscriber's.
//!
//! Owns: the `channels` table, and a channel's side of the outbox (what its
//! removal from the config cancels). The config says which channels exist;
//! this table only remembers how far each got.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rusqlite::params;

use super::subscribers::Mode;
use super::{corrupt, from_ts, ts, Result, Store, StoreError};

/// How far a channel got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChannelState {
    pub id: String,
    /// The mode its digest slot belongs to: a new mode starts a new slot.
    pub mode: Mode,
    /// Items with a larger id are new to this channel.
    pub item_cursor: i64,
    /// The digest slot (unix time) last handled.
    pub digest_slot: Option<i64>,
    /// When it first appeared in the config: no reminder from before.
    pub created: DateTime<Utc>,
}

/// One channel's messages by state, for `status`, `/healthz` and `/metrics`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ChannelCounts {
    pub queued: i64,
    pub sent: i64,
    pub failed: i64,
    pub cancelled: i64,
    /// The newest reason a message was not delivered, when one is still queued or failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
}

impl Store {
    /// Every channel's state, by id. A row that does not read back is left
    /// out (logged and counted): the channel then starts afresh, without a flood.
    pub fn channel_states(&self) -> Result<BTreeMap<String, ChannelState>> {
        let rows = self
            .conn
            .prepare_cached("SELECT id, mode, item_cursor, digest_slot, created FROM channels")?
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, Option<i64>>(3)?,
                    r.get::<_, i64>(4)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut out = BTreeMap::new();
        for (id, mode, item_cursor, digest_slot, created) in rows {
            let mode = match mode.parse::<Mode>() {
                Ok(m) => m,
                Err(e) => {
                    let _: StoreError = corrupt(format!("channel {id}: {e}"));
                    continue;
                }
            };
            out.insert(
                id.clone(),
                ChannelState {
                    id,
                    mode,
                    item_cursor,
                    digest_slot,
                    created: from_ts(created),
                },
            );
        }
        Ok(out)
    }

    /// A channel seen for the first time (or in a new mode): "new" starts at
    /// `cursor`, its digests after `slot`.
    pub fn start_channel(
        &mut self,
        id: &str,
        mode: Mode,
        cursor: i64,
        slot: Option<i64>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO channels (id, mode, item_cursor, digest_slot, created)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (id) DO UPDATE SET mode = ?2, digest_slot = ?4",
            )?
            .execute(params![id, mode.as_str(), cursor, slot, ts(now)])?;
        Ok(())
    }

    /// Items up to `max_id` were handled for this channel.
    pub fn advance_channel_cursor(&mut self, id: &str, max_id: i64) -> Result<()> {
        self.conn
            .prepare_cached("UPDATE channels SET item_cursor = max(item_cursor, ?2) WHERE id = ?1")?
            .execute(params![id, max_id])?;
        Ok(())
    }

    /// The digest slot `slot` was handled for this channel, and the items up to `max_id`.
    pub fn set_channel_digest_slot(&mut self, id: &str, slot: i64, max_id: i64) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE channels SET digest_slot = ?2, item_cursor = max(item_cursor, ?3) WHERE id = ?1",
            )?
            .execute(params![id, slot, max_id])?;
        Ok(())
    }

    /// Forgets channels no longer configured, and cancels their queued
    /// messages: a receiver taken out of the config must not hear more.
    /// Returns how many messages were cancelled.
    pub fn retire_channels(&mut self, keep: &[String]) -> Result<usize> {
        let json = serde_json::to_string(keep).unwrap_or_else(|_| "[]".into());
        self.conn.execute(
            "DELETE FROM channels WHERE id NOT IN (SELECT value FROM json_each(?1))",
            [&json],
        )?;
        Ok(self.conn.execute(
            "UPDATE outbox SET state = 'cancelled', last_error = 'the channel was removed from the config'
             WHERE channel IS NOT NULL AND state = 'queued'
               AND channel NOT IN (SELECT value FROM json_each(?1))",
            [&json],
        )?)
    }

    /// Each channel's messages by state, with the newest reason one was not delivered.
    pub fn channel_counts(&self) -> Result<BTreeMap<String, ChannelCounts>> {
        let rows = self
            .conn
            .prepare_cached(
                "SELECT channel, state, count(*) FROM outbox WHERE channel IS NOT NULL GROUP BY channel, state",
            )?
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut out: BTreeMap<String, ChannelCounts> = BTreeMap::new();
        for (channel, state, n) in rows {
            let c = out.entry(channel).or_default();
            match state.as_str() {
                "queued" => c.queued = n,
                "sent" => c.sent = n,
                "failed" => c.failed = n,
                _ => c.cancelled += n,
            }
        }
        let errors = self
            .conn
            .prepare_cached(
                "SELECT channel, last_error FROM outbox
                 WHERE channel IS NOT NULL AND last_error IS NOT NULL AND state IN ('queued', 'failed')
                 ORDER BY id",
            )?
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (channel, error) in errors {
            out.entry(channel).or_default().last_error = Some(error);
        }
        Ok(out)
    }
}
