//! Issue 14 round 22 (real39–real42, English prose): an early-bird fee
//! tier. The reader acts within it (registers or pays at the lower fee),
//! so the day it ends is a deadline (rule 1), as a fee tier's last day
//! "on or before" is.

use super::*;

/// "The early bird discount ends D" gives the deadline D.
#[test]
fn the_end_of_an_early_bird_discount_is_a_deadline() {
    check_all(
        &[
            "The early bird discount on the entry fee ends December 19.",
            "Varhaisen ilmoittautumisen alennus päättyy 19.12.",
            "Rabatten för tidig anmälan gäller till den 19 december.",
        ],
        "2031-11-16",
        &["deadline 2031-12-19"],
    );
}

/// "Early bird prices end at the end of October" is the last day of
/// October (rule 9).
#[test]
fn early_bird_prices_ending_with_a_month_give_its_last_day() {
    check_all(
        &[
            "Early bird prices come to an end at the end of October.",
            "Ilmoittaudu ennakkohintaan lokakuun loppuun mennessä.",
            "Anmäl dig senast i slutet av oktober för att få det lägre priset.",
        ],
        "2031-10-08",
        &["deadline 2031-10-31"],
    );
}
