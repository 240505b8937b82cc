//! Issue 14 round 36 (closures): a bare day joined by "to"/"till" to a full
//! date of its month, with no "from" before it ("closed 6 to 7 April
//! 2022", real83:4), is one range, as the dashed form is.

use super::*;

/// Two days joined by "to" with no "from" are one range.
#[test]
fn a_bare_day_to_a_date_is_a_range() {
    check_all(
        &[
            "If the strike takes place, the schools will be closed 6 to 7 April 2032.",
            "Jos lakko toteutuu, koulut ovat suljettuina 6.–7.4.2032.",
            "Om strejken blir av är skolorna stängda 6 till 7 april 2032.",
        ],
        "2032-03-01",
        &["event 2032-04-06 2032-04-07"],
    );
}

/// An hour before "till" starts no range (Swedish writes the hour so;
/// English and Finnish have no such form).
#[test]
fn an_hour_to_a_date_is_no_range() {
    check_all(
        &["Kansliet har öppet kl. 10 till 15 april 2032 för frågor."],
        "2032-03-01",
        &[],
    );
}

/// A month first and two bare days joined by "to" are one range without
/// "from" ("the campaign is May 1 to 7", real291:3); a number followed by
/// its hour's marks or by a count ends in no day.
#[test]
fn a_month_first_and_two_days_joined_by_to_are_one_range() {
    check(
        "This year, the national Emergency Preparedness Week campaign is May 1 to 7.",
        "2022-04-28",
        &["event 2022-05-01 2022-05-07"],
    );
    check(
        "The festival runs May 1 to 7 pm at the hall.",
        "2022-04-28",
        &["event 2022-05-01"],
    );
    check(
        "Events will take place on December 2nd – 5.30-8 pm - Clinical Skills Area; December 9th \
         - 11am-1pm – Dark Island Hotel, Benbecula",
        "2015-11-25",
        &["event 2015-12-02", "event 2015-12-09"],
    );
}

/// "från och med den 12 till (och med) den 14 februari": a bare first day
/// after "från och med" runs to the full date, and the days something is
/// held on are one event, no entry into force (real453:21).
#[test]
fn from_and_with_a_bare_day_to_a_date_is_a_range() {
    check_all(
        &[
            "Borgå Ljus håller på från och med den 12 till den 14 februari 2031.",
            "Festivalen hålls från och med den 12 till och med den 14 februari 2031.",
        ],
        "2031-01-03",
        &["event 2031-02-12 2031-02-14"],
    );
    // (what holds over the days stays nothing: a validity)
    check(
        "Avtalet gäller från och med den 12 till den 14 februari 2031.",
        "2031-01-03",
        &[],
    );
}
