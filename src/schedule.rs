//! When things run: cron schedules read in a time zone, against a clock that
//! is passed in (so tests can run a week of schedules in milliseconds).
//!
//! Owns: deciding what is due. Never runs the jobs itself.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

use crate::intern::Interned;

/// A parsed cron expression, with the text it came from.
#[derive(Clone)]
pub struct Schedule {
    pub expr: String,
    /// Shared by every schedule written alike (see [`crate::intern`]).
    pub cron: Arc<croner::Cron>,
}

impl fmt::Debug for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Schedule({:?})", self.expr)
    }
}

/// Compiled cron expressions by their text.
static CRONS: Interned<croner::Cron> = Interned::new();

impl Schedule {
    pub fn parse(expr: &str) -> Result<Schedule, String> {
        let expr = expr.trim();
        CRONS
            .get_or_build(expr, || croner::Cron::from_str(expr))
            .map(|cron| Schedule {
                expr: expr.to_string(),
                cron,
            })
            .map_err(|e| format!("not a cron expression ({e})"))
    }

    /// The first time strictly after `after` when this schedule fires, read in `tz`.
    pub fn next_after(&self, after: DateTime<Utc>, tz: Tz) -> Option<DateTime<Utc>> {
        self.occurrence(after, tz, true, false)
    }

    /// The last time at or before `at` when this schedule fired, read in `tz`.
    pub fn latest_at_or_before(&self, at: DateTime<Utc>, tz: Tz) -> Option<DateTime<Utc>> {
        self.occurrence(at, tz, false, true)
    }

    /// The first time on or after `at` when this schedule fires, read in `tz`.
    pub fn first_at_or_after(&self, at: DateTime<Utc>, tz: Tz) -> Option<DateTime<Utc>> {
        self.occurrence(at, tz, true, true)
    }

    /// Cron times are wall-clock times in `tz` (07:00 stays 07:00 across DST).
    fn occurrence(
        &self,
        at: DateTime<Utc>,
        tz: Tz,
        forward: bool,
        inclusive: bool,
    ) -> Option<DateTime<Utc>> {
        let local = at.with_timezone(&tz);
        let found = if forward {
            self.cron.find_next_occurrence(&local, inclusive)
        } else {
            self.cron.find_previous_occurrence(&local, inclusive)
        };
        found.ok().map(|t| t.with_timezone(&chrono::Utc))
    }
}

