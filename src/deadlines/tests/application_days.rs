//! Issue 14 round 32 (prose-deadlines): the day an application can be
//! made. A verb of applying after a modal of possibility, right before a
//! day no limit word marks ("Verksamhetsstöd … kan dessutom sökas 15
//! februari och 15 juni", real41:33; "kan nu enbart ansöka om
//! projektunderstöd den 15 september", real39:52), names the day the call
//! takes applications: a deadline.

use super::*;

/// Two application days in an enumeration.
#[test]
fn a_grant_that_can_be_applied_for_on_days() {
    check_all(
        &[
            "Verksamhetsstöd för projekt kan dessutom sökas 15 februari och 15 juni, förutsatt att det finns medel kvar.",
            "Toiminta-avustusta voi hakea 15.2. ja 15.6., jos varoja on jäljellä.",
            "Project grants can also be applied for on 15 February and 15 June, provided funds remain.",
        ],
        "2021-01-10",
        &["deadline 2021-02-15", "deadline 2021-06-15"],
    );
}

/// A verb of applying behind a comma or after another day is no longer
/// the day's; a noun of applying names no day to apply on.
#[test]
fn the_verb_must_reach_the_day() {
    check(
        "Föreningar kan söka stöd hos nämnden, som sammanträder den 15 september.",
        "2021-01-10",
        &["event 2021-09-15"],
    );
}
