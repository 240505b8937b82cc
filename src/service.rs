//! The long-running service: HTTP server, scheduler and config reload, wired
//! together and stopped gracefully.
//!
//! Owns: the run loop and its lifecycle. Decides nothing about items, feeds or
//! schedules itself; it asks `schedule` what is due and `scrape` to do it.

use std::collections::HashSet;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Context;
use chrono::Utc;
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::config::{Config, Live};
use crate::fetch::Fetcher;
use crate::scrape;
use crate::store::{Db, Store};
use crate::web::{self, AppState};

/// A future that completes on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down");
}

async fn bind(config: &Config) -> anyhow::Result<TcpListener> {
    TcpListener::bind(config.server.listen)
        .await
        .with_context(|| {
            format!(
                "unable to listen on {} (server.listen)",
                config.server.listen
            )
        })
}

/// `tidings serve`: the HTTP server alone.
pub async fn serve_only(config: Config) -> anyhow::Result<()> {
    let db = Db::new(Store::open(&config.storage.path)?);
    let listener = bind(&config).await?;
    let addr = listener.local_addr()?;
    tracing::info!(url = %config.server.base_url, "listening on http://{addr}");
    let state = AppState::new(Live::new(config), db).await?;
    web::serve(listener, state, shutdown_signal()).await?;
    Ok(())
}

/// Says, once per config, which sources do not consult robots.txt.
pub(crate) fn log_robots_opt_outs(config: &Config) {
    for s in config.sources.iter().filter(|s| !s.robots_txt) {
        tracing::info!(source = %s.id, "robots.txt is not consulted for this source (robots_txt = false)");
    }
}

/// `tidings run`: server, scheduler and config reload until SIGINT/SIGTERM.
pub async fn run(config: Config) -> anyhow::Result<()> {
    log_robots_opt_outs(&config);
    let db = Db::new(Store::open(&config.storage.path)?);
    let listener = bind(&config).await?;
    let addr = listener.local_addr()?;
    tracing::info!(url = %config.server.base_url, sources = config.sources.len(), "listening on http://{addr}");
    run_with(Live::new(config), db, listener, shutdown_signal()).await
}

/// The service on a given listener, stopping when `shutdown` completes; tests
/// call this with a port-0 listener.
pub async fn run_with(
    live: Live,
    db: Db,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let (stop_tx, stop_rx) = watch::channel(false);
    tokio::spawn(async move {
        shutdown.await;
        let _ = stop_tx.send(true);
    });
    let state = AppState::new(live.clone(), db.clone()).await?;
    let mut server_stop = stop_rx.clone();
    let server = tokio::spawn(web::serve(listener, state.clone(), async move {
        let _ = server_stop.wait_for(|s| *s).await;
    }));
    let reloader = tokio::spawn(crate::reload::watch_config(live.clone(), stop_rx.clone()));
    let mailer = tokio::spawn(mail_loop(state.clone(), stop_rx.clone()));
    scheduler(state, stop_rx).await;
    reloader.abort();
    // Mail in flight finishes; what is still queued stays queued for the next start.
    let _ = tokio::time::timeout(Duration::from_secs(10), mailer).await;
    server.await??;
    Ok(())
}

/// How often queued mail and due digests/reminders are looked at when nothing wakes the loop.
const MAIL_TICK: Duration = Duration::from_secs(20);

/// Queues what is due and sends what is queued: on every tick, after a scrape
/// found something new, and when the web form queued a confirmation.
async fn mail_loop(state: AppState, mut stop: watch::Receiver<bool>) {
    let mut generation = state.live.status().0;
    loop {
        let (current, _, _) = state.live.status();
        let config = state.live.current();
        if current != generation {
            // The mail settings may have changed: rebuild signer, templates and transport.
            match crate::notify::Notifier::new(&state.db, &config).await {
                Ok(n) => {
                    *state.notifier.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(n);
                    generation = current;
                }
                Err(e) => tracing::error!(error = %e, "mail settings not applied"),
            }
        }
        let notifier = state.notifier();
        match notifier.pass_detached(&state.db, &config, Utc::now()).await {
            Ok(pass) => {
                let q = &pass.queued;
                if q.items + q.digests + q.reminders + pass.sent.sent + pass.sent.failed > 0 {
                    tracing::info!(
                        queued_items = q.items,
                        queued_digests = q.digests,
                        queued_reminders = q.reminders,
                        sent = pass.sent.sent,
                        retrying = pass.sent.retrying,
                        failed = pass.sent.failed,
                        "mail pass"
                    );
                }
                if pass.sent.unreachable {
                    tracing::warn!("the mail server could not be reached; mail stays queued");
                }
            }
            Err(e) => tracing::error!(error = %format!("{e:#}"), "mail pass failed"),
        }
        tokio::select! {
            _ = stop.wait_for(|s| *s) => return,
            _ = state.kick.notified() => {}
            _ = state.live.replaced() => {}
            _ = tokio::time::sleep(MAIL_TICK) => {}
        }
    }
}

