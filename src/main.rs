//! The `tidings` binary: parse the command line, set up logging, run the
//! command, map its result to an exit code. Everything else is in the library.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use tidings::cli::{Cli, LogFormat};

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let json = match cli.log_format {
        Some(f) => f == LogFormat::Json,
        None => false,
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("TIDINGS_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if json {
        builder.json().init();
    } else {
        builder.with_ansi(std::io::stderr().is_terminal()).init();
    }
    match tidings::cli::run(cli).await {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
