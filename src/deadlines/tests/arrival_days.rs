//! Issue 14 round 44 (who acts, and when): a day by which the reader's
//! papers must have arrived is a deadline, in every language: Finnish
//! "oltava perillä" (lexicon `[deadline]`), English "must be received by",
//! Swedish "ska vara … tillhanda".

use super::*;

/// What the reader sends must have arrived by the day: a deadline.
#[test]
fn papers_that_must_have_arrived_give_a_deadline() {
    check_all(
        &[
            "The application form must be received by the tax office on 5 August 2024.",
            "Paperisen tilinumeroilmoituksen pitää olla perillä Verohallinnossa 5.8.2024.",
            "Ansökan ska vara skatteverket tillhanda den 5 augusti 2024.",
        ],
        "2024-07-20",
        &["deadline 2024-08-05"],
    );
}
