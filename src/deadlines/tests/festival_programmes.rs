//! Issue 14 round 28 (lines): a festival's range over its programme's
//! day headings keeps both the range and the days (`programme_days.rs`).

use super::*;

/// A village week laid out as its day headings, each line led by its
/// weekday and day: the week is an event, and so is each day.
#[test]
fn a_weeks_range_over_its_day_headings_keeps_both() {
    let texts = [
        "Village week 7.–13.6.2027\n\nMon 7.6. at 13.00\n\nChurch service at noon\n\nWed 9.6. at 18.00\n\nSinging evening at the hall\n\nSun 13.6. at 13.00\n\nMain celebration",
        "Kyläviikko 7.–13.6.2027\n\nMA 7.6. klo 13.00\n\nMuseon avajaiset\n\nKE 9.6. klo 18.00\n\nYhteislauluilta talolla\n\nSU 13.6. klo 13.00\n\nPääjuhla",
        "Byaveckan 7.–13.6.2027\n\nMån 7.6. kl. 13.00\n\nMuseet öppnar\n\nOns 9.6. kl. 18.00\n\nAllsångskväll i lokalen\n\nSön 13.6. kl. 13.00\n\nHuvudfest",
    ];
    check_all(
        &texts,
        "2027-05-01",
        &[
            "event 2027-06-07",
            "event 2027-06-07 2027-06-13",
            "event 2027-06-09",
            "event 2027-06-13",
        ],
    );
}

/// A run told again in prose names its ends, not days of their own; the
/// range alone stands.
#[test]
fn a_range_retold_in_prose_keeps_the_range_alone() {
    let range = ["event 2027-05-24 2027-05-27"];
    check("The exams run 24.–27.5.2027. The first is held on Monday 24.5. and the last on Thursday 27.5.", "2027-05-01", &range);
    check("Kokeet pidetään 24.–27.5.2027. Ensimmäinen on maanantaina 24.5. ja viimeinen torstaina 27.5.", "2027-05-01", &range);
    check("Proven skrivs 24.–27.5.2027. Det första provet skrivs måndag 24.5. och det andra torsdag 27.5.", "2027-05-01", &range);
}
