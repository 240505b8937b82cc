//! Round 50: an opening told as "today" or "now" leaves the written day to
//! the close (`classify/told_openings.rs`, real340:6); a company's
//! financial statements ("tilinpäätös") are no decision (real341:13–14);
//! the hours' span before a day keeps its "from" however its clock times
//! are written (`clock::reach_back`, real345:9, :11).

use super::*;

#[test]
fn a_consultation_opening_today_closes_on_the_day_written() {
    check_rules(
        "Public consultation on the draft determination opens today and will close on Thursday 11 April 2024.",
        "2024-03-28",
        &["deadline 2024-04-11"],
    );
    check_rules(
        "Hakuaika avautuu tänään ja päättyy 11.4.2024.",
        "2024-03-28",
        &["deadline 2024-04-11"],
    );
    check_rules(
        "Ansökan öppnar nu och stänger den 11 april 2024.",
        "2024-03-28",
        &["deadline 2024-04-11"],
    );
}

#[test]
fn now_leading_to_the_day_still_starts_the_work_on_it() {
    check_rules(
        "Asfaltering av Stockholmsvägen 8 april -19 april\n\nPublicerad 05 april 2019 16:29\n\n\
         Arbetet startar nu på måndag 8/4 och planeras pågå till fredag 19/4.",
        "2019-04-05",
        &["event 2019-04-08 2019-04-19"],
    );
}

#[test]
fn financial_statements_due_by_a_day_are_a_deadline() {
    check_rules(
        "Tilinpäätös on toimitettava syyskuun 1. päivään mennessä.",
        "2021-05-17",
        &["deadline 2021-09-01"],
    );
    // (a decision is still the issuer's: "päätös tehdään 1.9. mennessä")
    check_rules("Päätös tehdään 1.9.2021 mennessä.", "2021-05-17", &[]);
}

#[test]
fn hours_from_and_until_before_a_day_are_the_days_hours() {
    check_rules(
        "The session will be held from 9:30 a.m. until 10:30 a.m. Saturday, Nov. 25, at the Library and Archives auditorium.",
        "2017-11-11",
        &["event 2017-11-25"],
    );
    // (a limit at an hour of the day is still a limit)
    check_rules(
        "Applications are accepted until 5 p.m. on Friday 24 November.",
        "2017-11-11",
        &["deadline 2017-11-24"],
    );
}
