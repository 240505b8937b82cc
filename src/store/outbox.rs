//! Every mail, rendered when queued, kept until it is sent or given up.
//!
//! Owns: the `outbox` table. A mail's `key` is UNIQUE, so queueing the same
//! thing twice is impossible; sending claims rows for a lease, so two
//! senders never take the same mail. A row whose stored headers do not read
//! back is never sent without them: it is marked failed, logged and counted.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::{corrupt, from_ts, ts, Result, Store};

/// Where a mail is on its way out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OutboxState {
    Queued,
    Sent,
    /// Refused for good, or retried too often: `tidings outbox resend` queues it again.
    Failed,
    /// Its subscriber left before it went out.
    Cancelled,
}

stored_as_words!(OutboxState, "an outbox state", {
    Queued => "queued",
    Sent => "sent",
    Failed => "failed",
    Cancelled => "cancelled",
});

/// What a mail is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MailKind {
    /// One new item, to an immediate subscriber.
    Item,
    Digest,
    Reminder,
    Confirm,
    /// To the admin, about a source that broke or recovered.
    Admin,
}

stored_as_words!(MailKind, "a kind of mail", {
    Item => "item",
    Digest => "digest",
    Reminder => "reminder",
    Confirm => "confirm",
    Admin => "admin",
});

/// A mail to queue, rendered.
#[derive(Debug, Clone, Copy)]
pub struct NewMail<'a> {
    /// What the mail is about (`item:<sub>:<item>`, …): one mail per key, ever.
    pub key: &'a str,
    pub kind: MailKind,
    pub subscriber: Option<i64>,
    /// The `[[channel]]` it goes to; `None` for mail.
    pub channel: Option<&'a str>,
    pub recipient: &'a str,
    pub message_id: &'a str,
    pub subject: &'a str,
    pub text: &'a str,
    pub html: &'a str,
    pub headers: &'a [(String, String)],
}

/// One mail ready to go out, as the outbox keeps it.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub id: i64,
    pub recipient: String,
    pub message_id: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub headers: Vec<(String, String)>,
    pub created: DateTime<Utc>,
}

/// A failed mail, as `tidings outbox` lists it (no addresses: they stay in the database).
#[derive(Debug, Clone, Serialize)]
pub struct FailedMail {
    pub id: i64,
    pub kind: String,
    /// The channel it was for; `None` for mail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    pub subject: String,
    pub attempts: u32,
    pub last_error: Option<String>,
}

/// A queued mail as `notify --dry-run` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Pending {
    pub kind: String,
    pub subject: String,
}

/// What became of one attempt to send a mail.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub state: OutboxState,
    pub attempts: u32,
    pub error: Option<String>,
    pub next: DateTime<Utc>,
}

