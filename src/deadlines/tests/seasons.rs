//! Issue 14 round 26 (real50, prose): a range labelled by a season or a
//! term is the span a fee, a membership or a school year covers — a
//! period of validity, no event — while a season said to run between two
//! days still tells when a league plays.

use super::*;

/// "talvikausi 1.11.–30.4." inside a fee's terms gives nothing.
#[test]
fn a_season_labelling_a_fee_period_gives_nothing() {
    check_all(
        &[
            "The club fee for half a year (winter season 1 November - 30 April, summer season 1 May - 31 October) is 40 euros.",
            "Seuran puolivuotismaksu (talvikausi 1.11.–30.4., kesäkausi 1.5.–31.10.) on 40 euroa.",
            "Klubbavgiften för ett halvår (vintersäsong 1 november–30 april, sommarsäsong 1 maj–31 oktober) är 40 euro.",
        ],
        "2033-09-01",
        &[],
    );
}

/// A heading "Season 2034" over its span, and a school term, give nothing.
#[test]
fn a_season_or_term_heading_its_span_gives_nothing() {
    check_all(
        &[
            "Season 2034: 25 March – 31 October. The marina office answers calls on weekdays.",
            "Syyslukukausi 8.8.–20.12.2033. Kanslia vastaa puheluihin arkisin.",
            "Säsong 2034 25 mars – 31 oktober. Hamnkontoret svarar i telefon på vardagar.",
        ],
        "2033-08-01",
        &[],
    );
}

/// "The season runs March 22nd to May 18th": the days a league plays.
#[test]
fn a_season_that_runs_between_two_days_is_an_event() {
    check_all(
        &[
            "The under-9 league season runs March 22nd to May 18th.",
            "Alle 9-vuotiaiden sarjakausi pelataan 22.3.–18.5.",
            "Säsongen för knattelaget spelas 22 mars–18 maj.",
        ],
        "2034-02-20",
        &["event 2034-03-22 2034-05-18"],
    );
}

/// "The operating season is 1.8.-31.5.", "Hautojen hoitokausi on
/// vuosittain 1.6.-15.9.": a copula or "yearly" between a season's name
/// and its span still names it (stop 42, real120:2, real378:3).
#[test]
fn a_season_that_is_a_span_every_year_is_no_event() {
    check_all(
        &[
            "The grave care season is annually 1.6.-15.9.",
            "Hautojen hoitokausi on vuosittain 1.6.-15.9.",
            "Gravskötselsäsongen är årligen 1.6.-15.9.",
        ],
        "2025-05-02",
        &[],
    );
}
