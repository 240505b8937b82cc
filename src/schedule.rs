//! When things run: cron schedules read in a time zone, against a clock that
//! is passed in (so tests can run a week of schedules in milliseconds).
//!
//! Owns: deciding what is due. Never runs the jobs itself.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::config::Schedule;

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