/// The next time a job on `schedule` is due, given when it last ran.
///
/// A job that never ran is due at once. After downtime, a job whose slot was
/// missed is due at once too — but only once: the next slot is computed from
/// the last run, not replayed for every slot that was missed.
pub fn next_due(
    schedule: &Schedule,
    tz: Tz,
    last_run: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> DateTime<Utc> {
    // `now` is returned for a job that never ran; otherwise the slot after the last run.
    match last_run {
        None => now,
        Some(last) => schedule
            .next_after(last, tz)
            .unwrap_or(DateTime::<Utc>::MAX_UTC),
    }
}

/// How long something that failed `failures` times in a row waits at least
/// before its next try: 1, 2, 4 … minutes, never more than `max`. Sources
/// (at most [`MAX_SOURCE_WAIT`]) and mail retries share it.
pub fn backoff(failures: u32, max: Duration) -> Duration {
    if failures == 0 {
        return Duration::zero();
    }
    // 2^30 minutes is far past any cap and far from overflowing.
    let minutes = 1i64 << (failures - 1).min(30);
    Duration::minutes(minutes).min(max)
}

/// A failing source is not hammered, and a mended one is noticed the same day.
pub const MAX_SOURCE_WAIT: Duration = Duration::hours(2);

/// A fixed offset in `[0, jitter)` for one source and one slot, so sources on
/// the same schedule do not all fire at the same second (and tests can predict it).
pub fn jitter_offset(key: &str, slot: DateTime<Utc>, jitter: std::time::Duration) -> Duration {
    let span = jitter.as_secs();
    if span == 0 {
        return Duration::zero();
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes().chain(slot.timestamp().to_le_bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    // `span` fits an i64 whatever the config says, so the offset cannot wrap.
    Duration::try_seconds((h % span.min(i64::MAX as u64)) as i64).unwrap_or_else(Duration::zero)
}

/// When a source is next due: its schedule's next slot after the last try —
/// and, while it is failing, after its backoff — plus its jitter.
pub fn source_due(
    schedule: &Schedule,
    tz: Tz,
    jitter: std::time::Duration,
    key: &str,
    last_attempt: Option<DateTime<Utc>>,
    failures: u32,
    now: DateTime<Utc>,
) -> DateTime<Utc> {
    let Some(last) = last_attempt else {
        return now;
    };
    // Checked all the way: a time read from the database or a jitter from the
    // config must never be able to panic the scheduler; "never" is the bound.
    let earliest = last
        .checked_add_signed(backoff(failures, MAX_SOURCE_WAIT) - Duration::seconds(1))
        .unwrap_or(DateTime::<Utc>::MAX_UTC);
    schedule
        .next_after(earliest.max(last), tz)
        .and_then(|slot| slot.checked_add_signed(jitter_offset(key, slot, jitter)))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

/// True when a job on `schedule` that last ran at `last_run` should run at `now`.
pub fn is_due(
    schedule: &Schedule,
    tz: Tz,
    last_run: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> bool {
    next_due(schedule, tz, last_run, now) <= now
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0)
            .single()
            .unwrap_or_default()
    }

    fn sched(s: &str) -> Schedule {
        Schedule::parse(s).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Runs a scheduler loop over simulated minutes; returns when it ran.
    fn simulate(
        s: &Schedule,
        tz: chrono_tz::Tz,
        from: DateTime<Utc>,
        minutes: i64,
    ) -> Vec<DateTime<Utc>> {
        let mut last = Some(from);
        let mut runs = Vec::new();
        for m in 1..=minutes {
            let now = from + Duration::minutes(m);
            if is_due(s, tz, last, now) {
                runs.push(now);
                last = Some(now);
            }
        }
        runs
    }

    #[test]
    fn a_week_of_half_hourly_scrapes_runs_336_times() {
        let runs = simulate(
            &sched("*/30 * * * *"),
            chrono_tz::UTC,
            at(2024, 3, 25, 0, 0),
            7 * 24 * 60,
        );
        assert_eq!(runs.len(), 7 * 48);
    }

    #[test]
    fn a_weekly_digest_stays_at_seven_on_monday_across_the_dst_change() {
        let tz = chrono_tz::Europe::Helsinki;
        let runs = simulate(&sched("0 7 * * 1"), tz, at(2024, 3, 20, 0, 0), 21 * 24 * 60);
        // 07:00 EET is 05:00 UTC; from 31 March, 07:00 EEST is 04:00 UTC.
        assert_eq!(
            runs,
            vec![
                at(2024, 3, 25, 5, 0),
                at(2024, 4, 1, 4, 0),
                at(2024, 4, 8, 4, 0)
            ]
        );
        let autumn = simulate(
            &sched("0 7 * * 1"),
            tz,
            at(2024, 10, 21, 0, 0),
            14 * 24 * 60,
        );
        assert_eq!(autumn, vec![at(2024, 10, 21, 4, 0), at(2024, 10, 28, 5, 0)]);
    }

    #[test]
    fn a_failing_source_backs_off_but_is_never_parked() {
        let s = sched("* * * * *");
        let last = at(2024, 1, 1, 12, 0);
        let due = |failures| {
            source_due(
                &s,
                chrono_tz::UTC,
                std::time::Duration::ZERO,
                "x",
                Some(last),
                failures,
                last,
            )
        };
        assert_eq!(due(0), at(2024, 1, 1, 12, 1));
        assert_eq!(due(1), at(2024, 1, 1, 12, 1));
        assert_eq!(due(4), at(2024, 1, 1, 12, 8));
        assert_eq!(due(50), at(2024, 1, 1, 14, 0), "capped at two hours");
    }

    #[test]
    fn jitter_spreads_sources_within_its_bound_and_is_repeatable() {
        let s = sched("0 * * * *");
        let last = Some(at(2024, 1, 1, 12, 0));
        let j = std::time::Duration::from_secs(300);
        let a = source_due(&s, chrono_tz::UTC, j, "a", last, 0, at(2024, 1, 1, 12, 0));
        let b = source_due(&s, chrono_tz::UTC, j, "b", last, 0, at(2024, 1, 1, 12, 0));
        for t in [a, b] {
            assert!(
                t >= at(2024, 1, 1, 13, 0) && t < at(2024, 1, 1, 13, 5),
                "{t}"
            );
        }
        assert_ne!(a, b);
        assert_eq!(
            a,
            source_due(&s, chrono_tz::UTC, j, "a", last, 0, at(2024, 1, 1, 12, 30))
        );
    }

    #[test]
    fn no_jitter_or_last_run_can_overflow_the_schedule() {
        // Regression: a jitter of 99999999999h panicked `run` with "DateTime + TimeDelta overflowed".
        let s = sched("* * * * *");
        let huge = std::time::Duration::from_secs(u64::MAX);
        for last in [
            at(2024, 1, 1, 0, 0),
            DateTime::<Utc>::MAX_UTC,
            DateTime::<Utc>::MIN_UTC,
        ] {
            for failures in [0, 1, 40, u32::MAX] {
                let due = source_due(&s, chrono_tz::UTC, huge, "x", Some(last), failures, last);
                assert!(due >= last.min(at(2024, 1, 1, 0, 0)));
            }
        }
    }

    #[test]
    fn a_job_that_never_ran_is_due_now() {
        assert!(is_due(
            &sched("*/30 * * * *"),
            chrono_tz::UTC,
            None,
            at(2024, 1, 1, 0, 7)
        ));
    }

    #[test]
    fn a_missed_run_after_downtime_happens_once() {
        let s = sched("*/30 * * * *");
        let last = at(2024, 1, 1, 0, 0);
        let now = at(2024, 1, 1, 5, 7); // ten slots missed
        assert!(is_due(&s, chrono_tz::UTC, Some(last), now));
        // Having run at `now`, the next run is the next slot, not a replay.
        assert_eq!(
            next_due(&s, chrono_tz::UTC, Some(now), now),
            at(2024, 1, 1, 5, 30)
        );
    }

    #[test]
    fn a_daily_digest_at_seven_follows_helsinki_across_the_dst_change() {
        let s = sched("0 7 * * *");
        let tz = chrono_tz::Europe::Helsinki;
        // 2024-03-31 03:00 local the clocks go forward: UTC+2 → UTC+3.
        let before = next_due(&s, tz, Some(at(2024, 3, 30, 6, 0)), at(2024, 3, 30, 6, 0));
        assert_eq!(before, at(2024, 3, 31, 4, 0)); // 07:00 EEST
        let winter = next_due(&s, tz, Some(at(2024, 3, 29, 6, 0)), at(2024, 3, 29, 6, 0));
        assert_eq!(winter, at(2024, 3, 30, 5, 0)); // 07:00 EET
    }
}
