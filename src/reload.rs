//! The config in force in a running service, and its reload: the file is
//! watched (and SIGHUP heard), a new one validated whole, then swapped in at
//! once; a broken file is reported and the previous config keeps running.

use std::path::PathBuf;
use std::time::Duration;

use tokio::sync::watch;

use crate::config::Config;

/// The config in force in a running service, swapped whole on reload.
#[derive(Clone)]
pub struct Live {
    inner: std::sync::Arc<std::sync::RwLock<LiveState>>,
    /// Told when a new config is put in force: the mail loop then starts
    /// new channels and applies new filters at once, not at its next tick.
    replaced: std::sync::Arc<tokio::sync::Notify>,
}

#[derive(Clone)]
struct LiveState {
    config: std::sync::Arc<Config>,
    generation: u64,
    loaded_at: chrono::DateTime<chrono::Utc>,
    /// The last reload that failed, while the previous config keeps running.
    error: Option<String>,
}

impl Live {
    pub fn new(config: Config) -> Live {
        Live {
            inner: std::sync::Arc::new(std::sync::RwLock::new(LiveState {
                config: std::sync::Arc::new(config),
                generation: 1,
                loaded_at: chrono::Utc::now(),
                error: None,
            })),
            replaced: std::sync::Arc::default(),
        }
    }

    /// Completes when a new config is put in force after this call.
    pub async fn replaced(&self) {
        self.replaced.notified().await
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, LiveState> {
        self.inner.read().unwrap_or_else(|p| p.into_inner())
    }

    pub fn current(&self) -> std::sync::Arc<Config> {
        self.read().config.clone()
    }

    /// How many configs were put in force so far.
    pub fn generation(&self) -> u64 {
        self.read().generation
    }

    /// (generation, loaded at, last reload error)
    pub fn status(&self) -> (u64, chrono::DateTime<chrono::Utc>, Option<String>) {
        let s = self.read();
        (s.generation, s.loaded_at, s.error.clone())
    }

    /// Puts a new, already validated config in force.
    pub fn replace(&self, config: Config) -> u64 {
        let mut s = self.inner.write().unwrap_or_else(|p| p.into_inner());
        s.config = std::sync::Arc::new(config);
        s.generation += 1;
        s.loaded_at = chrono::Utc::now();
        s.error = None;
        let generation = s.generation;
        drop(s);
        self.replaced.notify_waiters();
        generation
    }

    /// Records a reload that failed; the config in force stays.
    pub fn reject(&self, error: String) {
        let mut s = self.inner.write().unwrap_or_else(|p| p.into_inner());
        s.error = Some(error);
    }
}

/// Reloads the config when its file changes (checked every second; a save by
/// rename is seen too) or on SIGHUP. A broken file is reported and ignored:
/// the config in force keeps running.
pub(crate) async fn watch_config(live: Live, mut stop: watch::Receiver<bool>) {
    let path: PathBuf = live.current().path.clone();
    let read = |p: &PathBuf| std::fs::read(p).ok();
    let mut last = read(&path);
    #[cfg(unix)]
    let mut hup = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()).ok();
    loop {
        #[cfg(unix)]
        let hup_recv = async {
            match hup.as_mut() {
                Some(h) => {
                    h.recv().await;
                }
                None => std::future::pending::<()>().await,
            }
        };
        #[cfg(not(unix))]
        let hup_recv = std::future::pending::<()>();
        let forced = tokio::select! {
            _ = stop.wait_for(|s| *s) => return,
            _ = tokio::time::sleep(Duration::from_secs(1)) => false,
            _ = hup_recv => true,
        };
        let now = read(&path);
        if !forced && now == last {
            continue;
        }
        last = now;
        reload(&live, &path);
    }
}

/// Validates the file at `path` and puts it in force, or records why not.
pub fn reload(live: &Live, path: &std::path::Path) {
    // A panic while reading a new file must not end the reload task (valid
    // edits and SIGHUP would be ignored from then on): it is an error like any other.
    let loaded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| Config::load(path)))
        .unwrap_or_else(|panic| {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(crate::config::ConfigError::whole_file(
                path,
                format!("unable to read the config file: internal error ({what})"),
            ))
        });
    match loaded {
        Ok(config) => {
            crate::service::log_robots_opt_outs(&config);
            let old = live.current();
            let pending = restart_needed(&old, &config);
            let generation = live.replace(config);
            crate::metrics::count("tidings_config_reloads_total", 1);
            if pending.is_empty() {
                tracing::info!(generation, "config reloaded");
            } else {
                let keys = pending.join(", ");
                tracing::warn!(
                    generation,
                    "config reloaded, but {keys} changed and takes effect only after a restart"
                );
            }
        }
        Err(e) => {
            let message = e.to_string();
            tracing::error!(error = %message, "config not reloaded; the previous one keeps running");
            crate::metrics::count("tidings_config_reload_failures_total", 1);
            live.reject(message);
        }
    }
}

/// The keys whose change a running service cannot apply.
fn restart_needed(old: &Config, new: &Config) -> Vec<&'static str> {
    let mut keys = Vec::new();
    if old.storage.path != new.storage.path {
        keys.push("storage.path");
    }
    if old.server.listen != new.server.listen {
        keys.push("server.listen");
    }
    keys
}
