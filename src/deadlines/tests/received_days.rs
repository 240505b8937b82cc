//! Issue 14 round 40 (application windows): what arrives by a day and
//! what the issuer does with it afterwards. A limit day told with the
//! reader's sending ("kommit in", "inlämnad", "saapuneet") stays the
//! reader's deadline when the issuer's decision or handling after it
//! names no day of its own: "Ansökningar som kommit in senast den 15 mars
//! beslutar vi om före jul" (real3:41), "inlämnad i rätt tid, senast den 15
//! april för att bli behandlad av nämnden" (real81:32).

use super::*;

/// Applications sent in by a day, decided on some time later.
#[test]
fn applications_in_by_a_day_are_decided_later() {
    check_all(
        &[
            "Ansökningar som kommit in senast den 15 mars beslutar vi om före jul samma år.",
            "Viimeistään 15.3. saapuneet hakemukset käsitellään ennen joulua.",
            "Applications submitted no later than 15 March are processed before Christmas.",
        ],
        "2021-06-23",
        &["deadline 2022-03-15"],
    );
}

/// Handed in by a day in order to be handled by the board.
#[test]
fn handed_in_by_a_day_to_be_handled() {
    check(
        "Ansökan ska vara komplett och inlämnad i rätt tid, senast den 15 april för att bli behandlad av nämnden.",
        "2024-03-04",
        &["deadline 2024-04-15"],
    );
}

/// The issuer's step with a day of its own keeps that day its own, and
/// the day sent by is still read.
#[test]
fn a_decision_with_its_own_day_stays_the_issuers() {
    check(
        "Ansökningar som kommit in senast den 15 mars beslutar vi om senast den 15 maj.",
        "2021-06-23",
        &[],
    );
}
