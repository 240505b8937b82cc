//! Issue 14 round 18 (lines): three or more lines each led by a day and
//! naming what happens then, with no event word, are a programme's days
//! (`dated_lists.rs`).

use super::*;

/// A fishing club's competition days, bulleted, one of them with a
/// sign-up limit of its own.
#[test]
fn a_run_of_day_led_items_is_a_programme() {
    let texts = ["Agreed dates\n\n • 14.3. Ice fishing, north bay, sign up by 4.3.\n • 30.05. Angling, Mill canal\n • 15.08. Trolling, Long lake",
"Sovittuja päiviä\n\n • 14.3. Pilkki, pohjoinen lahti, ilmoittautuminen viimeistään 4.3.\n • 30.05. Onki, Myllykanava\n • 15.08. Uistelu, Pitkäjärvi",
"Bestämda dagar\n\n • 14.3. Pimpel, norra viken, anmälan senast 4.3.\n • 30.05. Mete, Kvarnkanalen\n • 15.08. Trolling, Långsjön"];
    check_all(
        &texts,
        "2026-02-01",
        &[
            "deadline 2026-03-04",
            "event 2026-03-14",
            "event 2026-05-30",
            "event 2026-08-15",
        ],
    );
}

/// A society's talks led by weekday and slashed day, blank lines between.
#[test]
fn weekday_and_slashed_days_lead_items_too() {
    let texts = ["Still to come:\n\nTuesday 10/2: Caring for your feet\n\nThursday 12/2: Coffee morning\n\nTuesday 17/2: Where is the Baltic going?",
"Vielä tulossa:\n\nTiistai 10/2: Jalkojen hoito\n\nTorstai 12/2: Kahvitreffit\n\nTiistai 17/2: Minne Itämeri menee?",
"Kvar att vänta:\n\nTisdag 10/2: Ta hand om fötterna\n\nTorsdag 12/2: Caféträff\n\nTisdag 17/2: Vart går Östersjön?"];
    check_all(
        &texts,
        "2026-02-01",
        &["event 2026-02-10", "event 2026-02-12", "event 2026-02-17"],
    );
}

/// Two dated lines are no run, and steps told in full sentences with
/// their own verbs ("results are shown") are a procedure's, not a
/// programme's.
#[test]
fn two_items_or_sentences_are_no_programme() {
    check_all(
        &[
            "Notes\n\n12.3. Board minutes\n19.3. Treasurer's letter",
            "Muistiinpanot\n\n12.3. Hallituksen pöytäkirja\n19.3. Rahastonhoitajan kirje",
            "Anteckningar\n\n12.3. Styrelsens protokoll\n19.3. Kassörens brev",
        ],
        "2026-02-01",
        &[],
    );
    let texts = ["2 August The first results are shown.\n9 August The second results are shown.\n16 August The final results are shown.",
"2.8. Ensimmäiset tulokset näytetään.\n9.8. Toiset tulokset näytetään.\n16.8. Lopulliset tulokset näytetään.",
"2 augusti Första resultaten visas.\n9 augusti Andra resultaten visas.\n16 augusti Slutliga resultaten visas."];
    check_all(&texts, "2026-07-01", &[]);
}
