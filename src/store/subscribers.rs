//! People who get mail, and what they asked for.
//!
//! Owns: the `subscribers` table, and the subscriber's side of the outbox
//! (what leaving cancels). States and modes are enums here and the same
//! strings in the database. A row that does not read back (a `feeds` list
//! that is not JSON, an unknown mode) is an error, logged and counted —
//! never "every source" or "daily" by default.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::{corrupt, from_ts, ts, Result, Store, StoreError};
use crate::filter::Filter;
use crate::lang::Lang;

/// Where a subscriber is in their lifecycle (see `notify::confirm`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SubscriberState {
    /// Signed up on the form; the confirmation link not yet followed.
    Pending,
    Confirmed,
    Unsubscribed,
}

stored_as_words!(SubscriberState, "a subscriber state", {
    Pending => "pending",
    Confirmed => "confirmed",
    Unsubscribed => "unsubscribed",
});

/// How often a subscriber gets mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Immediate,
    Daily,
    Weekly,
}

stored_as_words!(Mode, "a mail mode", {
    Immediate => "immediate",
    Daily => "daily",
    Weekly => "weekly",
});

impl Mode {
    pub fn parse(s: &str) -> Option<Mode> {
        s.parse().ok()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Subscriber {
    pub id: i64,
    pub email: String,
    pub state: SubscriberState,
    pub feeds: Vec<String>,
    pub mode: Mode,
    pub reminders: bool,
    pub lang: Lang,
    /// What they want to hear about (all of it by default).
    pub filter: Filter,
    pub created: DateTime<Utc>,
    pub confirmed_at: Option<DateTime<Utc>>,
    /// Items with a larger id are new to this subscriber.
    #[serde(skip)]
    pub item_cursor: i64,
    /// The digest slot (unix time) last handled.
    #[serde(skip)]
    pub digest_slot: Option<i64>,
    #[serde(skip)]
    pub unsubscribed_at: Option<DateTime<Utc>>,
}

/// What a subscriber asked for.
#[derive(Debug, Clone, Copy)]
pub struct Preferences<'a> {
    /// Source or `[[feed]]` ids; empty means every source.
    pub feeds: &'a [String],
    pub mode: Mode,
    pub reminders: bool,
    pub lang: Lang,
    pub filter: &'a Filter,
}

impl Preferences<'_> {
    fn feeds_json(&self) -> String {
        serde_json::to_string(self.feeds).unwrap_or_else(|_| "[]".into())
    }

    fn filter_json(&self) -> String {
        serde_json::to_string(self.filter).unwrap_or_else(|_| "{}".into())
    }
}

const COLUMNS: &str = "id, email, state, feeds, mode, reminders, lang, created, confirmed_at, item_cursor, digest_slot, unsubscribed_at, filter";

/// A subscriber row as stored: the parts that may not read back are checked
/// apart, so one bad row is reported by its id.
struct Row {
    sub: Subscriber,
    state: String,
    feeds: String,
    mode: String,
    lang: String,
    filter: String,
}

fn read_row(r: &rusqlite::Row) -> rusqlite::Result<Row> {
    Ok(Row {
        sub: Subscriber {
            id: r.get(0)?,
            email: r.get(1)?,
            state: SubscriberState::Pending,
            feeds: Vec::new(),
            mode: Mode::Daily,
            reminders: r.get(5)?,
            lang: Lang::En,
            filter: Filter::default(),
            created: from_ts(r.get(7)?),
            confirmed_at: r.get::<_, Option<i64>>(8)?.map(from_ts),
            item_cursor: r.get(9)?,
            digest_slot: r.get(10)?,
            unsubscribed_at: r.get::<_, Option<i64>>(11)?.map(from_ts),
        },
        state: r.get(2)?,
        feeds: r.get(3)?,
        mode: r.get(4)?,
        lang: r.get(6)?,
        filter: r.get(12)?,
    })
}

impl Row {
    fn check(self) -> Result<Subscriber> {
        let Row {
            mut sub,
            state,
            feeds,
            mode,
            lang,
            filter,
        } = self;
        let id = sub.id;
        sub.state = state
            .parse()
            .map_err(|e| corrupt(format!("subscriber {id}: {e}")))?;
        sub.mode = mode
            .parse()
            .map_err(|e| corrupt(format!("subscriber {id}: {e}")))?;
        sub.lang = match lang.parse() {
            Ok(l @ (Lang::En | Lang::Fi | Lang::Sv)) => l,
            _ => {
                return Err(corrupt(format!(
                    "subscriber {id}: {lang:?} is not a mail language"
                )))
            }
        };
        sub.feeds = serde_json::from_str(&feeds).map_err(|e| {
            corrupt(format!(
                "subscriber {id}: the list of feeds is not a JSON list of ids ({e})"
            ))
        })?;
        // Read as "everything" it would mail what they asked not to get.
        sub.filter = serde_json::from_str(&filter).map_err(|e| {
            corrupt(format!(
                "subscriber {id}: the filter is not a JSON filter ({e})"
            ))
        })?;
        Ok(sub)
    }
}

