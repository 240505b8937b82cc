//! Issue 14 round 33 (wrong mentions): a range a whole year long ("our
//! financial year (1 April to 31 March)") is a financial, membership or
//! competition year, no period to act in: no deadline on its last day.

use super::*;

/// A financial year in brackets after a limit on applications: nothing.
#[test]
fn a_financial_year_is_not_a_deadline() {
    check_all(
        &[
            "You can only have one successful grant application in our financial year (1 April to 31 March).",
            "Avustusta voi hakea vain kerran tilikautena (1.4.–31.3.).",
            "Bidrag kan sökas en gång per verksamhetsår (1 april till 31 mars).",
        ],
        "2031-03-01",
        &[],
    );
}

/// A period of a few weeks to apply in: a deadline on its last day.
#[test]
fn an_application_period_stays_a_deadline() {
    check_all(
        &[
            "You can apply for the grant from 1 April to 30 April.",
            "Avustusta voi hakea 1.4.–30.4.",
            "Bidrag kan sökas 1 april till 30 april.",
        ],
        "2031-03-01",
        &["deadline 2031-04-30"],
    );
}
