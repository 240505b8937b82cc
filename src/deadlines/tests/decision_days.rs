//! Issue 14 round 40 (wrong mentions): a council's or board's own decision
//! day ("Kaupunginhallitus käsittelee kokouksessaan 10. maaliskuuta …",
//! "Kaupunginvaltuuston 18.6.2024 päätöksiä", "Det beslutade
//! kommunfullmäktige 20 december") is the issuer's act and gives nothing
//! (rule 5); a council meeting the public may follow stays an event.

use super::*;

/// A body handling or deciding a matter on a day: nothing.
#[test]
fn a_body_handling_a_matter_on_a_day_is_not_reported() {
    check_all(
        &[
            "Decisions of the city board meeting of 10 March 2031 are listed below.",
            "Kaupunginhallitus käsittelee kokouksessaan 10. maaliskuuta 2031 vuokrasopimusta.",
            "Kaupunginvaltuuston 10.3.2031 päätöksiä",
            "Kommunstyrelsen behandlar vid sitt sammanträde den 10 mars 2031 hyresavtalet.",
        ],
        "2031-02-01",
        &[],
    );
}

/// The same meeting with the public invited to follow it: an event.
#[test]
fn a_council_meeting_the_public_may_follow_stays_an_event() {
    check_all(
        &[
            "The council meets on 10 March 2031. The public may attend the meeting.",
            "Kaupunginvaltuusto kokoontuu 10.3.2031. Yleisö voi seurata kokousta.",
            "Kommunfullmäktige sammanträder den 10 mars 2031. Allmänheten kan följa mötet.",
        ],
        "2031-02-01",
        &["event 2031-03-10"],
    );
}

/// A board's evening seminar on a matter ("iltakoulussaan") is held for
/// it and stays an event, as the labels read it.
#[test]
fn a_boards_evening_seminar_stays_an_event() {
    check_all(
        &[
            "Kaupunginhallitus käsittelee säästötoimia iltakoulussaan 10.3.2031.",
            "The council board will discuss the savings at its evening seminar on 10 March 2031.",
            "Kommunstyrelsen diskuterar sparåtgärderna på sitt seminarium den 10 mars 2031.",
        ],
        "2031-02-01",
        &["event 2031-03-10"],
    );
}
