//! Telling people: subscribers, the outbox, and what is due when.
//!
//! Owns: the `subscribers` and `outbox` tables' rows; deciding what mail is
//! due (an item for immediate subscribers, a digest at its cron slot, a
//! reminder before a deadline) and queueing it exactly once — each mail is a
//! row with a UNIQUE key written in the same transaction that decides it —
//! then sending what is queued, with retries and backoff.
//! Never fetches pages; reads items only as the store has them.

mod channels;
mod due;
mod payload;
mod post;
pub mod render;
mod send;
mod subscribers;
pub mod tokens;
pub mod transport;

pub use due::reminder_time;
pub(crate) use due::{digest_due, new_items, reminders_due, DueReminder, Who};
pub use post::{signature, Posted, Poster, SIGNATURE_HEADER};
pub use send::{send_due, Sent};
pub use subscribers::{
    add_confirmed, confirm, find_subscriber, list, normalize_email, remove, subscribe, subscriber,
    unsubscribe, update_preferences, Request,
};

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use minijinja::context;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::config::Config;
use crate::lang::Lang;
use crate::store::items::StoredItem;
pub use crate::store::outbox::{FailedMail, Pending};
use crate::store::outbox::{MailKind, NewMail};
pub use crate::store::subscribers::{Mode, Subscriber, SubscriberState};
use crate::store::{Db, Store, StoreError};
use render::{ItemView, Renderer};
use tokens::{Purpose, Signer};
use transport::Mailer;

/// Sending stops retrying a mail after this many attempts and marks it failed.
pub const MAX_ATTEMPTS: u32 = 8;

#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    #[error("{0} is not a valid email address")]
    BadAddress(String),
    #[error("{0:?} is not a feed or source id in the config")]
    UnknownFeed(String),
    #[error("no subscriber with the address {0}")]
    NoSuchSubscriber(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Render(#[from] render::RenderError),
}

impl From<rusqlite::Error> for NotifyError {
    fn from(e: rusqlite::Error) -> Self {
        NotifyError::Store(StoreError::Sql(e))
    }
}

pub type Result<T> = std::result::Result<T, NotifyError>;

/// Everything needed to decide and write mail.
pub struct Ctx<'a> {
    pub config: &'a Config,
    pub signer: &'a Signer,
    pub renderer: &'a Renderer,
}

/// The link-signing secret: from the config, else generated once and kept in the database.
pub fn signer(store: &mut Store, config: &Config) -> std::result::Result<Signer, StoreError> {
    if let Some(s) = &config.mail.secret {
        return Ok(Signer::new(s.expose()));
    }
    let fresh: [u8; 32] = rand::random();
    let secret = store.meta_init("link_secret", &hex::encode(fresh))?;
    Ok(Signer::new(&secret))
}

fn ts(t: DateTime<Utc>) -> i64 {
    t.timestamp()
}

fn link(config: &Config, path: &str, token: &str) -> String {
    format!(
        "{}/{path}?token={token}",
        config.server.base_url.as_str().trim_end_matches('/')
    )
}

fn footer_ctx(ctx: &Ctx, sub: i64, now: DateTime<Utc>) -> minijinja::Value {
    context! {
        unsubscribe_url => link(ctx.config, "unsubscribe", &ctx.signer.sign(Purpose::Unsubscribe, sub, now)),
        manage_url => link(ctx.config, "manage", &ctx.signer.sign(Purpose::Manage, sub, now)),
    }
}

fn mail_host(config: &Config) -> String {
    config
        .server
        .base_url
        .host_str()
        .filter(|h| !h.is_empty())
        .unwrap_or("tidings.invalid")
        .to_string()
}

/// Headers that let mail clients and providers recognise and unsubscribe the list (RFC 2369, 8058, 3834).
fn list_headers(ctx: &Ctx, sub: i64, now: DateTime<Utc>) -> Vec<(String, String)> {
    let unsubscribe = link(
        ctx.config,
        "unsubscribe",
        &ctx.signer.sign(Purpose::Unsubscribe, sub, now),
    );
    vec![
        ("List-Unsubscribe".into(), format!("<{unsubscribe}>")),
        (
            "List-Unsubscribe-Post".into(),
            "List-Unsubscribe=One-Click".into(),
        ),
        (
            "List-Id".into(),
            format!("tidings <tidings.{}>", mail_host(ctx.config)),
        ),
        ("Auto-Submitted".into(), "auto-generated".into()),
    ]
}

