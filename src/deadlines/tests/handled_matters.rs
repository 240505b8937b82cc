//! Issue 14 round 29 (prose, open since round 26): a handling word in a
//! clause of its own names the matter the reader sends in ("motion som ska
//! behandlas på stämman", "kokouksessa käsiteltävät aloitteet"); the
//! deadline of the main clause is the reader's and stays.

use super::*;

/// A motion a meeting will handle, due at the board by a day: a deadline.
#[test]
fn a_matter_to_be_handled_keeps_the_readers_deadline() {
    check_all(
        &[
            "Motions that will be processed at the annual meeting must reach the board by 31 May.",
            "Vuosikokouksessa käsiteltävät aloitteet on toimitettava hallitukselle viimeistään 31.5.",
            "Motion som ska behandlas på årsmötet ska vara styrelsen tillhanda senast den 31 maj.",
        ],
        "2031-03-01",
        &["deadline 2031-05-31"],
    );
}

/// The board's own handling by a day is its target, no reader's deadline.
#[test]
fn the_boards_own_handling_by_a_day_is_no_deadline() {
    check_all(
        &[
            "The board processes all applications by 31 May.",
            "Hallitus käsittelee kaikki hakemukset viimeistään 31.5.",
            "Styrelsen behandlar alla ansökningar senast den 31 maj.",
        ],
        "2031-03-01",
        &[],
    );
}
