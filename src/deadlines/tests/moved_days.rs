//! Issue 14 round 33 (wrong mentions): a meeting moved to a new day
//! ("Sammanträdet byter dag till 23 november") is an event on the new
//! day, not a deadline read from "till"; the old day of a postponed event
//! is never reported (rule 5).

use super::*;

/// A meeting moved to a new day: an event on that day.
#[test]
fn a_meeting_moved_to_a_day_is_an_event() {
    check_all(
        &[
            "The annual meeting has been postponed to Tuesday 27 April 2032.",
            "Vuosikokous on siirretty tiistaille 27.4.2032.",
            "Sammanträdet byter dag till 27 april 2032.",
        ],
        "2031-08-01",
        &["event 2032-04-27"],
    );
}

/// The day of a party that is postponed: nothing.
#[test]
fn the_old_day_of_a_postponed_party_is_not_reported() {
    check_all(
        &[
            "The party on 30 September 2031 has been postponed.",
            "Juhlat 30.9.2031 siirretään myöhemmäksi.",
            "Festen 30.9.2031 senareläggs.",
            "Stämman den 30 september 2031 skjuts fram.",
        ],
        "2031-08-01",
        &[],
    );
}

/// A day kept in reserve is held only if the first fails (real398:29,
/// real393:17): the first day is the event, the reserve day is not.
#[test]
fn a_reserve_day_is_not_reported() {
    check_all(
        &[
            "The walk is on Tuesday 25 April 2023. Rain date: Wednesday 26 April 2023.",
            "Retki tehdään tiistaina 25.4.2023. Varapäivä on keskiviikko 26.4.2023.",
            "Vandringen hålls tisdag 25 april 2023, reservdag onsdag 26 april 2023.",
        ],
        "2023-04-19",
        &["event 2023-04-25"],
    );
}

/// "flytta fram" moves an occasion to a later day (real76:37, real427:26):
/// the new day is the event, not a limit read from "till".
#[test]
fn an_occasion_moved_forward_is_held_on_its_new_day() {
    check_rules_all(
        &[
            "We have had to postpone the Christmas concert to 15 December.",
            "Joulukonsertti on jouduttu siirtämään 15. joulukuuta.",
            "Vi är tvungna att flytta fram julkonserten till den 15 december.",
        ],
        "2024-12-01",
        &["event 2024-12-15"],
    );
}

/// The day a moved limit would have had is old, however it is moved
/// (real192:5): only the new limit is reported.
#[test]
fn the_day_a_moved_limit_would_have_had_is_old() {
    check_rules_all(
        &[
            "The council has postponed the deadline for ten calls which would have closed on 31 March. The new deadline is 7 April 2020.",
            "Virasto on siirtänyt määräaikaa kymmenelle haulle, jotka olisivat päättyneet 31.3. Uusi määräaika on 7.4.2020.",
            "Vetenskapsrådet flyttar fram deadline för tio utlysningar som skulle ha stängt den 31 mars. Ny deadline är 7 april 2020.",
        ],
        "2020-03-20",
        &["deadline 2020-04-07"],
    );
}

/// A period told after the new day is what the day is for, not a later
/// new day (real38:12).
#[test]
fn a_period_after_the_new_day_leaves_it_the_new_one() {
    check_rules_all(
        &[
            "The committee postponed the deadline for applications to 15 November 2020 for competitions held 1 January – 30 June 2021.",
            "Utskottet beslutade att flytta fram sista datum för ansökan till 15 november 2020 för tävlingar som ska arrangeras 1 januari – 30 juni 2021.",
        ],
        "2020-06-20",
        &["deadline 2020-11-15"],
    );
}

/// A round's moved days, one line each ("Monday 26 December will be
/// collected Tuesday 27 December", real473:20; "Monday 19 September will be
/// Tuesday 20 September", real473:14): only the days it moves to.
#[test]
fn a_collection_moved_to_another_day_is_an_event_on_that_day() {
    check_all(
        &[
            "Changes to bin collections:\n- Monday 26 December will be collected Tuesday 27 December\n- Friday 30 December will be collected Saturday 31 December",
            "Changes to bin collections:\nMonday 26 December will be Tuesday 27 December\nFriday 30 December will be Saturday 31 December",
            "Bins due on Monday 26 December will be emptied on Tuesday 27 December. Bins due on Friday 30 December will be emptied on Saturday 31 December.",
        ],
        "2022-12-20",
        &["event 2022-12-27", "event 2022-12-31"],
    );
}