/// Queues one mail unless a mail with the same key exists. Returns whether it was queued.
#[allow(clippy::too_many_arguments)]
fn enqueue(
    store: &mut Store,
    config: &Config,
    key: &str,
    kind: MailKind,
    subscriber: Option<i64>,
    recipient: &str,
    rendered: &render::Rendered,
    headers: Vec<(String, String)>,
    now: DateTime<Utc>,
) -> Result<bool> {
    // Derived from the key: a resend after a crash carries the same Message-ID.
    let message_id = format!(
        "<{}@{}>",
        &hex::encode(Sha256::digest(key.as_bytes()))[..32],
        mail_host(config)
    );
    let mail = NewMail {
        key,
        kind,
        subscriber,
        channel: None,
        recipient,
        message_id: &message_id,
        subject: &rendered.subject,
        text: &rendered.text,
        html: &rendered.html,
        headers: &headers,
    };
    Ok(store.enqueue(&mail, now)?)
}

/// Renders the `kind` template for a subscriber, in their language and with
/// the footer links every such mail carries, and queues it under `key` with
/// the list headers.
fn enqueue_for(
    store: &mut Store,
    ctx: &Ctx,
    sub: &Subscriber,
    key: &str,
    kind: MailKind,
    values: minijinja::Value,
    now: DateTime<Utc>,
) -> Result<bool> {
    let rendered = ctx.renderer.render(
        kind.as_str(),
        sub.lang,
        context! { ..values, ..footer_ctx(ctx, sub.id, now) },
    )?;
    enqueue(
        store,
        ctx.config,
        key,
        kind,
        Some(sub.id),
        &sub.email,
        &rendered,
        list_headers(ctx, sub.id, now),
        now,
    )
}

/// Queues a mail to the admin (no subscriber, no unsubscribe link).
pub fn enqueue_admin(
    store: &mut Store,
    ctx: &Ctx,
    key: &str,
    subject_line: &str,
    message: &str,
    link_url: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let Some(admin) = &ctx.config.mail.admin_email else {
        return Ok(false);
    };
    let rendered = ctx.renderer.render(
        "admin",
        Lang::En,
        context! { subject_line, message, link => link_url },
    )?;
    let headers = vec![("Auto-Submitted".to_string(), "auto-generated".to_string())];
    enqueue(
        store,
        ctx.config,
        key,
        MailKind::Admin,
        None,
        admin.expose(),
        &rendered,
        headers,
        now,
    )
}

/// What one pass of queueing decided.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Queued {
    pub items: usize,
    pub digests: usize,
    pub reminders: usize,
    /// Mails to the admin about a source that broke or recovered.
    pub admin: usize,
}

/// Tells the admin once when a source turns unhealthy and once when it
/// recovers; the flag that remembers it is written with the mail.
fn queue_admin_health(store: &mut Store, ctx: &Ctx, now: DateTime<Utc>) -> Result<usize> {
    let config = ctx.config;
    if config.mail.admin_email.is_none() {
        return Ok(0);
    }
    let mut n = 0;
    for source in &config.sources {
        let state = store.source_state(&source.id)?;
        let unhealthy = state.unhealthy(config.health.failures).map(str::to_string);
        let (subject, message) = match (&unhealthy, state.admin_told) {
            (Some(reason), false) => (
                format!("source {} is failing", source.id),
                format!(
                    "{} ({}) is unhealthy: {reason}. Its last good items stay published. You will hear once more when it recovers.",
                    source.title, source.url
                ),
            ),
            (None, true) if state.last_success.is_some() => (
                format!("source {} works again", source.id),
                format!("{} ({}) was scraped successfully again.", source.title, source.url),
            ),
            _ => continue,
        };
        let key = format!(
            "admin:{}:{}:{}",
            if unhealthy.is_some() {
                "broke"
            } else {
                "recovered"
            },
            source.id,
            now.timestamp()
        );
        if enqueue_admin(
            store,
            ctx,
            &key,
            &subject,
            &message,
            Some(source.url.as_str()),
            now,
        )? {
            n += 1;
        }
        store.set_admin_told(&source.id, unhealthy.is_some())?;
    }
    Ok(n)
}

fn source_title(config: &Config, id: &str) -> String {
    config
        .source(id)
        .map(|s| s.title.clone())
        .unwrap_or_else(|| id.to_string())
}

