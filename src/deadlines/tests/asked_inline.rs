//! Issue 14 round 33 (lines): a day after a label asking when on the
//! label's own line ("Date: June 21", "NÄR: lördag 14 mars") is the day
//! of the card's occasion (`asked_inline.rs`).

use super::*;

/// A webinar card: each region's day after "Date:", its hours after
/// "Time:" on the line under it.
#[test]
fn a_day_after_a_date_label_is_an_event() {
    check_all(
        &[
            "Latin America & Caribbean:\nDate: 15 June\nTime: 1pm Costa Rica/ 3pm New York\nAsia and Oceania:\nDate: June 21",
            "Latinalainen Amerikka:\nPäivämäärä: 15.6.\nAika: klo 13 Costa Rica\nAasia ja Oseania:\nPäivämäärä: 21.6.",
            "Latinamerika:\nDatum: 15 juni\nTid: kl 13 Costa Rica\nAsien och Oceanien:\nDatum: 21 juni",
        ],
        "2026-05-10",
        &["event 2026-06-15", "event 2026-06-21"],
    );
}

/// The day may carry its weekday and hours after the label.
#[test]
fn a_weekday_day_after_a_when_label_is_an_event() {
    check_all(
        &[
            "Spring concert\nWHEN: Saturday 14 March 2026, 6 pm\nWHERE: Old church",
            "Kevätkonsertti\nMILLOIN: lauantai 14.3.2026 klo 18\nMISSÄ: Vanha kirkko",
            "Vårkonsert\nNÄR: lördag 14 mars 2026 kl 18\nVAR: Gamla kyrkan",
        ],
        "2026-01-10",
        &["event 2026-03-14"],
    );
}

/// A day today or past after "Date:" is the page's own stamp.
#[test]
fn a_past_day_after_a_date_label_is_nothing() {
    check_all(
        &[
            "Council news\nDate: 12 March 2026\nThe council approved the budget.",
            "Kunnan uutiset\nPäivämäärä: 12.3.2026\nValtuusto hyväksyi talousarvion.",
            "Kommunens nyheter\nDatum: 12 mars 2026\nFullmäktige godkände budgeten.",
        ],
        "2026-03-20",
        &[],
    );
}
