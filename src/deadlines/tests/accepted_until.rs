//! Issue 14 (stop 34): submissions "received until" a day in Finnish
//! ("otetaan vastaan … saakka") and a survey that "concludes" on a day are
//! the reader's last day (lexicon: `[apply]`, `[end_verb]`).

use super::*;

/// "Esityksiä otetaan vastaan 31.5.2024 saakka" (real193:42).
#[test]
fn submissions_received_until_a_day_close_then() {
    check_all(
        &[
            "Esityksiä otetaan vastaan pe 31.5.2024 saakka.",
            "Hakemuksia vastaanotetaan 31.5.2024 asti.",
        ],
        "2024-05-20",
        &["deadline 2024-05-31"],
    );
}

/// "The survey, which was initiated on April 27 and concludes June 1"
/// (real193:40): the opening is never reported, the close is a deadline.
#[test]
fn a_survey_concluding_on_a_day_closes_then() {
    check(
        "Officials said the Parks Master Plan survey, which was initiated on April 27 and concludes June 1, can be accessed online.",
        "2020-05-06",
        &["deadline 2020-06-01"],
    );
}

/// "Haudanhoitosopimuksia … tehdään 17.5.2023 saakka": contracts the
/// reader makes until a day are a window to act in, as orders taken are
/// (stop 42, real378:2); a contract's own term stays a validity.
#[test]
fn contracts_made_until_a_day_close_on_it() {
    check_rules(
        "Haudanhoitosopimuksia kesälle 2023 tehdään 17.5.2023 saakka.",
        "2023-03-08",
        &["deadline 2023-05-17"],
    );
    check_rules("Sopimus on voimassa 17.5.2023 saakka.", "2023-03-08", &[]);
}
