//! The command line: parsing arguments and running each command.
//!
//! Owns: what each `tidings` command prints and its exit status. The work
//! itself is done by the modules the commands call.
//!
//! Here: the arguments and the dispatch. The commands, by group: `scrape`
//! (scrape, deadlines), `mail` (notify, subscribers, outbox), `sources`
//! (suggest, sources import), `admin` (check, status, backup).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use crate::config::Config;
use crate::deadlines::Lang;

mod admin;
mod mail;
mod scrape;
mod sources;

use admin::{backup_cmd, check, status_cmd};
use mail::{notify_cmd, outbox_cmd, subscribers_cmd};
use scrape::{deadlines_cmd, scrape_cmd};
use sources::{import_cmd, suggest_cmd};

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
