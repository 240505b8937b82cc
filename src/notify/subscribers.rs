//! A subscriber's lifecycle: sign-up (double opt-in), confirmation,
//! preferences, unsubscribe and removal, as the web and the CLI ask for them.
//!
//! Owns: the rules (who may confirm with which link, one confirmation mail an
//! hour per mailbox, where "new since" starts); the rows are the store's.

use chrono::{DateTime, Utc};
use minijinja::context;

use super::tokens::Purpose;
use super::{enqueue_for, link, ts, Ctx, NotifyError, Result};
use crate::config::Config;
use crate::filter::Filter;
use crate::lang::Lang;
use crate::store::outbox::MailKind;
use crate::store::subscribers::{Mode, Preferences, Subscriber, SubscriberState};
use crate::store::Store;

/// What someone asks for when subscribing.
#[derive(Debug, Clone)]
pub struct Request {
    pub email: String,
    pub feeds: Vec<String>,
    pub mode: Mode,
    pub reminders: bool,
    pub lang: Lang,
    pub filter: Filter,
}

/// Checks and normalises an address: trimmed, a valid mailbox, domain lower-cased.
pub fn normalize_email(raw: &str) -> Result<String> {
    let s = raw.trim();
    if s.len() > 254 || s.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(NotifyError::BadAddress(format!("{s:?}")));
    }
    let addr: lettre::Address = s
        .parse()
        .map_err(|_| NotifyError::BadAddress(format!("{s:?}")))?;
    let domain = addr.domain();
    if !domain.contains('.') && domain != "localhost" {
        return Err(NotifyError::BadAddress(format!("{s:?}")));
    }
    Ok(format!("{}@{}", addr.user(), domain.to_ascii_lowercase()))
}

pub fn find_subscriber(store: &mut Store, email: &str) -> Result<Option<Subscriber>> {
    Ok(store.subscriber_by_email(email)?)
}

pub fn subscriber(store: &mut Store, id: i64) -> Result<Option<Subscriber>> {
    Ok(store.subscriber(id)?)
}

pub fn list(store: &mut Store) -> Result<Vec<Subscriber>> {
    Ok(store.subscribers()?)
}

impl Request {
    fn preferences(&self) -> Preferences<'_> {
        Preferences {
            feeds: &self.feeds,
            mode: self.mode,
            reminders: self.reminders,
            lang: self.lang,
            filter: &self.filter,
        }
    }

    /// Checks a sign-up against the config: an address that is one, feeds
    /// that exist. Returns the address, normalised.
    fn checked_email(&self, config: &Config) -> Result<String> {
        let email = normalize_email(&self.email)?;
        check_feeds(config, &self.feeds)?;
        Ok(email)
    }
}

fn check_feeds(config: &Config, feeds: &[String]) -> Result<()> {
    for f in feeds {
        if config.feed_sources(f).is_none() {
            return Err(NotifyError::UnknownFeed(f.clone()));
        }
    }
    Ok(())
}

/// Where a subscriber's "new since" starts: after every item already stored,
/// and after the digest slot already past, so joining never floods.
fn starting_point(
    store: &mut Store,
    config: &Config,
    mode: Mode,
    now: DateTime<Utc>,
) -> Result<(i64, Option<i64>)> {
    Ok((store.max_item_id()?, digest_slot(config, mode, now).map(ts)))
}

/// The digest slot in force at `now` for `mode` (none for immediate).
pub(super) fn digest_slot(
    config: &Config,
    mode: Mode,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let schedule = match mode {
        Mode::Immediate => return None,
        Mode::Daily => &config.mail.digest_daily,
        Mode::Weekly => &config.mail.digest_weekly,
    };
    schedule.latest_at_or_before(now, config.mail.timezone)
}

/// Adds (or updates) a confirmed subscriber: the admin's `subscribers add`.
pub fn add_confirmed(
    store: &mut Store,
    config: &Config,
    req: &Request,
    now: DateTime<Utc>,
) -> Result<Subscriber> {
    let email = req.checked_email(config)?;
    let (cursor, slot) = starting_point(store, config, req.mode, now)?;
    store.upsert_confirmed(&email, &req.preferences(), cursor, slot, now)?;
    find_subscriber(store, &email)?.ok_or(NotifyError::NoSuchSubscriber(email))
}

