//! Issue 14 round 41 (headings, titles and ranges with hours): a range's
//! first and last day told again as occasions with hours of their own
//! (the camp's roll call and confirmation, real21:6) are events of their
//! own; told again without an hour they are the range's ends (as before).

use super::*;

/// The ends told again with their hours stand as events.
#[test]
fn ends_told_with_hours_are_events_of_their_own() {
    check_all(
        &[
            "The camp is held from 17 June to 11 July 2032. The roll call takes place on 17 June at 4pm. The confirmation takes place on 11 July at 11am.",
            "Leiri pidetään 17.6.–11.7.2032. Nimenhuuto pidetään 17.6. klo 16. Konfirmaatio pidetään 11.7. klo 11.",
            "Lägret genomförs 17 juni till 11 juli 2032. Uppropet äger rum den 17 juni kl. 16.00. Konfirmationen äger rum den 11 juli kl. 11.00.",
        ],
        "2032-05-01",
        &["event 2032-06-17", "event 2032-06-17 2032-07-11", "event 2032-07-11"],
    );
}

/// Told again without hours, the ends are the range's, as before.
#[test]
fn ends_told_without_hours_stay_the_ranges() {
    check_all(
        &[
            "The exams run 27–30 May 2032. They begin on Monday 27 May and the last is held on Thursday 30 May.",
        ],
        "2032-05-01",
        &["event 2032-05-27 2032-05-30"],
    );
}
