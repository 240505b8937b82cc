//! Issue 14 round 28 (lines): a key-dates row with its occasion and day in
//! the first "|" cell and its hours in the next (`text/hour_cells.rs`).

use super::*;

/// An exhibition's important dates, each row a named day and its hours.
#[test]
fn a_named_day_with_its_hours_in_the_next_cell_is_read() {
    let texts = [
        "IMPORTANT DATES\nOpening reception: July 10 | 6PM-8PM\nArtist talk: July 24 | 2PM-3PM",
        "TÄRKEÄT PÄIVÄT\nAvajaiset: 10.7. | klo 18–20\nTaiteilijatapaaminen: 24.7. | klo 14–15",
        "VIKTIGA DATUM\nVernissage: 10 juli | kl. 18.00–20.00\nKonstnärssamtal: 24 juli | kl. 14.00–15.00",
    ];
    check_all(
        &texts,
        "2027-06-01",
        &["event 2027-07-10", "event 2027-07-24"],
    );
}

/// A news listing's day and headline stay a dateline: the cell after the
/// day is no clock time.
#[test]
fn a_listing_row_with_a_headline_is_no_key_date() {
    for (row, posted) in [
        (
            "Latest news\nPosted: July 10 | New benches for the park",
            "Posted: July 24 | Library hours change",
        ),
        (
            "Uutiset\nJulkaistu: 10.7. | Uusia penkkejä puistoon",
            "Julkaistu: 24.7. | Kirjaston aukiolo muuttuu",
        ),
        (
            "Nyheter\nPublicerad: 10 juli | Nya bänkar i parken",
            "Publicerad: 24 juli | Bibliotekets öppettider ändras",
        ),
    ] {
        check(&format!("{row}\n{posted}"), "2027-06-01", &[]);
    }
}