impl Store {
    fn subscriber_where(
        &self,
        filter: &str,
        key: &dyn rusqlite::ToSql,
    ) -> Result<Option<Subscriber>> {
        self.conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM subscribers WHERE {filter}"))?
            .query_row([key], read_row)
            .optional()?
            .map(Row::check)
            .transpose()
    }

    /// The subscriber with this (normalised) address.
    pub fn subscriber_by_email(&self, email: &str) -> Result<Option<Subscriber>> {
        self.subscriber_where("email = ?1", &email)
    }

    pub fn subscriber(&self, id: i64) -> Result<Option<Subscriber>> {
        self.subscriber_where("id = ?1", &id)
    }

    /// Every subscriber, by address. A row that does not read back is left
    /// out (and logged and counted): one bad row must not stop everyone's mail.
    pub fn subscribers(&self) -> Result<Vec<Subscriber>> {
        let rows = self
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM subscribers ORDER BY email"))?
            .query_map([], read_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            match row.check() {
                Ok(sub) => out.push(sub),
                Err(StoreError::Corrupt(_)) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(out)
    }

    /// Adds or updates a confirmed subscriber. `cursor` and `slot` are where
    /// "new since" starts when they were not confirmed (in this mode) before.
    pub fn upsert_confirmed(
        &mut self,
        email: &str,
        prefs: &Preferences,
        cursor: i64,
        slot: Option<i64>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.conn.execute(
            "INSERT INTO subscribers (email, state, feeds, mode, reminders, lang, created, updated, confirmed_at, item_cursor, digest_slot, filter)
             VALUES (?1, 'confirmed', ?2, ?3, ?4, ?5, ?6, ?6, ?6, ?7, ?8, ?9)
             ON CONFLICT (email) DO UPDATE SET
                state = 'confirmed', feeds = ?2, mode = ?3, reminders = ?4, lang = ?5, updated = ?6, filter = ?9,
                confirmed_at = coalesce(confirmed_at, ?6), unsubscribed_at = NULL,
                item_cursor = CASE WHEN state = 'confirmed' THEN item_cursor ELSE ?7 END,
                digest_slot = CASE WHEN state = 'confirmed' AND mode = ?3 THEN digest_slot ELSE ?8 END",
            params![email, prefs.feeds_json(), prefs.mode.as_str(), prefs.reminders, prefs.lang, ts(now), cursor, slot, prefs.filter_json()],
        )?;
        Ok(())
    }

    /// Records a sign-up from the web as pending (whatever state it was in).
    pub fn upsert_pending(
        &mut self,
        email: &str,
        prefs: &Preferences,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.conn.execute(
            "INSERT INTO subscribers (email, state, feeds, mode, reminders, lang, created, updated, filter)
             VALUES (?1, 'pending', ?2, ?3, ?4, ?5, ?6, ?6, ?7)
             ON CONFLICT (email) DO UPDATE SET state = 'pending', feeds = ?2, mode = ?3,
                reminders = ?4, lang = ?5, updated = ?6, filter = ?7",
            params![
                email,
                prefs.feeds_json(),
                prefs.mode.as_str(),
                prefs.reminders,
                prefs.lang,
                ts(now),
                prefs.filter_json()
            ],
        )?;
        Ok(())
    }

    /// The last confirmation mail to this mailbox, however its local part
    /// was capitalised (unix time).
    pub fn last_confirmation(&self, email: &str) -> Result<Option<i64>> {
        Ok(self.conn.query_row(
            "SELECT max(confirm_sent_at) FROM subscribers WHERE lower(email) = lower(?1)",
            [email],
            |r| r.get(0),
        )?)
    }

    pub fn set_confirmation_sent(&mut self, id: i64, now: DateTime<Utc>) -> Result<()> {
        self.conn.execute(
            "UPDATE subscribers SET confirm_sent_at = ?2 WHERE id = ?1",
            params![id, ts(now)],
        )?;
        Ok(())
    }

    /// Confirms a pending subscriber; nothing happens in any other state.
    pub fn confirm_pending(
        &mut self,
        id: i64,
        cursor: i64,
        slot: Option<i64>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.conn.execute(
            "UPDATE subscribers SET state = 'confirmed', confirmed_at = ?2, updated = ?2,
                    item_cursor = ?3, digest_slot = ?4
             WHERE id = ?1 AND state = 'pending'",
            params![id, ts(now), cursor, slot],
        )?;
        Ok(())
    }

    /// Changes what a subscriber gets; `slot` starts the new mode's digests.
    pub fn update_preferences(
        &mut self,
        id: i64,
        prefs: &Preferences,
        slot: Option<i64>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.conn.execute(
            "UPDATE subscribers SET feeds = ?2, reminders = ?4, lang = ?5, updated = ?6,
                    digest_slot = CASE WHEN mode = ?3 THEN digest_slot ELSE ?7 END, mode = ?3,
                    filter = ?8
             WHERE id = ?1",
            params![
                id,
                prefs.feeds_json(),
                prefs.mode.as_str(),
                prefs.reminders,
                prefs.lang,
                ts(now),
                slot,
                prefs.filter_json()
            ],
        )?;
        Ok(())
    }

    /// Unsubscribes, and cancels every mail still queued for them, in one transaction.
    pub fn unsubscribe(&mut self, id: i64, now: DateTime<Utc>) -> Result<()> {
        self.in_transaction(|store| {
            store.conn.execute(
                "UPDATE subscribers SET state = 'unsubscribed', unsubscribed_at = ?2, updated = ?2 WHERE id = ?1",
                params![id, ts(now)],
            )?;
            store.conn.execute(
                "UPDATE outbox SET state = 'cancelled' WHERE subscriber_id = ?1 AND state = 'queued'",
                [id],
            )?;
            Ok(())
        })
    }

    /// Removes a subscriber entirely: mail still queued goes, mail sent stays without them.
    pub fn remove_subscriber(&mut self, id: i64) -> Result<()> {
        self.in_transaction(|store| {
            store.conn.execute(
                "DELETE FROM outbox WHERE subscriber_id = ?1 AND state = 'queued'",
                [id],
            )?;
            store.conn.execute(
                "UPDATE outbox SET subscriber_id = NULL WHERE subscriber_id = ?1",
                [id],
            )?;
            store
                .conn
                .execute("DELETE FROM subscribers WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// Items up to `max_id` were handled for this subscriber.
    pub fn advance_item_cursor(&mut self, id: i64, max_id: i64) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE subscribers SET item_cursor = max(item_cursor, ?2) WHERE id = ?1",
            )?
            .execute(params![id, max_id])?;
        Ok(())
    }

    /// The digest slot `slot` was handled, and with it the items up to `max_id`.
    pub fn set_digest_slot(&mut self, id: i64, slot: i64, max_id: i64) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE subscribers SET digest_slot = ?2, item_cursor = max(item_cursor, ?3) WHERE id = ?1",
            )?
            .execute(params![id, slot, max_id])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::fixtures::fresh_store;

    fn corrupt_count() -> u64 {
        crate::metrics::render()
            .lines()
            .find_map(|l| l.strip_prefix("tidings_store_corrupt_total "))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    }

    #[test]
    fn a_subscriber_whose_feeds_do_not_parse_is_an_error_never_every_source() {
        let (_dir, mut store) = fresh_store();
        let feeds = vec!["news".to_string()];
        let prefs = Preferences {
            feeds: &feeds,
            mode: Mode::Daily,
            reminders: true,
            lang: Lang::Fi,
            filter: &Filter::default(),
        };
        let now = Utc::now();
        for email in ["a@example.org", "b@example.org"] {
            store
                .upsert_confirmed(email, &prefs, 0, None, now)
                .unwrap_or_else(|e| panic!("{e}"));
        }
        store
            .conn
            .execute(
                "UPDATE subscribers SET feeds = '[\"news\"' WHERE email = 'b@example.org'",
                [],
            )
            .unwrap_or_else(|e| panic!("{e}"));
        let before = corrupt_count();
        let subs = store.subscribers().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            subs.iter().map(|s| s.email.as_str()).collect::<Vec<_>>(),
            ["a@example.org"],
            "the broken row is left out, not read as every source"
        );
        assert_eq!(subs[0].feeds, feeds);
        assert_eq!(subs[0].state, SubscriberState::Confirmed);
        match store.subscriber_by_email("b@example.org") {
            Err(StoreError::Corrupt(what)) => {
                assert!(what.contains("feeds"), "{what}");
                assert!(
                    !what.contains("b@example.org"),
                    "no address in logs: {what}"
                );
            }
            other => panic!("expected a corrupt-data error, got {other:?}"),
        }
        assert!(corrupt_count() >= before + 2, "each one is counted");
    }

    #[test]
    fn states_and_modes_are_stored_as_the_same_strings() {
        for state in [
            SubscriberState::Pending,
            SubscriberState::Confirmed,
            SubscriberState::Unsubscribed,
        ] {
            assert_eq!(state.as_str().parse::<SubscriberState>(), Ok(state));
        }
        for mode in [Mode::Immediate, Mode::Daily, Mode::Weekly] {
            assert_eq!(Mode::parse(mode.as_str()), Some(mode));
        }
        assert!("confirmd".parse::<SubscriberState>().is_err());
    }
}
