//! Issue 14 round 32 (wrong mentions): a place open for a season (a venue,
//! or hours of the day after the range) is a duration, rule 5; a call open
//! over a range keeps its deadline on the closing day.

use super::*;

/// A museum open over the summer: nothing.
#[test]
fn a_museum_open_for_the_summer_is_not_reported() {
    check_all(
        &[
            "The museum is open 24.6.–4.8.2031.",
            "Museo avoinna 24.6.–4.8.2031.",
            "Museet är öppet 24.6–4.8.2031.",
        ],
        "2031-03-01",
        &[],
    );
}

/// A place open over a range with its hours of the day: nothing.
#[test]
fn a_place_open_with_its_hours_is_not_reported() {
    check_all(
        &[
            "The mill is open 22/6-16/8 11 am – 5 pm.",
            "Mylly on avoinna 22.6.–16.8. klo 11–17.",
            "Kvarnen har öppet 22/6-16/8 kl 11-17.",
        ],
        "2031-03-01",
        &[],
    );
}

/// A survey open over a range: one deadline on its closing day.
#[test]
fn a_survey_open_over_a_range_keeps_its_deadline() {
    check_all(
        &[
            "The survey is open 15.9.–4.10.2031.",
            "Kysely on avoinna 15.9.–4.10.2031.",
            "Enkäten är öppen 15.9–4.10.2031.",
        ],
        "2031-03-01",
        &["deadline 2031-10-04"],
    );
}
