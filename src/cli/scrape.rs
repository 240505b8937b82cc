//! `tidings scrape` and `tidings deadlines`: read now and print what was read.
//!
//! Owns: the per-source report lines, the progress bar, and the exit status
//! a failed source gives. The scraping itself is `scrape`'s.

use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use chrono::{NaiveDate, Utc};

use super::load;
use crate::deadlines::{self, Lang};
use crate::fetch::Fetcher;
use crate::scrape::{self, Report, Status};
use crate::store::{Db, Store};

pub(super) fn deadlines_cmd(lang: Lang, today: Option<NaiveDate>) -> anyhow::Result<ExitCode> {
    let mut text = String::new();
    let mut raw = Vec::new();
    std::io::stdin()
        .read_to_end(&mut raw)
        .context("unable to read stdin")?;
    text.push_str(&String::from_utf8_lossy(&raw));
    let today = today.unwrap_or_else(|| Utc::now().date_naive());
    let mut out = std::io::stdout().lock();
    for m in deadlines::find(&text, lang, today) {
        writeln!(out, "{}", serde_json::to_string(&m)?)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) async fn scrape_cmd(
    path: &Path,
    only: &[String],
    json: bool,
    dry_run: bool,
) -> anyhow::Result<ExitCode> {
    let config = load(path)?;
    for id in only {
        if config.source(id).is_none() {
            anyhow::bail!("no source with id {id:?} in {}", path.display());
        }
    }
    let store = Store::open(&config.storage.path)?;
    let db = Db::new(store);
    let fetcher = Fetcher::new(&config.fetch)?;
    let count = if only.is_empty() {
        config.sources.len()
    } else {
        only.len()
    };
    let bar = if std::io::stderr().is_terminal() && !json {
        let bar = indicatif::ProgressBar::new(count as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(bar)
    } else {
        None
    };
    let reports = scrape::scrape_all(&fetcher, &db, &config, only, Utc::now(), dry_run, |r| {
        if let Some(bar) = &bar {
            bar.set_message(r.source.clone());
            bar.inc(1);
        }
    })
    .await;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let mut out = std::io::stdout().lock();
    for r in &reports {
        if json {
            writeln!(out, "{}", serde_json::to_string(r)?)?;
        } else {
            print_report(&mut out, r)?;
        }
    }
    let failed = reports.iter().any(|r| r.status == Status::Error);
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn print_report(out: &mut impl Write, r: &Report) -> std::io::Result<()> {
    match &r.error {
        Some(e) => writeln!(out, "{}: error: {e}", r.source)?,
        None => {
            let status = match r.status {
                Status::New => "new",
                Status::Updated => "updated",
                Status::Unchanged => "unchanged",
                Status::Error => "error",
            };
            let how = if r.not_modified {
                ", not modified (304)"
            } else {
                ""
            };
            if r.items.is_some() {
                writeln!(out, "{}: would store {} items (dry run)", r.source, r.new)?;
            } else {
                writeln!(
                    out,
                    "{}: {status} ({} new, {} updated, {} unchanged{how})",
                    r.source, r.new, r.updated, r.unchanged
                )?;
            }
        }
    }
    if let Some(feed) = &r.feed {
        writeln!(out, "  read the feed the page advertises: {feed}")?;
    }
    for s in &r.skipped {
        writeln!(out, "  skipped {s}")?;
    }
    if let Some(items) = &r.items {
        for i in items {
            let date = i
                .date
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_else(|| "no date".into());
            writeln!(out, "  - {} [{date}]\n    {}", i.title, i.link)?;
            if let Some(summary) = &i.summary {
                writeln!(out, "    {summary}")?;
            }
            for m in &i.deadlines {
                writeln!(
                    out,
                    "    {} — {:?}",
                    crate::publish::mention_label(m),
                    m.text
                )?;
            }
        }
    }
    Ok(())
}
