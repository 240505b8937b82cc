//! Issue 14 (after round 38): a notice's "where" label and a call to take
//! part are no past tense (`classify/where_labels.rs`); the Swedish "Var:"
//! and "Var med" read as "was" once kept the days beside them silent.

use super::*;

/// A card's day with its place under a "where" label: the day is the
/// workshop's.
#[test]
fn a_where_label_leaves_the_day_to_come() {
    check_all(
        &[
            "Christmas show\n\nWhere: Klockargården, Tällberg\n\nWhen: 30/11, 1/12",
            "Joulushow\n\nMissä: Klockargården, Tällberg\n\nMilloin: 30.11., 1.12.",
            "Julshow\n\nVar: Klockargården, Tällberg\n\nNär: 30/11, 1/12",
        ],
        "2024-11-01",
        &["event 2024-11-30", "event 2024-12-01"],
    );
}

/// "Var med" opening a clause asks the reader to take part.
#[test]
fn take_part_is_no_past() {
    check_all(
        &[
            "Take part in the workshop on 5 February 2020.",
            "Osallistu työpajaan 5.2.2020.",
            "Var med på workshopen den 5 februari 2020.",
        ],
        "2020-01-20",
        &["event 2020-02-05"],
    );
}

/// "var" telling what was stays a past: nothing.
#[test]
fn was_is_still_a_past() {
    check_all(
        &[
            "The workshop was on 5 February 2020.",
            "Työpaja oli 5.2.2020.",
            "Workshopen var den 5 februari 2020.",
        ],
        "2020-01-20",
        &[],
    );
}
