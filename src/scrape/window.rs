//! How many scrapes are under way at once, and whose turn it is: a window
//! of scrapes with hosts in turn, for `tidings scrape` ([`scrape_all`]) and
//! for the scheduler of `tidings run` ([`Gate`]).

use chrono::{DateTime, Utc};
use futures_util::stream::{FuturesUnordered, StreamExt};

use super::{scrape_source, Report};
use crate::config::{Config, Health, Source};
use crate::fetch::Fetcher;
use crate::store::Db;

/// Scrapes the named sources (all when `only` is empty) concurrently, at
/// most [`window`] at a time and at most [`PER_HOST`] of one host at a time
/// (taking hosts in turn), so what a scrape holds in memory does not grow
/// with the number of sources and one slow host cannot fill the window.
/// `on_done` sees each report as it finishes; the result is in config order.
pub async fn scrape_all(
    fetcher: &Fetcher,
    db: &Db,
    config: &Config,
    only: &[String],
    now: DateTime<Utc>,
    dry_run: bool,
    on_done: impl Fn(&Report),
) -> Vec<Report> {
    let sources: Vec<&Source> = config
        .sources
        .iter()
        .filter(|s| only.is_empty() || only.contains(&s.id))
        .collect();
    let window = window(fetcher.settings());
    // A host may take at most half the window, so others always get a share.
    let per_host = PER_HOST.min(window / 2).max(1);
    let mut turns = HostTurns::new(
        sources.iter().map(|s| crate::fetch::host_key(&s.url)),
        per_host,
    );
    let mut running = FuturesUnordered::new();
    // Each report lands in its source's place, whatever order they finish in.
    let mut reports: Vec<Option<Report>> = sources.iter().map(|_| None).collect();
    loop {
        while running.len() < window {
            let Some(i) = turns.next() else { break };
            let source = sources[i];
            running.push(async move {
                let report = scrape_source(fetcher, db, source, &config.health, now, dry_run).await;
                (i, report)
            });
        }
        let Some((i, report)) = running.next().await else {
            break;
        };
        turns.done(i);
        on_done(&report);
        reports[i] = Some(report);
    }
    reports.into_iter().flatten().collect()
}

/// Scrapes of one host under way at once: one fetching, one parsing, one
/// storing. More only wait for the host's turn in the fetcher (which sends
/// one request per host at a time) while holding a place in the window.
pub const PER_HOST: usize = 3;

/// Scrapes under way at once: twice the requests the fetcher may have in
/// flight, so fetching never waits for pages that are parsing or storing.
/// A scrape's cost in memory is then bounded by this, not by the number of
/// sources (at 5,000 sources, every scrape started at once held ~20 MB of
/// pending futures alone).
pub fn window(fetch: &crate::config::Fetch) -> usize {
    fetch.concurrency.max(1).saturating_mul(2)
}

/// The same bounds for the scheduler of `tidings run`, which starts each due
/// source as a task of its own: a task waits here, holding only a small
/// future, until its host has a place (at most half the window) and then the
/// window has one. Waiting for the host first means a slow host's queue
/// never holds places in the window.
#[derive(Clone)]
pub struct Gate {
    window: std::sync::Arc<tokio::sync::Semaphore>,
    per_host: usize,
    hosts: std::sync::Arc<
        std::sync::Mutex<std::collections::HashMap<String, std::sync::Arc<tokio::sync::Semaphore>>>,
    >,
}

impl Gate {
    pub fn new(fetch: &crate::config::Fetch) -> Gate {
        let window = window(fetch);
        Gate {
            window: std::sync::Arc::new(tokio::sync::Semaphore::new(window)),
            per_host: PER_HOST.min(window / 2).max(1),
            hosts: Default::default(),
        }
    }

    /// Scrapes `source` once it has its places; `None` when the gate was
    /// closed before it had them (the scrape never started).
    pub async fn scrape(
        &self,
        fetcher: &Fetcher,
        db: &Db,
        source: &Source,
        health: &Health,
    ) -> Option<Report> {
        let host = {
            let mut hosts = self.hosts.lock().unwrap_or_else(|p| p.into_inner());
            hosts
                .entry(crate::fetch::host_key(&source.url))
                .or_insert_with(|| std::sync::Arc::new(tokio::sync::Semaphore::new(self.per_host)))
                .clone()
        };
        let _host = host.acquire_owned().await.ok()?;
        let _place = self.window.clone().acquire_owned().await.ok()?;
        // Boxed, so a task still waiting above holds a few bytes, not the
        // whole scrape's state.
        Some(
            Box::pin(scrape_source(
                fetcher,
                db,
                source,
                health,
                Utc::now(),
                false,
            ))
            .await,
        )
    }

