//! Issue 14 round 47: an hour between a range's connective and its closing
//! weekday, or between "from" and the opening weekday ("from 1pm on
//! Thursday 22 until 10am on Monday 26 February", real121:8), is passed
//! (`ranges/hour_skips.rs`): the two weekday-led days are one range (rule
//! 4), the hours ignored (rule 6).

use super::*;

#[test]
fn an_hour_before_the_closing_weekday_keeps_the_range() {
    let texts = [
        "The service is down from 1pm on Thursday 14 until 10am on Friday 15 March.",
        "The service is down from Thursday 14 until 10:30 a.m. on Friday 15 March.",
        "The service is down from noon on Thursday 14 until noon on Friday 15 March.",
        "Palvelu on poissa käytöstä torstaista 14. perjantaihin 15.3.",
        "Tjänsten är ur drift från kl. 13 torsdag 14 till kl. 10 fredag 15 mars.",
        "Tjänsten är ur drift från torsdag 14 till kl. 10 fredag 15 mars.",
    ];
    check_all(&texts, "2024-01-10", &["event 2024-03-14 2024-03-15"]);
}

/// "to" without "from" between two weekday-led days heads a window to act
/// in (real27:1) and is left as it was: the dated clause under it decides.
#[test]
fn weekday_days_joined_by_to_without_from_stay_unjoined() {
    check(
        "Monday 4th to Monday 11th July\nAll completed entry forms into the box no later than 8pm on Monday 11th July.",
        "2022-06-01",
        &["deadline 2022-07-11"],
    );
}

/// A hedge on the closing day ("approximately", "noin", "som längst till
/// och med") still closes the range (real150:56, real195:49).
#[test]
fn a_hedged_closing_day_closes_the_range() {
    check_all(
        &[
            "The road will be closed from Monday 3 November to approximately Thursday 13 November 2025.",
            "Our online services will be unavailable from 6pm Monday 3 to approximately 4pm Thursday 13 November 2025.",
            "Tie on suljettu liikenteeltä maanantaista 3.11. noin torstaihin 13.11.2025.",
            "Vägen är avstängd från den 3 november, som längst till och med den 13 november 2025.",
        ],
        "2025-10-27",
        &["event 2025-11-03 2025-11-13"],
    );
}
