//! Issue 14 round 36 (closures): "closed" after a list item's day, or
//! leading it, is the state of the service that day (a service break, an
//! event), not a past tense; normal opening, shortened hours and a closing
//! told as over give nothing.

use super::*;

/// A list item whose day is followed by a closing word is a closure.
#[test]
fn a_list_item_closed_on_its_day_is_an_event() {
    check_all(
        &[
            "Easter opening hours\n\n  • Good Friday 29 March - Closed\n  • Easter Monday 1 April - closed.",
            "Pääsiäisen aukioloajat\n\n  • Pitkäperjantai 29.3. suljettu\n  • 2. pääsiäispäivä 1.4. suljettu",
            "Öppettider i påsk\n\n  • Långfredag 29 mars – stängt\n  • Annandag påsk 1 april – stängt",
        ],
        "2024-03-15",
        &["event 2024-03-29", "event 2024-04-01"],
    );
}

/// "Closed" leading the day labels it as a closure too.
#[test]
fn closed_leading_the_day_is_an_event() {
    check_all(
        &[
            "Closed Thursday, July 4, 2024 – Thursday route will run on Friday",
            "Suljettu to 4.7.2024",
            "Stängt torsdag 4 juli 2024.",
        ],
        "2024-06-01",
        &["event 2024-07-04"],
    );
}

/// Normal opening on a listed day is no break.
#[test]
fn normal_opening_is_nothing() {
    check_all(
        &[
            "  • Saturday 30 March - Normal opening hours",
            "  • la 30.3. avoinna normaalisti",
            "  • Lördag 30 mars – öppet som vanligt",
        ],
        "2024-03-15",
        &[],
    );
}

/// Closing early on a day gives shortened hours, no closure.
#[test]
fn closed_at_an_hour_is_nothing() {
    check_all(
        &[
            "Wednesday, November 23 — closed at 5 p.m.",
            "Keskiviikkona 23.11. kirjasto sulkeutuu jo kello 17.",
            "Onsdag 23 november stänger biblioteket redan kl. 17.",
        ],
        "2022-06-20",
        &[],
    );
}

/// A closing told as done stays over.
#[test]
fn a_closing_told_as_past_is_nothing() {
    check_all(
        &[
            "The survey closed on Sunday 10 August.",
            "Kysely suljettiin sunnuntaina 10.8.",
            "Enkäten stängdes söndagen den 10 augusti.",
        ],
        "2025-08-01",
        &[],
    );
}

/// An adverb before "closed" leading a line leaves it a state, and the
/// reason given for a closure (restrictions) does not make it a rule's
/// validity (real320:56).
#[test]
fn temporarily_closed_for_restrictions_is_a_break() {
    check_rules(
        "KARI VEHOSALO 6.2.-1.8.2021\nTemporarily closed between 8.3.-30.4.2021 due to the \
         coronavirus pandemic restrictions.",
        "2021-03-07",
        &["event 2021-03-08 2021-04-30"],
    );
    check(
        "The museum is closed between 8.3.-30.4.2021 due to the restrictions.",
        "2021-03-07",
        &["event 2021-03-08 2021-04-30"],
    );
}
