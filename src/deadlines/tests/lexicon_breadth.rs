//! Issue 14 round 44 (lexicon breadth): event nouns a speaker would use
//! that no earlier round had met — a ceilidh, a championship, a Christmas
//! buffet — read as events like the nouns the lists already held.

use super::*;

/// A dance, a buffet, a concert: held on the day, so an event.
#[test]
fn wider_event_nouns_are_events() {
    check_all(
        &[
            "The village ceilidh is on 12 December 2029 in the hall.",
            "Kuoron konsertti on 12.12.2029 kirkossa.",
            "Föreningens julbord är den 12 december 2029 i bygdegården.",
        ],
        "2029-11-02",
        &["event 2029-12-12"],
    );
}

/// A sports meeting over two days: one event per day listed.
#[test]
fn championships_and_tournaments_are_events() {
    check_all(
        &[
            "The schedule for the championship is as follows: Saturday 1 September 2029 and Sunday 2 September 2029.",
            "Turnaus pelataan lauantaina 1.9.2029 ja sunnuntaina 2.9.2029.",
            "Kräftskivan hålls lördag 1 september 2029 och söndag 2 september 2029.",
        ],
        "2029-08-02",
        &["event 2029-09-01", "event 2029-09-02"],
    );
}

/// The reader's action named by a verb the lists lacked ("RSVP", "lähetä",
/// "skicka") makes "until D" a deadline.
#[test]
fn wider_reader_actions_make_deadlines() {
    check_all(
        &[
            "Please RSVP until 5 March 2029.",
            "Lähetä kuvat 5.3.2029 asti.",
            "Skicka bilderna till den 5 mars 2029.",
        ],
        "2029-02-01",
        &["deadline 2029-03-05"],
    );
}

/// Without an action, "until D" is how long something stays: nothing.
#[test]
fn until_without_an_action_is_nothing() {
    check_all(
        &[
            "Please stay until 5 March 2029.",
            "Kuvat ovat täällä 5.3.2029 asti.",
            "Bilderna finns där till den 5 mars 2029.",
        ],
        "2029-02-01",
        &[],
    );
}

/// Issue 14 round 37: a booking that ends is a window the reader acts in,
/// in Finnish also as the verbal noun ("varaaminen päättyy").
#[test]
fn a_booking_that_ends_closes_on_its_day() {
    check_all(
        &[
            "Booking of market stalls ends on 9 May.",
            "Myyntipaikkojen varaaminen päättyy 9. toukokuuta.",
            "Bokningen av försäljningsplatser avslutas den 9 maj.",
        ],
        "2024-04-25",
        &["deadline 2024-05-09"],
    );
}

/// A ceremony opening a place is held on its day (real403:7), in English
/// as in Finnish and Swedish ("avajaiset", "invigning").
#[test]
fn a_grand_opening_is_an_event() {
    check_all(
        &[
            "Julie Hoffman said the grand opening date will be May 13 from 10 a.m. to 2 p.m.",
            "Leikkipuiston avajaiset pidetään 13.5. kello 10–14.",
            "Invigningen av lekplatsen hålls 13 maj klockan 10–14.",
        ],
        "2023-03-23",
        &["event 2023-05-13"],
    );
}

/// "RSVP" right before a day is the last day to reply, as "RSVP by" is
/// (real547:1, :2).
#[test]
fn rsvp_before_a_day_is_its_deadline() {
    check_rules(
        "Workshop on Thursday 20 July 2017, 6 to 9pm. Light supper will be provided and RSVP Tuesday 18 July 2017.",
        "2017-06-20",
        &["deadline 2017-07-18", "event 2017-07-20"],
    );
}
