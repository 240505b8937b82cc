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
