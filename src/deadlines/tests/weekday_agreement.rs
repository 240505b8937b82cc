//! Issue 14 round 18 (real27–real34, prose): a weekday written with a day
//! without a year must agree with the day rule 7 infers; one that does not
//! names a day already past (yesterday's, usually), so nothing is reported
//! rather than the same day a year on.

use super::*;

/// Read on Friday 15 October 2027, "Thursday, October 14" is yesterday.
#[test]
fn a_weekday_naming_yesterday_gives_nothing() {
    check_all(
        &[
            "Please book your seat by Thursday, October 14 at noon.",
            "Ilmoittaudu torstaina 14.10. klo 12 mennessä.",
            "Anmäl dig senast torsdagen den 14 oktober kl. 12.",
        ],
        "2027-10-15",
        &[],
    );
}

/// A weekday that agrees keeps its day.
#[test]
fn an_agreeing_weekday_keeps_its_day() {
    check_all(
        &[
            "The autumn fair is held on Saturday, October 16 in the park.",
            "Syysmarkkinat pidetään lauantaina 16.10. puistossa.",
            "Höstmarknaden hålls lördagen den 16 oktober i parken.",
        ],
        "2027-10-15",
        &["event 2027-10-16"],
    );
}

/// "25.10. ma, 31.10. su": a weekday written after a day is that day's, not
/// the next one's.
#[test]
fn a_weekday_after_a_day_belongs_to_that_day() {
    check_all(
        &[
            "The club evenings are 25.10. mon, 31.10. sun and 8.11. mon.",
            "Kerhoillat ovat 25.10. ma, 31.10. su ja 8.11. ma.",
            "Klubbkvällarna är 25.10. mån, 31.10. sön och 8.11. mån.",
        ],
        "2027-10-15",
        &["event 2027-10-25", "event 2027-10-31", "event 2027-11-08"],
    );
}

/// "Programme 2024\n\nSaturday 1 June": a year ending the heading above a
/// weekday is no day the weekday follows; the weekday still says the day
/// is 1 June gone by, not 1 June of next year, a Sunday (stop 42,
/// real39:24).
#[test]
fn a_year_ending_a_heading_does_not_take_the_weekday_under_it() {
    check_all(
        &[
            "Programme of the heritage society 2024\n\nSaturday 1 June 10-12 heritage days at the hall.",
            "Kotiseutuyhdistyksen ohjelma 2024\n\nLauantaina 1.6. klo 10-12 kotiseutupäivät seurantalolla.",
            "Program för hembygdsföreningen 2024\n\nLördag 1/6 kl 10-12 hembygdsdagar i Folkets Hus.",
        ],
        "2024-06-28",
        &[],
    );
}
