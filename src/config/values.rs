//! Values written as people write them (durations, sizes) and the bounds
//! that keep them far from any overflow.

use std::time::Duration;

/// "500ms", "2s", "5m", "1h", "1d", or a bare number of seconds.
pub fn parse_duration(s: &str) -> Option<Duration> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit() && c != '.')?;
    let (num, unit) = s.split_at(split);
    let n: f64 = num.parse().ok()?;
    let secs = match unit.trim() {
        "ms" => n / 1000.0,
        "s" | "sec" | "secs" => n,
        "m" | "min" | "mins" => n * 60.0,
        "h" => n * 3600.0,
        "d" => n * 86400.0,
        _ => return None,
    };
    // `try_from_secs_f64` refuses what does not fit instead of panicking (2^64 s and up).
    Duration::try_from_secs_f64(secs).ok()
}

/// "90s", "2m", "1h", "7d": the largest unit that divides it.
pub(super) fn show_duration(d: Duration) -> String {
    let s = d.as_secs();
    match s {
        _ if s >= 86_400 && s % 86_400 == 0 => format!("{}d", s / 86_400),
        _ if s >= 3_600 && s % 3_600 == 0 => format!("{}h", s / 3_600),
        _ if s >= 60 && s % 60 == 0 => format!("{}m", s / 60),
        _ => format!("{s}s"),
    }
}

/// Bounds on durations: generous for any real use, far from any overflow.
pub const MAX_JITTER: Duration = Duration::from_secs(24 * 3600);
pub const MAX_PER_HOST_INTERVAL: Duration = Duration::from_secs(3600);
pub const MAX_TIMEOUT: Duration = Duration::from_secs(3600);
/// Pages larger than this are refused whatever `fetch.max_body` says.
pub const MAX_BODY_LIMIT: u64 = 1_000_000_000;

/// "10MB", "512KB", "1GiB", "1000".
pub fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let n: u64 = num.parse().ok()?;
    let mult: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "kb" | "k" => 1_000,
        "kib" => 1 << 10,
        "mb" | "m" => 1_000_000,
        "mib" => 1 << 20,
        "gb" | "g" => 1_000_000_000,
        "gib" => 1 << 30,
        _ => return None,
    };
    n.checked_mul(mult)
}
