//! Issue 14 round 26 (lines): the number of a numbered list item is not
//! the day of the date after it ("2. September 27 at the hall" is 27
//! September, never 2 September).

use super::*;

/// Drop-off days numbered one a line: each item's own day is read, the
/// item number never.
#[test]
fn a_list_number_before_a_month_and_day_is_no_day() {
    let texts = ["Bring your entry\n\n1. October 15 (9:00 a.m. to 1:00 p.m.) at the village hall.\n2. September 27 at the members' meeting.",
"Tuo työsi\n\n1. lokakuun 15. päivänä klo 9–13 seurojentalolle.\n2. syyskuun 27. päivänä jäsenkokouksessa.",
"Lämna in ditt bidrag\n\n1. 15 oktober kl. 9–13 i bygdegården.\n2. 27 september på medlemsmötet."];
    check_all(
        &texts,
        "2026-08-01",
        &["event 2026-09-27", "event 2026-10-15"],
    );
}