    /// No scrape starts after this; those under way go on.
    pub fn close(&self) {
        self.window.close();
        for host in self
            .hosts
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .values()
        {
            host.close();
        }
    }
}

/// Which source to start next: hosts in turn (round robin), each host's
/// sources in config order, never more than `cap` of a host at once.
struct HostTurns {
    cap: usize,
    /// Each source's host, as an index into `hosts`.
    host_of: Vec<usize>,
    /// Per host: its sources not yet started, and how many are under way.
    hosts: Vec<(std::collections::VecDeque<usize>, usize)>,
    /// Hosts that may start a source now, in turn order; each at most once.
    ready: std::collections::VecDeque<usize>,
}

impl HostTurns {
    fn new(keys: impl Iterator<Item = String>, cap: usize) -> HostTurns {
        let mut slot: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        let mut hosts: Vec<(std::collections::VecDeque<usize>, usize)> = Vec::new();
        let mut host_of = Vec::new();
        for (i, key) in keys.enumerate() {
            let h = *slot.entry(key).or_insert_with(|| {
                hosts.push(Default::default());
                hosts.len() - 1
            });
            hosts[h].0.push_back(i);
            host_of.push(h);
        }
        HostTurns {
            cap,
            host_of,
            ready: (0..hosts.len()).collect(),
            hosts,
        }
    }

    /// The next source to start, if any host may start one now.
    fn next(&mut self) -> Option<usize> {
        let h = self.ready.pop_front()?;
        let (queue, busy) = &mut self.hosts[h];
        let i = queue.pop_front()?;
        *busy += 1;
        if !queue.is_empty() && *busy < self.cap {
            self.ready.push_back(h);
        }
        Some(i)
    }

    /// Source `i` finished: its host may start another.
    fn done(&mut self, i: usize) {
        let h = self.host_of[i];
        let (queue, busy) = &mut self.hosts[h];
        // A host is out of `ready` while at its cap or out of sources; only
        // the cap is lifted here (a host never gains sources).
        let was_full = *busy == self.cap;
        *busy -= 1;
        if was_full && !queue.is_empty() {
            self.ready.push_back(h);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Drains `turns`, finishing the oldest source under way whenever no
    /// host may start one; returns the start order and the most under way
    /// at once per host.
    fn drain(turns: &mut HostTurns, hosts: usize) -> (Vec<usize>, Vec<usize>) {
        let (mut order, mut running) = (Vec::new(), std::collections::VecDeque::new());
        let (mut now, mut most) = (vec![0; hosts], vec![0; hosts]);
        loop {
            while let Some(i) = turns.next() {
                let h = turns.host_of[i];
                now[h] += 1;
                most[h] = most[h].max(now[h]);
                order.push(i);
                running.push_back(i);
            }
            let Some(i) = running.pop_front() else { break };
            now[turns.host_of[i]] -= 1;
            turns.done(i);
        }
        (order, most)
    }

    #[test]
    fn hosts_take_turns_and_each_starts_every_source_once_within_its_cap() {
        // Sources 0..10 on host a, 10..12 on b, 12 on c, in config order.
        let keys: Vec<String> = (0..13)
            .map(|i| match i {
                0..10 => "a".to_string(),
                10..12 => "b".to_string(),
                _ => "c".to_string(),
            })
            .collect();
        let mut turns = HostTurns::new(keys.into_iter(), 3);
        let (order, most) = drain(&mut turns, 3);
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..13).collect::<Vec<_>>(), "each source once");
        assert_eq!(&order[..5], &[0, 10, 12, 1, 11], "hosts in turn");
        assert_eq!(most, vec![3, 2, 1]);
        let a: Vec<usize> = order.iter().copied().filter(|&i| i < 10).collect();
        assert_eq!(
            a,
            (0..10).collect::<Vec<_>>(),
            "a host's sources in config order"
        );
    }
}
