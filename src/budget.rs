//! The memory in flight across concurrent scrapes.
//!
//! Owns: one process-wide budget of bytes that page bodies (while they
//! download) and their parsing (a multiple of the page) draw from. A scrape
//! that would go over it waits until others finish — except the oldest one,
//! which may always go on, so the budget can never deadlock and is exceeded
//! by at most one page at a time. Never decides what is fetched or parsed.

use std::collections::BTreeSet;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use tokio::sync::Notify;

/// Bytes in flight, all scrapes together, before a newer scrape waits.
pub const LIMIT: u64 = 32 * 1024 * 1024;
/// Parsing a page into a DOM and items costs about this many times its size.
pub const PARSE_FACTOR: u64 = 6;
/// A wait this long means something else holds us up (a host turn held by a
/// waiting scrape): go on rather than stall a scrape forever.
const MAX_WAIT: Duration = Duration::from_secs(30);

#[derive(Default)]
struct State {
    used: u64,
    next: u64,
    live: BTreeSet<u64>,
}

pub struct Budget {
    limit: u64,
    state: Mutex<State>,
    freed: Notify,
}

/// The process-wide budget.
pub fn global() -> &'static Budget {
    static GLOBAL: OnceLock<Budget> = OnceLock::new();
    GLOBAL.get_or_init(|| Budget::new(LIMIT))
}

impl Budget {
    pub fn new(limit: u64) -> Budget {
        Budget {
            limit,
            state: Mutex::default(),
            freed: Notify::new(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A new, empty claim on the budget; it is given back when dropped.
    pub fn hold(&'static self) -> Hold {
        let mut st = self.lock();
        let ticket = st.next;
        st.next += 1;
        st.live.insert(ticket);
        Hold {
            budget: self,
            ticket,
            bytes: 0,
        }
    }

    /// Bytes claimed right now, all holds together.
    pub fn used(&self) -> u64 {
        self.lock().used
    }
}

/// One scrape's claim on the budget.
pub struct Hold {
    budget: &'static Budget,
    ticket: u64,
    bytes: u64,
}

impl std::fmt::Debug for Hold {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Hold({} bytes)", self.bytes)
    }
}

impl Hold {
    /// Claims `n` more bytes, waiting while that would go over the limit
    /// and an older claim is still alive.
    pub async fn grow(&mut self, n: u64) {
        let deadline = tokio::time::Instant::now() + MAX_WAIT;
        loop {
            let notified = self.budget.freed.notified();
            {
                let mut st = self.budget.lock();
                let oldest = st.live.first() == Some(&self.ticket);
                if st.used + n <= self.budget.limit || oldest {
                    st.used += n;
                    self.bytes += n;
                    return;
                }
            }
            if tokio::time::Instant::now() >= deadline {
                tracing::warn!(
                    bytes = n,
                    "waited 30 s for memory held by other scrapes; going on"
                );
                let mut st = self.budget.lock();
                st.used += n;
                self.bytes += n;
                return;
            }
            // A poll as well as the notice, so no wake-up can be lost.
            let _ = tokio::time::timeout(Duration::from_millis(200), notified).await;
        }
    }

    pub fn bytes(&self) -> u64 {
        self.bytes
    }
}

impl Drop for Hold {
    fn drop(&mut self) {
        let mut st = self.budget.lock();
        st.used = st.used.saturating_sub(self.bytes);
        st.live.remove(&self.ticket);
        drop(st);
        self.budget.freed.notify_waiters();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leaked(limit: u64) -> &'static Budget {
        Box::leak(Box::new(Budget::new(limit)))
    }

    #[tokio::test]
    async fn a_newer_claim_waits_for_room_and_the_oldest_never_does() {
        let b = leaked(100);
        let mut old = b.hold();
        old.grow(80).await;
        let mut young = b.hold();
        let waiting = tokio::spawn(async move {
            young.grow(50).await;
            young
        });
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert!(
            !waiting.is_finished(),
            "over the limit, the newer claim waits"
        );
        // The oldest may exceed the limit: otherwise two claims could wait on each other.
        old.grow(500).await;
        assert_eq!(b.used(), 580);
        drop(old);
        let young = waiting.await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(young.bytes(), 50);
        assert_eq!(b.used(), 50);
        drop(young);
        assert_eq!(b.used(), 0);
    }
}
