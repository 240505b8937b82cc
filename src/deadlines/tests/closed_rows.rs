//! Issue 14 round 40 (closures and service breaks): a "|" table row that
//! tells a closure, with the word leading the day's cell or alone in a cell
//! after a row's day, is a service break (an event); rows of opening hours
//! and a closure left open from a day give nothing.

use super::*;

/// A place's row whose day cell opens with the closure word.
#[test]
fn a_place_closed_on_its_days_is_an_event() {
    check_all(
        &[
            "| Port Chalmers Pool | Closed Thursday 25 and Friday 26 December 2025 |\n| Olveston | Closed Thursday 25 December 2025 |",
            "| Uimahalli | Suljettu to 25.12. ja pe 26.12.2025 |\n| Museo | Suljettu 25.12.2025 |",
            "| Simhallen | Stängt torsdag 25 och fredag 26 december 2025 |\n| Museet | Stängt 25 december 2025 |",
        ],
        "2025-12-15",
        &["event 2025-12-25", "event 2025-12-26"],
    );
}

/// A row led by its days, with the closure word alone in a later cell.
#[test]
fn a_day_row_with_a_closed_cell_is_an_event() {
    check_all(
        &[
            "Day | Opening hours |\n---|---|\n24 – 25 December 2024 | closed |\n26 December 2024 | 11:00 – 18:00 |",
            "Päivä | Aukioloaika |\n---|---|\n24 – 25.12.2024 | suljettu |\n26.12.2024 | klo 11:00 – 18:00 |",
            "Dag | Öppettider |\n---|---|\n24 – 25 december 2024 | stängt |\n26 december 2024 | kl. 11:00 – 18:00 |",
        ],
        "2024-11-25",
        &["event 2024-12-24 2024-12-25"],
    );
}

/// A closure left open from a day, and rows of opening hours, give nothing.
#[test]
fn an_open_closure_or_hours_row_is_nothing() {
    check_all(
        &[
            "Day | Opening hours | Reason |\n---|---|---|\n1 July – | closed | building works |\n26 December 2024 | 11:00 – 18:00 | |",
            "Päivä | Aukioloaika | Syy |\n---|---|---|\n1.7. – | suljettu | rakennustyöt |\n26.12.2024 | klo 11:00 – 18:00 | |",
            "Dag | Öppettider | Orsak |\n---|---|---|\n1 juli – | stängt | byggarbeten |\n26 december 2024 | kl. 11:00 – 18:00 | |",
        ],
        "2024-06-20",
        &[],
    );
}

/// A service's breaks listed one range a line under their heading, each day
/// written with its ordinal's ending (real387:4), are the breaks' ranges,
/// as the same list written without the endings.
#[test]
fn ranges_with_ordinal_endings_one_a_line_are_the_breaks() {
    check_rules_all(
        &[
            "Holiday breaks for swimming lessons 2014-2015\n\nFoundation – Stage 7 inclusive\n\n1st – 4th January\n14th – 20th February\n3rd – 9th April",
            "Holiday breaks for swimming lessons 2014-2015\n\nFoundation – Stage 7 inclusive\n\n1 – 4 January\n14 – 20 February\n3 – 9 April",
            "Library closures\n1st-4th January\n14th - 20th February\n3rd – 9th April",
        ],
        "2014-12-31",
        &[
            "event 2015-01-01 2015-01-04",
            "event 2015-02-14 2015-02-20",
            "event 2015-04-03 2015-04-09",
        ],
    );
}
