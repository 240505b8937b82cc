//! Issue 14 round 43 (rows, columns and labels of tables and lists): a
//! table copied without "|" whose header line names, last, the column of
//! the closing day gives each row's last day as a deadline.

use super::*;

/// Glued column labels over rows, each ending in its closing day.
#[test]
fn a_glued_closing_column_gives_deadlines() {
    check_all(
        &[
            "ApplicationProposal Submission Close Date\nRAL25/0056 Lot Creation - One into Two Lots\n41 Philp Street, Hermit Park\n30 September 2025\nMCU25/0011Rooming Accommodation\n94 Bergin Road, Cranbrook\n3 October 2025",
            "HakemusEhdotus Viimeinen jättöpäivä\nRAL25/0056 Tontin jakaminen kahdeksi\nPhilpinkatu 41, Hermit Park\n30.9.2025\nMCU25/0011Asuntola\nBerginintie 94, Cranbrook\n3.10.2025",
            "AnsökanFörslag Sista svarsdag\nRAL25/0056 Avstyckning till två tomter\nPhilpgatan 41, Hermit Park\n30 september 2025\nMCU25/0011Boende\nBergingatan 94, Cranbrook\n3 oktober 2025",
        ],
        "2025-09-20",
        &["deadline 2025-09-30", "deadline 2025-10-03"],
    );
}

/// Start and end columns: the row's last day is its closing day, the
/// opening day is never reported (rule 2).
#[test]
fn an_end_date_column_gives_the_last_day() {
    check_all(
        &[
            "Title Department Start date End date\nWhat does Meifod mean to you? Community Support Services 28 Jul 2021 08 Sep 2021",
            "Otsikko Toimiala Alkaa Päättymispäivä\nMitä Meifod merkitsee sinulle? Yhteisöpalvelut 28.7.2021 8.9.2021",
            "Titel Förvaltning Startdatum Slutdatum\nVad betyder Meifod för dig? Samhällsstöd 28 jul 2021 8 sep 2021",
        ],
        "2021-07-28",
        &["deadline 2021-09-08"],
    );
}

/// Columns named by one word each, "Start End" (real148:12, a council's
/// consultation portal): the end column is the closing day.
#[test]
fn a_start_end_column_pair_gives_the_last_day() {
    check_all(
        &[
            "Title Department/ service area Start End\nView more details for consultation Ageing Well Questionnaire Wrexham County Borough Council 21 Nov 2023 15 Jan 2024",
            "Otsikko Toimiala Alkaa Päättyy\nLisätietoja kyselystä Ikääntyvien hyvinvointikysely Wrexhamin kaupunki 21.11.2023 15.1.2024",
            "Titel Förvaltning Start Slut\nMer om samrådet Enkät om att åldras väl Wrexhams kommun 21 nov 2023 15 jan 2024",
        ],
        "2023-11-21",
        &["deadline 2024-01-15"],
    );
}

/// Prose ends the table: a day in a sentence after it keeps its own reading.
#[test]
fn prose_ends_the_closing_column() {
    check_all(
        &[
            "ItemSubmissions Close\nLicence on crown land in Oakhampton 2 October 2018\nThe items below are open for viewing only.\nOpen day 9 October 2018",
            "KohdeViimeinen jättöpäivä\nMaanvuokra Oakhamptonissa 2.10.2018\nAlla olevat asiat ovat vain nähtävillä.\nAvoimet ovet 9.10.2018",
            "ÄrendeSista dag\nArrende av mark i Oakhampton 2 oktober 2018\nÄrendena nedan visas endast.\nÖppet hus 9 oktober 2018",
        ],
        "2018-09-28",
        &["deadline 2018-10-02", "event 2018-10-09"],
    );
}

/// Round 47: column labels stacked one a line ("Study Period" over
/// "Closing Date (Domestic)" over "Last day to enrol", real132:39): the
/// closing label under another label opens the table, a qualifier after
/// it, and each row's last day is its closing day.
#[test]
fn a_closing_label_stacked_under_another_opens_the_column() {
    check_all(
        &[
            "Study Period\nClosing Date (Domestic)\nLast day to enrol\nSummer Term (commences 9 January) 28-December-2022 11-January-2023\nTerm 1 (commences 6 March) 01-March-2023 08-March-2023",
            "Opintojakso\nPäättymispäivä (kotimaiset)\nViimeinen ilmoittautumispäivä\nKesäjakso (alkaa 9. tammikuuta) 28.12.2022 11.1.2023\nJakso 1 (alkaa 6. maaliskuuta) 1.3.2023 8.3.2023",
            "Studieperiod\nSista dag (inrikes)\nSista dag att anmäla sig\nSommartermin (börjar 9 januari) 28 december 2022 11 januari 2023\nTermin 1 (börjar 6 mars) 1 mars 2023 8 mars 2023",
        ],
        "2022-12-01",
        &["deadline 2023-01-11", "deadline 2023-03-08"],
    );
}

/// A closing label alone, with no label line above it, is no header.
#[test]
fn a_closing_label_without_a_label_above_opens_nothing() {
    check_all(
        &[
            "Welcome to the autumn term.\nClosing Date (Domestic)\nOur open day 28 December 2022 and a talk 11 January 2023.",
        ],
        "2022-12-01",
        &["event 2022-12-28", "event 2023-01-11"],
    );
}

/// A consultation list copied one cell a line, its other column labels
/// lost: the closing day's label alone over the first title heads every
/// row's day (stop 33, real175:54); a label straight over its own day is
/// that day's label.
#[test]
fn a_lone_closing_label_over_a_list_of_titles_heads_each_rows_day() {
    check_all(
        &[
            "Latest consultations you can have your say on\n\n\nClosing date\n\nTransport for London (TfL)\n\n\nProposal to cease funding for school crossing patrols (SCPs)\n\n23 Jan 2027\n\nRevenue and benefits service changes\n\n27 Jan 2027",
            "Uusimmat kuulemiset, joihin voit vaikuttaa\n\n\nPäättymispäivä\n\nLiikenne\n\n\nEhdotus Myllykadun suojatien poistamisesta\n\n23.1.2027\n\nEtuuspalvelujen muutokset\n\n27.1.2027",
            "Senaste samråden där du kan tycka till\n\n\nSlutdatum\n\nTrafik\n\n\nFörslag om att stänga övergångsstället på Kvarngatan\n\n23 jan 2027\n\nÄndringar i bidragsservicen\n\n27 jan 2027",
        ],
        "2027-01-16",
        &["deadline 2027-01-23", "deadline 2027-01-27"],
    );
}
