//! Round 48: departures cancelled over days stop a line, a service break
//! the reader plans around (an event), where a cancelled occasion is not
//! reported at all (`classify/cancelled_runs.rs`, real290:28).

use super::*;

#[test]
fn departures_cancelled_over_days_are_a_break() {
    check_all(
        &[
            "All trains are cancelled from Saturday 31 March to Monday 2 April.",
            "Samtliga tåg är inställda från lördag den 31 mars till måndag 2 april.",
            "Junavuorot perutaan 31.3.–2.4.",
            "Bussarna ställs in 31 mars–2 april.",
        ],
        "2018-03-30",
        &["event 2018-03-31 2018-04-02"],
    );
}

/// (the reviewer learned this line from real290, so the rules are asked
/// alone too)
#[test]
fn the_hours_of_the_cancelled_run_do_not_hide_it() {
    let input = "Därför är samtliga Pågatåg och Öresundståg på den sträckan inställda från \
                 påskaftons morgon lördag den 31 mars klockan 01.20 till måndag 2 april klockan \
                 03.00.";
    check(input, "2018-03-30", &["event 2018-03-31 2018-04-02"]);
    check_rules(input, "2018-03-30", &["event 2018-03-31 2018-04-02"]);
}

#[test]
fn a_cancelled_occasion_stays_unreported() {
    check_all(
        &[
            "The concert on Saturday 31 March is cancelled.",
            "Konserten lördag den 31 mars är inställd.",
            "Lauantain 31.3. konsertti on peruttu.",
            // a rink's public sessions are turns of no line
            "Jäähallin yleisövuorot peruttu lauantaina 31.3.2018.",
        ],
        "2018-03-20",
        &[],
    );
}

/// (real309:17: "while" opens a clause of its own, so the cancelled sessions
/// before it do not cancel the one held after it)
#[test]
fn a_session_held_beside_cancelled_ones_is_reported() {
    let input = "Wednesday and Friday Story Time sessions have been cancelled for the week, along \
                 with the Thursday Rhyme Time - while a special Easter Rhyme Time session will be \
                 held in Memorial Park on Tuesday, March 19.";
    check_rules(input, "2024-03-13", &["event 2024-03-19"]);
    check(
        "The Friday concert has been cancelled, while the Saturday concert will be held on 23 \
         March as planned.",
        "2024-03-13",
        &["event 2024-03-23"],
    );
}

/// A cancellation told of an earlier year (real397:14) leaves this year's
/// day standing; a cancellation of the day itself still clears it.
#[test]
fn a_cancellation_of_last_year_leaves_the_day() {
    check_rules_all(
        &[
            "This year's light switch-on event will take place on Friday, November 26, after being cancelled last year due to Covid-19 restrictions.",
            "Joulunavaus järjestetään perjantaina 26.11., vaikka se peruttiin viime vuonna.",
        ],
        "2021-11-25",
        &["event 2021-11-26"],
    );
    check_rules(
        "The light switch-on on Friday, November 26 has been cancelled.",
        "2021-11-25",
        &[],
    );
}
