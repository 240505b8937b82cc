//! `tidings check`, `tidings status` and `tidings backup`: looking after an
//! installation.
//!
//! Owns: the config verdict, the health table, and a backup that is never
//! left half written. Never changes the config or the database it reads.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use chrono::Utc;

use super::load;
use crate::config::Config;
use crate::store::Store;

pub(super) fn check(path: &Path) -> anyhow::Result<ExitCode> {
    match Config::load(path) {
        Ok(c) => {
            let plural =
                |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
            println!(
                "{}: ok ({}, {})",
                path.display(),
                plural(c.sources.len(), "source"),
                plural(c.feeds.len(), "extra feed")
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("{e}");
            eprintln!("{} problem(s) found", e.problems.len());
            Ok(ExitCode::FAILURE)
        }
    }
}

pub(super) fn status_cmd(path: &Path) -> anyhow::Result<ExitCode> {
    let config = load(path)?;
    let mut store = Store::open(&config.storage.path)?;
    let now = Utc::now();
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{:<28} {:<9} {:>6} {:<20} {:<20} error",
        "source", "health", "items", "last success", "next run"
    )?;
    for source in &config.sources {
        let st = store.source_state(&source.id)?;
        let health = if st.unhealthy(config.health.failures).is_some() {
            "FAILING"
        } else if st.last_error.is_some() {
            "retrying"
        } else if st.last_success.is_none() {
            "new"
        } else {
            "ok"
        };
        let fmt = |t: Option<chrono::DateTime<Utc>>| {
            t.map(|t| {
                t.with_timezone(&source.timezone)
                    .format("%Y-%m-%d %H:%M")
                    .to_string()
            })
            .unwrap_or_else(|| "-".into())
        };
        // The scheduler's own rule, so a failing source shows its backoff and jitter.
        let next = crate::schedule::source_due(
            &source.schedule,
            source.timezone,
            source.jitter,
            &source.id,
            st.last_attempt,
            st.consecutive_failures,
            now,
        );
        writeln!(
            out,
            "{:<28} {:<9} {:>6} {:<20} {:<20} {}",
            source.id,
            health,
            st.item_count,
            fmt(st.last_success),
            fmt(Some(next)),
            st.last_error.unwrap_or_default()
        )?;
    }
    let counts = crate::notify::outbox_counts(&mut store)?;
    let get = |k: &str| counts.get(k).copied().unwrap_or(0);
    writeln!(
        out,
        "\nmail: {} queued, {} sent, {} failed, {} cancelled",
        get("queued"),
        get("sent"),
        get("failed"),
        get("cancelled")
    )?;
    let channels = crate::notify::channel_counts(&mut store, &config)?;
    for (id, c) in &channels {
        let kind = config.channel(id).map(|c| c.kind.as_str()).unwrap_or("");
        writeln!(
            out,
            "channel {id} ({kind}): {} queued, {} sent, {} failed, {} cancelled{}",
            c.queued,
            c.sent,
            c.failed,
            c.cancelled,
            c.last_error
                .as_ref()
                .map(|e| format!("; last error: {e}"))
                .unwrap_or_default()
        )?;
    }
    if get("failed") > 0 || channels.iter().any(|(_, c)| c.failed > 0) {
        writeln!(
            out,
            "see `tidings outbox list`; queue them again with `tidings outbox resend`"
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `tidings backup`: the copy is written beside PATH under a temporary name
/// and moved into place only once it is whole and checked, so PATH never
/// holds half a backup, and an existing PATH is replaced only with `--force`.
pub(super) fn backup_cmd(config_path: &Path, dest: &Path, force: bool) -> anyhow::Result<ExitCode> {
    let config = load(config_path)?;
    let db = &config.storage.path;
    if !db.is_file() {
        anyhow::bail!(
            "no database at {}: nothing to back up (storage.path in {})",
            db.display(),
            config_path.display()
        );
    }
    if dest.is_dir() {
        anyhow::bail!(
            "{} is a folder: give the backup a file name, e.g. {}",
            dest.display(),
            dest.join("tidings-backup.db").display()
        );
    }
    if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.is_dir() {
            anyhow::bail!(
                "no folder {} for the backup: create it first",
                dir.display()
            );
        }
    }
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same(db, dest) {
        anyhow::bail!(
            "{} is the database itself: back it up to another file",
            dest.display()
        );
    }
    if dest.exists() && !force {
        anyhow::bail!(
            "{} already exists: choose a new file name, or add --force to replace it",
            dest.display()
        );
    }
    let name = dest
        .file_name()
        .with_context(|| format!("{} does not name a file", dest.display()))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".partial-{}", std::process::id()));
    let tmp = dest.with_file_name(tmp_name);
    let summary = match crate::store::backup(db, &tmp) {
        Ok(s) => s,
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            return Err(e.into());
        }
    };
    let placed = place_backup(&tmp, dest, force);
    let _ = std::fs::remove_file(&tmp);
    placed?;
    if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
        // The rename is durable only once the folder is synced; best effort.
        let _ = std::fs::File::open(dir).and_then(|d| d.sync_all());
    }
    println!(
        "backed up {} items ({:.1} MB) from {} to {}",
        summary.items,
        summary.bytes as f64 / 1e6,
        db.display(),
        dest.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// Moves the finished copy to `dest`; without `force`, a file that appeared
/// at `dest` meanwhile is kept (a hard link never replaces).
fn place_backup(tmp: &Path, dest: &Path, force: bool) -> anyhow::Result<()> {
    let moved = if force {
        std::fs::rename(tmp, dest)
    } else {
        match std::fs::hard_link(tmp, dest) {
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => anyhow::bail!(
                "{} appeared while the backup ran: choose a new file name, or add --force",
                dest.display()
            ),
            // Some file systems have no hard links; the check above has to do.
            Err(_) if !dest.exists() => std::fs::rename(tmp, dest),
            other => other,
        }
    };
    moved.with_context(|| format!("unable to write the backup to {}", dest.display()))
}
