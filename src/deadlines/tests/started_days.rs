//! Issue 14 round 35 (english): an activity whose first day is written
//! with its weekday after a verb of starting takes place that day ("Junior
//! outdoor cricket nets will begin on Friday, April 22nd", real65:51;
//! "The rugby season starts later this year, on Monday 27th April",
//! real76:49), as an opening with its weekday does; a registration that
//! begins on a day stays its unreported opening
//! (`classify/started_days.rs`). English only: Finnish and Swedish read
//! their own cases as before (their starts, mostly school terms, stay
//! unread).

use super::*;

/// Training that begins on a weekday's date: one event.
#[test]
fn training_that_begins_on_a_weekday_is_an_event() {
    check(
        "Junior outdoor cricket nets will begin on Friday, April 22nd.\n",
        "2022-04-01",
        &["event 2022-04-22"],
    );
    // (Finnish and Swedish starts, mostly school terms, are not read by
    // this rule)
    check_all(
        &[
            "Juniorien ulkoharjoitukset alkavat perjantaina 22.4.\n",
            "Juniorernas utomhusträning börjar fredag 22 april.\n",
        ],
        "2022-04-01",
        &[],
    );
}

/// A season that starts on a weekday's date, a few words after its verb.
#[test]
fn a_season_that_starts_on_a_weekday_is_an_event() {
    check(
        "The rugby season starts later this year, on Monday 27th April.\n",
        "2015-04-01",
        &["event 2015-04-27"],
    );
    check_all(
        &[
            "Rugbykausi alkaa tänä vuonna myöhemmin, maanantaina 27.4.\n",
            "Rugbysäsongen börjar senare i år, måndagen den 27 april.\n",
        ],
        "2015-04-01",
        &[],
    );
}

/// A registration that begins on a weekday's date is the opening of a
/// period (rule 2): nothing.
#[test]
fn a_registration_that_begins_on_a_weekday_is_nothing() {
    check_all(
        &[
            "Registration begins on Monday, 4 March.\n",
            "Ilmoittautuminen alkaa maanantaina 4.3.\n",
            "Anmälan börjar måndag 4 mars.\n",
        ],
        "2024-02-01",
        &[],
    );
}

/// A service taken up again from a weekday's date, or a collection
/// service that begins: no event.
#[test]
fn a_service_begun_on_a_weekday_is_no_event() {
    check_all(
        &[
            "After the sale, the Friends will begin receiving donations on Thursday, July 7.\n",
            "Christmas tree pick up begins on Tuesday, January 4, 2022.\n",
        ],
        "2022-01-01",
        &[],
    );
}
