//! The `tidings` binary: parse the command line, set up logging, run the
//! command, map its result to an exit code. Everything else is in the library.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use tidings::cli::{Cli, LogFormat};

fn main() -> ExitCode {
    one_malloc_arena();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(run())
}

/// glibc gives every thread that allocates at a busy moment an arena of its
/// own (up to 8 a core) and keeps what is freed in each: pages parsed one
/// after another on different threads then cost the sum of their peaks, not
/// the largest. Measured with 16 hostile sources in `run`: 347 MB peak with
/// glibc's default, 161 MB with two arenas, 105 MB with one (and mimalloc,
/// 234 MB). Set before any thread starts; `MALLOC_ARENA_MAX` in the
/// environment still wins, for whoever measures otherwise.
fn one_malloc_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: mallopt only sets a tunable of the allocator; it is called
        // before any other thread exists, and its result (0 when the value is
        // refused) leaves the allocator working as it was.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 1);
        }
    }
}

async fn run() -> ExitCode {
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
