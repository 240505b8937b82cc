//! Issue 14 round 33 (deadlines): show schedules. Text copied from a
//! printed schedule keeps a superscript ordinal ending as a word of its own
//! ("Closing date for Entry Forms is Wednesday 15 th August", real73:44;
//! "ALL ENTRIES CLOSE ON FRIDAY 5 th AUGUST 2016", real52:52): the ending
//! is glued back to its day. Finnish and Swedish schedules write no such
//! ending; their lines must read as before, and "5 st" (Swedish pieces)
//! is no day.

use super::*;

/// The closing day and the show day, with the ending set off.
#[test]
fn spaced_ordinal_days() {
    check(
        "Saturday 18 th August 2018 The Village Centre. Closing date for Entry Forms is Wednesday 15 th August",
        "2018-07-25",
        &["deadline 2018-08-15", "event 2018-08-18"],
    );
    check(
        "CLOSE OF ENTRIES ALL ENTRIES CLOSE ON FRIDAY 5 TH AUGUST 2016 WITH THE SECRETARY ONLY",
        "2016-07-01",
        &["deadline 2016-08-05"],
    );
    check_all(
        &[
            "Closing date for entry forms is Wednesday 15th August. The show is on Saturday 18th August.",
            "Ilmoittautumislomakkeet on palautettava viimeistään ke 15.8. Näyttely pidetään la 18.8.",
            "Anmälningsblanketterna ska vara inlämnade senast onsdag 15 augusti. Utställningen hålls lördag 18 augusti.",
        ],
        "2018-07-25",
        &["deadline 2018-08-15", "event 2018-08-18"],
    );
}

/// A count or a number before a word that looks like an ending stays as it is.
#[test]
fn counts_are_no_days() {
    check_all(
        &[
            "The 119 th summer show has 12 th classes.",
            "Näyttelyssä on 12 luokkaa ja 5 st pöytää.",
            "Utställningen har 5 st bord och 12 klasser.",
        ],
        "2018-07-25",
        &[],
    );
}
