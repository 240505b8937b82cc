//! Issue 14 round 32 (wrong mentions): the day a reader's action opens
//! (rule 2) is never reported, wherever the noun and the opening word stand
//! around it ("1 April: Online registration opens", "Förtidsröstningen
//! startar den 6 september").

use super::*;

/// An opening told after the day, in a line of a timeline: nothing.
#[test]
fn a_registration_opening_after_its_day_is_not_reported() {
    check_all(
        &[
            "Mon 1 April 2031: Online registration opens",
            "Ma 1.4.2031: Verkkoilmoittautuminen avautuu",
            "Mån 1 april 2031: Anmälan öppnar",
        ],
        "2031-03-01",
        &[],
    );
}

/// Voting or booking that starts on a day, the noun first: nothing.
#[test]
fn voting_that_starts_on_a_day_is_not_reported() {
    check_all(
        &[
            "Advance voting starts on Wednesday 6 August and the polling stations are many.",
            "Ennakkoäänestys alkaa keskiviikkona 6.8. ja äänestyspaikkoja on monta.",
            "Förtidsröstningen startar onsdagen den 6 augusti och röstningslokalerna är många.",
        ],
        "2031-03-01",
        &[],
    );
}

/// The closing day of the same action stays a deadline, the opening goes.
#[test]
fn the_closing_day_stays_when_the_opening_goes() {
    check_all(
        &[
            "Registration opens on 2 May and closes on 20 May.",
            "Ilmoittautuminen avautuu 2.5. ja päättyy 20.5.",
            "Anmälan öppnar den 2 maj och stänger den 20 maj.",
        ],
        "2031-03-01",
        &["deadline 2031-05-20"],
    );
}

/// A course that starts on a day keeps its day, registration named or not.
#[test]
fn a_course_starting_on_a_day_stays_an_event() {
    check_all(
        &[
            "The course starts on 5 May in Turku.",
            "Kurssi alkaa 5.5. Turussa.",
            "Kursen startar den 5 maj i Åbo.",
        ],
        "2031-03-01",
        &["event 2031-05-05"],
    );
}
