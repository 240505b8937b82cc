//! Issue 14 round 17 (real27–real32, prose): the events of clubs, parishes
//! and shows — talks given, matches played, annual meetings — named by
//! nouns the reader did not know yet.

use super::*;

/// "a presentation from", "esitelmä", "årsmöte": what a club holds.
#[test]
fn club_evenings_are_events() {
    check_all(
        &[
            "At our next meeting we will have a presentation from the county beekeeper on 14 May 2029.",
            "Kevään viimeinen esitelmä kuullaan 14.5.2029 seurantalolla.",
            "Föreningens årsmöte är den 14 maj 2029 i bygdegården.",
        ],
        "2029-04-02",
        &["event 2029-05-14"],
    );
}

/// A match, an "ottelu", a "match": a game played on the day.
#[test]
fn matches_are_events() {
    check_all(
        &[
            "The home match against the Rovers is on 20 May 2029.",
            "Seuran ottelu Roversia vastaan on 20.5.2029.",
            "Matchen mot Rovers är den 20 maj 2029.",
        ],
        "2029-04-02",
        &["event 2029-05-20"],
    );
}

/// "Submit your presentation by": a thing handed in is no talk given.
#[test]
fn a_presentation_handed_in_is_a_deadline() {
    check(
        "Submit your draft presentation by 14 May 2029.",
        "2029-04-02",
        &["deadline 2029-05-14"],
    );
}
