//! Issue 14 round 22 (real39–real42, English prose): what a race notice
//! says. A day the racing starts on is the first race, an event (as the
//! start of a training programme is); a course's length in kilometres is
//! a distance, never a day (rule 11).

use super::*;

/// The first day of racing is an event, though "start" alone tells only
/// that something begins.
#[test]
fn the_day_racing_starts_is_an_event() {
    check_all(
        &[
            "Laser racing will start on May 28th with the first evening race.",
            "Ensimmäinen iltakilpailu purjehditaan 28.5.",
            "Den första kvällstävlingen seglas den 28 maj.",
        ],
        "2031-04-16",
        &["event 2031-05-28"],
    );
}

/// "1.5 km" is a distance: no 1 May.
#[test]
fn a_distance_in_kilometres_is_no_date() {
    check_all(
        &[
            "Distances: U10 1.5 km, U12 2.5 km, U14 5 km.",
            "Matkat: U10 1.5 km, U12 2.5 km, U14 5 km.",
            "Sträckor: U10 1.5 km, U12 2.5 km, U14 5 km.",
        ],
        "2031-04-16",
        &[],
    );
}

/// A distance beside a race day leaves the day itself read.
#[test]
fn a_race_day_beside_a_distance_is_still_read() {
    check_all(
        &[
            "The 2.5 km relay race will be held on Saturday, June 7.",
            "2.5 km:n viestikilpailu järjestetään lauantaina 7.6.",
            "Stafetten på 2.5 km hålls lördagen den 7 juni.",
        ],
        "2031-04-16",
        &["event 2031-06-07"],
    );
}