/// Decides and queues every mail due at `now`. Idempotent: run it twice and
/// the second run queues nothing.
pub fn queue_due(store: &mut Store, ctx: &Ctx, now: DateTime<Utc>) -> Result<Queued> {
    store.in_transaction(|store| queue_due_in(store, ctx, now))
}

fn queue_due_in(store: &mut Store, ctx: &Ctx, now: DateTime<Utc>) -> Result<Queued> {
    let config = ctx.config;
    let mut queued = Queued {
        admin: queue_admin_health(store, ctx, now)?,
        ..Queued::default()
    };
    let max_id = store.max_item_id()?;
    let subs: Vec<Subscriber> = list(store)?
        .into_iter()
        .filter(|s| s.state == SubscriberState::Confirmed)
        .collect();
    // Reminders can only fall due when a reminder time (a digest_daily slot)
    // has passed or the items changed: between those, a pass skips them, so
    // the loop that runs every few seconds stays cheap with many subscribers.
    let reminder_slot = config
        .mail
        .digest_daily
        .latest_at_or_before(now, config.mail.timezone)
        .map(ts)
        .unwrap_or(0);
    let items_changed = store.last_item_change()?;
    let last_slot = meta_i64(store, "reminders_slot")?;
    let last_items = meta_i64(store, "reminders_items")?;
    let check_reminders = reminder_slot > last_slot || items_changed > last_items;
    for sub in subs {
        let who = Who {
            feeds: &sub.feeds,
            mode: sub.mode,
            filter: &sub.filter,
            item_cursor: sub.item_cursor,
            digest_slot: sub.digest_slot,
            since: sub.confirmed_at.unwrap_or(sub.created),
        };
        match sub.mode {
            Mode::Immediate if sub.item_cursor >= max_id => {}
            Mode::Immediate => {
                // One mail per new item: easy to file, forward and act on one at a time.
                for item in new_items(store, config, &who, max_id)? {
                    if queue_item_mail(store, ctx, &sub, &item, now)? {
                        queued.items += 1;
                    }
                }
                store.advance_item_cursor(sub.id, max_id)?;
            }
            Mode::Daily | Mode::Weekly => {
                if let Some((slot, items)) = digest_due(store, config, &who, max_id, now)? {
                    if !items.is_empty() && queue_digest_mail(store, ctx, &sub, slot, &items, now)?
                    {
                        queued.digests += 1;
                    }
                    store.set_digest_slot(sub.id, ts(slot), max_id)?;
                }
            }
        }
        if sub.reminders && check_reminders {
            let key = |item: i64, date: NaiveDate, days: u32| {
                format!("reminder:{}:{item}:{date}:{days}", sub.id)
            };
            for due in reminders_due(store, config, &who, now, key)? {
                if queue_reminder_mail(store, ctx, &sub, &due, now)? {
                    queued.reminders += 1;
                }
            }
        }
    }
    let channels = channels::queue_due(store, ctx, max_id, check_reminders, now)?;
    queued.items += channels.items;
    queued.digests += channels.digests;
    queued.reminders += channels.reminders;
    if check_reminders {
        store.meta_set("reminders_slot", &reminder_slot.to_string())?;
        store.meta_set("reminders_items", &items_changed.to_string())?;
    }
    Ok(queued)
}

fn meta_i64(store: &Store, key: &str) -> Result<i64> {
    Ok(store
        .meta(key)?
        .and_then(|v| v.parse().ok())
        .unwrap_or(i64::MIN))
}

/// An item as a mail shows it: its source named, its dates in the mail's
/// time zone and `lang`.
fn item_view(config: &Config, item: &StoredItem, lang: Lang) -> ItemView {
    ItemView::new(
        item,
        &source_title(config, &item.source_id),
        config.mail.timezone,
        lang,
    )
}

fn queue_item_mail(
    store: &mut Store,
    ctx: &Ctx,
    sub: &Subscriber,
    item: &StoredItem,
    now: DateTime<Utc>,
) -> Result<bool> {
    let view = item_view(ctx.config, item, sub.lang);
    enqueue_for(
        store,
        ctx,
        sub,
        &format!("item:{}:{}", sub.id, item.id),
        MailKind::Item,
        context! { item => minijinja::value::Value::from(minijinja::value::Serde(&view)) },
        now,
    )
}

