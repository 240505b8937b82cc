//! Issue 14 round 17 (real27–real32, prose): a day written with its
//! weekday and nothing else to go by is a day something takes place — the
//! policy measured over real1–real32 — but not the page's own day, a day
//! moved to another, the end of a range left unjoined, or a holiday.

use super::*;

/// "On Thursday 10 May, we will have …": no event word, a weekday.
#[test]
fn a_day_with_its_weekday_is_an_event() {
    check_all(
        &[
            "On Thursday 10 May 2029, we will have Anna Berg with us again.",
            "Torstaina 10.5.2029 meillä on jälleen vieraana Anna Berg.",
            "Torsdagen den 10 maj 2029 har vi åter Anna Berg på besök.",
        ],
        "2029-04-02",
        &["event 2029-05-10"],
    );
}

/// The same day without its weekday gives nothing.
#[test]
fn a_bare_day_gives_nothing() {
    check_all(
        &[
            "On 10 May 2029, we will have Anna Berg with us again.",
            "10.5.2029 meillä on jälleen vieraana Anna Berg.",
            "Den 10 maj 2029 har vi åter Anna Berg på besök.",
        ],
        "2029-04-02",
        &[],
    );
}

/// A weekday day told to be a holiday is a day off.
#[test]
fn a_weekday_holiday_is_no_event() {
    check_all(
        &[
            "Note that Monday, 21 May 2029 is an observed holiday in the UK.",
            "Huomaa, että maanantai 21.5.2029 on arkipyhä.",
            "Observera att måndag 21 maj 2029 är en helgdag.",
        ],
        "2029-04-02",
        &[],
    );
}

/// "Friday 18 May 2029" heading a page dated that day is the page's date.
#[test]
fn the_page_day_with_its_weekday_is_no_event() {
    check_all(
        &[
            "Friday 18 May 2029\n\nWe will have Anna Berg with us again.",
            "Perjantai 18.5.2029\n\nMeillä on jälleen vieraana Anna Berg.",
            "Fredag 18 maj 2029\n\nVi har åter Anna Berg på besök.",
        ],
        "2029-05-18",
        &[],
    );
}

/// The day the usual is restored ends a change; nothing takes place.
#[test]
fn the_day_things_are_restored_is_no_event() {
    check_all(
        &[
            "The road layout will be restored on Friday 18 May 2029.",
            "Liikennejärjestelyt palautetaan ennalleen perjantaina 18.5.2029.",
            "Trafiken återställs på fredag 18 maj 2029.",
        ],
        "2029-04-02",
        &[],
    );
}
