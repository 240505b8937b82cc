//! Issue 14 round 24 (real45, real46): a communal cleaning or work day
//! ("städdag", "talkoot", "clean-up day") is held on its day, whether a
//! heading names the days listed under it or a sentence names the day.

use super::*;

/// A heading naming the year's cleaning days over lines of a day and a
/// clock time alone.
#[test]
fn cleaning_days_listed_under_their_heading_are_events() {
    check_all(
        &[
            "Clean-up days 2026\n\n9 May at 10.30\n13 June at 10.30\n15 August at 10.30",
            "Siivoustalkoot 2026\n\n9.5. klo 10.30\n13.6. klo 10.30\n15.8. klo 10.30",
            "Städdagar 2026\n\n9 maj kl 10.30\n13 jun kl 10.30\n15 aug kl 10.30",
        ],
        "2026-04-01",
        &["event 2026-05-09", "event 2026-06-13", "event 2026-08-15"],
    );
}

/// A season's cleaning day named on the line of its date.
#[test]
fn a_spring_cleaning_day_on_its_line_is_an_event() {
    check_all(
        &[
            "Hello all,\n\nSpring cleaning day 16 May from 10 to 13\n\nBring your own rake.",
            "Hei kaikki,\n\nKevättalkoot 16.5. klo 10-13\n\nOta oma harava mukaan.",
            "Hej alla,\n\nVårstädningen 16 maj kl. 10-13\n\nTa med egen kratta.",
        ],
        "2026-04-01",
        &["event 2026-05-16"],
    );
}

/// A cleaning day told in prose, its weekday given with its date.
#[test]
fn a_cleaning_day_in_prose_is_an_event() {
    check_all(
        &[
            "The autumn cleaning day is on Sunday 27 September at 10.",
            "Syystalkoot pidetään sunnuntaina 27.9. kello 10.",
            "Höststädningen hålls söndagen den 27 september klockan 10.",
        ],
        "2026-08-01",
        &["event 2026-09-27"],
    );
}
