//! Issue 14, stop 33 (real174:16, real174:19, real174:30): a table whose
//! columns are months and whose cells hold only day numbers, or the same
//! table a month a line, holds the days of what its rows name
//! (`text/month_grids.rs`); a page's "last modified" stamp is no limit.

use super::*;

/// A council's year of meetings in a "|" table: a body a row, a month a
/// column, the days in the cells (a star marks a note, "-" no meeting).
#[test]
fn a_pipe_table_of_months_holds_each_rows_meeting_days() {
    check_all(
        &[
            "Body | Time | Jan | Feb | Mar | Apr |\n---|---|---|---|---|---|\nFull Council | 19:00 | 10* | 7 | 7, 28 | - |",
            "Toimielin | Aika | Tammi | Helmi | Maalis | Huhti |\n---|---|---|---|---|---|\nKaupunginvaltuusto | 18.00 | 10* | 7 | 7, 28 | - |",
            "Organ | Tid | Jan | Feb | Mars | April |\n---|---|---|---|---|---|\nKommunfullmäktige | 13.00 | 10* | 7 | 7, 28 | - |",
        ],
        "2027-01-02",
        &["event 2027-01-10", "event 2027-02-07", "event 2027-03-07", "event 2027-03-28"],
    );
}

/// The same table with its cells set apart by spaces, under a heading
/// naming its year: a cell goes on past a comma, an hour in brackets is
/// its day's own.
#[test]
fn a_spaced_table_of_months_takes_the_year_over_it() {
    check_all(
        &[
            "Meeting dates 2027\n\nBody Time Jan Feb Mar\nCouncil 18:00 25 22 22, 29(13.00)",
            "Kokouspäivät 2027\n\nToimielin Aika Tammi Helmi Maalis\nValtuusto 18:00 25 22 22, 29(13.00)",
            "Sammanträdesdagar 2027\n\nNämnd Tid Jan Feb Mars\nKF 18:00 25 22 22, 29(13.00)",
        ],
        "2027-01-02",
        &["event 2027-01-25", "event 2027-02-22", "event 2027-03-22", "event 2027-03-29"],
    );
}

/// The table a month a line ("Februari 5", "Oktober 8, 29"), a month with
/// no meeting left empty, under a sentence naming the year; the days
/// before today in that year are past, not next year's.
#[test]
fn a_table_a_month_a_line_holds_its_days_in_the_year_named_over_it() {
    check_all(
        &[
            "In 2027 the council meets on the following dates:\n\nMonth Date\nJanuary\nFebruary 5\nMarch 5\nApril 9, 30\nMay 7",
            "Vuonna 2027 valtuusto kokoontuu seuraavina päivinä:\n\nKuukausi Päivä\nTammikuu\nHelmikuu 5\nMaaliskuu 5\nHuhtikuu 9, 30\nToukokuu 7",
            "Under 2027 gäller följande sammanträdestider:\n\nMånad Datum\nJanuari\nFebruari 5\nMars 5\nApril 9, 30\nMaj 7",
        ],
        "2027-02-08",
        &["event 2027-03-05", "event 2027-04-09", "event 2027-04-30", "event 2027-05-07"],
    );
}

/// Months named in prose or a range under a month are no table.
#[test]
fn months_in_prose_and_a_months_range_are_read_as_written() {
    check_all(
        &[
            "The festival runs on\nJune 10 - 12\nin the park.",
            "Festivaali on\nkesäkuu 10 - 12\npuistossa.",
            "Festivalen pågår\njuni 10 - 12\ni parken.",
        ],
        "2027-05-01",
        &["event 2027-06-10 2027-06-12"],
    );
}

/// "Last modified" on a page is its own stamp, not a limit word.
#[test]
fn a_pages_last_modified_stamp_is_no_deadline() {
    check_all(
        &[
            "Published 14 January 2016, last modified 8 February 2018",
            "Julkaistu 14.1.2016, viimeksi muokattu 8.2.2018",
            "Publicerad den 14 januari 2016, senast ändrad den 8 februari 2018",
        ],
        "2018-02-08",
        &[],
    );
}

/// A page of nothing but month tables is written out row by row: the text
/// grows by a bounded factor, and what is found stays within the cap.
#[test]
fn a_huge_page_of_month_tables_is_read_in_bounds() {
    let table = "Body Time Jan Feb Mar Apr May Jun\nCouncil 18:00 1,2,3,4,5,6 7 8 9 10 11\n";
    let text = table.repeat(12_000);
    let clean = crate::deadlines::clean_text(&text);
    assert!(
        clean.len() < text.len() * 4,
        "{} -> {}",
        text.len(),
        clean.len()
    );
    let found = find(&text, Lang::En, day("2027-01-01"));
    assert!(found.len() <= 366, "{} mentions", found.len());
}
