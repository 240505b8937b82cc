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

/// Issue 14 round 37: a span of hours written before its day ("from 10am
/// until 3.30pm on January 28", "mellan kl. 10 och 15.30 den 28 januari")
/// is when the occasion runs, no limit of the day ("until" joins the
/// hours); the same day with its hours after it reads the same.
#[test]
fn a_span_of_hours_before_its_day_is_the_occasions_time() {
    check_all(
        &[
            "The hospital will hold a recruitment day for nurses from 10am until 3.30pm on January 28.",
            "The hospital holds a recruitment day for nurses between 9am and 2pm on 28 January.",
            "Sairaala järjestää sairaanhoitajien rekrytointipäivän lauantaina 28. tammikuuta kello 10–15.30.",
            "Sjukhuset håller en rekryteringsdag för sjuksköterskor mellan kl. 10 och 15.30 den 28 januari.",
            "Sjukhuset håller en rekryteringsdag för sjuksköterskor från kl. 10 till 15.30 den 28 januari.",
        ],
        "2017-01-23",
        &["event 2017-01-28"],
    );
}

/// Applications taken in those hours still close at the last of them.
#[test]
fn applications_taken_in_a_span_of_hours_close_on_its_day() {
    check_all(
        &[
            "Applications are accepted from 9am until 4pm on 28 January.",
            "Ansökningar tas emot från kl. 9 till 16 den 28 januari.",
            "Hakemuksia otetaan vastaan 28. tammikuuta klo 9–16 asti.",
        ],
        "2017-01-23",
        &["deadline 2017-01-28"],
    );
}
