//! Issue 14 round 29 (lines): a poster at the very top of a text, its
//! title over its day and the day's hours (`headed_days/top_titles.rs`).

use super::*;

/// A choir's poster in each language: the title, the day with its hours.
#[test]
fn a_title_at_the_top_over_a_day_with_its_hours_is_that_occasion() {
    check_all(
        &[
            "Spring Concert\n\nMarch 14, 2026, at 19.00\n\nThe choir sings songs of the season.",
            "Kevätkonsertti\n\n14.3.2026 klo 19.00\n\nKuoro laulaa kevään lauluja.",
            "Vårkonsert\n\n14 mars 2026, kl. 19.00\n\nKören sjunger vårens sånger.",
        ],
        "2026-02-01",
        &["event 2026-03-14"],
    );
}

/// The hours may stand on the line under the day, after a label or bare.
#[test]
fn hours_on_the_line_under_the_day_tell_the_same() {
    check_all(
        &[
            "Harvest Party\n\n5 September 2026\n\nTime: 11:00-15:00. Bring a friend.",
            "Sadonkorjuujuhla\n\n5.9.2026\n\nAika: 11:00-15:00. Tuo ystäväsi mukaan.",
            "Skördefest\n\n5 september 2026\n\nTid: 11:00-15:00. Ta med en vän.",
        ],
        "2026-08-01",
        &["event 2026-09-05"],
    );
    check_all(
        &[
            "Garden Cleaning Day\n5 September\n10:00 - 13:00 at the allotments",
            "Siivoustalkoot\n5.9.\n10:00 - 13:00 siirtolapuutarhassa",
            "Städdag\n5 september\n10:00 - 13:00 i koloniträdgården",
        ],
        "2026-08-01",
        &["event 2026-09-05"],
    );
}

/// With no hours a title and a day as a text's first lines are a news
/// item's headline and dateline, whatever follows (a dotted "12.12." is
/// the day, not a clock time); and a past day is the page's own even with
/// its hours.
#[test]
fn a_title_and_a_day_without_hours_at_the_top_stay_a_dateline() {
    check_all(
        &[
            "Annual Meeting\n\n12 December 2026\n\nThe members will elect a new board.",
            "Vuosikokous\n\n12.12.2026\n\nJäsenet valitsevat uuden hallituksen.",
            "Årsmöte\n\n12 december 2026\n\nMedlemmarna väljer en ny styrelse.",
        ],
        "2026-12-01",
        &[],
    );
    check_all(
        &[
            "Annual Meeting\n\n20 March 2026, at 18.00\n\nThe members elected a new board.",
            "Vuosikokous\n\n20.3.2026 klo 18.00\n\nJäsenet valitsivat uuden hallituksen.",
            "Årsmöte\n\n20 mars 2026, kl. 18.00\n\nMedlemmarna valde en ny styrelse.",
        ],
        "2026-03-25",
        &[],
    );
}
