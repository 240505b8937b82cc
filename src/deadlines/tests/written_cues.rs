//! Issue 14 round 33 (missed events): the exclusions of the own-line and
//! prose defaults read cue phrases as written, not the words that may
//! start one. "final", "viimeinen" and "sista" may start a limit ("final
//! day", "viimeinen päivä", "sista dag"), but a clause that writes none
//! names a day held ("Viimeinen torisoitto on 19.8.", real22:11). A
//! closure on its own line still runs past its day ("OVERNIGHT ROAD
//! CLOSURE – SUNDAY 2 APRIL", real20:13), and an ordinal glued to the
//! "and" of a second day is no first day alone ("on November 2ndand 3rd",
//! real38:25).

use super::*;

/// A word that may start a limit, with no limit written, tells nothing.
#[test]
fn a_word_that_may_start_a_limit_is_no_limit() {
    check_all(
        &[
            "Club news.\nThe final concert of the season is on 2 April 2029 in the hall.",
            "Kesän tapahtumat.\nViimeinen torisoitto on 2.4.2029.",
            "Környtt.\nSista konserten är den 2 april 2029 i kyrkan.",
        ],
        "2029-03-01",
        &["event 2029-04-02"],
    );
}

/// The limit written out still tells: the day is a deadline.
#[test]
fn a_written_limit_still_tells() {
    check_all(
        &[
            "Club news.\nThe final day to register is 2 April 2029.",
            "Kerhon uutisia.\nViimeinen ilmoittautumispäivä on 2.4.2029.",
            "Klubbnytt.\nSista dag för anmälan är den 2 april 2029.",
        ],
        "2029-03-01",
        &["deadline 2029-04-02"],
    );
}

/// A road closure on its own line is an event on the day it names, as
/// every labelled closure is ("The closure is scheduled to commence on
/// October 21 2024", real492:7; "Closure date: May 9, 2025", real474:13),
/// even when it runs overnight past it.
#[test]
fn a_closure_on_its_own_line_is_its_days_event() {
    check_all(
        &[
            "Road news.\nOVERNIGHT ROAD CLOSURE – SUNDAY 1 APRIL 2029\nDiversions signed.",
            "Tiedote.\nTIESULKU – SUNNUNTAI 1.4.2029\nKiertotie opastetaan.",
            "Vägnytt.\nVÄGAVSTÄNGNING – SÖNDAG 1 APRIL 2029\nOmledning skyltas.",
        ],
        "2029-03-01",
        &["event 2029-04-01"],
    );
}

/// An ordinal glued to its "and" is a range the reader did not join; a
/// written "och" between two days is a list, one event each.
#[test]
fn a_glued_and_is_no_first_day_alone() {
    check_all(
        &["The Forsyth Piecers and Quilters Guild Quilt Show is on November 2ndand 3rd \n\nHere is the ENTRY FORM"],
        "2018-09-18",
        &[],
    );
    check_all(
        &["Klubbnytt.\nNärmast är det Anna Berg den 15 juli och 16 juli 2029, känd som författare."],
        "2029-03-01",
        &["event 2029-07-15", "event 2029-07-16"],
    );
}

/// Swedish cues of stop 35: information "inne hos" a body by a day is due
/// then (real210:51); a signal that "testas" on a day is tested then
/// (real209:2).
#[test]
fn swedish_cues_of_stop_35() {
    check(
        "2 november är datumet då uppgifterna ska vara inne hos Skatteverket.",
        "2020-09-21",
        &["deadline 2020-11-02"],
    );
    check(
        "Den 5 december testas signalen för VMA.",
        "2022-12-01",
        &["event 2022-12-05"],
    );
}

/// The Finnish plural of a call, "haut", is a call too (real220:1).
#[test]
fn calls_in_the_plural_close() {
    check(
        "Vuonna 2023 avoinna olevat yrityksen kehittämisavustuksen haut päättyvät 31.12.2023.",
        "2023-12-30",
        &["deadline 2023-12-31"],
    );
}

/// Finnish "saavat" with an infinitive is "may", a permission to act
/// (real219:5), not the reader getting something (rule 5's "saat
/// päätöksen"); the same in each language.
#[test]
fn a_permission_to_comment_until_a_day_closes_then() {
    check_all(
        &[
            "Lausuntoja saavat antaa kaikki organisaatiot ja kansalaiset 31. elokuuta saakka.",
            "All organisations and citizens may give their comments until 31 August.",
            "Alla organisationer och medborgare får lämna synpunkter fram till den 31 augusti.",
        ],
        "2020-06-16",
        &["deadline 2020-08-31"],
    );
    check("Hakijat saavat päätöksen 31. elokuuta.", "2020-06-16", &[]);
}

/// Offers going out on a day are the admissions office's act, no occasion
/// of the reader's (real214:55, :57), as they are in Swedish and Finnish.
#[test]
fn offers_going_out_are_the_issuers_act() {
    check_all(
        &[
            "The CAO has since said that Round One offers will be made from 2pm on Thursday, September 8th.",
            "The first round of CAO offers for Leaving Cert students will be issued on 8 September at 2pm.",
            "Erbjudandena om studieplats skickas ut den 8 september.",
            "Opiskelupaikkatarjoukset lähetetään 8. syyskuuta.",
        ],
        "2022-07-01",
        &[],
    );
}
