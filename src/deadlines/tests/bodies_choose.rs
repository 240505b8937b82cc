//! Issue 14 round 39 (wrong mentions): what a body chooses, names or
//! decides by a day is its own timetable (rule 5, the issuer's target), no
//! deadline of the reader's (real94:43, real54:23).

use super::*;

/// A council choosing or naming its members by a day sets its own step.
#[test]
fn a_body_choosing_by_a_day_is_no_deadline() {
    check_all(
        &[
            "The committee appoints its chair by 31 May 2022.",
            "Kirkkovaltuusto valitsee vaalilautakunnan jäsenet ja nimeää puheenjohtajan 31.5.2022 mennessä.",
            "Styrelsen utser valberedningen senast den 31 maj 2022.",
        ],
        "2022-01-10",
        &[],
    );
}

/// A decision to be taken by a day, told in the passive, is the body's.
#[test]
fn a_matter_decided_by_a_day_is_no_deadline() {
    check_all(
        &[
            "The council decides the date by 15 January 2022.",
            "Ajankohdasta päätetään viimeistään 15.1.2022.",
            "Styrelsen utser datum senast den 15 januari 2022.",
        ],
        "2022-01-10",
        &[],
    );
}

/// The reader's own deadline in the text before the body's choice stays.
#[test]
fn the_readers_deadline_beside_a_choice_stays() {
    check_all(
        &[
            "Applications must be in by 31 March 2022. The board appoints the winners in June.",
            "Hakemukset on toimitettava 31.3.2022 mennessä. Hallitus valitsee stipendiaatit ja nimeää tuomariston.",
            "Ansökan ska vara inne senast den 31 mars 2022. Styrelsen utser stipendiaterna i juni.",
        ],
        "2022-01-10",
        &["deadline 2022-03-31"],
    );
}
