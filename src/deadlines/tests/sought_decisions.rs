//! Issue 14 round 41: the decision a reader's application is for
//! (`classify/sought_decisions.rs`): "Ansök senast 20 maj för att få beslut
//! före skolstart" (real104:44) and "Beslut i maj/juni har sista
//! ansökningsdatum den 15 mars" (real104:52) give the reader's deadline;
//! the decision word made the day the issuer's target.

use super::*;

/// A decision named by a month only: the application day is the reader's.
#[test]
fn a_decision_without_a_day_leaves_the_application_day() {
    check_all(
        &[
            "Decisions in May/June have the application deadline of 15 March.",
            "Päätökset touko-kesäkuussa: viimeinen hakupäivä on 15.3.",
            "Beslut i maj/juni har sista ansökningsdatum den 15 mars.",
        ],
        "2019-01-25",
        &["deadline 2019-03-15"],
    );
}

/// The decision the reader applies to get, after the day.
#[test]
fn a_decision_applied_for_leaves_the_application_day() {
    check_all(
        &[
            "Application deadline 20 May, for a decision before the summer.",
            "Hae viimeistään 20.5., jotta saat päätöksen ennen koulun alkua.",
            "Ansök senast 20 maj för att få beslut före skolstart.",
        ],
        "2019-01-25",
        &["deadline 2019-05-20"],
    );
}

/// A decision with its own day, or the limit of the decision itself, stays
/// the issuer's target (rule 5).
#[test]
fn a_decision_with_its_own_limit_stays_the_issuers() {
    check_all(
        &[
            "A decision on your application will be made by 30 April.",
            "Hakemuksesi päätös tehdään viimeistään 30.4.",
            "Beslut om din ansökan fattas senast 30.4.",
        ],
        "2019-01-25",
        &[],
    );
}
