//! Issue 14 round 18 (real27–real34, prose): a competition the public
//! enters closes like a call, so the day it closes, ends or runs until is
//! a deadline; a competition that is held on a day stays an event.

use super::*;

/// "The competition closes on …", "kilpailu päättyy …", "tävlingen
/// slutar den …": the last day to take part.
#[test]
fn a_competition_closing_gives_a_deadline() {
    check_all(
        &[
            "Our photo competition closes on 14 June 2031, so be quick.",
            "Valokuvakilpailu päättyy 14.6.2031, joten pidä kiirettä.",
            "Fototävlingen slutar den 14 juni 2031, så se till att vara med.",
        ],
        "2031-05-02",
        &["deadline 2031-06-14"],
    );
}

/// "The contest runs until …", "kilpailu on avoinna … asti", "tävlingen
/// pågår till och med …": a duration word does not make it a validity end.
#[test]
fn a_competition_running_until_a_day_gives_a_deadline() {
    check_all(
        &[
            "The drawing contest runs until 9 October 2031.",
            "Piirustuskilpailu on avoinna 9.10.2031 asti.",
            "Tävlingen pågår till och med 9 oktober 2031.",
        ],
        "2031-09-01",
        &["deadline 2031-10-09"],
    );
}

/// "The competition is open from … to …", "tävlingen börjar den … och
/// slutar den …": a period to take part gives its closing day only.
#[test]
fn a_competition_period_gives_its_closing_day() {
    check_all(
        &[
            "The competition is open from 3 March 2031 to 20 April 2031.",
            "Kilpailu on avoinna 3.3.–20.4.2031.",
            "Tävlingen börjar den 3 mars 2031 och slutar den 20 april 2031.",
        ],
        "2031-02-10",
        &["deadline 2031-04-20"],
    );
}

/// "The final will be held on …": a competition held on a day is an event.
#[test]
fn a_competition_held_on_a_day_stays_an_event() {
    check_all(
        &[
            "The chess competition will be held on Saturday 8 November 2031.",
            "Shakkikilpailu järjestetään lauantaina 8.11.2031.",
            "Schacktävlingen hålls lördagen den 8 november 2031.",
        ],
        "2031-10-01",
        &["event 2031-11-08"],
    );
}
