//! Issue 14 round 13 (real23/real24): what a text tells of works and
//! consultations already done or aimed at by the issuer.

use super::*;

/// A consultation that "has already taken place" is past; comments on the new draft
/// have a deadline.
#[test]
fn a_consultation_that_has_already_taken_place_is_past() {
    check_all(
        &[
            "A first consultation has already taken place (between 2 February - 20 March). Send your comments on the new draft by 9 June.",
            "Ensimmäinen kuuleminen on jo pidetty (2.2.–20.3.). Lähetä kommenttisi uudesta luonnoksesta 9.6. mennessä.",
            "Ett första samråd har redan ägt rum (2 februari - 20 mars). Skicka dina synpunkter på det nya förslaget senast den 9 juni.",
        ],
        "2031-05-01",
        &["deadline 2031-06-09"],
    );
}

/// When the issuer's works are expected to be done is its own target
/// (rule 5); the day of the closure is an event.
#[test]
fn works_expected_to_be_completed_give_no_deadline() {
    check_all(
        &[
            "The hall is closed for repairs on Monday 6 October 2031. The repairs are expected to be completed by the end of November.",
            "Sali on suljettuna korjausten vuoksi maanantaina 6.10.2031. Korjausten arvioidaan valmistuvan marraskuun loppuun mennessä.",
            "Hallen är stängd för reparationer måndagen den 6 oktober 2031. Reparationerna beräknas vara klara senast i slutet av november.",
        ],
        "2031-09-20",
        &["event 2031-10-06"],
    );
}
