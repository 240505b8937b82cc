//! What is due, and for whom: the items new to a subscriber or a channel,
//! the digest whose slot has come, the reminders whose time has come. One
//! set of rules for both kinds of recipient, each through its filter.
//!
//! Owns: deciding; never queues, renders or sends (that is the caller's).

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};

use super::subscribers::digest_slot;
use super::{ts, Result};
use crate::config::Config;
use crate::deadlines::Kind;
use crate::filter::Filter;
use crate::store::items::StoredItem;
use crate::store::subscribers::Mode;
use crate::store::Store;

/// Whom messages are for, as far as deciding what is due goes: a subscriber
/// or a channel. Both are decided by the same three functions below, with
/// the same filter rule, so a channel hears exactly what a subscriber with
/// the same choices would.
pub(crate) struct Who<'a> {
    pub feeds: &'a [String],
    pub mode: Mode,
    pub filter: &'a Filter,
    /// Items with a larger id are new to them.
    pub item_cursor: i64,
    /// The digest slot (unix time) last handled.
    pub digest_slot: Option<i64>,
    /// No reminder whose time came before this (when they joined).
    pub since: DateTime<Utc>,
}

/// The items new to `who` up to `max_id` that their filter lets through.
pub(crate) fn new_items(
    store: &Store,
    config: &Config,
    who: &Who,
    max_id: i64,
) -> Result<Vec<StoredItem>> {
    let sources = sources_for(config, who.feeds);
    let mut items = store.items_after(&sources, who.item_cursor, max_id)?;
    // Left out by the filter, an item is passed over for good: the cursor still moves on.
    items.retain(|i| who.filter.admits_item(i));
    Ok(items)
}

/// The digest due for `who` at `now`: its slot and its items (possibly none;
/// the slot is handled all the same), or `None` when no new slot has come.
pub(crate) fn digest_due(
    store: &Store,
    config: &Config,
    who: &Who,
    max_id: i64,
    now: DateTime<Utc>,
) -> Result<Option<(DateTime<Utc>, Vec<StoredItem>)>> {
    let Some(slot) = digest_slot(config, who.mode, now) else {
        return Ok(None);
    };
    if who.digest_slot.is_some_and(|s| s >= ts(slot)) {
        return Ok(None);
    }
    Ok(Some((slot, new_items(store, config, who, max_id)?)))
}

/// A reminder that has come due, under its outbox key.
pub(crate) struct DueReminder {
    pub key: String,
    pub item: StoredItem,
    pub deadline: NaiveDate,
    pub days_left: u32,
}

/// The reminders due for `who` at `now` and not yet queued (under the key
/// `key(item, deadline, days)`), for items their filter lets through.
pub(crate) fn reminders_due(
    store: &Store,
    config: &Config,
    who: &Who,
    now: DateTime<Utc>,
    key: impl Fn(i64, NaiveDate, u32) -> String,
) -> Result<Vec<DueReminder>> {
    let tz = config.mail.timezone;
    let today = now.with_timezone(&tz).date_naive();
    let sources = sources_for(config, who.feeds);
    let mut out = Vec::new();
    for d in store.upcoming(&sources, today, 10_000)? {
        if d.mention.kind != Kind::Deadline || d.mention.date < today {
            continue;
        }
        // The most imminent reminder whose time has come; after downtime, one mail, not a burst.
        let due = config
            .mail
            .reminder_days
            .iter()
            .copied()
            .filter_map(|days| reminder_time(config, d.mention.date, days).map(|t| (days, t)))
            .filter(|(_, t)| *t <= now && *t >= who.since)
            .min_by_key(|(days, _)| *days);
        let Some((days, _)) = due else { continue };
        let key = key(d.item_id, d.mention.date, days);
        if store.mail_queued(&key)? {
            continue;
        }
        let Some(item) = store.items_by_id(&[d.item_id])?.pop() else {
            continue;
        };
        if !who.filter.admits_item(&item) {
            continue;
        }
        out.push(DueReminder {
            key,
            item,
            deadline: d.mention.date,
            days_left: (d.mention.date - today).num_days().max(0) as u32,
        });
    }
    Ok(out)
}

/// The moment a reminder `days` before `deadline` goes out: the first
/// digest_daily time on that day, in the mail time zone.
pub fn reminder_time(config: &Config, deadline: NaiveDate, days: u32) -> Option<DateTime<Utc>> {
    let day = deadline - Duration::days(i64::from(days));
    let tz = config.mail.timezone;
    let start = tz
        .from_local_datetime(&day.and_hms_opt(0, 0, 0)?)
        .earliest()?
        .with_timezone(&Utc);
    let t = config.mail.digest_daily.first_at_or_after(start, tz)?;
    // A digest schedule that skips that day (weekdays only, say) still reminds that day, at its start.
    Some(if t.with_timezone(&tz).date_naive() == day {
        t
    } else {
        start
    })
}

pub(crate) fn sources_for(config: &Config, feeds: &[String]) -> Vec<String> {
    if feeds.is_empty() {
        return config.sources.iter().map(|s| s.id.clone()).collect();
    }
    let mut out: Vec<String> = feeds
        .iter()
        .filter_map(|f| config.feed_sources(f))
        .flatten()
        .collect();
    out.sort();
    out.dedup();
    out
}
