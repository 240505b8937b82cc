//! Issue 14 round 18 (real27–real34, prose): a weekday leading its day
//! reads like a time heading a listing line, so the day is an event — but
//! not when the sentence tells it is a holiday, the day the usual is
//! restored, or a day moved to another (the exclusions the weekday
//! default already had for a weekday inside a sentence).

use super::*;

/// "Monday 15 January is a holiday": a day off, nothing held on it.
#[test]
fn a_leading_weekday_day_told_a_holiday_gives_nothing() {
    check_all(
        &[
            "Monday 13 January 2031 is a public holiday in the county.",
            "Maanantai 13.1.2031 on arkipyhä koko maakunnassa.",
            "Måndag 13 januari 2031 är en helgdag i hela länet.",
        ],
        "2031-01-02",
        &[],
    );
}

/// "Tuesday 14 January the road is restored": the day a change ends.
#[test]
fn a_leading_weekday_day_things_are_restored_gives_nothing() {
    check_all(
        &[
            "Tuesday 14 January 2031 the bus stops are restored to Main Street.",
            "Tiistaina 14.1.2031 pysäkit palautetaan ennalleen Pääkadulle.",
            "Tisdag 14 januari 2031 återställs hållplatserna på Storgatan.",
        ],
        "2031-01-02",
        &[],
    );
}

/// The weekday leading a day with something held on it stays an event.
#[test]
fn a_leading_weekday_day_with_something_held_stays_an_event() {
    check_all(
        &[
            "Tuesday 14 January 2031 the choir sings in the old church.",
            "Tiistaina 14.1.2031 kuoro laulaa vanhassa kirkossa.",
            "Tisdag 14 januari 2031 sjunger kören i gamla kyrkan.",
        ],
        "2031-01-02",
        &["event 2031-01-14"],
    );
}
