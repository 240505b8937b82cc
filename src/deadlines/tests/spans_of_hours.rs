//! Issue 14 round 25 (lines): a day alone on its line with its span of
//! hours ("kl. 14:00 – 16:30", "klo 18–20") over a title is still one
//! day, the title's occasion; the dash of the hours parts no two days
//! (`titled_days.rs`).

use super::*;

/// A concert's day and hours over its title: the hours' dash is no range
/// of days.
#[test]
fn a_day_with_its_span_of_hours_over_a_title_is_the_titles_occasion() {
    for text in [
        "December 11 at 14:00 – 16:30\n\nSongs of the Winter Choir",
        "11.12. klo 14.00–16.30\n\nTalvikuoron lauluja",
        "11 december kl. 18–20\n\nVinterkörens sånger",
    ] {
        check(text, "2026-11-25", &["event 2026-12-11"]);
    }
}

/// Two days parted by a dash over a title stay a range, read by the
/// rules of ranges, and a past dateline with hours is the page's own.
#[test]
fn a_span_of_days_or_a_past_dateline_with_hours_is_no_single_occasion() {
    check_all(
        &[
            "10 - 11 March\n\nHearing of the residents",
            "10.–11.3.\n\nAsukkaiden kuuleminen",
            "10 - 11 mars\n\nInvånarnas hörande",
        ],
        "2026-02-01",
        &["event 2026-03-10 2026-03-11"],
    );
    check_all(
        &[
            "2 March 2026 at 14:00 – 16:30\n\nNew benches for the park",
            "2.3.2026 klo 14.00–16.30\n\nUusia penkkejä puistoon",
            "2 mars 2026 kl. 14.00–16.30\n\nNya bänkar till parken",
        ],
        "2026-03-02",
        &[],
    );
}