/// Scrapes each source when its schedule says so, until told to stop; then
/// waits (up to 10 s) for scrapes in flight, each of which commits or rolls back whole.
async fn scheduler(state: AppState, mut stop: watch::Receiver<bool>) {
    let (live, db) = (state.live.clone(), state.db.clone());
    let in_flight: Arc<Mutex<HashSet<String>>> = Arc::default();
    let mut tasks = tokio::task::JoinSet::new();
    let mut fetcher: Option<(crate::config::Fetch, Fetcher, scrape::Gate)> = None;
    loop {
        let config = live.current();
        let fetch_settings = config.fetch.clone();
        let reuse = fetcher
            .as_ref()
            .is_some_and(|(s, _, _)| *s == fetch_settings);
        if !reuse {
            match Fetcher::new(&fetch_settings) {
                Ok(f) => {
                    let gate = scrape::Gate::new(&fetch_settings);
                    fetcher = Some((fetch_settings, f, gate));
                }
                Err(e) => tracing::error!(error = %e, "unable to start fetching"),
            }
        }
        if let Some((_, f, gate)) = &fetcher {
            let now = Utc::now();
            let ids: Vec<String> = config.sources.iter().map(|s| s.id.clone()).collect();
            let states = db.run(move |s| s.last_attempts(&ids)).await;
            let last_runs = match states {
                Ok(Ok(v)) => v,
                Ok(Err(e)) => {
                    tracing::error!(error = %e, "unable to read source state");
                    Vec::new()
                }
                Err(e) => {
                    tracing::error!(error = %e, "unable to read source state");
                    Vec::new()
                }
            };
            for (id, last, failures) in last_runs {
                let Some(source) = config.source(&id) else {
                    continue;
                };
                let due = crate::schedule::source_due(
                    &source.schedule,
                    source.timezone,
                    source.jitter,
                    &source.id,
                    last,
                    failures,
                    now,
                ) <= now;
                let busy = in_flight
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .contains(&id);
                if due && !busy {
                    in_flight
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .insert(id.clone());
                    let (f, gate, db, source, in_flight, state) = (
                        f.clone(),
                        gate.clone(),
                        db.clone(),
                        source.clone(),
                        in_flight.clone(),
                        state.clone(),
                    );
                    let health = config.health.clone();
                    tasks.spawn(async move {
                        // None: stopping, and this scrape had not started.
                        if let Some(report) = gate.scrape(&f, &db, &source, &health).await {
                            // New items to mail, or a change of health to tell the admin of.
                            if !report.new_ids.is_empty()
                                || report.error.is_some()
                                || report.was_failing
                            {
                                state.kick.notify_one();
                            }
                        }
                        in_flight
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .remove(&source.id);
                    });
                }
            }
        }
        while tasks.try_join_next().is_some() {}
        tokio::select! {
            _ = stop.wait_for(|s| *s) => break,
            _ = tokio::time::sleep(Duration::from_secs(1)) => {}
        }
    }
    // Scrapes still waiting for their turn are not started now.
    if let Some((_, _, gate)) = &fetcher {
        gate.close();
    }
    if !tasks.is_empty() {
        tracing::info!(scrapes = tasks.len(), "waiting for scrapes in flight");
        let drain = async { while tasks.join_next().await.is_some() {} };
        if tokio::time::timeout(Duration::from_secs(10), drain)
            .await
            .is_err()
        {
            // Dropping the set aborts them; each scrape is one transaction, so none is half-stored.
            tracing::warn!("scrapes still running after 10 s were abandoned");
        }
    }
}
