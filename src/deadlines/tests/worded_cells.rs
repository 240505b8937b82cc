//! Issue 14 round 42 (tables and lists of rounds): a line copied out of one
//! table cell and led by its own words ("Hearing Stream 1 27 September to
//! 1 October 2021 |") is read as that line; a cell led by its day stays a
//! dateline.

use super::*;

/// A cell naming its occasion before its days.
#[test]
fn a_worded_cell_is_read_as_its_line() {
    check_all(
        &[
            "Hearing Stream 1 27 September to 1 October 2021 |\nOver-arching matters, definitions |\nHearing Stream 6 27 and 28 June 2022 |",
            "Kuulemistilaisuus 1 27.9.–1.10.2021 |\nYleiset asiat, määritelmät |\nKuulemistilaisuus 6 27. ja 28.6.2022 |",
            "Utfrågning 1 27 september–1 oktober 2021 |\nÖvergripande frågor, definitioner |\nUtfrågning 6 27 och 28 juni 2022 |",
        ],
        "2021-09-10",
        &["event 2021-09-27 2021-10-01", "event 2022-06-27", "event 2022-06-28"],
    );
}

/// A cell led by its day is a listing's dateline, as before.
#[test]
fn a_day_led_cell_stays_a_dateline() {
    check_all(
        &[
            "14 October 2021 |\nNew opening hours at the library |",
            "14.10.2021 |\nKirjaston uudet aukioloajat |",
            "14 oktober 2021 |\nBibliotekets nya öppettider |",
        ],
        "2021-09-10",
        &[],
    );
}
