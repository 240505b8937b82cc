//! Issue 14 round 32 (lines): a day alone on its line under a label
//! asking when ("NÄR", "DATE:", "Aika:") is the day of the card's
//! occasion, not a news item's dateline (`asked_days.rs`).

use super::*;

/// A concert card: the day and its hours under "When", the place under
/// "Where".
#[test]
fn a_day_under_a_when_label_is_an_event() {
    check_all(
        &[
            "Lucia concerts in the old church\n\nWHEN\n\n13 December 2026 at 16.00\n\nWHERE\n\nMariatorget meeting place",
            "Luciakonsertit vanhassa kirkossa\n\nMILLOIN\n\n13.12.2026 klo 16.00\n\nMISSÄ\n\nMariatorgetin kohtaamispaikka",
            "Luciakonserter i gamla kyrkan\n\nNÄR\n\n13 december 2026 kl 16.00\n\nVAR\n\nMötesplats Mariatorget",
        ],
        "2026-11-15",
        &["event 2026-12-13"],
    );
}

/// A dash before the day under the label is the card's bullet, not the
/// open start of a period ending on the day.
#[test]
fn a_bulleted_day_under_a_date_label_is_an_event() {
    check_all(
        &[
            "Run club 10K\nDATE:\n- Sunday, November 22, 2026\nSTART TIME:\n- 6:00 am\n",
            "Juoksuklubin 10K\nPÄIVÄMÄÄRÄ:\n- sunnuntai 22.11.2026\nLÄHTÖ:\n- klo 6.00\n",
            "Löparklubbens 10K\nDATUM:\n- söndag 22 november 2026\nSTART:\n- kl 6.00\n",
        ],
        "2026-11-01",
        &["event 2026-11-22"],
    );
}

/// A day already past under "Date:" is the page's own stamp.
#[test]
fn a_past_day_under_a_date_label_is_nothing() {
    check_all(
        &[
            "Council news\n\nDate:\n\n12 March 2026\n\nThe council approved the budget.",
            "Kunnan uutiset\n\nPäivämäärä:\n\n12.3.2026\n\nValtuusto hyväksyi talousarvion.",
            "Kommunens nyheter\n\nDatum:\n\n12 mars 2026\n\nFullmäktige godkände budgeten.",
        ],
        "2026-03-20",
        &[],
    );
}