/// A digest for `sub` at `slot`, its items grouped by source; at most one per slot.
fn queue_digest_mail(
    store: &mut Store,
    ctx: &Ctx,
    sub: &Subscriber,
    slot: DateTime<Utc>,
    items: &[StoredItem],
    now: DateTime<Utc>,
) -> Result<bool> {
    let config = ctx.config;
    let tz = config.mail.timezone;
    let mut groups: BTreeMap<String, Vec<ItemView>> = BTreeMap::new();
    for item in items {
        let title = source_title(config, &item.source_id);
        let view = ItemView::new(item, &title, tz, sub.lang);
        groups.entry(title).or_default().push(view);
    }
    let source_names: Vec<String> = groups.keys().cloned().collect();
    let groups: Vec<minijinja::Value> = groups
        .into_iter()
        .map(|(source, items)| context! { source, items => minijinja::value::Value::from(minijinja::value::Serde(&items)) })
        .collect();
    enqueue_for(
        store,
        ctx,
        sub,
        &format!("digest:{}:{}:{}", sub.mode.as_str(), sub.id, ts(slot)),
        MailKind::Digest,
        context! {
            period => sub.mode.as_str(),
            count => items.len(),
            sources => source_names,
            groups,
        },
        now,
    )
}

fn queue_reminder_mail(
    store: &mut Store,
    ctx: &Ctx,
    sub: &Subscriber,
    due: &DueReminder,
    now: DateTime<Utc>,
) -> Result<bool> {
    let view = item_view(ctx.config, &due.item, sub.lang);
    enqueue_for(
        store,
        ctx,
        sub,
        &due.key,
        MailKind::Reminder,
        context! {
            item => minijinja::value::Value::from(minijinja::value::Serde(&view)),
            when => crate::lang::days_left(sub.lang, due.days_left),
            deadline => crate::lang::date(sub.lang, due.deadline),
        },
        now,
    )
}

/// Counts of the outbox by state.
pub fn outbox_counts(store: &mut Store) -> Result<BTreeMap<String, i64>> {
    Ok(store.outbox_counts()?)
}

/// Each configured channel's messages by state, with the newest reason one
/// was not delivered; a channel with no message yet shows zeros.
pub fn channel_counts(
    store: &mut Store,
    config: &Config,
) -> Result<Vec<(String, crate::store::channels::ChannelCounts)>> {
    let mut all = store.channel_counts()?;
    Ok(config
        .channels
        .iter()
        .map(|c| (c.id.clone(), all.remove(&c.id).unwrap_or_default()))
        .collect())
}

pub fn failed(store: &mut Store) -> Result<Vec<FailedMail>> {
    Ok(store.failed_mail()?)
}

/// Puts failed mail back in the queue (all of it, or the given ids).
pub fn resend(store: &mut Store, ids: &[i64], now: DateTime<Utc>) -> Result<usize> {
    Ok(store.resend_mail(ids, now)?)
}

pub fn pending(store: &mut Store, now: DateTime<Utc>) -> Result<Vec<Pending>> {
    Ok(store.pending_mail(now)?)
}

/// Signer, templates and transport for one config; rebuilt when the config changes.
pub struct Notifier {
    pub signer: Signer,
    pub renderer: std::sync::Arc<Renderer>,
    pub mailer: Mailer,
}

/// What one `notify` pass did (or, in a dry run, would do).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Pass {
    /// Mail and channel messages queued.
    pub queued: Queued,
    /// Mail.
    pub sent: Sent,
    /// Channel messages (only when the pass waited for the channels' senders).
    pub posted: Posted,
    /// With `--dry-run`: the mails that would go out now.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub would_send: Vec<Pending>,
}

impl Notifier {
    pub async fn new(db: &Db, config: &Config) -> anyhow::Result<Notifier> {
        let cfg = config.clone();
        let signer = db.run(move |s| signer(s, &cfg)).await??;
        Ok(Notifier {
            signer,
            renderer: std::sync::Arc::new(Renderer::new(config.mail.templates_dir.clone())),
            mailer: Mailer::new(&config.mail)?,
        })
    }

    pub fn ctx<'a>(&'a self, config: &'a Config) -> Ctx<'a> {
        Ctx {
            config,
            signer: &self.signer,
            renderer: &self.renderer,
        }
    }

    /// Queues what is due at `now`, then sends what is queued: mail, and
    /// each channel by its own sender, all waited for.
    pub async fn pass(
        &self,
        db: &Db,
        config: &std::sync::Arc<Config>,
        now: DateTime<Utc>,
        dry_run: bool,
    ) -> anyhow::Result<Pass> {
        self.pass_with(db, config, now, dry_run, true).await
    }

