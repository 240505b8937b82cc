//! Issue 14 round 33 (lines): three or more bare days in a row under a
//! heading naming what they are ("Inset Days", "yleiset tentit",
//! "KALENDER") are each an occasion (`bare_runs.rs`).

use super::*;

/// A school's closing days, one a line under their name.
#[test]
fn bare_days_under_a_naming_heading_are_events() {
    check_all(
        &[
            "Inset Days 2026/2027\n2nd September 2026\n4th November 2026\n6th January 2027\n",
            "Koulutuspäivät 2026/2027\n\n • 2.9.2026\n • 4.11.2026\n • 6.1.2027\n",
            "Studiedagar 2026/2027\n2 september 2026\n4 november 2026\n6 januari 2027\n",
        ],
        "2026-07-15",
        &["event 2026-09-02", "event 2026-11-04", "event 2027-01-06"],
    );
}

/// A term's name over the days tells only when they fall: what they are
/// stands above it, here a closing time, no occasion.
#[test]
fn bare_days_under_a_term_name_are_nothing() {
    check_all(
        &[
            "Days the after-school club closes at 15.45\nSpring term 2026\n- 14 January\n- 11 February\n- 18 March\n",
            "Iltapäiväkerho sulkeutuu aikaisemmin\nKevätlukukausi 2026\n- 14.1.\n- 11.2.\n- 18.3.\n",
            "Dagar då fritids stänger kl. 15.45\nVårterminen 2026\n- 14 januari\n- 11 februari\n- 18 mars\n",
        ],
        "2026-01-08",
        &[],
    );
}

/// Two bare days are a dateline and its update, not a run.
#[test]
fn two_bare_days_are_nothing() {
    check_all(
        &[
            "Council news\n12 March 2026\n14 March 2026\nThe council approved the budget.",
            "Kunnan uutiset\n12.3.2026\n14.3.2026\nValtuusto hyväksyi talousarvion.",
            "Kommunens nyheter\n12 mars 2026\n14 mars 2026\nFullmäktige godkände budgeten.",
        ],
        "2026-03-01",
        &[],
    );
}