impl Store {
    /// Queues one mail unless a mail with the same key exists. Returns whether it was queued.
    pub fn enqueue(&mut self, mail: &NewMail, now: DateTime<Utc>) -> Result<bool> {
        let n = self
            .conn
            .prepare_cached(
                "INSERT OR IGNORE INTO outbox (key, kind, subscriber_id, recipient, message_id, subject,
                                               body_text, body_html, headers, next_attempt, created, channel)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11)",
            )?
            .execute(params![
                mail.key,
                mail.kind.as_str(),
                mail.subscriber,
                mail.recipient,
                mail.message_id,
                mail.subject,
                mail.text,
                mail.html,
                serde_json::to_string(mail.headers).unwrap_or_else(|_| "[]".into()),
                ts(now),
                mail.channel
            ])?;
        Ok(n == 1)
    }

    /// Whether a mail with this key was ever queued.
    pub fn mail_queued(&self, key: &str) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM outbox WHERE key = ?1")?
            .query_row([key], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Claims up to `limit` mails due at `now`, with their attempts so far.
    ///
    /// Claimed, not just read: the rows' next attempt moves past `lease`, so a
    /// second sender (a `tidings notify` beside `tidings run`) cannot take them
    /// too; a sender killed mid-batch leaves them to be sent when the lease
    /// ends. Mail for someone who left since it was queued is cancelled first.
    pub fn claim_due_mail(
        &mut self,
        now: DateTime<Utc>,
        limit: usize,
        lease: Duration,
    ) -> Result<Vec<(Outgoing, u32)>> {
        self.claim_due(None, now, limit, lease)
    }

    /// Claims up to `limit` messages due at `now` for one channel, like
    /// [`Store::claim_due_mail`]: each channel is claimed apart, so a slow
    /// receiver holds only its own messages.
    pub fn claim_due_posts(
        &mut self,
        channel: &str,
        now: DateTime<Utc>,
        limit: usize,
        lease: Duration,
    ) -> Result<Vec<(Outgoing, u32)>> {
        self.claim_due(Some(channel), now, limit, lease)
    }

    fn claim_due(
        &mut self,
        channel: Option<&str>,
        now: DateTime<Utc>,
        limit: usize,
        lease: Duration,
    ) -> Result<Vec<(Outgoing, u32)>> {
        self.conn.execute(
            "UPDATE outbox SET state = 'cancelled'
             WHERE state = 'queued' AND subscriber_id IN (SELECT id FROM subscribers WHERE state = 'unsubscribed')
               AND kind != 'confirm'",
            [],
        )?;
        let rows = self
            .conn
            .prepare_cached(
                "UPDATE outbox SET next_attempt = ?3
                 WHERE id IN (SELECT id FROM outbox WHERE state = 'queued' AND next_attempt <= ?1
                                AND channel IS ?4
                              ORDER BY id LIMIT ?2)
                 RETURNING id, recipient, message_id, subject, body_text AS text, body_html AS html, headers, created, attempts",
            )?
            .query_map(params![ts(now), limit as i64, ts(now + lease), channel], |r| {
                // The headers are checked below, where a bad list can be recorded.
                let mail = from_columns!(r => Outgoing { id, recipient, message_id, subject, text, html;
                    headers: Vec::new(),
                    created: from_ts(r.get("created")?)
                });
                Ok((mail, r.get::<_, String>("headers")?, r.get::<_, u32>("attempts")?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut batch = Vec::with_capacity(rows.len());
        for (mut mail, headers, attempts) in rows {
            match serde_json::from_str(&headers) {
                Ok(h) => {
                    mail.headers = h;
                    batch.push((mail, attempts));
                }
                Err(e) => {
                    // Sent without them, a list mail would lose its unsubscribe headers.
                    let error = corrupt(format!(
                        "outbox mail {}: its stored headers are not a JSON list of pairs ({e})",
                        mail.id
                    ));
                    self.record_attempt(
                        mail.id,
                        &Attempt {
                            state: OutboxState::Failed,
                            attempts,
                            error: Some(error.to_string()),
                            next: now,
                        },
                    )?;
                }
            }
        }
        batch.sort_by_key(|(m, _)| m.id);
        Ok(batch)
    }

    /// Gives claimed but unsent mail back to the queue at once.
    pub fn release_mail(&mut self, ids: &[i64], now: DateTime<Utc>) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "UPDATE outbox SET next_attempt = ?2 WHERE id = ?1 AND state = 'queued'",
        )?;
        for id in ids {
            stmt.execute(params![id, ts(now)])?;
        }
        Ok(())
    }

    /// Records what became of an attempt to send mail `id`.
    pub fn record_attempt(&mut self, id: i64, attempt: &Attempt) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE outbox SET state = ?2, attempts = ?3, last_error = ?4, next_attempt = ?5,
                        sent_at = CASE WHEN ?2 = 'sent' THEN ?6 ELSE sent_at END
                 WHERE id = ?1",
            )?
            .execute(params![
                id,
                attempt.state.as_str(),
                attempt.attempts,
                attempt.error,
                ts(attempt.next),
                ts(Utc::now())
            ])?;
        Ok(())
    }

    /// Counts of the mail in the outbox by state (channels' messages apart: see `channel_counts`).
    pub fn outbox_counts(&self) -> Result<BTreeMap<String, i64>> {
        let rows = self
            .conn
            .prepare_cached(
                "SELECT state, count(*) FROM outbox WHERE channel IS NULL GROUP BY state",
            )?
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?
            .collect::<rusqlite::Result<BTreeMap<_, _>>>()?;
        Ok(rows)
    }

    pub fn failed_mail(&self) -> Result<Vec<FailedMail>> {
        let rows = self
            .conn
            .prepare_cached(
                "SELECT id, kind, subject, attempts, last_error, channel FROM outbox WHERE state = 'failed' ORDER BY id",
            )?
            .query_map([], |r| {
                Ok(from_columns!(r => FailedMail { id, kind, channel, subject, attempts, last_error }))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Puts failed mail back in the queue (all of it, or the given ids).
    pub fn resend_mail(&mut self, ids: &[i64], now: DateTime<Utc>) -> Result<usize> {
        if ids.is_empty() {
            return Ok(self.conn.execute(
                "UPDATE outbox SET state = 'queued', attempts = 0, next_attempt = ?1 WHERE state = 'failed'",
                [ts(now)],
            )?);
        }
        let mut n = 0;
        for id in ids {
            n += self.conn.execute(
                "UPDATE outbox SET state = 'queued', attempts = 0, next_attempt = ?2 WHERE id = ?1 AND state = 'failed'",
                params![id, ts(now)],
            )?;
        }
        Ok(n)
    }

    /// Mail queued and due at `now`.
    pub fn pending_mail(&self, now: DateTime<Utc>) -> Result<Vec<Pending>> {
        let rows = self
            .conn
            .prepare_cached(
                "SELECT kind, subject FROM outbox WHERE state = 'queued' AND next_attempt <= ?1 ORDER BY id",
            )?
            .query_map([ts(now)], |r| Ok(from_columns!(r => Pending { kind, subject })))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::fixtures::fresh_store;

    #[test]
    fn a_mail_whose_stored_headers_do_not_parse_fails_and_is_never_sent_without_them() {
        let (_dir, mut store) = fresh_store();
        let now = Utc::now();
        let headers = vec![(
            "List-Unsubscribe".to_string(),
            "<https://example.org/unsubscribe?token=t>".to_string(),
        )];
        for key in ["good", "bad"] {
            let mail = NewMail {
                key,
                kind: MailKind::Digest,
                subscriber: None,
                channel: None,
                recipient: "anna@example.org",
                message_id: &format!("<{key}@example.org>"),
                subject: key,
                text: "text",
                html: "<p>html</p>",
                headers: &headers,
            };
            assert!(store.enqueue(&mail, now).unwrap_or_else(|e| panic!("{e}")));
        }
        store
            .conn
            .execute(
                "UPDATE outbox SET headers = '[[\"List-Unsubscribe\"' WHERE key = 'bad'",
                [],
            )
            .unwrap_or_else(|e| panic!("{e}"));
        let batch = store
            .claim_due_mail(now, 10, Duration::minutes(10))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(batch.len(), 1);
        assert_eq!(batch[0].0.subject, "good");
        assert_eq!(batch[0].0.headers, headers);
        let failed = store.failed_mail().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(failed.len(), 1);
        assert_eq!(failed[0].subject, "bad");
        let error = failed[0].last_error.clone().unwrap_or_default();
        assert!(error.contains("headers"), "{error}");
        assert!(!error.contains("anna@"), "{error}");
    }
}
