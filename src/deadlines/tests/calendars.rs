//! Issue 14 (real13/real14): calendars and lists laid out by lines — a
//! heading naming the days of an event over the days alone, a year over
//! them, hours and closures of a service, weeks named by their first day.

use super::*;

/// A heading naming the days of an event ("Meeting dates", "Kokouspäivät",
/// "Sammanträdesdagar") makes each day listed alone under it one event.
#[test]
fn days_listed_under_a_heading_naming_their_event() {
    check_all(
        &[
            "The board meets in the town hall.\n\nMeeting dates\n\n • 13 December\n • 21 February",
            "Hallitus kokoontuu kaupungintalolla.\n\nKokouspäivät\n\n • 13.12.\n • 21.2.",
            "Styrelsen sammanträder i stadshuset.\n\nSammanträdesdagar\n\n • 13 december\n • 21 februari",
        ],
        "2022-11-09",
        &["event 2022-12-13", "event 2023-02-21"],
    );
    // a title with no word for days over a date alone is not such a heading
    check_all(
        &[
            "Board meeting\n\n13 December 2022",
            "Hallituksen kokous\n\n13.12.2022",
            "Styrelsens sammanträde\n\n13 december 2022",
        ],
        "2022-11-09",
        &[],
    );
}

/// A year heading a list is the year of its days also when it is the
/// current year: its days before today are past, not next year's.
#[test]
fn a_year_over_a_list_keeps_its_past_days_past() {
    check_all(
        &[
            "Meeting dates 2022\n\n • 15 February\n • 13 December\n\nMeeting dates 2023\n\n • 28 February",
            "Kokouspäivät 2022\n\n • 15.2.\n • 13.12.\n\nKokouspäivät 2023\n\n • 28.2.",
            "Sammanträdesdagar 2022\n\n • 15 februari\n • 13 december\n\nSammanträdesdagar 2023\n\n • 28 februari",
        ],
        "2022-11-09",
        &["event 2022-12-13", "event 2023-02-28"],
    );
}
