//! The command line: parsing arguments and running each command.
//!
//! Owns: what each `tidings` command prints and its exit status. The work
//! itself is done by the modules the commands call.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use chrono::{NaiveDate, Utc};
use clap::{Parser, Subcommand, ValueEnum};

use crate::config::Config;
use crate::deadlines::{self, Lang};
use crate::fetch::Fetcher;
use crate::scrape::{self, Report, Status};
use crate::store::{Db, Store};

#[derive(Parser, Debug)]
#[command(
    name = "tidings",
    version,
    about = "Watches news pages, publishes feeds, and tells people what is new and what is due"
)]
pub struct Cli {
    /// The config file.
    #[arg(long, global = true, default_value = "config/tidings.toml")]
    pub config: PathBuf,
    /// Log format: "human" (default on a terminal) or "json".
    #[arg(long, global = true, value_enum)]
    pub log_format: Option<LogFormat>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    Human,
    Json,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// The service: scheduler and HTTP server, until SIGINT/SIGTERM.
    Run,
    /// Scrape all (or the named) sources once, now.
    Scrape {
        /// Only this source (repeatable).
        #[arg(long = "source")]
        sources: Vec<String>,
        /// One JSON object per source.
        #[arg(long)]
        json: bool,
        /// Store and send nothing; print the items that would be extracted.
        #[arg(long)]
        dry_run: bool,
    },
    /// Validate the config file; problems are named by file:line:column.
    Check,
    /// The HTTP server only.
    Serve,
    /// Read text on stdin and print the deadlines and events in it, as JSON lines.
    Deadlines {
        #[arg(long, default_value = "auto", value_parser = lang_arg(TEXT_LANGS))]
        lang: Lang,
        /// The date a year left out is inferred from (default: today).
        #[arg(long)]
        today: Option<NaiveDate>,
    },
    /// Send what is due now (immediate mails, digests, reminders) and exit.
    Notify {
        /// Decide and print what would be sent; send and store nothing.
        #[arg(long)]
        dry_run: bool,
        /// The clock, for tests and for catching up (RFC 3339).
        #[arg(long)]
        now: Option<chrono::DateTime<chrono::FixedOffset>>,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Manage subscribers (added here they need no confirmation).
    Subscribers {
        #[command(subcommand)]
        action: SubscribersCmd,
    },
    /// Mail that failed for good: list it, or queue it again.
    Outbox {
        #[command(subcommand)]
        action: OutboxCmd,
    },
    /// Sources with their health, and the mail queue.
    Status,
    /// Suggest a [[source]] block for a page: the feed it advertises, else selectors for its items.
    Suggest {
        /// The page (or feed) to read.
        url: String,
        /// Append the suggested block to the config file (its comments kept).
        #[arg(long)]
        write: bool,
        /// Suggest selectors for the page's items even when it advertises a feed.
        #[arg(long)]
        html: bool,
    },
    /// Run everything offline against a bundled copy of a news site.
    Demo {
        /// Where our server listens (port 0: any free port).
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: std::net::SocketAddr,
        /// Folder for the demo's config, database and mail.
        #[arg(long, default_value = "data")]
        data: PathBuf,
    },
    /// Sources brought in from elsewhere.
    Sources {
        #[command(subcommand)]
        action: SourcesCmd,
    },
    /// Copy the database to a new file, consistently, while the service runs.
    Backup {
        /// The file to write (it must not exist, unless --force).
        path: PathBuf,
        /// Replace PATH if it exists.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum SubscribersCmd {
    /// Add (or update) a confirmed subscriber.
    Add {
        email: String,
        /// A source or [[feed]] id (repeatable; default: everything).
        #[arg(long = "feed")]
        feeds: Vec<String>,
        #[arg(long, value_enum, default_value = "immediate")]
        mode: ModeArg,
        /// No reminders before deadlines.
        #[arg(long)]
        no_reminders: bool,
        /// Language of the mails.
        #[arg(long, default_value = "en", value_parser = lang_arg(&Lang::SPOKEN))]
        lang: Lang,
        /// Only items with a deadline or event (digests and reminders too).
        #[arg(long)]
        only_dated: bool,
        /// Only items with this word or phrase (repeatable: any of them; case and accents ignored).
        #[arg(long = "any", value_name = "WORD")]
        any: Vec<String>,
        /// Leave out items with this word or phrase (repeatable).
        #[arg(long = "none", value_name = "WORD")]
        none: Vec<String>,
    },
    /// List subscribers.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Remove a subscriber and their queued mail.
    Remove { email: String },
}

#[derive(Subcommand, Debug)]
pub enum SourcesCmd {
    /// Append a `kind = "feed"` source for each subscription of an OPML file
    /// (a feed reader's export) not already in the config; comments kept.
    Import {
        file: PathBuf,
        /// Print what would be added; change nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum OutboxCmd {
    /// List mail that failed for good.
    List,
    /// Queue failed mail again (all of it, or the given ids).
    Resend { ids: Vec<i64> },
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum ModeArg {
    Immediate,
    Daily,
    Weekly,
}

impl From<ModeArg> for crate::notify::Mode {
    fn from(m: ModeArg) -> Self {
        match m {
            ModeArg::Immediate => crate::notify::Mode::Immediate,
            ModeArg::Daily => crate::notify::Mode::Daily,
            ModeArg::Weekly => crate::notify::Mode::Weekly,
        }
    }
}

/// A `--lang` value: one of `choices`, by its code (the help lists them).
fn lang_arg(choices: &'static [Lang]) -> impl clap::builder::TypedValueParser<Value = Lang> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new(choices.iter().map(|l| l.as_str()))
        .try_map(|code| code.parse::<Lang>())
}

/// The languages a text can be read in.
const TEXT_LANGS: &[Lang] = &[Lang::En, Lang::Fi, Lang::Sv, Lang::Auto];

/// Runs the parsed command; the exit code says whether it succeeded.
pub async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Check => check(&cli.config),
        Command::Deadlines { lang, today } => deadlines_cmd(lang, today),
        Command::Scrape {
            sources,
            json,
            dry_run,
        } => scrape_cmd(&cli.config, &sources, json, dry_run).await,
        Command::Serve => {
            let config = load(&cli.config)?;
            crate::service::serve_only(config).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Run => {
            let config = load(&cli.config)?;
            crate::service::run(config).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Notify { dry_run, now, json } => notify_cmd(&cli.config, dry_run, now, json).await,
        Command::Subscribers { action } => subscribers_cmd(&cli.config, action),
        Command::Outbox { action } => outbox_cmd(&cli.config, action),
        Command::Status => status_cmd(&cli.config),
        Command::Suggest { url, write, html } => suggest_cmd(&cli.config, &url, write, html).await,
        Command::Demo { listen, data } => {
            crate::demo::run(listen, &data).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Backup { path, force } => backup_cmd(&cli.config, &path, force),
        Command::Sources {
            action: SourcesCmd::Import { file, dry_run },
        } => import_cmd(&cli.config, &file, dry_run),
    }
}

/// Loads the config or fails with every problem listed.
pub fn load(path: &Path) -> anyhow::Result<Config> {
    Config::load(path).map_err(|e| anyhow::anyhow!("the config has problems:\n{e}"))
}

fn check(path: &Path) -> anyhow::Result<ExitCode> {
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

fn deadlines_cmd(lang: Lang, today: Option<NaiveDate>) -> anyhow::Result<ExitCode> {
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

async fn scrape_cmd(
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

async fn notify_cmd(
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

fn subscribers_cmd(path: &Path, action: SubscribersCmd) -> anyhow::Result<ExitCode> {
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
                if sub.feeds.is_empty() {
                    "all feeds".to_string()
                } else {
                    sub.feeds.join(", ")
                },
                if sub.filter.is_empty() {
                    String::new()
                } else {
                    format!("; {}", sub.filter.describe())
                }
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
                        if s.feeds.is_empty() {
                            "all".to_string()
                        } else {
                            s.feeds.join(",")
                        },
                        if s.reminders { "on" } else { "off" },
                        s.lang,
                        if s.filter.is_empty() {
                            "no filter".to_string()
                        } else {
                            s.filter.describe()
                        }
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

fn outbox_cmd(path: &Path, action: OutboxCmd) -> anyhow::Result<ExitCode> {
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

fn status_cmd(path: &Path) -> anyhow::Result<ExitCode> {
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

/// `tidings suggest URL`: a ready `[[source]]` block for a page on stdout,
/// with a preview of what it reads and the other blocks found, as comments.
async fn suggest_cmd(path: &Path, raw: &str, write: bool, html: bool) -> anyhow::Result<ExitCode> {
    use crate::suggest::{self, Block};
    let url = url::Url::parse(raw.trim())
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
        .ok_or_else(|| anyhow::anyhow!("{raw:?} is not an http(s) URL"))?;
    let config = if path.exists() {
        load(path)?
    } else if write {
        anyhow::bail!(
            "no config file at {}: --write adds to an existing one (copy config/tidings.toml to start)",
            path.display()
        );
    } else {
        // Without a config file, fetch as a default config would.
        Config::parse("", path).map_err(|e| anyhow::anyhow!("{e}"))?
    };
    let tz = config.mail.timezone;
    let today = Utc::now().with_timezone(&tz).date_naive();
    let taken: std::collections::HashSet<String> = config
        .sources
        .iter()
        .map(|s| s.id.clone())
        .chain(config.feeds.iter().map(|f| f.id.clone()))
        .collect();
    let fetcher = Fetcher::new(&config.fetch)?;
    let robots = config.fetch.robots_txt;
    let page = fetch_one(&fetcher, &url, robots).await?;
    let mut out = String::new();
    let block: String;

    if let Some(mut ex) = read_as_feed(&page) {
        let language = suggest::language(None, &ex.items);
        suggest::read_mentions(&mut ex, language, today, tz);
        let title = suggest::feed_title(&page.bytes).unwrap_or_else(|| host_of(&page.url));
        let id = suggest::source_id(&page.url, &taken);
        out.push_str(&format!(
            "# {} is a feed, not a page: tidings reads it with kind = \"feed\", no selectors needed.\n",
            page.url
        ));
        block = suggest::source_block(&Block {
            id: &id,
            title: &title,
            url: &page.url,
            language,
            select: None,
        });
        out.push_str(&block);
        push_preview(&mut out, "from the feed", &ex, tz);
    } else {
        let text = page.text();
        let (final_url, analysis) = {
            let u = page.url.clone();
            let t = text.clone();
            let a = tokio::task::spawn_blocking(move || suggest::analyse(&t, &u, tz)).await?;
            (page.url.clone(), a)
        };
        if let Some(why) = &analysis.refused {
            anyhow::bail!("unable to read {final_url}: {why}");
        }
        let page_title = analysis
            .title
            .clone()
            .unwrap_or_else(|| host_of(&final_url));
        // The advertised feed, when it can be read, is the better source.
        let mut feed_note = String::new();
        let mut feed_block = None;
        if !html {
            for f in &analysis.feeds {
                match fetch_one(&fetcher, &f.url, robots).await {
                    Ok(fp) => match read_as_feed(&fp) {
                        Some(ex) => {
                            feed_block = Some((f.clone(), fp, ex));
                            break;
                        }
                        None => feed_note.push_str(&format!(
                            "# The page advertises a feed at {}, but what it serves is not one that tidings reads.\n",
                            f.url
                        )),
                    },
                    Err(e) => feed_note.push_str(&format!(
                        "# The page advertises a feed at {}, but it could not be fetched: {e:#}\n",
                        f.url
                    )),
                }
            }
        }
        if let Some((f, fp, mut ex)) = feed_block {
            let language = suggest::language(analysis.lang.as_deref(), &ex.items);
            suggest::read_mentions(&mut ex, language, today, tz);
            let title = f
                .title
                .clone()
                .or_else(|| suggest::feed_title(&fp.bytes))
                .unwrap_or(page_title);
            let id = suggest::source_id(&final_url, &taken);
            out.push_str(&format!(
                "# {final_url} advertises a feed ({}): {}\n# tidings reads the feed with kind = \"feed\": no selectors to keep up when the page changes.\n",
                f.format, fp.url
            ));
            block = suggest::source_block(&Block {
                id: &id,
                title: &title,
                url: &fp.url,
                language,
                select: None,
            });
            out.push_str(&block);
            push_preview(&mut out, "from the feed", &ex, tz);
            let others: Vec<_> = analysis.feeds.iter().filter(|o| o.url != f.url).collect();
            if !others.is_empty() {
                out.push_str("#\n# Other feeds the page advertises:\n");
                for o in others {
                    out.push_str(&format!(
                        "#   {} ({}{})\n",
                        o.url,
                        o.format,
                        o.title
                            .as_deref()
                            .map(|t| format!(", {t:?}"))
                            .unwrap_or_default()
                    ));
                }
            }
            if !analysis.candidates.is_empty() {
                out.push_str("#\n# Without the feed, the page's items would be read with these selectors\n# (`tidings suggest --html` prints the whole block):\n");
                out.push_str(&suggest::runners_up(&analysis.candidates[..1]));
            }
        } else {
            let Some(best) = analysis.candidates.first() else {
                anyhow::bail!(
                    "found no repeating block of items with links on {final_url}: the page may build its list with JavaScript (tidings reads the HTML as served), or list fewer than three items; try the site's feed or another listing page"
                );
            };
            let mut ex = best.extraction.clone();
            let language = suggest::language(analysis.lang.as_deref(), &ex.items);
            suggest::read_mentions(&mut ex, language, today, tz);
            let id = suggest::source_id(&final_url, &taken);
            let n = ex.items.len();
            let dated = ex.items.iter().filter(|i| i.published.is_some()).count();
            let summed = ex.items.iter().filter(|i| i.summary.is_some()).count();
            out.push_str(&feed_note);
            out.push_str(&format!(
                "# The best of {} repeating blocks on {final_url}: {n} items in {:?} ({dated} with a date, {summed} with a summary).\n",
                analysis.candidates.len(),
                best.select.item
            ));
            if html && !analysis.feeds.is_empty() {
                out.push_str(&format!(
                    "# The page also advertises a feed: {} (run without --html to use it).\n",
                    analysis.feeds[0].url
                ));
            }
            block = suggest::source_block(&Block {
                id: &id,
                title: &page_title,
                url: &final_url,
                language,
                select: Some(&best.select),
            });
            out.push_str(&block);
            push_preview(&mut out, "with these selectors", &ex, tz);
            if analysis.candidates.len() > 1 {
                out.push_str("#\n# Runner-up candidates (to use one, put its selectors in [source.select]):\n");
                let end = analysis.candidates.len().min(4);
                out.push_str(&suggest::runners_up(&analysis.candidates[1..end]));
            }
        }
    }
    print!("{out}");
    if write {
        add_to_config(path, &url, &block)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn push_preview(out: &mut String, from: &str, ex: &crate::extract::Extraction, tz: chrono_tz::Tz) {
    out.push_str(&format!(
        "#\n# Preview: what `tidings scrape` reads {from}: {} items\n",
        ex.items.len()
    ));
    for s in ex.skipped.iter().take(3) {
        out.push_str(&format!("#   skipped {s}\n"));
    }
    out.push_str(&crate::suggest::preview(&ex.items, tz));
}

fn host_of(url: &url::Url) -> String {
    url.host_str().unwrap_or("source").to_string()
}

/// One GET, as a scrape makes it (robots.txt, limits, User-Agent).
async fn fetch_one(
    fetcher: &Fetcher,
    url: &url::Url,
    robots: bool,
) -> anyhow::Result<crate::fetch::Page> {
    match fetcher.get(url, None, robots).await? {
        crate::fetch::Fetched::Page(p) => Ok(p),
        crate::fetch::Fetched::NotModified => {
            anyhow::bail!("unable to fetch {url}: the server answered 304 to a plain GET")
        }
    }
}

/// The entries of a fetched document when it is a feed (by its type or its
/// first bytes), else `None`.
fn read_as_feed(page: &crate::fetch::Page) -> Option<crate::extract::Extraction> {
    let ct = page
        .content_type
        .as_deref()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if ct.contains("html") {
        return None;
    }
    let head: String = String::from_utf8_lossy(&page.bytes[..page.bytes.len().min(512)])
        .trim_start_matches('\u{feff}')
        .trim_start()
        .to_ascii_lowercase();
    let typed = ["xml", "rss", "atom", "json"]
        .iter()
        .any(|t| ct.contains(t));
    let sniffed = ["<?xml", "<rss", "<feed", "<rdf:rdf", "{"]
        .iter()
        .any(|p| head.starts_with(p));
    if !(typed || sniffed) {
        return None;
    }
    crate::extract::feed(&page.bytes, page.content_type.as_deref(), &page.url).ok()
}

/// Appends a suggested block to the config file, keeping all it holds; the
/// result must pass `tidings check` or nothing is written.
fn add_to_config(path: &Path, url: &url::Url, block: &str) -> anyhow::Result<()> {
    let added = format!("# Added by `tidings suggest {url}`.\n{block}");
    append_to_config(path, &added)?;
    let id = block
        .lines()
        .find_map(|l| l.strip_prefix("id = "))
        .unwrap_or_default();
    eprintln!("added source {id} to {}", path.display());
    Ok(())
}

/// `tidings sources import FILE`: a source per subscription not yet present.
fn import_cmd(config_path: &Path, file: &Path, dry_run: bool) -> anyhow::Result<ExitCode> {
    let config = load(config_path)?;
    let bytes =
        std::fs::read(file).with_context(|| format!("unable to read {}", file.display()))?;
    let (outlines, odd) = crate::sources::read_opml(&bytes)
        .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    let text = std::fs::read_to_string(config_path)
        .with_context(|| format!("unable to read {}", config_path.display()))?;
    let present: Vec<url::Url> = config.sources.iter().map(|s| s.url.clone()).collect();
    let plan = crate::sources::plan(outlines, &text, &present);
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let blocks = crate::sources::blocks(&plan, &name);
    let mut out = std::io::stdout().lock();
    for (id, o) in &plan.added {
        writeln!(
            out,
            "{} {id}  {}",
            if dry_run { "would add" } else { "added" },
            o.url
        )?;
    }
    for (what, why) in plan.skipped.iter().chain(&odd) {
        writeln!(out, "skipped {what}: {why}")?;
    }
    if dry_run {
        writeln!(out, "\n{blocks}")?;
    } else if !plan.added.is_empty() {
        append_to_config(config_path, &blocks)?;
    }
    writeln!(
        out,
        "{} {} of {} subscriptions to {}",
        if dry_run { "would add" } else { "added" },
        plan.added.len(),
        plan.added.len() + plan.skipped.len(),
        config_path.display()
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Appends TOML to the config file, keeping everything in it, only when the
/// result passes `tidings check`; written whole and renamed.
fn append_to_config(path: &Path, added: &str) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("unable to read {}", path.display()))?;
    let new = crate::suggest::append_block(&text, added)
        .map_err(|e| anyhow::anyhow!("not adding the source to {}: {e}", path.display()))?;
    Config::parse(&new, path).map_err(|e| {
        anyhow::anyhow!(
            "not adding the source to {}: the result would not pass `tidings check`:\n{e}",
            path.display()
        )
    })?;
    // Written whole and renamed, so a running service never reads half a file.
    let tmp = path.with_extension("toml.suggest-tmp");
    std::fs::write(&tmp, new).with_context(|| format!("unable to write {}", tmp.display()))?;
    if let Ok(meta) = std::fs::metadata(path) {
        let _ = std::fs::set_permissions(&tmp, meta.permissions());
    }
    std::fs::rename(&tmp, path).with_context(|| format!("unable to replace {}", path.display()))?;
    Ok(())
}

/// `tidings backup`: the copy is written beside PATH under a temporary name
/// and moved into place only once it is whole and checked, so PATH never
/// holds half a backup, and an existing PATH is replaced only with `--force`.
fn backup_cmd(config_path: &Path, dest: &Path, force: bool) -> anyhow::Result<ExitCode> {
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
