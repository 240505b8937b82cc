//! Issue 14, round 47 (what gives nothing by the settled conventions):
//! recommendations and restrictions continued "until" a day are a rule's
//! run (rule 5, validity), not a day the reader acts by: "jatkoi …
//! suosituksia 7.2. asti" (real124:15). The noun is read, not the
//! adjective "suosittu" (popular) or the verb "suositellaan".

use super::*;

/// Recommendations or restrictions continued until a day: nothing.
#[test]
fn recommendations_continued_until_a_day_give_nothing() {
    check_all(
        &[
            "The coordination group continued all its restrictions until 7 February.",
            "Koronakoordinaatioryhmä jatkoi kaikkia antamiaan suosituksia 7.2. asti.",
            "Suositukset ovat voimassa 7.2.2021 saakka.",
            "Rekommendationerna i länet gäller till och med den 7 februari.",
            "Restriktionerna gäller till 7 februari 2021.",
        ],
        "2021-01-20",
        &[],
    );
}

/// "Suosittu" (popular) is no recommendation: the event stays.
#[test]
fn a_popular_event_stays_an_event() {
    check_all(
        &[
            "The popular clothes swap day is held on Saturday 27 September 2025.",
            "Kaupunki järjestää suositun Vaatteidenvaihtopäivän lauantaina 27.9.2025 klo 11–14.",
            "Den populära klädbytardagen hålls lördagen den 27 september 2025.",
        ],
        "2025-09-10",
        &["event 2025-09-27"],
    );
}
