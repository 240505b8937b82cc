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

/// Issue 14 round 38: an hour and its comma before each day ("from 3pm,
/// 24 December 2021 to 9am, 4 January 2022", real276:12), or the first
/// day's hour before "alkaen", still make one range.
#[test]
fn an_hour_before_each_day_keeps_the_range() {
    check_all(
        &[
            "The council offices are closed from 3pm, 24 December 2021 to 9am, 4 January 2022.",
            "Virasto on suljettu 24.12.2021 klo 15 alkaen 4.1.2022 klo 9 asti.",
            "Kontoret är stängt från kl. 15, 24 december 2021 till kl. 9, 4 januari 2022.",
        ],
        "2021-12-01",
        &["event 2021-12-24 2022-01-04"],
    );
}

/// "klockan" leads an hour as "kl." does: the hour after a range's first
/// day does not cut it from its last (real329:32).
#[test]
fn a_swedish_hour_written_out_stays_inside_the_range() {
    check_rules(
        "Konferensen pågår måndag den 4 juli klockan 09:00 till fredag den 8 juli klockan 13.",
        "2016-06-20",
        &["event 2016-07-04 2016-07-08"],
    );
}

/// A clock time with a named time in brackets ("no later than 12:00 p.m.
/// (noon) on December 22", real478:34; "by 23:00 (CET) on", real204:5)
/// is the time of the limit: the sentence goes on past the bracket, and the
/// limit's word is read across it.
#[test]
fn a_bracketed_named_time_keeps_the_limit() {
    let texts = [
        "Members of the public wishing to provide comments on the Draft Official Plan are requested to submit written comments to Tracy Cannon, Planning & Building Administrator no later than 12:00 p.m. (noon) on December 22, 2023.",
        "Submit the proposal form by 23:00 (CET) on Thursday 21 December 2023.",
        "Written comments must be received by 4 p.m. (EST) on Friday, December 22, 2023.",
    ];
    let dates = [
        "deadline 2023-12-22",
        "deadline 2023-12-21",
        "deadline 2023-12-22",
    ];
    for (text, want) in texts.iter().zip(dates) {
        check_rules(text, "2023-12-01", &[want]);
        check(text, "2023-12-01", &[want]);
    }
}
