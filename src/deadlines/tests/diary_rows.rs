//! Issue 14 round 30 (lines): a diary's "|" row naming its day with the
//! weekday and no year beside the occasion (`text/weekday_cells.rs`).

use super::*;

/// A school's dates for the diary, the occasion before the day.
#[test]
fn an_occasion_beside_its_weekday_and_day_is_an_event() {
    let texts = [
        "Sports Day | Tuesday 8 June |\nSummer Concert | Thursday 17 June at 6pm |",
        "Urheilupäivä | tiistaina 8.6. |\nKevätkonsertti | torstaina 17.6. klo 18 |",
        "Idrottsdag | tisdag 8 juni |\nSommarkonsert | torsdag 17 juni kl. 18 |",
    ];
    check_all(
        &texts,
        "2027-05-20",
        &["event 2027-06-08", "event 2027-06-17"],
    );
}

/// The day first, then its hours and what happens.
#[test]
fn a_weekday_and_day_before_the_occasion_is_an_event() {
    let texts = [
        "Friday 4th June | All day | Class trip to the zoo |\nMonday 14th June | 3pm | Book fair |",
        "perjantai 4.6. | koko päivän | Luokkaretki eläintarhaan |\nmaanantai 14.6. | klo 15 | Kirjamessut |",
        "fredag 4 juni | hela dagen | Klassresa till djurparken |\nmåndag 14 juni | kl. 15 | Bokmässa |",
    ];
    check_all(
        &texts,
        "2027-05-20",
        &["event 2027-06-04", "event 2027-06-14"],
    );
}

/// A news listing's dated rows carry their year: they stay datelines.
#[test]
fn a_listing_row_with_its_year_stays_a_dateline() {
    for text in [
        "Latest news\nTuesday 8 June 2027 | New benches for the park |\nThursday 17 June 2027 | Library hours change |",
        "Uutiset\ntiistai 8.6.2027 | Uusia penkkejä puistoon |\ntorstai 17.6.2027 | Kirjaston aukiolo muuttuu |",
        "Nyheter\ntisdag 8 juni 2027 | Nya bänkar i parken |\ntorsdag 17 juni 2027 | Bibliotekets öppettider ändras |",
    ] {
        check(text, "2027-06-20", &[]);
    }
}
