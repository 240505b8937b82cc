//! Issue 14 round 34 (wrong-events): a page's own stamp, today's day with
//! its year at the head of a phrase or after one word alone, is no event
//! (`stamps.rs`); the occasions the page tells still are.

use super::*;

/// A news item stamped with the day it was read on, over a concert.
#[test]
fn a_stamp_heading_the_page_is_nothing() {
    check_all(
        &[
            "11.12.2025 The parish choir sings\n\nThe Christmas concert is held on Thursday 18 December 2025 at 6 pm in the old church.",
            "11.12.2025 Seurakunnan kuoro laulaa\n\nJoulukonsertti pidetään torstaina 18.12.2025 klo 18 vanhassa kirkossa.",
            "11.12.2025 Församlingens kör sjunger\n\nJulkonserten hålls torsdagen den 18 december 2025 kl. 18 i gamla kyrkan.",
        ],
        "2025-12-11",
        &["event 2025-12-18"],
    );
}

/// A letter signed with its place and day.
#[test]
fn a_place_and_day_signing_a_letter_is_nothing() {
    check_all(
        &[
            "The office is closed on 23 December 2025.\n\nHelsinki 11.12.2025",
            "Toimisto on suljettu 23.12.2025.\n\nHelsingissä 11.12.2025",
            "Kansliet är stängt den 23 december 2025.\n\nHelsingfors 11.12.2025",
        ],
        "2025-12-11",
        &["event 2025-12-23"],
    );
}

/// An occasion today told with its hours is still an event.
#[test]
fn a_day_today_with_its_hours_is_an_event() {
    check_all(
        &[
            "Parish calendar\n\n19.03.2026 at 19:00 - 20:00 Evening prayer in the chapel",
            "Seurakunnan kalenteri\n\n19.03.2026 klo 19:00 - 20:00 Iltarukous kappelissa",
            "Församlingens kalender\n\n19.03.2026 kl 19:00 - 20:00 Aftonbön i kapellet",
        ],
        "2026-03-19",
        &["event 2026-03-19"],
    );
}

/// A day after a label of the page's stamp, or alone in brackets, is when
/// the page was written.
#[test]
fn a_labelled_or_bracketed_stamp_is_nothing() {
    check_all(
        &[
            "Posted: 11.12.2025\n\nThe office is closed on 23 December 2025.",
            "Julkaistu 11.12.2025\n\nToimisto on suljettu 23.12.2025.",
            "Uppdatering 11.12\n\nKansliet är stängt den 23 december 2025.",
            "Agenda changed (11.12.2025)\n\nThe office is closed on 23 December 2025.",
            "Asialistaan tehty muutos (11.12.2025)\n\nToimisto on suljettu 23.12.2025.",
            "Ändrad dagordning (11.12.)\n\nKansliet är stängt den 23 december 2025.",
        ],
        "2025-12-11",
        &["event 2025-12-23"],
    );
}

/// Issue 14 round 40: a display notice signed with its place, its day and
/// the signing body in capitals (real97:47, real100:24); the display's last
/// day to comment is still read.
#[test]
fn a_notice_signed_by_a_body_in_capitals_is_nothing() {
    check_all(
        &[
            "The draft plan is on display from 8.9.2025 to 9.10.2025, and comments may be made by 9.10.2025.\n\nOulu 8.9.2025\nPLANNING BOARD OF THE CITY",
            "Kaavaehdotus on nähtävillä 8.9.–9.10.2025, ja siitä voi jättää muistutuksen 9.10.2025 mennessä.\n\nJyväskylässä 8.9.2025 KESKI-SUOMEN LIITTO MAAKUNTAHALLITUS",
            "Planförslaget är utställt för granskning, och synpunkter ska lämnas senast 9.10.2025.\n\nVasa 8.9.2025\nBYGGNADS- OCH MILJÖNÄMNDEN",
        ],
        "2025-09-08",
        &["deadline 2025-10-09"],
    );
}

/// The minute a page was saved ("11:54 AM", "08:46:17") and a body's
/// byline with its time ("Valtiovarainministeriö 5.11.2019 12.00") date
/// the page: nothing happens then (real208:6, real208:37).
#[test]
fn a_saved_minute_and_a_timed_byline_are_stamps() {
    check_all(
        &[
            "November 5, 2019 11:54 AM\n\nUpdate: the front window will be open 8:00-4:00.",
            "Valtiovarainministeriö 5.11.2019 12.00",
            "Finansministeriet 5.11.2019 12.00",
            "Treasury 5.11.2019 12.00",
        ],
        "2019-11-05",
        &[],
    );
}
