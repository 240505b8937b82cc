//! Round 49: a payer beginning its payments names the day money starts to
//! reach the reader, an event (payments convention), in each language's
//! way of saying it (real296:12, :37, :57); a break of payments is a
//! break; the rounds a continuous call is decided in close on their last
//! day; a round of collecting starts on its first day.

use super::*;

#[test]
fn payments_beginning_on_a_day_are_an_event() {
    check_all(
        &[
            "Tukien maksaminen alkaa tiistaina 13.12.",
            "Utbetalningen av stöden börjar tisdagen den 13 december.",
            "Payments of the grants will start on Tuesday 13 December.",
            "Kansalliset peltotuet tulevat maksuun tiistaina 13.12.",
        ],
        "2016-12-08",
        &["event 2016-12-13"],
    );
    check(
        "Ruokavirasto tiedottaa aloittavansa 1.10. luonnonhaittakorvauksen ennakoiden maksamisen \
         maatiloille. Luomukasvintuotannon ennakoiden maksaminen alkaa puolestaan 8.10.",
        "2020-09-24",
        &["event 2020-10-01", "event 2020-10-08"],
    );
}

/// Paying the reader's own bill stays the reader's deadline.
#[test]
fn paying_a_bill_stays_a_deadline() {
    check(
        "Laskun maksaminen on tehtävä viimeistään 13.12.",
        "2016-12-08",
        &["deadline 2016-12-13"],
    );
}

#[test]
fn a_break_of_payments_is_a_break() {
    check(
        "Vuodenvaihteen maksukatko on 22.12.2023–5.1.2024.",
        "2023-11-15",
        &["event 2023-12-22 2024-01-05"],
    );
}

#[test]
fn a_selection_round_closes_on_its_last_day() {
    check(
        "Vuoden 2019 viimeinen valintajakso päättyy 31.10.2019.",
        "2019-09-02",
        &["deadline 2019-10-31"],
    );
}

/// A round of collecting told by its first day takes place from it, as
/// works do (real303); a fundraising campaign starting, or a collection of
/// art opening, is no such round.
#[test]
fn a_collecting_round_starts_on_its_first_day() {
    check_all(
        &[
            "The annual bulk waste collection is to begin on Monday, 29 March 2021 and run for \
             four weeks.",
            "Grovsophämtningen börjar den 29 mars 2021.",
            "Aitojen joulukuusien erilliskeräys alkaa maanantaina 29.3.2021.",
        ],
        "2021-03-24",
        &["event 2021-03-29"],
    );
    check_all(
        &[
            "Yhteisvastuukeräys alkaa maanantaina 29.3.2021.",
            "The art collection opens on 29 March 2021.",
        ],
        "2021-03-24",
        &[],
    );
}