/// Records a web sign-up as pending and, at most once an hour per address,
/// queues the confirmation mail. Returns the subscriber.
pub fn subscribe(
    store: &mut Store,
    ctx: &Ctx,
    req: &Request,
    now: DateTime<Utc>,
) -> Result<Subscriber> {
    let email = req.checked_email(ctx.config)?;
    store.in_transaction(|store| {
        let existing = find_subscriber(store, &email)?;
        if existing
            .as_ref()
            .is_some_and(|s| s.state == SubscriberState::Confirmed)
        {
            // Already subscribed: say nothing different (no address probing), send nothing.
            return existing.ok_or(NotifyError::NoSuchSubscriber(email.clone()));
        }
        store.upsert_pending(&email, &req.preferences(), now)?;
        let sub =
            find_subscriber(store, &email)?.ok_or(NotifyError::NoSuchSubscriber(email.clone()))?;
        // The hourly limit is per mailbox as people type it: `Victim@` and
        // `VICTIM@` are stored as written (the local part is the receiving
        // server's to interpret) but share one confirmation an hour.
        let last_sent = store.last_confirmation(&email)?;
        let recent = last_sent.is_some_and(|t| now.timestamp() - t < 3600);
        if !recent {
            let confirm_url = link(
                ctx.config,
                "confirm",
                &ctx.signer.sign(Purpose::Confirm, sub.id, now),
            );
            enqueue_for(
                store,
                ctx,
                &sub,
                &format!("confirm:{}:{}", sub.id, now.timestamp() / 3600),
                MailKind::Confirm,
                context! { confirm_url },
                now,
            )?;
            store.set_confirmation_sent(sub.id, now)?;
        }
        Ok(sub)
    })
}

/// Confirms a pending subscription (the link in the confirmation mail).
///
/// The subscriber lifecycle is a small state machine, and this is its only
/// way into `confirmed` from the web:
///
/// | state | event | next |
/// |---|---|---|
/// | none, `pending`, `unsubscribed` | sign-up on the form | `pending` (a confirmation mail, at most one an hour per address) |
/// | `confirmed` | sign-up on the form | `confirmed` (nothing sent, nothing said) |
/// | `pending` | confirm link signed after the last unsubscribe | `confirmed` |
/// | `unsubscribed`, or `pending` with a link signed before the last unsubscribe | confirm link | unchanged: the link is stale |
/// | `confirmed` | confirm link | `confirmed` |
/// | any | unsubscribe | `unsubscribed`, queued mail cancelled |
/// | any | `subscribers add` (admin) | `confirmed` |
///
/// `issued` is when the confirm link was signed.
pub fn confirm(
    store: &mut Store,
    config: &Config,
    id: i64,
    issued: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Option<Subscriber>> {
    let Some(sub) = subscriber(store, id)? else {
        return Ok(None);
    };
    // A link mailed before the last unsubscribe must never revive the subscription.
    let stale = sub.unsubscribed_at.is_some_and(|u| issued <= u);
    if sub.state == SubscriberState::Pending && !stale {
        let (cursor, slot) = starting_point(store, config, sub.mode, now)?;
        store.confirm_pending(id, cursor, slot, now)?;
    }
    subscriber(store, id)
}

/// Changes what a subscriber gets (the manage page) to what `req` chooses;
/// the address stays as it is.
pub fn update_preferences(
    store: &mut Store,
    config: &Config,
    id: i64,
    req: &Request,
    now: DateTime<Utc>,
) -> Result<()> {
    check_feeds(config, &req.feeds)?;
    let slot = digest_slot(config, req.mode, now).map(ts);
    Ok(store.update_preferences(id, &req.preferences(), slot, now)?)
}

/// Unsubscribes, and cancels every mail still queued for them.
pub fn unsubscribe(store: &mut Store, id: i64, now: DateTime<Utc>) -> Result<Option<Subscriber>> {
    store.unsubscribe(id, now)?;
    subscriber(store, id)
}

/// Removes a subscriber entirely (the admin's `subscribers remove`).
pub fn remove(store: &mut Store, email: &str) -> Result<()> {
    let email = normalize_email(email)?;
    let sub = find_subscriber(store, &email)?
        .ok_or_else(|| NotifyError::NoSuchSubscriber(email.clone()))?;
    Ok(store.remove_subscriber(sub.id)?)
}
