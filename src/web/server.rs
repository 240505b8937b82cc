//! The accept loop: how many connections, for how long.
//!
//! Owns: header-read and idle keep-alive timeouts, the cap on open
//! connections and graceful shutdown. Slow or idle clients must never lock
//! out `/healthz`, nor take the file descriptors that scrapes, mail and the
//! database need. Decides nothing about requests: every request goes to the
//! router unchanged.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::ConnectInfo;
use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::{watch, Notify};
use tower::ServiceExt;

/// How long a client may take to send a request's headers, and how long an
/// idle keep-alive connection is kept: a real browser or feed reader needs
/// well under a second; a slowloris client is cut off.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a request may take once its headers are in (body, handler, response).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
/// Connections never exceed this, whatever the descriptor limit.
const MAX_CONNECTIONS: usize = 512;

/// The cap on open connections: at most half the process's file descriptor
/// limit (so scrapes, mail and SQLite keep the other half), at most 512.
pub fn connection_cap() -> usize {
    let soft = std::fs::read_to_string("/proc/self/limits")
        .ok()
        .and_then(|text| {
            text.lines()
                .find(|l| l.starts_with("Max open files"))
                .and_then(|l| l.split_whitespace().nth(3))
                .and_then(|n| n.parse::<usize>().ok())
        });
    match soft {
        Some(n) => (n / 2).clamp(8, MAX_CONNECTIONS),
        None => MAX_CONNECTIONS,
    }
}

/// One open connection as the accept loop sees it.
struct Conn {
    /// Requests being answered on it right now.
    busy: Arc<AtomicUsize>,
    /// Told to close when a newer client needs its place.
    evict: Arc<Notify>,
    /// Told to close, not closed yet: its descriptor still counts.
    evicting: bool,
}

#[derive(Default)]
struct Conns {
    next: u64,
    /// By age: the first is the oldest.
    open: BTreeMap<u64, Conn>,
    last_warned: Option<Instant>,
}

/// What the accept loop may do with a new connection.
#[derive(Debug, PartialEq, Eq)]
enum Room {
    Free,
    /// A connection was told to close: wait until it has.
    Wait,
    /// Every connection is answering a request.
    Full,
}

impl Conns {
    /// Makes room for one more connection if `cap` is reached, by closing the
    /// oldest one that is not answering a request (an idle or half-sent one).
    fn make_room(&mut self, cap: usize) -> Room {
        if self.open.len() < cap {
            return Room::Free;
        }
        let warn = self
            .last_warned
            .is_none_or(|t| t.elapsed() > Duration::from_secs(60));
        if warn {
            self.last_warned = Some(Instant::now());
            tracing::warn!(
                cap,
                "the HTTP server reached its cap on open connections; closing the oldest idle ones to make room"
            );
        }
        if self.open.values().any(|c| c.evicting) {
            return Room::Wait;
        }
        let idle = self
            .open
            .values_mut()
            .find(|c| c.busy.load(Ordering::Relaxed) == 0);
        match idle {
            Some(conn) => {
                conn.evicting = true;
                conn.evict.notify_one();
                Room::Wait
            }
            None => Room::Full,
        }
    }
}

/// Counts a request in flight on its connection for as long as it lives.
struct Busy(Arc<AtomicUsize>);

impl Busy {
    fn new(n: &Arc<AtomicUsize>) -> Busy {
        n.fetch_add(1, Ordering::Relaxed);
        Busy(n.clone())
    }
}

