//! Issue 14 round 32 (wrong mentions): "until D" with no action of the
//! reader in the clause ends a closure, a run or a validity (rule 5); with
//! the reader named or an action word it stays a deadline.

use super::*;

/// A service closed until a day: nothing.
#[test]
fn a_closure_until_a_day_is_not_reported() {
    check_all(
        &[
            "The health station is closed until 18 August.",
            "Terveysasema on suljettu 18.8. asti.",
            "Hälsostationen är stängd fram till 18.8.",
        ],
        "2031-03-01",
        &[],
    );
}

/// A show that runs until a day: nothing.
#[test]
fn a_run_until_a_day_is_not_reported() {
    check_all(
        &[
            "Paintings in the town hall lobby until 30 November.",
            "Akvarellimaalauksia kaupungintalon aulassa 30.11. saakka.",
            "Spelas i Skellefteå till den 15 juli.",
        ],
        "2031-03-01",
        &[],
    );
}

/// The reader who can act until a day has a deadline.
#[test]
fn what_the_reader_can_do_until_a_day_is_a_deadline() {
    check_all(
        &[
            "You can change your details until 31 May.",
            "Tietoja voi muokata 31.5. saakka.",
            "Fram till 31 maj kan du ändra dina uppgifter.",
        ],
        "2031-03-01",
        &["deadline 2031-05-31"],
    );
}
