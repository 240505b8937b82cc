//! Issue 14 round 36 (sessions): a table of sessions copied one cell a
//! line, under a header naming the day and the hour or the place
//! (`session_tables.rs`): each day alone in a cell is an event.

use super::*;

/// A council's drop-in sessions: venue, day and hours, each cell a line.
#[test]
fn days_in_a_table_of_sessions_are_events() {
    check_all(
        &[
            "We have arranged drop-in sessions (see the schedule below).\nVenue |\nDate |\nTime |\nTown Hall |\n21 July\n|\n10am-12noon |\nNorth Hall |\nThursday 30 July |\n5-7.30pm |",
            "Järjestämme avoimia tilaisuuksia.\nPaikka |\nPäivämäärä |\nAika |\nKaupungintalo |\n21.7.\n|\nklo 10-12 |\nPohjoinen sali |\ntorstai 30.7. |\nklo 17-19.30 |",
            "Vi ordnar öppna träffar.\nPlats |\nDatum |\nTid |\nStadshuset |\n21 juli\n|\nkl. 10-12 |\nNorra salen |\ntorsdag 30 juli |\nkl. 17-19.30 |",
        ],
        "2026-07-15",
        &["event 2026-07-21", "event 2026-07-30"],
    );
}

/// A header naming only days ("Event | Date") leaves the cells to the
/// rows' labels: a closing day stays a deadline, not a session.
#[test]
fn a_header_of_days_alone_reads_no_sessions() {
    check_all(
        &[
            "Event |\nDate |\nClosing date for submissions |\nFriday 17th September 2026 |",
            "Tapahtuma |\nPäivämäärä |\nHakuaika päättyy |\nperjantai 17.9.2026 |",
            "Händelse |\nDatum |\nSista ansökningsdag |\nfredag 17 september 2026 |",
        ],
        "2026-07-01",
        &["deadline 2026-09-17"],
    );
}

/// Prose after the table ends it: a day in a later sentence is read by
/// its own words.
#[test]
fn prose_after_the_table_ends_it() {
    check_all(
        &[
            "Date |\nTime |\n21 July |\n10am |\nThe report on the feedback will be published on 30 September 2026 by the council.\n",
            "Päivämäärä |\nAika |\n21.7. |\nklo 10 |\nPalautteesta laadittu raportti julkaistaan 30.9.2026 kaupungin verkkosivuilla kaikkien luettavaksi.\n",
            "Datum |\nTid |\n21 juli |\nkl. 10 |\nRapporten om synpunkterna publiceras den 30 september 2026 på kommunens webbplats för alla.\n",
        ],
        "2026-07-15",
        &["event 2026-07-21"],
    );
}

/// A header row on one line ("| Date and time | Councillor | Event location
/// |", real165:36) over rows the page copied a cell a line: each day in a
/// row's first cell is a session.
#[test]
fn a_header_row_on_one_line_heads_cells_a_line() {
    check_all(
        &[
            "Roadshow Schedule\n| Date and time | Councillor | Event location |\n| Monday 8 September 4-7pm |\nCENTRAL WARD Cr Samantha McIntosh |\nBallarat Central Library |\n| Thursday 11 September 4-7pm |\nWENDOUREE WARD Cr Jay Morrison |\nWendouree Library |\n",
            "Kiertueen aikataulu\n| Päivä ja aika | Valtuutettu | Paikka |\n| maanantai 8.9. klo 16-19 |\nKESKUSTA Samantha McIntosh |\nPääkirjasto |\n| torstai 11.9. klo 16-19 |\nLÄNSI Jay Morrison |\nLänsikirjasto |\n",
            "Turnéns schema\n| Datum och tid | Ledamot | Plats |\n| måndag 8 september kl. 16-19 |\nCENTRUM Samantha McIntosh |\nStadsbiblioteket |\n| torsdag 11 september kl. 16-19 |\nVÄSTER Jay Morrison |\nVästerbiblioteket |\n",
        ],
        "2025-09-01",
        &["event 2025-09-08", "event 2025-09-11"],
    );
}