impl Drop for Busy {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Serves `router` on `listener` with at most `cap` connections until
/// `shutdown` completes, then lets requests in flight finish (up to 10 s).
pub async fn serve(
    listener: TcpListener,
    router: Router,
    cap: usize,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let router = router.layer(tower_http::timeout::TimeoutLayer::with_status_code(
        axum::http::StatusCode::REQUEST_TIMEOUT,
        REQUEST_TIMEOUT,
    ));
    let (stop_tx, stop_rx) = watch::channel(false);
    let mut shutdown = std::pin::pin!(shutdown);
    let conns: Arc<Mutex<Conns>> = Arc::default();
    let closed = Arc::new(Notify::new());
    let mut tasks = tokio::task::JoinSet::new();
    loop {
        let accepted = tokio::select! {
            _ = &mut shutdown => break,
            a = listener.accept() => a,
        };
        while tasks.try_join_next().is_some() {}
        let (stream, peer) = match accepted {
            Ok(a) => a,
            Err(e) => {
                // Out of descriptors, or a connection reset before it was
                // accepted: wait a little and go on, never stop serving.
                tracing::warn!(error = %e, "unable to accept a connection");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        // Never more descriptors than the cap: a connection told to close
        // is waited for (briefly) before the new one is served.
        let wait_until = Instant::now() + Duration::from_secs(2);
        let room = loop {
            let room = conns
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .make_room(cap);
            if room != Room::Wait || Instant::now() >= wait_until {
                break room;
            }
            let _ = tokio::time::timeout(Duration::from_millis(20), closed.notified()).await;
        };
        if room != Room::Free {
            // Every connection is answering a request: this one is refused, not queued.
            drop(stream);
            continue;
        }
        let (id, busy, evict) = {
            let mut c = conns.lock().unwrap_or_else(|p| p.into_inner());
            let id = c.next;
            c.next += 1;
            let conn = Conn {
                busy: Arc::new(AtomicUsize::new(0)),
                evict: Arc::new(Notify::new()),
                evicting: false,
            };
            let handles = (conn.busy.clone(), conn.evict.clone());
            c.open.insert(id, conn);
            (id, handles.0, handles.1)
        };
        let _ = stream.set_nodelay(true);
        let router = router.clone();
        let service = hyper::service::service_fn(move |mut req: hyper::Request<_>| {
            req.extensions_mut().insert(ConnectInfo(peer));
            let guard = Busy::new(&busy);
            let router = router.clone();
            async move {
                let response = router.oneshot(req.map(axum::body::Body::new)).await;
                drop(guard);
                response
            }
        });
        let mut stop = stop_rx.clone();
        let (conns, closed) = (conns.clone(), closed.clone());
        tasks.spawn(async move {
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT)
                .keep_alive(true);
            let conn = builder.serve_connection(TokioIo::new(stream), service);
            let mut conn = std::pin::pin!(conn);
            let stopped = async move {
                let _ = stop.wait_for(|s| *s).await;
            };
            tokio::select! {
                _ = conn.as_mut() => {}
                _ = evict.notified() => {}
                _ = stopped => {
                    conn.as_mut().graceful_shutdown();
                    let _ = conn.as_mut().await;
                }
            }
            conns
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .open
                .remove(&id);
            closed.notify_waiters();
        });
    }
    drop(listener);
    let _ = stop_tx.send(true);
    let drain = async { while tasks.join_next().await.is_some() {} };
    if tokio::time::timeout(Duration::from_secs(10), drain)
        .await
        .is_err()
    {
        tracing::warn!("connections still open 10 s after shutdown were closed");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_oldest_idle_connection_makes_room_and_busy_ones_stay() {
        let mut c = Conns::default();
        for id in 0..3 {
            c.open.insert(
                id,
                Conn {
                    busy: Arc::new(AtomicUsize::new(usize::from(id == 0))),
                    evict: Arc::new(Notify::new()),
                    evicting: false,
                },
            );
        }
        assert_eq!(
            c.make_room(4),
            Room::Free,
            "below the cap nothing is closed"
        );
        assert_eq!(c.make_room(3), Room::Wait);
        let told: Vec<u64> = c
            .open
            .iter()
            .filter(|(_, v)| v.evicting)
            .map(|(k, _)| *k)
            .collect();
        assert_eq!(told, vec![1], "the oldest idle one, not the busy one");
        assert_eq!(c.make_room(3), Room::Wait, "until it has closed");
        c.open.remove(&1);
        c.open.remove(&2);
        assert_eq!(
            c.make_room(1),
            Room::Full,
            "a busy connection is never closed"
        );
    }

    #[test]
    fn the_cap_leaves_half_the_descriptors_to_the_rest() {
        let cap = connection_cap();
        assert!((8..=MAX_CONNECTIONS).contains(&cap), "{cap}");
    }
}
