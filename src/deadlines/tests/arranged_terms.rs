//! Issue 14 round 42 (wrong mentions): the term of an employment, a
//! contract or a trial told as a range is a duration (rule 5), not an
//! event and not a reader's window (`classify/arranged_terms.rs`):
//! "Työllistämisajanjakso on 17.5–31.8.2021" (real105:36), "Urakka-aika on
//! 4.6. – 10.8.2018" (real105:37), "Under en försöksperiod från 1 juli 2023
//! till 1 juli 2024" (real106:36).

use super::*;

/// The span a trial runs gives nothing.
#[test]
fn a_trial_period_gives_nothing() {
    check_all(
        &[
            "During a trial period from 1 July 2023 to 1 July 2024, half of the lower terrace of the car park will be reserved for visitors.",
            "Kokeilun kesto on 1.8.-31.12.2024 ja kokeilusta viestitään syksyn aikana.",
            "Under en försöksperiod från 1 juli 2023 till 1 juli 2024 kommer halva terrassen att reserveras för besökare.",
        ],
        "2023-06-20",
        &[],
    );
}

/// The span a contract or an employment runs gives nothing; the offer's
/// limit in the next sentence stays.
#[test]
fn a_contract_period_gives_nothing_but_its_limit_stays() {
    check_all(
        &[
            "The contract period is 4 June – 10 August 2018. Tenders must be submitted by 28 March 2018.",
            "Urakka-aika on 4.6. – 10.8.2018. Tarjoukset 28.3.2018 mennessä.",
            "Avtalstiden är 4 juni – 10 augusti 2018. Anbud ska lämnas senast 28 mars 2018.",
        ],
        "2018-03-20",
        &["deadline 2018-03-28"],
    );
}

/// The span within which an employer may employ a young person gives
/// nothing (real9:30, real23:22, real105:36).
#[test]
fn an_employment_window_gives_nothing() {
    check_all(
        &[
            "The city pays 325 euros to an employer who employs a young person during the period 1 June – 15 August 2023.",
            "Kaupunki korvaa 325 euroa työnantajalle, joka palkkaa nuoren töihin 1.6.–15.8.2023 välisenä aikana.",
            "Kommunen betalar 325 euro till en arbetsgivare som anställer en ungdom under perioden 1 juni–15 augusti 2023.",
        ],
        "2023-04-01",
        &[],
    );
}

/// A course's own span is not a term of an arrangement: it stays an event.
#[test]
fn a_course_span_stays() {
    check_all(
        &[
            "The course runs from 4 June to 8 June 2018 at the town hall.",
            "Kurssi järjestetään 4.–8.6.2018 kaupungintalolla.",
            "Kursen hålls 4–8 juni 2018 i stadshuset.",
        ],
        "2018-03-20",
        &["event 2018-06-04 2018-06-08"],
    );
}

/// The span a voucher or a card is valid gives nothing (real9:30).
#[test]
fn a_validity_period_gives_nothing() {
    check_all(
        &[
            "The work may be split into several spells within the voucher's validity period (1 June – 15 August 2023).",
            "Työskentely voi jakautua useammalle jaksolle Kesäsetelin voimassaoloaikana (1.6.–15.8.2023).",
            "Arbetet kan delas upp i flera perioder under checkens giltighetstid (1 juni–15 augusti 2023).",
        ],
        "2023-04-01",
        &[],
    );
}
