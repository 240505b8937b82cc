//! Issue 14 round 37 (rounds): a period noun in the plural heading a list of
//! recurring application rounds ("Ansökningsperioderna är följande:\n  • 10
//! januari–20 februari", real90:56) reads each round's closing day as a
//! deadline, as the singular "Ansökningsperiod:" did (`signals::period_noun`).

use super::*;

/// Rounds as bulleted ranges under a plural period noun and "as follows".
#[test]
fn plural_period_nouns_head_their_rounds() {
    check_all(
        &[
            "Grants are awarded three times a year.\nApplication deadlines are as follows:\n  • 10 January–20 February\n  • 10 March–20 April\n  • 10 August–20 September",
            "Avustuksia myönnetään kolme kertaa vuodessa.\nHakuajat ovat seuraavat:\n  • 10.1.–20.2.\n  • 10.3.–20.4.\n  • 10.8.–20.9.",
            "Bidrag delas ut tre gånger per år.\nAnsökningsperioderna är följande:\n  • 10 januari–20 februari\n  • 10 mars–20 april\n  • 10 augusti–20 september",
        ],
        "2023-01-09",
        &[
            "deadline 2023-02-20",
            "deadline 2023-04-20",
            "deadline 2023-09-20",
        ],
    );
}

/// The plural of "-tid" ("ansökningstiderna", "ansökningstider") as a
/// label over its rounds.
#[test]
fn plural_period_labels_over_ranges() {
    check_all(
        &[
            "Application deadlines:\n  • 1 March–15 April\n  • 1 September–15 October",
            "Hakuajat:\n  • 1.3.–15.4.\n  • 1.9.–15.10.",
            "Ansökningstider:\n  • 1 mars–15 april\n  • 1 september–15 oktober",
        ],
        "2023-01-09",
        &["deadline 2023-04-15", "deadline 2023-10-15"],
    );
}
