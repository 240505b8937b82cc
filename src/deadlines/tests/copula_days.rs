//! Issue 14 round 39 (dated lines and listings): a deadline named as the
//! subject and its day told with a copula ("The closing date for … is
//! Friday, 5th February 2021 at 4.00pm", real95:16) is a deadline however
//! long the subject (`classify/copula_days.rs`); the weekday and the hour
//! beside the day read it as an occasion before. Round 39 (English
//! sentences) found the same frame ("The closing date for receipt of
//! completed applications … is Thursday, 14 April 2022", real27:14) and
//! the past ("was") that stays nothing; its tests are the last three.

use super::*;

/// The subject's name is further back than the words read around a day.
#[test]
fn a_long_subject_named_a_closing_date_gives_a_deadline() {
    check_all(
        &[
            "The closing date for applications online under the Community Emergency Fund (2nd Round) is Friday, 5th February 2021 at 4.00pm.",
            "Kampanjan kaikkien lahjoitusten viimeinen palautuspäivä on perjantai 5.2.2021 klo 16.",
            "Sista ansökningsdag för bidrag ur kommunens stödfond för föreningar är fredag 5 februari 2021 kl. 16.",
        ],
        "2021-01-10",
        &["deadline 2021-02-05"],
    );
}

/// An occasion told with a copula stays an occasion.
#[test]
fn an_occasion_told_with_a_copula_stays_an_event() {
    check_all(
        &[
            "The annual show of the society in the village hall is on Friday, 5th February 2021 at 4.00pm.",
            "Yhdistyksen vuosinäyttely kylätalolla on perjantaina 5.2.2021 klo 16.",
            "Föreningens årliga utställning i bygdegården är fredag 5 februari 2021 kl. 16.",
        ],
        "2021-01-10",
        &["event 2021-02-05"],
    );
}

/// The limit's noun far from its day, joined by "is".
#[test]
fn a_limit_told_as_subject_is_a_deadline() {
    check_all(
        &[
            "The closing date for receipt of completed applications with supporting documentation is Thursday, 14 April 2022.",
            "Täydennettyjen hakemusten ja niiden liitteiden viimeinen jättöpäivä on torstai 14.4.2022.",
            "Sista ansökningsdag för bidraget från kommunens kulturfond är torsdag 14 april 2022.",
        ],
        "2022-03-01",
        &["deadline 2022-04-14"],
    );
}

/// An hour before the day does not make it an event (real64:51).
#[test]
fn an_hour_before_the_day_keeps_the_limit() {
    check_all(
        &[
            "The closing date for Community Funding Grant Applications (Round 1), is 9:00am on Friday 31 July 2020.",
            "Yhteisöavustusten (kierros 1) hakemusten viimeinen jättöpäivä on perjantai 31.7.2020 klo 9.00.",
            "Sista ansökningsdag för föreningsbidrag (omgång 1) är fredag 31 juli 2020 kl. 9.00.",
        ],
        "2020-07-01",
        &["deadline 2020-07-31"],
    );
}

/// A limit that was: nothing.
#[test]
fn a_past_limit_stays_nothing() {
    check_all(
        &[
            "The closing date for the grant round was Friday 31 July 2020.",
            "Avustuskierroksen viimeinen hakupäivä oli perjantai 31.7.2020.",
            "Sista ansökningsdag för bidragsomgången var fredag 31 juli 2020.",
        ],
        "2020-07-01",
        &[],
    );
}

/// The day named twice, "tomorrow" and in brackets, after the copula of a
/// named deadline (real206:13); and a name of six words before it
/// (real206:16).
#[test]
fn a_named_deadline_is_tomorrow_in_brackets() {
    check_all(
        &[
            "The closing date for receipt of claims under the National Liming Programme is tomorrow (Tuesday, November 7).",
            "Sista ansökningsdagen för stödet är i morgon (tisdag 7 november).",
            "Kansallisen kalkitusohjelman korvausten viimeinen hakupäivä on huomenna (tiistaina 7. marraskuuta).",
            "The National Farm Safety Measure deadline for both submission of expressions of interest and payment claims is 7 November 2023.",
        ],
        "2023-11-06",
        &["deadline 2023-11-07"],
    );
}

/// Issue 14 round 38: the last day to send the post's Christmas mail is a
/// limit on the reader's act, named by the act ("last posting date",
/// "viimeinen lähetyspäivä", "sista postningsdag"), real269:48.
#[test]
fn the_last_day_to_send_is_named_by_its_act() {
    check_all(
        &[
            "The last posting date for Christmas cards is Monday 16 December.",
            "Joulukorttien viimeinen lähetyspäivä on maanantaina 16. joulukuuta.",
            "Sista postningsdag för julkort är måndag den 16 december.",
        ],
        "2019-12-11",
        &["deadline 2019-12-16"],
    );
}
