//! Issue 14 round 30 (defaults): a day no cue decides, with a clock time
//! further along its clause, is the day something happens on
//! (`classify/undecided.rs`).

use super::*;

/// A day followed, a few words on, by the hour: the hour something starts.
#[test]
fn a_day_with_a_clock_time_later_in_its_clause_is_an_event() {
    check_all(
        &[
            "Garden sale 14 June, gates at 9:30",
            "Pihakirppis 14.6., portit aukeavat klo 9.30",
            "Gårdsloppis 14 juni, grindarna öppnar kl. 9.30",
        ],
        "2026-05-01",
        &["event 2026-06-14"],
    );
}

/// A service merely open at those hours holds nothing on the day.
#[test]
fn a_day_of_opening_hours_is_no_event() {
    check_all(
        &[
            "The library 14 June: open as usual 10:00 to 14:00",
            "Kirjasto 14.6. avoinna tavalliseen tapaan klo 10–14",
            "Biblioteket 14 juni öppet som vanligt kl. 10–14",
        ],
        "2026-05-01",
        &[],
    );
}

/// The day sales open, and go on from: a window opening, no event.
#[test]
fn a_day_a_window_opens_on_is_no_event() {
    check_all(
        &[
            "Stalls are sold 1 June this year, 9:00 onwards",
            "Toripaikkoja myydään 1.6. tänä vuonna klo 9 alkaen",
            "Torgplatser säljs 1 juni i år, kl. 9 och framåt",
        ],
        "2026-05-01",
        &[],
    );
}
