//! Issue 14 round 22 (real39–real42, English prose): a list of days that
//! shares one month written once. English writes the month before the
//! days ("Jan. 6 and 13"), Finnish and Swedish after them ("6. ja 13.1.",
//! "den 6 och 13 januari"); either way each day is one single-day event
//! (rule 4).

use super::*;

/// Every day of the list is an event, not only the one next to the month.
#[test]
fn each_day_of_a_list_sharing_one_month_is_an_event() {
    check_all(
        &[
            "Rehearsals for the spring concert will be held Jan. 6 and 13 at the parish hall.",
            "Kevätkonsertin harjoitukset pidetään 6. ja 13.1. seurakuntasalissa.",
            "Vårkonsertens repetitioner hålls den 6 och 13 januari i församlingssalen.",
        ],
        "2031-12-20",
        &["event 2032-01-06", "event 2032-01-13"],
    );
}

/// A list that runs into the next month keeps the first month for the days
/// before the full date that ends it.
#[test]
fn a_list_running_into_the_next_month_keeps_every_day() {
    check_all(
        &[
            "Auditions will take place on August 30, 31 and September 1 from 4 pm.",
            "Koe-esiintymiset pidetään 30.8., 31.8. ja 1.9. klo 16 alkaen.",
            "Provsjungningarna hålls den 30, 31 augusti och 1 september från kl. 16.",
        ],
        "2031-08-02",
        &["event 2031-08-30", "event 2031-08-31", "event 2031-09-01"],
    );
}

/// A year written once after the list belongs to every day of it.
#[test]
fn a_year_after_the_list_dates_every_day() {
    check_all(
        &[
            "The holiday concert will be presented Dec. 2 and 3, 2031, at the church.",
            "Joulukonsertti esitetään 2. ja 3.12.2031 kirkossa.",
            "Julkonserten framförs den 2 och 3 december 2031 i kyrkan.",
        ],
        "2031-08-18",
        &["event 2031-12-02", "event 2031-12-03"],
    );
}

/// A number after "and" that counts something is no second day.
#[test]
fn a_count_after_the_day_is_no_day_of_a_list() {
    check_all(
        &[
            "The open day is on March 5 and 12 volunteers will help.",
            "Avoimien ovien päivä on 5.3. ja 12 vapaaehtoista auttaa.",
            "Öppet hus är den 5 mars och 12 volontärer hjälper till.",
        ],
        "2031-02-18",
        &["event 2031-03-05"],
    );
}

/// Days joined by "&" on a line of their own under "Dates:" (real166:12, a
/// library's fortnightly group) are an enumeration as "and" makes one, one
/// event a day, not a page's stamps.
#[test]
fn days_joined_by_an_ampersand_on_their_own_lines_are_events() {
    check_all(
        &[
            "Garden group, Mondays fortnightly\n\nDates:\nSeptember 9 & 23\nOctober 7 & 21\n",
            "Puutarharyhmä joka toinen maanantai\n\nPäivät:\n9. & 23.9.\n7. & 21.10.\n",
            "Trädgårdsgruppen varannan måndag\n\nDatum:\n9 & 23 september\n7 & 21 oktober\n",
        ],
        "2024-09-01",
        &[
            "event 2024-09-09",
            "event 2024-09-23",
            "event 2024-10-07",
            "event 2024-10-21",
        ],
    );
}

/// The serial comma before the last day's "and" ("October 8, 9, 15, and
/// 16", real72:28, real510:19) joins that day to the list: it starts no
/// clause of its own, so the last day is an event like the others (Finnish
/// writes no comma there).
#[test]
fn the_serial_comma_keeps_the_last_day_in_the_list() {
    check_rules_all(
        &[
            "Guided tours of the studios are offered on October 8, 9, 15, and 16 from 10 a.m.",
            "Ateljeiden opastetut kierrokset järjestetään 8., 9., 15. ja 16.10. klo 10 alkaen.",
            "Guidade visningar av ateljéerna ordnas den 8, 9, 15, och 16 oktober från kl. 10.",
        ],
        "2031-09-20",
        &[
            "event 2031-10-08",
            "event 2031-10-09",
            "event 2031-10-15",
            "event 2031-10-16",
        ],
    );
}

/// A condition after the list ("… on May 22, 23, and 24 if necessary",
/// real87:24) is no count: every day of the list stays.
#[test]
fn a_condition_after_the_list_keeps_its_days() {
    check_rules(
        "The hearing will continue for pre-registered speakers at 1:00 p.m. on May 22, 23, and 24 if necessary.",
        "2031-05-01",
        &["event 2031-05-22", "event 2031-05-23", "event 2031-05-24"],
    );
}

/// A clause going on after the list ("… due to the holidays", "… closed",
/// a label's colon) is no count either: every day of the list is closed
/// (real520:53).
#[test]
fn a_clause_after_the_list_keeps_its_days() {
    check_rules(
        "The council offices are closed on December 26 and 27 due to the holidays.",
        "2031-12-01",
        &["event 2031-12-26", "event 2031-12-27"],
    );
    check_rules(
        "Crematorium opening hours:\nDecember 26 and 27 closed.\nJanuary 2: closed.",
        "2031-12-01",
        &["event 2031-12-26", "event 2031-12-27", "event 2032-01-02"],
    );
    check_rules(
        "Town hall:\nDecember 24, 25, 26 and 27: closed.",
        "2031-12-01",
        &[
            "event 2031-12-24",
            "event 2031-12-25",
            "event 2031-12-26",
            "event 2031-12-27",
        ],
    );
}

/// Two days each told with its weekday and joined by "och" ("torsdag den
/// 11 och fredag den 12 juni", real533:40; "lördagen den 17 och söndagen
/// den 18 juni", real323:27) are a list sharing the month written once:
/// the first day is an event too.
#[test]
fn days_told_with_their_weekdays_share_the_month() {
    check_rules_all(
        &[
            "Studenten firas under två dagar, onsdag den 11 och torsdag den 12 juni 2031.",
            "Ylioppilasjuhlat vietetään keskiviikkona 11. ja torstaina 12.6.2031.",
            "The graduation is celebrated over two days, Wednesday 11 and Thursday 12 June 2031.",
        ],
        "2031-05-11",
        &["event 2031-06-11", "event 2031-06-12"],
    );
    // (a week's number and a day after a comma are no list: "Vecka 6,
    // tisdag 7 februari")
    check_rules(
        "Budgetberedning vecka 6, fredag 7 februari 2031 kl. 13.00 i Sessionssalen.",
        "2031-01-11",
        &["event 2031-02-07"],
    );
}

/// A comma glued to a dotted day's closing point starts the next day
/// ("26.1.,2.2.,16.2.", real536:36, real74:51): not a decimal's comma.
#[test]
fn a_comma_glued_after_a_dotted_day_starts_the_next() {
    check_rules_all(
        &[
            "Valtuuston kokouspäivät: 12.1., 26.1.,2.2.,16.2. ja 9.3.2032.",
            "Fullmäktiges mötesdagar: 12.1., 26.1.,2.2.,16.2. och 9.3.2032.",
        ],
        "2031-11-17",
        &[
            "event 2032-01-12",
            "event 2032-01-26",
            "event 2032-02-02",
            "event 2032-02-16",
            "event 2032-03-09",
        ],
    );
    // (a decimal's comma starts no day: "1,5 miljoonaa")
    check_rules(
        "Valtuusto myöntää 1,5 miljoonaa euroa kokouksessaan 12.1.2032.",
        "2031-11-17",
        &["event 2032-01-12"],
    );
}
