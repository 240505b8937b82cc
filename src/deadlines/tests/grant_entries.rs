//! Issue 14, stop 33 (real170:44–46): a funding body's list of grant rounds
//! leads each round with its closing day; a day first on its line before a
//! grant's name is the day to apply by, as a day before an occasion's name
//! is the day it is held (`classify/grant_entries.rs`).

use super::*;

/// Each round's day, then its name, then a paragraph on who may apply.
#[test]
fn a_day_leading_a_grants_name_is_its_deadline() {
    check_all(
        &[
            "Grants this autumn\n\n18 November: Special grant for equality measures\n\nSchools in areas of high unemployment may apply.\n\n29 November: Scholarship for teachers abroad\n\nTeachers of every subject may apply.",
            "Avustukset syksyllä\n\n18.11. Erityisavustus tasa-arvoa edistäviin toimenpiteisiin\n\nAvustusta voivat hakea perusopetuksen järjestäjät.\n\n29.11. Apurahat ulkomailla opiskeleville opettajille\n\nHakea voivat kaikkien aineiden opettajat.",
            "Bidrag i höst\n\n18 november: Särskilt bidrag till jämställdhetsåtgärder\n\nSkolor i områden med hög arbetslöshet kan söka.\n\n29 november: Stipendier för lärare utomlands\n\nLärare i alla ämnen kan söka.",
        ],
        "2026-11-01",
        &["deadline 2026-11-18", "deadline 2026-11-29"],
    );
}

/// A grant's payment day and a grant's information session are held on
/// their day, and a tournament's rounds are no grant rounds.
#[test]
fn a_leading_day_before_a_payment_an_info_or_a_match_round_is_an_event() {
    check_all(
        &[
            "Grants this winter\n\n20 December: Grant payments to associations\n\nSee you there.",
            "Avustukset talvella\n\n20.12. Avustusten maksupäivä yhdistyksille\n\nNähdään.",
            "Bidrag i vinter\n\n20 december: Utbetalning av bidrag till föreningar\n\nVi ses.",
        ],
        "2026-11-01",
        &["event 2026-12-20"],
    );
    check_all(
        &["Club nights\n  • Sept 18 - Round 1\n  • Sept 25 - Round 2\n  • Oct 2 - Round 3"],
        "2026-09-01",
        &["event 2026-09-18", "event 2026-09-25", "event 2026-10-02"],
    );
}
