//! `tidings notify`, `tidings subscribers` and `tidings outbox`: the mail
//! side from the command line.
//!
//! Owns: what these commands print and their exit status. Deciding and
//! sending mail is `notify`'s.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use chrono::Utc;

use super::{load, OutboxCmd, SubscribersCmd};
use crate::store::{Db, Store};

pub(super) async fn notify_cmd(
    path: &Path,
    dry_run: bool,
    now: Option<chrono::DateTime<chrono::FixedOffset>>,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let config = std::sync::Arc::new(load(path)?);
    let db = Db::new(Store::open(&config.storage.path)?);
    let notifier = crate::notify::Notifier::new(&db, &config).await?;
    let now = now.map(|n| n.with_timezone(&Utc)).unwrap_or_else(Utc::now);
    let pass = notifier.pass(&db, &config, now, dry_run).await?;
    let mut out = std::io::stdout().lock();
    if json {
        writeln!(out, "{}", serde_json::to_string(&pass)?)?;
    } else if dry_run {
        writeln!(
            out,
            "would queue {} item mails, {} digests, {} reminders; would send:",
            pass.queued.items, pass.queued.digests, pass.queued.reminders
        )?;
        for p in &pass.would_send {
            writeln!(out, "  {}: {}", p.kind, p.subject)?;
        }
    } else {
        writeln!(
            out,
            "queued {} item mails, {} digests, {} reminders; sent {}, retrying {}, failed {}{}{}",
            pass.queued.items,
            pass.queued.digests,
            pass.queued.reminders,
            pass.sent.sent,
            pass.sent.retrying,
            pass.sent.failed,
            if config.channels.is_empty() {
                String::new()
            } else {
                format!(
                    "; channels: delivered {}, retrying {}, failed {}",
                    pass.posted.sent, pass.posted.retrying, pass.posted.failed
                )
            },
            if pass.sent.unreachable {
                " (the mail server could not be reached: the rest stays queued)"
            } else {
                ""
            }
        )?;
    }
    Ok(
        if pass.sent.unreachable || pass.sent.failed + pass.posted.failed > 0 {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        },
    )
}

pub(super) fn subscribers_cmd(path: &Path, action: SubscribersCmd) -> anyhow::Result<ExitCode> {
    let config = load(path)?;
    let mut store = Store::open(&config.storage.path)?;
    match action {
        SubscribersCmd::Add {
            email,
            feeds,
            mode,
            no_reminders,
            lang,
            only_dated,
            any,
            none,
        } => {
            let req = crate::notify::Request {
                email,
                feeds,
                mode: mode.into(),
                reminders: !no_reminders,
                lang,
                filter: crate::filter::Filter {
                    only_dated,
                    any: crate::filter::word_list(&any.join(",")),
                    none: crate::filter::word_list(&none.join(",")),
                },
            };
            let sub = crate::notify::add_confirmed(&mut store, &config, &req, Utc::now())?;
            println!(
                "{} subscribed ({}, {}{})",
                sub.email,
                sub.mode.as_str(),
                feeds_shown(&sub.feeds, ", ", "all feeds"),
                filter_shown(&sub.filter)
                    .map(|f| format!("; {f}"))
                    .unwrap_or_default()
            );
        }
        SubscribersCmd::List { json } => {
            let mut out = std::io::stdout().lock();
            for s in crate::notify::list(&mut store)? {
                if json {
                    writeln!(out, "{}", serde_json::to_string(&s)?)?;
                } else {
                    writeln!(
                        out,
                        "{}\t{}\t{}\t{}\treminders {}\t{}\t{}",
                        s.email,
                        s.state,
                        s.mode.as_str(),
                        feeds_shown(&s.feeds, ",", "all"),
                        if s.reminders { "on" } else { "off" },
                        s.lang,
                        filter_shown(&s.filter).unwrap_or_else(|| "no filter".into())
                    )?;
                }
            }
        }
        SubscribersCmd::Remove { email } => {
            crate::notify::remove(&mut store, &email)?;
            println!("removed");
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn outbox_cmd(path: &Path, action: OutboxCmd) -> anyhow::Result<ExitCode> {
    let config = load(path)?;
    let mut store = Store::open(&config.storage.path)?;
    match action {
        OutboxCmd::List => {
            let failed = crate::notify::failed(&mut store)?;
            if failed.is_empty() {
                println!("no failed mail");
            }
            for f in failed {
                // Channel messages name their channel; mail names no one (addresses stay in the database).
                let kind = match &f.channel {
                    Some(c) => format!("{} to channel {c}", f.kind),
                    None => f.kind.clone(),
                };
                println!(
                    "{}\t{}\t{} attempts\t{}\t{}",
                    f.id,
                    kind,
                    f.attempts,
                    f.subject,
                    f.last_error.unwrap_or_default()
                );
            }
        }
        OutboxCmd::Resend { ids } => {
            let n = crate::notify::resend(&mut store, &ids, Utc::now())?;
            println!(
                "{n} mail(s) queued again; `tidings notify` or the running service sends them"
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A subscriber's feeds joined by `sep`, or `all` for none (none chosen means every feed).
fn feeds_shown(feeds: &[String], sep: &str, all: &str) -> String {
    if feeds.is_empty() {
        all.to_string()
    } else {
        feeds.join(sep)
    }
}

/// What a filter keeps, or `None` when it keeps everything.
fn filter_shown(filter: &crate::filter::Filter) -> Option<String> {
    (!filter.is_empty()).then(|| filter.describe())
}
