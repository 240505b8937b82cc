//! What each `[[channel]]` is due: the same items, digests and reminders a
//! subscriber with the same choices would get, decided by the same
//! functions (`new_items`, `digest_due`, `reminders_due`) and queued in the
//! same outbox, once per UNIQUE key.
//!
//! Keys: `item:channel:<id>:<item>`, `digest:<mode>:channel:<id>:<slot>`,
//! `reminder:channel:<id>:<item>:<date>:<days>`.

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use super::payload::{self, Post, Shown, What};
use super::subscribers::digest_slot;
use super::{digest_due, new_items, reminders_due, source_title, ts, Ctx, Queued, Result, Who};
use crate::config::{Channel, Config};
use crate::store::channels::ChannelState;
use crate::store::outbox::{MailKind, NewMail};
use crate::store::subscribers::Mode;
use crate::store::Store;

/// A message's stable id: derived from its key, so a retry (and a resend
/// after a crash) carries the same one — receivers deduplicate on it, and
/// Matrix takes it as the transaction id.
pub(super) fn delivery_id(key: &str) -> String {
    hex::encode(&Sha256::digest(key.as_bytes())[..16])
}

/// Queues what every configured channel is due at `now`; channels gone from
/// the config are forgotten and their queued messages cancelled.
pub(super) fn queue_due(
    store: &mut Store,
    ctx: &Ctx,
    max_id: i64,
    check_reminders: bool,
    now: DateTime<Utc>,
) -> Result<Queued> {
    let config = ctx.config;
    let ids: Vec<String> = config.channels.iter().map(|c| c.id.clone()).collect();
    let cancelled = store.retire_channels(&ids)?;
    if cancelled > 0 {
        tracing::info!(
            cancelled,
            "messages to channels no longer in the config were cancelled"
        );
    }
    let mut states = store.channel_states()?;
    let mut queued = Queued::default();
    for ch in &config.channels {
        let state = match states.remove(&ch.id) {
            Some(s) if s.mode == ch.mode => s,
            known => {
                // New (its items so far count as seen: no flood), or in a new
                // mode (its digests start with the current slot).
                let slot = digest_slot(config, ch.mode, now).map(ts);
                let cursor = known.as_ref().map_or(max_id, |s| s.item_cursor);
                store.start_channel(&ch.id, ch.mode, cursor, slot, now)?;
                ChannelState {
                    id: ch.id.clone(),
                    mode: ch.mode,
                    item_cursor: cursor,
                    digest_slot: slot,
                    created: known.map_or(now, |s| s.created),
                }
            }
        };
        let who = Who {
            feeds: &ch.feeds,
            mode: ch.mode,
            filter: &ch.filter,
            item_cursor: state.item_cursor,
            digest_slot: state.digest_slot,
            since: state.created,
        };
        match ch.mode {
            Mode::Immediate if state.item_cursor >= max_id => {}
            Mode::Immediate => {
                for item in new_items(store, config, &who, max_id)? {
                    let shown = shown(config, &item);
                    let key = format!("item:channel:{}:{}", ch.id, item.id);
                    if enqueue(store, ch, &key, MailKind::Item, &What::Item(&shown), now)? {
                        queued.items += 1;
                    }
                }
                store.advance_channel_cursor(&ch.id, max_id)?;
            }
            Mode::Daily | Mode::Weekly => {
                if let Some((slot, items)) = digest_due(store, config, &who, max_id, now)? {
                    if !items.is_empty() {
                        let shown: Vec<Shown> = items.iter().map(|i| shown(config, i)).collect();
                        let key =
                            format!("digest:{}:channel:{}:{}", ch.mode.as_str(), ch.id, ts(slot));
                        let what = What::Digest {
                            period: ch.mode,
                            items: &shown,
                        };
                        if enqueue(store, ch, &key, MailKind::Digest, &what, now)? {
                            queued.digests += 1;
                        }
                    }
                    store.set_channel_digest_slot(&ch.id, ts(slot), max_id)?;
                }
            }
        }
        if ch.reminders && check_reminders {
            let key = |item: i64, date: chrono::NaiveDate, days: u32| {
                format!("reminder:channel:{}:{item}:{date}:{days}", ch.id)
            };
            for due in reminders_due(store, config, &who, now, key)? {
                let shown = shown(config, &due.item);
                let what = What::Reminder {
                    item: &shown,
                    due: &due,
                };
                if enqueue(store, ch, &due.key, MailKind::Reminder, &what, now)? {
                    queued.reminders += 1;
                }
            }
        }
    }
    Ok(queued)
}

fn shown<'a>(config: &Config, item: &'a crate::store::items::StoredItem) -> Shown<'a> {
    Shown {
        item,
        source: source_title(config, &item.source_id),
    }
}

fn enqueue(
    store: &mut Store,
    ch: &Channel,
    key: &str,
    kind: MailKind,
    what: &What,
    now: DateTime<Utc>,
) -> Result<bool> {
    let delivery = delivery_id(key);
    let Post {
        subject,
        body,
        headers,
    } = payload::render(ch, what, &delivery, now);
    let message = NewMail {
        key,
        kind,
        subscriber: None,
        channel: Some(&ch.id),
        recipient: &ch.id,
        message_id: &delivery,
        subject: &subject,
        text: &body,
        html: "",
        headers: &headers,
    };
    Ok(store.enqueue(&message, now)?)
}
