//! Issue 14 round 17 (real27–real32, prose): entries to a show, a prize or
//! a competition are what the reader hands in, so their closing day is a
//! deadline.

use super::*;

/// "Entries close at 5pm on …", "kilpailutyöt on jätettävä …",
/// "tävlingsbidragen ska vara inne senast …": the closing day of entries.
#[test]
fn entries_closing_give_a_deadline() {
    check_all(
        &[
            "Entries close at 5.00pm 18 May 2029.",
            "Kilpailutyöt on jätettävä viimeistään 18.5.2029 klo 17.",
            "Tävlingsbidragen ska vara inne senast den 18 maj 2029 kl. 17.",
        ],
        "2029-04-02",
        &["deadline 2029-05-18"],
    );
}

/// The entries close before the show they are for, which is held later.
#[test]
fn entries_close_before_the_show_is_held() {
    check(
        "Entries close at 6pm on 18 May. The flower show is held on Saturday 19 May 2029.",
        "2029-04-02",
        &["deadline 2029-05-18", "event 2029-05-19"],
    );
}
