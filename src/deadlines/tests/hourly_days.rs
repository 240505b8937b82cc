//! Issue 14 round 34 (missed-events): a day still to come, named with its
//! weekday and followed by its hour, is an event even where a verb's
//! ending reads as past ("nauttivat", "konsertoi": `hourly_days.rs`).

use super::*;

/// An author's visit: the Finnish verb "nauttivat" (they enjoy) ends as a
/// past plural does.
#[test]
fn a_weekday_day_with_its_hour_ahead_is_an_event() {
    check_all(
        &[
            "Members will enjoy the author's visit on Tuesday 28 September at 7 pm.",
            "Vaasalaiset nauttivat kirjailijavierailusta tiistaina 28.9. klo 17.30.",
            "Medlemmarna bjuds på författarbesök tisdag 28 september kl 19.",
        ],
        "2021-09-01",
        &["event 2021-09-28"],
    );
}

/// A choir "konsertoi" (gives a concert): read as a past singular by its
/// ending.
#[test]
fn a_concert_on_its_weekday_and_hour_is_an_event() {
    check_all(
        &[
            "The women's choir sings on Wednesday 31 May at 6 pm at the art museum.",
            "Naiskuoro konsertoi keskiviikkona 31.5. klo 18 taidemuseolla.",
            "Damkören sjunger onsdag 31 maj kl 18 på konstmuseet.",
        ],
        "2023-05-22",
        &["event 2023-05-31"],
    );
}

/// A day already past with its year stays the report's own.
#[test]
fn a_past_weekday_day_with_its_hour_is_nothing() {
    check_all(
        &[
            "Members enjoyed the author's visit on Tuesday 24 August 2021 at 7 pm.",
            "Vaasalaiset nauttivat kirjailijavierailusta tiistaina 24.8.2021 klo 17.30.",
            "Medlemmarna njöt av författarbesöket tisdag 24 augusti 2021 kl 19.",
        ],
        "2021-09-01",
        &[],
    );
}
