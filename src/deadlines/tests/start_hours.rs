//! Issue 14 round 29 (real57/real58, prose): a start word before a clock
//! time ("med början kl. 9", "alkaen klo 9") starts the day's programme; it
//! is no rule entering into force, so the day stays an event.

use super::*;

/// The start hour of a course said before its day: the day is an event.
#[test]
fn a_start_hour_before_the_day_keeps_the_event() {
    check_all(
        &[
            "The pruning course is held on Saturday 17 May, beginning at 9 am.",
            "Leikkauskurssi pidetään alkaen klo 9 lauantaina 17.5.",
            "Beskärningskursen hålls med början kl. 9 lördagen den 17 maj.",
        ],
        "2031-03-01",
        &["event 2031-05-17"],
    );
}

/// "med början klockan 10" opening the sentence reads the same.
#[test]
fn a_sentence_opened_by_its_start_hour_keeps_the_event() {
    check_all(
        &[
            "Beginning at 10 am on Saturday 17 May 2031 the club holds its spring fair.",
            "Alkaen klo 10 lauantaina 17.5.2031 kerho pitää kevätmyyjäiset.",
            "Med början klockan 10 lördagen den 17 maj 2031 håller klubben vårmarknad.",
        ],
        "2031-03-01",
        &["event 2031-05-17"],
    );
}

/// Without an hour the start word still tells when new fees apply: nothing.
#[test]
fn a_start_word_before_a_day_still_enters_into_force() {
    check_all(
        &[
            "The new fees apply from 1 June.",
            "Uudet maksut peritään alkaen 1.6.",
            "De nya avgifterna tas ut med början den 1 juni.",
        ],
        "2031-03-01",
        &[],
    );
}
