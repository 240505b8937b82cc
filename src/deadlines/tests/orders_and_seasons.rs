//! Issue 14 round 21 (real37/real38, prose): words in running prose that
//! decide what a date is: an ordering period the reader must act in, a
//! season a ban holds in, work crews on site and a job scheduled for a day.

use super::*;

/// Ordering is acting on the page, like applying: the period's closing day
/// is the deadline (rule 2), not an event spanning the period.
#[test]
fn an_ordering_period_gives_its_closing_day_as_a_deadline() {
    check_all(
        &[
            "The club shirts can be ordered from our web shop 3.4.-28.4.2031.",
            "Seuran paidat tilataan verkkokaupastamme 3.4.-28.4.2031.",
            "Klubbtröjorna beställs i vår webbutik 3.4.-28.4.2031.",
        ],
        "2031-03-20",
        &["deadline 2031-04-28"],
    );
}

/// A season a ban holds in is validity (rule 6): no event spans it.
#[test]
fn a_ban_season_is_no_event() {
    check_all(
        &[
            "Dogs may run free in the park outside the ban period 1 March - 20 August.",
            "Koirat saavat juosta vapaana puistossa kieltoajan 1.3.-20.8. ulkopuolella.",
            "Hundar får springa lösa i parken utanför förbudstiden 1 mars-20 augusti.",
        ],
        "2031-02-10",
        &[],
    );
}

/// Work crews on site, or a job the issuer has scheduled for a day, make
/// that day an event of the works (rule 5).
#[test]
fn works_scheduled_for_a_day_are_an_event() {
    check_all(
        &[
            "On Thursday, June 12, our crews will be replacing the valves on Mill Street.",
            "Venttiilien vaihtotyö ajoittuu torstaille 12.6. Myllykadulla.",
            "Ventilbytet på Kvarngatan är planerat till torsdag den 12 juni.",
        ],
        "2031-06-02",
        &["event 2031-06-12"],
    );
}

/// "Due to commence" tells when a scheme starts; "due" there sets no time
/// limit for the reader (rule 1).
#[test]
fn a_scheme_due_to_commence_is_no_deadline() {
    check_all(
        &[
            "The resurfacing scheme on Mill Road is due to commence next Monday, June 16.",
            "Myllytien päällystystyöt alkavat ensi maanantaina 16.6.",
            "Beläggningsarbetet på Kvarnvägen ska påbörjas nästa måndag den 16 juni.",
        ],
        "2031-06-10",
        &["event 2031-06-16"],
    );
}
