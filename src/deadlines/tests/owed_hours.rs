//! Issue 14 (stop 34): money the reader owes on a day is due then
//! (`classify/payments.rs` `owed`), and a payer beginning its payments on
//! a day pays then (`signals::payment_day`); a place's opening hours on a day are
//! nothing (`classify/open_hours.rs`); a day's name over a colon places a
//! short slashed day ("Fredag 1/5: Stängt", `dates.rs`).

use super::*;

/// "Toinen erä tulee maksettavaksi", "must be paid on": the reader pays,
/// so the day is a deadline, no payout (real184:40, real187:37).
#[test]
fn money_the_reader_owes_on_a_day_is_a_deadline() {
    check_all(
        &[
            "The second instalment of residual tax must be paid on 1 February 2019.",
            "Toinen erä tulee maksettavaksi 1. helmikuuta 2019.",
            "Toinen erä pitää tällöin maksaa 1. helmikuuta 2019.",
            "Mätkyt täytyy maksaa 1. helmikuuta 2019.",
            "Kvarskatten ska betalas den 1 februari 2019.",
        ],
        "2018-11-28",
        &["deadline 2019-02-01"],
    );
}

/// Money paid out to the reader stays a payment day, an event.
#[test]
fn money_paid_out_stays_a_payment_day() {
    check_all(
        &[
            "Kela pays the child benefit on 20 December 2018.",
            "Veronpalautukset tulevat pankkitileille 20. joulukuuta 2018.",
            "Barnbidraget ska betalas ut den 20 december 2018.",
        ],
        "2018-11-28",
        &["event 2018-12-20"],
    );
}

/// A payer beginning to pay on a day: the first payment day is an event
/// (real187:27, real192:50).
#[test]
fn payments_beginning_on_a_day_are_payment_days() {
    check_all(
        &[
            "Ruokavirasto alkaa maksaa EU-nautapalkkioita 15. joulukuuta 2022.",
            "Vi börjar betala ut stödet den 15 december 2022.",
        ],
        "2022-12-01",
        &["event 2022-12-15"],
    );
}

/// A place open for a span of hours on a day holds nothing of its own
/// (real190:30, real190:51, real185:9).
#[test]
fn opening_hours_on_a_day_are_nothing() {
    check_all(
        &[
            "Keskiviikkona 23.12. kauppa on auki klo 10–17.",
            "Torstaina 23.12. museo on avoinna klo 12-16.",
            "Biblioteket har öppet kl. 10–14 torsdag 23 december.",
            "The Library will open 10am-11pm on Thursday 23 December.",
            "On Thursday 23 December the library is open 10am to 2pm.",
        ],
        "2020-12-17",
        &[],
    );
}

/// An election day stays an event however its polls' hours are told.
#[test]
fn the_polls_hours_keep_election_day() {
    check_all(
        &[
            "Vaalihuoneistot ovat varsinaisena vaalipäivänä 2. huhtikuuta auki kello 9–20.",
            "Vallokalerna är öppna kl. 9–20 på valdagen söndag 2 april.",
        ],
        "2023-03-20",
        &["event 2023-04-02"],
    );
}

/// A day's name over a colon makes a short slashed day a date, not a
/// fraction (real189:17).
#[test]
fn a_named_day_over_a_colon_is_a_date() {
    check_all(
        &[
            "Påskhelgen\n- Långfredagen 3/4: Stängt\n",
            "Påskhelgen\n- Fredag 3/4: Stängt\n",
        ],
        "2026-04-01",
        &["event 2026-04-03"],
    );
    check(
        "Three quarters of the plots, 3/4, are let.",
        "2026-04-01",
        &[],
    );
}

/// In a table of days whose cells give either the hours kept or a
/// closure, only the closed days are breaks (real447:28–34).
#[test]
fn hours_beside_closed_days_are_nothing() {
    check_all(
        &[
            "Jäteasema 18.4.2025 suljettu 3.5.2025 10.00-15.00 29.5.2025 suljettu",
            "Återvinningscentralen 18.4.2025 stängt 3.5.2025 10.00-15.00 29.5.2025 stängt",
            "Recycling centre 18.4.2025 closed 3.5.2025 10.00-15.00 29.5.2025 closed",
        ],
        "2025-04-17",
        &["event 2025-04-18", "event 2025-05-29"],
    );
}
