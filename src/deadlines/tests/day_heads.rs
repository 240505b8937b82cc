//! Issue 14 (stop 35): a meeting named right before its day holds the
//! day, whatever the sentence says is on display at it
//! (`classify/day_heads.rs`).

use super::*;

/// "Kokouksessa 24.4.2023 on esillä …": what the meeting takes up is on
/// its agenda, the meeting is the event (real205:29, real205:30).
#[test]
fn a_meeting_day_with_matters_on_display_is_an_event() {
    check_all(
        &[
            "Kaupunginvaltuuston kokouksessa 24.4.2023 on esillä uusi hallintosääntö.",
            "At the council meeting on 24 April 2023 the new plan is on display.",
            "På fullmäktiges möte den 24 april 2023 finns den nya planen till påseende.",
        ],
        "2023-04-20",
        &["event 2023-04-24"],
    );
}

/// A body meeting on its days, said with a participle of holding or a verb
/// of meeting (real203:6, real203:32, real203:36).
#[test]
fn a_council_held_over_days_or_meeting_is_an_event() {
    check_all(
        &[
            "Ministerit keskustelevat 23.–24. kesäkuuta pidettävän Eurooppa-neuvoston päätelmistä.",
            "The European Council meets on 23-24 June.",
            "Europeiska rådet möts den 23–24 juni.",
        ],
        "2022-06-20",
        &["event 2022-06-23 2022-06-24"],
    );
    check(
        "Stats- och regeringscheferna träffas den 17 oktober.",
        "2019-10-15",
        &["event 2019-10-17"],
    );
}

/// A second verb after "and" has its own tense: the past of the first
/// ("was launched in June") is not the close's (real209:24).
#[test]
fn a_second_verb_after_and_keeps_its_own_tense() {
    check_all(
        &[
            "A public consultation was launched in June and closes on October 26.",
            "Kysely avattiin kesäkuussa ja se päättyy 26. lokakuuta.",
            "Samrådet inleddes i juni och avslutas den 26 oktober.",
        ],
        "2018-10-25",
        &["deadline 2018-10-26"],
    );
}

/// A dot after a date's year ends the sentence, whatever word follows:
/// "Vaaleissa" after "9.4.2017." is the next sentence's first word, not a
/// listing's place ("12.3. Helsingissä"), and the law it applies is not
/// the election's (real221:8).
#[test]
fn a_dot_after_a_year_ends_the_sentence() {
    check_all(
        &[
            "Kuntavaalit toimitetaan sunnuntaina 9.4.2017. Vaaleissa sovelletaan vaalilakia sekä kuntalain säännöksiä.",
            "The municipal election is held on Sunday 9.4.2017. Villa owners vote where the law applies.",
            "Kommunalvalet förrättas söndagen 9.4.2017. Villa Lante fungerar som vallokal där vallagen tillämpas.",
        ],
        "2017-04-08",
        &["event 2017-04-09"],
    );
}

/// A period that begins in one verb and runs to the day in a second after
/// "and" closes then: the beginning is the first verb's (real217:34).
#[test]
fn a_period_begun_and_run_until_a_day_closes_then() {
    check_all(
        &[
            "The application period begins in January and runs until 28 February.",
            "Hakuaika alkaa tammikuussa ja jatkuu 28. helmikuuta asti.",
            "Ansökningstiden börjar i januari och pågår fram till den 28 februari.",
        ],
        "2023-01-30",
        &["deadline 2023-02-28"],
    );
}
