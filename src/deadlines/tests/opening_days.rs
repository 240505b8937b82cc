//! Issue 14 round 30 (prose): an opening day named with its weekday
//! ("Joulu avautuu sunnuntaina 28.11.", "Torsdagen den 27 februari öppnar
//! teatern") is a day out; a call opening, a state ("should be open") and
//! the issuer's own service ("we open the container") stay unreported.

use super::*;

/// A fair, a season or a venue opening on a weekday-named day: an event.
#[test]
fn an_opening_on_a_named_weekday_is_an_event() {
    check_all(
        &[
            "The village Christmas market opens on Saturday 6 December.",
            "Kylän joulutori avautuu lauantaina 6.12.",
            "Byns julmarknad öppnar lördagen den 6 december.",
        ],
        "2031-11-01",
        &["event 2031-12-06"],
    );
}

/// The weekday fronting the sentence reads the same.
#[test]
fn a_fronted_weekday_before_the_opening_verb_is_an_event() {
    check_all(
        &[
            "On Friday 12 September the new art hall opens its doors to everyone.",
            "Perjantaina 12.9. uusi taidehalli avataan kaikille.",
            "Fredagen den 12 september öppnar den nya konsthallen för alla.",
        ],
        "2031-08-01",
        &["event 2031-09-12"],
    );
}

/// Registration opening on a weekday-named day is still a call's opening
/// day (rule 2): nothing.
#[test]
fn a_call_opening_on_a_named_weekday_stays_unreported() {
    check_all(
        &[
            "Registration opens on Monday 3 March.",
            "Ilmoittautuminen avautuu maanantaina 3.3.",
            "Anmälan öppnar måndagen den 3 mars.",
        ],
        "2031-01-10",
        &[],
    );
}

/// The issuer opening its own service, or a place told to be open, is no
/// day out: nothing.
#[test]
fn the_issuer_opening_its_own_service_stays_unreported() {
    check_all(
        &[
            "We will open the compost container on Tuesday 22 April.",
            "Vi öppnar kompostcontainern tisdagen den 22 april.",
            "The recycling centre should be open on Tuesday 22 April.",
        ],
        "2031-03-10",
        &[],
    );
}

/// Issue 14 round 38: an opening told in the past or the perfect ("on
/// alkanut", "har börjat", "opened") is still no deadline (rule 2,
/// real279:19); the close after it is.
#[test]
fn an_opening_told_as_past_is_not_reported() {
    check_all(
        &[
            "The application period opened on 12 October and closes on 26 October.",
            "Hakuaika on alkanut 12. lokakuuta klo 12 ja päättyy 26. lokakuuta klo 12.",
            "Ansökningstiden har börjat den 12 oktober och slutar den 26 oktober.",
        ],
        "2021-10-12",
        &["deadline 2021-10-26"],
    );
    check_all(
        &[
            "Applications opened on 12 October.",
            "Hakuaika on alkanut 12. lokakuuta klo 12.",
            "Ansökningstiden har börjat den 12 oktober.",
        ],
        "2021-10-12",
        &[],
    );
}
