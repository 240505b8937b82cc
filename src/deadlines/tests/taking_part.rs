//! Issue 14 round 42: a period the reader takes part in, told by its end
//! (`classify/taking_part.rs`): "Röstningen pågår till 1.4.2024"
//! (real106:46), "frågeformulär som är öppen fram till 1 april"
//! (real106:44), "the landowner feedback period … closes on 11 June"
//! (real105:10) are deadlines; they were read as the end of a duration.

use super::*;

/// A vote or a survey open until a day: the last day to take part.
#[test]
fn a_vote_or_survey_open_until_a_day_is_a_deadline() {
    check_all(
        &[
            "Voting will be open until 26 November 2023.",
            "The survey is open until 26 November 2023.",
            "Äänestys on avoinna 26.11.2023 asti.",
            "Kysely on auki 26.11.2023 saakka.",
            "Röstningen pågår till 26.11.2023.",
            "Frågeformuläret är öppet fram till den 26 november 2023.",
        ],
        "2023-10-01",
        &["deadline 2023-11-26"],
    );
}

/// A feedback period or a survey that closes on a day.
#[test]
fn a_feedback_period_closing_is_a_deadline() {
    check_all(
        &[
            "The feedback period closes on 11 June.",
            "Palautekierros päättyy 11.6.",
            "Enkäten stänger den 11 juni.",
        ],
        "2021-05-27",
        &["deadline 2021-06-11"],
    );
}

/// Validity ends and a survey's results name no period of taking part:
/// nothing, as before.
#[test]
fn validity_ends_stay_nothing() {
    check_all(
        &[
            "The restrictions remain in force until 11 June.",
            "The survey results are valid until 11 June.",
            "Rajoitukset ovat voimassa 11.6. asti.",
            "Kyselyn tulokset ovat voimassa 11.6. asti.",
            "Restriktionerna gäller till den 11 juni.",
            "Enkätens resultat gäller till den 11 juni.",
        ],
        "2021-05-27",
        &[],
    );
}

/// Advance and early voting are days of taking place, not a limit.
#[test]
fn advance_voting_is_no_deadline() {
    for text in [
        "Early voting will be open through November 5.",
        "Ennakkoäänestys on käynnissä 5.11.2018 asti.",
        "Förhandsröstningen pågår till 5.11.2018.",
    ] {
        let got = find(text, Lang::Auto, day("2018-09-26"));
        assert!(
            !got.iter().any(|m| m.kind == Kind::Deadline),
            "input: {text}"
        );
    }
}

/// An online discussion the reader is asked to join, open until a day:
/// its last day to take part (stop 33, real177:3).
#[test]
fn an_online_discussion_open_until_a_day_is_its_deadline() {
    check_all(
        &[
            "Take part in the online discussion on the square's design until 7 October.",
            "Osallistu verkkokeskusteluun torin suunnittelusta 7.10. asti.",
            "Delta i nätdiskussionen om torgets planering till och med 7 oktober.",
        ],
        "2026-09-23",
        &["deadline 2026-10-07"],
    );
}
