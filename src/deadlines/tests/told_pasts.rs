//! Issue 14 round 43 (who acts and when): a day just gone by, told with a
//! regular past, is not moved a year ahead (`classify/told_pasts.rs`):
//! "Det här beslutade kommunfullmäktige den 17 februari" (real101:5),
//! "Toukokuun 8. päivä käytiin Hauholla ja 28.5. Rengossa" (real109:30),
//! "On 6 April, the hearing panel provided this notice" (real104:34).

use super::*;

/// A body's step told with a regular past, read days later, gives nothing.
#[test]
fn a_step_just_done_with_a_regular_past_gives_nothing() {
    check_all(
        &[
            "On 6 April, the hearing panel provided this notice of the hearing to all submitters.",
            "Jaosto on myöntänyt kokouksessaan 11.3. avustuksen neljälle yhdistykselle.",
            "Det här beslutade kommunfullmäktige den 17 februari.",
        ],
        "2024-04-20",
        &[],
    );
}

/// Visits told with a passive past of a long stem, or a participle, give
/// nothing.
#[test]
fn visits_just_made_give_nothing() {
    check_all(
        &[
            "The council confirmed the candidates at its meeting on 8 May.",
            "Toukokuun 8. päivä käytiin Hauholla ja 28.5. Rengossa.",
            "Föreningen arrangerade julbordslunch 8 maj på Gamla Teatern.",
        ],
        "2024-06-10",
        &[],
    );
    check(
        "Suvivirren yhteislaulutilaisuuteen 25.5. oli tullut paljon laulajia.",
        "2024-06-10",
        &[],
    );
}

/// An adjective in "-ade" after "att" or an article tells no past: the
/// yearly day stays next year's (real39:52).
#[test]
fn an_adjective_in_ade_keeps_the_yearly_day() {
    check_all(
        &[
            "Registered associations can apply for project support by 15 September.",
            "Rekisteröidyt yhdistykset voivat hakea projektitukea viimeistään 15.9.",
            "Det innebär att registrerade föreningar nu kan ansöka om projektunderstöd senast den 15 september.",
        ],
        "2019-11-15",
        &["deadline 2020-09-15"],
    );
}

/// A decision told in the past, with what it decided right after it, gives
/// the day still ahead of what was decided (real550:35, real542:47); a
/// decision "in its meeting on" a day just gone gives nothing still.
#[test]
fn a_day_ahead_after_a_past_decision_is_what_was_decided() {
    check_rules(
        "The council approved the closure of Locust Lane for Tuesday, Aug. 29, 2023.",
        "2023-08-22",
        &["event 2023-08-29"],
    );
    check_rules(
        "Valintaa valmistelevan työryhmän kokouksessa tiistaina hakuaikaa päätettiin jatkaa 17. joulukuuta asti.",
        "2023-11-30",
        &["deadline 2023-12-17"],
    );
    check_rules(
        "The City Executive Board decided in its meeting on November 28 on the plan.",
        "2023-12-05",
        &[],
    );
}
