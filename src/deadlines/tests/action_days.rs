//! Issue 14 round 35 (lines): a label ending in a colon that names the
//! days of the reader's own action heads the days listed under it as
//! deadlines (`action_days.rs`).

use super::*;

/// A fund's application days listed under their label (real83:24).
#[test]
fn days_under_an_application_days_label_are_deadlines() {
    check_all(
        &[
            "Application\n\nApplication dates:\n\n  • 31 January\n  • 30 April\n  • 30 September",
            "Haku\n\nHakemusten jättöpäivät:\n\n  • 31.1.\n  • 30.4.\n  • 30.9.",
            "Ansökan\n\nSenaste ansökningsdatum:\n\n  • 31 januari\n  • 30 april\n  • 30 september",
        ],
        "2024-01-10",
        &[
            "deadline 2024-01-31",
            "deadline 2024-04-30",
            "deadline 2024-09-30",
        ],
    );
}

/// Two days suffice under such a label.
#[test]
fn two_days_under_an_application_days_label_are_deadlines() {
    check_all(
        &[
            "Application dates:\n\n  • 31 January\n  • 30 April",
            "Hakemusten jättöpäivät:\n\n  • 31.1.\n  • 30.4.",
            "Ansökningsdatum:\n\n  • 31 januari\n  • 30 april",
        ],
        "2024-01-10",
        &["deadline 2024-01-31", "deadline 2024-04-30"],
    );
}

/// The days a call opens are never reported.
#[test]
fn days_under_an_opening_days_label_are_nothing() {
    check_all(
        &[
            "Application opening dates:\n\n  • 31 January\n  • 30 April\n  • 30 September",
            "Haku avautuu seuraavina päivinä:\n\n  • 31.1.\n  • 30.4.\n  • 30.9.",
            "Ansökan öppnar följande datum:\n\n  • 31 januari\n  • 30 april\n  • 30 september",
        ],
        "2024-01-10",
        &[],
    );
}
