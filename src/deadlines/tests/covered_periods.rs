//! Issue 14 round 43: a period an application covers, beside its own
//! deadline (`classify/covered_periods.rs`): "Ansökan för aktiviteter under
//! perioden 1 januari–30 juni lämnas in senast 25 augusti" (real108:48),
//! "täydentävä haku syyskauden kilpailuihin (1.7.–31.12.) 31.3. mennessä"
//! (real74:27) give the one deadline; the range gave a second.

use super::*;

/// A range led by "for the period", "under perioden", "ajalle" beside a
/// marked deadline is the period applied for.
#[test]
fn a_covered_period_beside_a_deadline_gives_only_the_deadline() {
    check_all(
        &[
            "For the period 1 January – 30 June applications must be submitted by 25 August.",
            "Ansökan för aktiviteter under perioden 1 januari–30 juni lämnas in senast 25 augusti.",
            "Ajalle 1.1.–30.6. hakemukset on jätettävä 25.8. mennessä.",
        ],
        "2024-05-10",
        &["deadline 2024-08-25"],
    );
}

/// A bracketed range glossing a season, beside a marked deadline.
#[test]
fn a_bracketed_season_beside_a_deadline_gives_only_the_deadline() {
    check_all(
        &[
            "Lisähaku syyskauden kilpailuihin (1.7.–31.12.) 31.3. mennessä.",
            "Grants for the autumn season (1 July – 31 December) must be applied for by 31 March.",
            "Ansökan för höstsäsongen (1 juli–31 december) lämnas senast 31 mars.",
        ],
        "2024-01-10",
        &["deadline 2024-03-31"],
    );
}

/// A window named by its own compound keeps its closing day beside a
/// second limit.
#[test]
fn an_application_period_keeps_its_closing_day() {
    check_all(
        &[
            "Ansökningsperioden 1–15 mars, bilagor senast 20 mars.",
            "Hakuaika 1.–15.3., liitteet 20.3. mennessä.",
            "The application period is 1–15 March; attachments by 20 March.",
        ],
        "2024-01-10",
        &["deadline 2024-03-15", "deadline 2024-03-20"],
    );
}

/// A period something is held in is its run, no statistical period; a
/// relative verb of holding only says what the period is about
/// (real291:55, real141:5).
#[test]
fn a_period_something_is_held_in_is_its_run() {
    check_all(
        &[
            "Under perioden 25 september till den 1 oktober kommer beredskapsveckan att äga rum.",
            "In the period 25 September to 1 October the national preparedness week is held.",
            "Ajanjaksolla 25.9.–1.10. järjestetään valtakunnallinen varautumisviikko.",
        ],
        "2023-09-07",
        &["event 2023-09-25 2023-10-01"],
    );
    check(
        "Myndigheten förbjuder alla sammankomster med över 10 deltagare som ordnas inomhus under \
         perioden 12.10–31.10.2020.",
        "2020-10-09",
        &[],
    );
}

/// A closure for a period is the break's run, no period covered
/// (real289:26).
#[test]
fn a_closure_for_a_period_is_its_run() {
    check(
        "Psykiatria- ja päihdepalvelujen fysioterapiayksikölle sulku ajalle 12.7.2021-1.8.2021.",
        "2021-05-20",
        &["event 2021-07-12 2021-08-01"],
    );
}
