//! Issue 14 round 11 (real19/real20): days that are no reader's deadline —
//! a notice told of its receivers, the end of an hour range.

use super::*;

/// "26 March Authors notified of outcome" under a deadlines heading: the
/// receivers of a notice are told, not asked to act.
#[test]
fn a_notice_told_of_its_receivers_is_no_deadline() {
    check_all(
        &[
            "Key deadlines\n\n15 March 2026 Abstracts due\n26 March 2026 Authors notified of outcome",
            "Määräajat\n\n15.3.2026 Tiivistelmät viimeistään\n26.3.2026 Kirjoittajille ilmoitetaan valinnasta",
            "Tidsfrister\n\n15 mars 2026 Sista dag för abstrakt\n26 mars 2026 Författarna underrättas om resultatet",
        ],
        "2026-01-10",
        &["deadline 2026-03-15"],
    );
}

/// "open 9–12 and on 15.9.": the end of an hour range before a day is an
/// hour, not a first day listed with it.
#[test]
fn the_end_of_an_hour_range_is_no_listed_day() {
    for input in [
        "Send the forms by 15.9.2026 to the office, open at 9–12 and 15.9.2026.",
        "Lomakkeet on toimitettava 15.9.2026 mennessä toimistoon, joka on avoinna klo 9–12 sekä 15.9.2026.",
        "Blanketterna ska lämnas senast 15.9.2026 till kansliet, öppet kl. 9–12 och 15.9.2026.",
    ] {
        let got = find(input, Lang::Auto, day("2026-06-14"));
        assert!(
            got.iter().any(|m| m.kind == Kind::Deadline && m.date == day("2026-09-15")),
            "{input}: {got:?}"
        );
        assert!(
            got.iter().all(|m| m.date == day("2026-09-15")),
            "{input}: {got:?}"
        );
    }
}
