//! Issue 14 round 16: a cut in a utility (water, electricity, a road) on a
//! day is a break, an event for the people it reaches, like a service
//! break; the words naming it were missing from the lexicon.

use super::*;

/// A water cut named by its noun ("outage", "vesikatko", "avstängning")
/// with the day it happens on is an event.
#[test]
fn a_water_cut_on_a_day_is_an_event() {
    check_all(
        &[
            "Water outage on Thursday, March 6: the main on Elm Street will be replaced.",
            "Vesikatko Koivukadulla torstaina 6.3. kello 9–12, kun vesijohtoa vaihdetaan.",
            "Vattenavstängning på Björkgatan torsdagen den 6 mars när ledningen byts.",
        ],
        "2031-02-20",
        &["event 2031-03-06"],
    );
}

/// A second cut announced in prose ("a second interruption on", "kommer
/// att äga rum") is an event too, whatever the verb around it.
#[test]
fn a_second_interruption_is_an_event() {
    check_all(
        &[
            "There will be a second water interruption on Tuesday 11 March.",
            "Toinen sähkökatko on tiistaina 11.3. aamupäivällä.",
            "Den andra avstängningen kommer att äga rum tisdagen den 11 mars.",
        ],
        "2031-02-20",
        &["event 2031-03-11"],
    );
}
