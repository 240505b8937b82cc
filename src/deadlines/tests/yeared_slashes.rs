//! Issue 14 round 43: a slashed day and month followed by a spaced
//! four-digit year ("31/1 2023") is a full date (`yeared_slashes.rs`),
//! placed by its year without a word before it; a span of years or a
//! report number after the pair keeps it out.

use super::*;

/// The year after the pair places it and is the year read.
#[test]
fn a_slashed_day_with_a_spaced_year_is_a_date() {
    let texts = [
        "The last day to register is 31/1 2022.",
        "Viimeinen ilmoittautumispäivä on 31/1 2022.",
        "Sista anmälningsdag är 31/1 2022.",
    ];
    check_all(&texts, "2021-12-01", &["deadline 2022-01-31"]);
    let texts = [
        "Moose management meeting 11/8 2016",
        "Hirvenhoitoalueen kokous 11/8 2016",
        "Björnåsens Älgskötselområde Älgmöte 11/8 2016",
    ];
    check_all(&texts, "2016-08-01", &["event 2016-08-11"]);
}

/// A year told after the pair is kept, not inferred from today.
#[test]
fn the_written_year_wins_over_the_inferred_one() {
    let texts = [
        "The survey is open until 31/1 2024.",
        "Kysely on auki 31/1 2024 asti.",
        "Enkäten är öppen fram till 31/1 2024.",
    ];
    check_all(&texts, "2022-10-15", &["deadline 2024-01-31"]);
}

/// A span of years or a report number after the pair is no year of it.
#[test]
fn a_span_of_years_after_a_pair_is_no_date() {
    let texts = [
        "Two thirds 2/3 2023-2024 of the members voted.",
        "Kaksi kolmasosaa 2/3 2023-2024 jäsenistä äänesti.",
        "Två tredjedelar 2/3 2023-2024 av medlemmarna röstade.",
    ];
    check_all(&texts, "2023-01-10", &[]);
}
