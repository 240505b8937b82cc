//! Issue 14 round 27 (prose): a dance, a church service or a walk named
//! by its occasion is an event — Swedish and Finnish write the occasion
//! into one word ("juldansen", "adventsgudstjänsten",
//! "vitsippspromenaden", "joulutanssit"), English before the noun ("the
//! Christmas dance"); `lexicon/*.txt`, `[event ending]` and `[event]`.

use super::*;

/// The occasion's dance on a day: one event.
#[test]
fn a_dance_named_by_its_occasion_is_an_event() {
    check_all(
        &[
            "The Christmas dance is on 19 December in the village hall.",
            "Joulutanssit tanssitaan kylätalolla lauantaina 19.12.",
            "Kevättanssiaiset pidetään kylätalolla 19.12.",
            "Juldansen är den 19 december i bygdegården.",
        ],
        "2026-11-01",
        &["event 2026-12-19"],
    );
}

/// A service or a walk named by its season, in a compound word.
#[test]
fn a_service_or_walk_in_one_compound_word_is_an_event() {
    check_all(
        &[
            "Kören sjunger på adventsgudstjänsten den 29 november.",
            "Vårpromenaden går från kyrkan den 29 november.",
            "The spring walk leaves from the church on 29 November.",
            "Kuoro laulaa adventtimessussa 29.11.",
        ],
        "2026-11-01",
        &["event 2026-11-29"],
    );
}

/// A dance told in the past is over: the new words do not bring it back.
#[test]
fn a_past_dance_gives_nothing() {
    check_all(
        &[
            "The Christmas dance was held on 19 December.",
            "Joulutanssit tanssittiin 19.12.",
            "Juldansen hölls den 19 december.",
        ],
        "2026-11-01",
        &[],
    );
}

/// Issue 14 round 42: the declaration of Christmas peace is an occasion
/// ("Joulurauha julistetaan … jouluaattona 24. joulukuuta", real107:2;
/// "joulurauhan julistuksen vietolla sunnuntaina 24.12.2023", real21:14);
/// "julistetaan" (is declared) alone names no occasion.
#[test]
fn the_declaration_of_christmas_peace_is_an_event() {
    check_all(
        &[
            "Christmas Peace is declared in the traditional way on Christmas Eve, 24 December.",
            "Joulurauha julistetaan perinteiseen tapaan jouluaattona 24. joulukuuta.",
            "Julfreden utlyses traditionsenligt på julafton den 24 december.",
        ],
        "2022-12-20",
        &["event 2022-12-24"],
    );
}

/// Issue 14 round 37: a court's main hearing that begins on a day takes
/// place then.
#[test]
fn a_main_hearing_that_begins_on_a_day_is_an_event() {
    check_all(
        &[
            "The main hearing begins on Monday 27 November.",
            "Pääkäsittely alkaa maanantaina 27. marraskuuta.",
            "Måndagen den 27 november inleds huvudförhandlingen i mål nr B 1071-17.",
        ],
        "2017-11-22",
        &["event 2017-11-27"],
    );
}
