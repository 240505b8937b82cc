//! Issue 14 round 32 (prose-deadlines): a time limit named after its day
//! behind a dash. A list of key dates heads each entry with its day and
//! names what the day is after a dash ("Monday 13th May – closing date for
//! international crews to submit rowing CVs", real67:17; "29 oktober -
//! sista dag att betala anmälningsavgift", real7:46): the limit named
//! there makes the day a deadline, as "30.4. on viimeinen maksupäivä" does.

use super::*;

/// Entries of a list of key dates, each a day, a dash and a limit. (A
/// dotted Finnish day before the dash, "• 15.10. – viimeinen
/// ilmoittautumispäivä", is still read as an event: left open.)
#[test]
fn limits_named_after_a_dash() {
    check_all(
        &[
            "Key dates\n\n• 15 October – last day to register\n• 29 October – closing date for the fees",
            "Tärkeät päivät\n\n• 15. lokakuuta – viimeinen ilmoittautumispäivä\n• 29. lokakuuta – viimeinen maksupäivä",
            "Viktiga datum\n\n• 15 oktober – sista anmälningsdag\n• 29 oktober – sista dag att betala avgiften",
        ],
        "2025-09-01",
        &["deadline 2025-10-15", "deadline 2025-10-29"],
    );
}

/// What happens on the day, after the dash, stays an event.
#[test]
fn an_event_after_a_dash_stays_an_event() {
    check_all(
        &[
            "Key dates\n\n• 8 June – the draw takes place in the club house",
            "Tärkeät päivät\n\n• 8.6. – arvonta järjestetään seuran talolla",
            "Viktiga datum\n\n• 8 juni – lottningen hålls i klubbhuset",
        ],
        "2025-05-01",
        &["event 2025-06-08"],
    );
}
