//! Issue 14 round 31 (lines): a list of days bulleted with "-", each a
//! weekday and its date, is a run of days (`alone_days.rs`): every day is
//! read, not only the first, also with an ordinal's ending ("1st").

use super::*;

/// Training days listed under a sentence that introduces them.
#[test]
fn every_day_of_a_dash_bulleted_weekday_list_is_an_event() {
    let texts = [
        "Term dates\nThe training days this year are:\n- Wednesday 1st September 2027\n- Friday 22nd October 2027\n- Monday 3rd January 2028\n",
        "Lukuvuoden päivämäärät\nKoulutuspäivät tänä vuonna ovat:\n- keskiviikko 1. syyskuuta 2027\n- perjantai 22. lokakuuta 2027\n- maanantai 3. tammikuuta 2028\n",
        "Läsårets datum\nStudiedagarna i år är:\n- onsdag 1 september 2027\n- fredag 22 oktober 2027\n- måndag 3 januari 2028\n",
    ];
    check_all(
        &texts,
        "2027-08-20",
        &["event 2027-09-01", "event 2027-10-22", "event 2028-01-03"],
    );
}

/// Under a heading naming dates, the next day of the list is no step of
/// the day above it.
#[test]
fn a_listed_day_under_a_dates_heading_is_not_the_step_of_the_day_above() {
    let texts = [
        "Club dates\n- Wednesday 1 September\n- Friday 22 October\n- Monday 3 January\n",
        "Kerhon päivämäärät\n- ke 1.9.\n- pe 22.10.\n- ma 3.1.\n",
        "Klubbens datum\n- onsdag 1 september\n- fredag 22 oktober\n- måndag 3 januari\n",
    ];
    check_all(
        &texts,
        "2027-08-20",
        &["event 2027-09-01", "event 2027-10-22", "event 2028-01-03"],
    );
}