    /// Like [`Notifier::pass`], but the channels' senders are left running
    /// (the service: a slow receiver must not hold the next mail pass).
    pub async fn pass_detached(
        &self,
        db: &Db,
        config: &std::sync::Arc<Config>,
        now: DateTime<Utc>,
    ) -> anyhow::Result<Pass> {
        self.pass_with(db, config, now, false, false).await
    }

    async fn pass_with(
        &self,
        db: &Db,
        config: &std::sync::Arc<Config>,
        now: DateTime<Utc>,
        dry_run: bool,
        wait_for_channels: bool,
    ) -> anyhow::Result<Pass> {
        let (signer, cfg) = (self.signer.clone(), config.clone());
        let renderer = self.renderer.clone();
        let (queued, would_send) = db
            .run(move |s| {
                let ctx = Ctx {
                    config: &cfg,
                    signer: &signer,
                    renderer: &renderer,
                };
                if dry_run {
                    s.dry_run(|s| {
                        let q = queue_due_in(s, &ctx, now)?;
                        Ok::<_, NotifyError>((q, pending(s, now)?))
                    })
                } else {
                    queue_due(s, &ctx, now).map(|q| (q, Vec::new()))
                }
            })
            .await??;
        if dry_run {
            return Ok(Pass {
                queued,
                would_send,
                ..Pass::default()
            });
        }
        // Each channel's sender runs on its own, beside the mail.
        let posters = Poster::shared()?.start(db, config, now);
        let sent = send_due(db, &self.mailer, &config.mail.from, now).await?;
        let mut posted = Posted::default();
        if wait_for_channels {
            for handle in posters {
                if let Ok(p) = handle.await {
                    posted.add(&p);
                }
            }
        }
        Ok(Pass {
            queued,
            sent,
            posted,
            would_send,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_checked_and_normalised() {
        assert_eq!(
            normalize_email("  Anna.Virtanen@Example.FI ")
                .ok()
                .as_deref(),
            Some("Anna.Virtanen@example.fi")
        );
        for bad in [
            "",
            "anna",
            "anna@",
            "@example.fi",
            "a b@example.fi",
            "anna@example",
            "<script>@x.fi",
            "anna@example.fi\r\nBcc: x@y.z",
        ] {
            assert!(normalize_email(bad).is_err(), "{bad:?} should be refused");
        }
    }

    fn config() -> Config {
        let text = r#"
[[source]]
id = "s"
url = "https://s.example/"
[source.select]
item = "li"
title = "a"
link = "a"
"#;
        Config::parse(text, std::path::Path::new("t.toml")).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn a_removed_subscribers_links_never_reach_the_next_one() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut store = Store::open(&dir.path().join("t.db")).unwrap_or_else(|e| panic!("{e}"));
        let config = config();
        let now = Utc::now();
        let req = |email: &str| Request {
            email: email.into(),
            feeds: Vec::new(),
            mode: Mode::Immediate,
            reminders: true,
            lang: Lang::En,
            filter: crate::filter::Filter::default(),
        };
        add_confirmed(&mut store, &config, &req("a@example.org"), now)
            .unwrap_or_else(|e| panic!("{e}"));
        let leaving = add_confirmed(&mut store, &config, &req("b@example.org"), now)
            .unwrap_or_else(|e| panic!("{e}"));
        remove(&mut store, "b@example.org").unwrap_or_else(|e| panic!("{e}"));
        // The removed subscriber's unsubscribe and manage links (good for a year)
        // name their id: a newcomer given the same id would be theirs to manage.
        let newcomer = add_confirmed(&mut store, &config, &req("c@example.org"), now)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(newcomer.id, leaving.id);
        let pending = subscribe(
            &mut store,
            &Ctx {
                config: &config,
                signer: &Signer::new("k"),
                renderer: &Renderer::new(None),
            },
            &req("d@example.org"),
            now,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        remove(&mut store, "d@example.org").unwrap_or_else(|e| panic!("{e}"));
        remove(&mut store, "c@example.org").unwrap_or_else(|e| panic!("{e}"));
        let later = add_confirmed(&mut store, &config, &req("e@example.org"), now)
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(later.id > pending.id.max(newcomer.id), "{}", later.id);
    }
}
