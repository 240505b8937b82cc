//! Issue 14 round 42 (tables and lists of rounds): the header cell over a
//! "|" table's column of days tells what those days are, when the header
//! row as a whole names both a call and a programme, or is copied one cell
//! a line; a digitless row under the rule keeps the columns.

use super::*;

/// A "Closing Date" column under a header that also names a programme.
#[test]
fn a_closing_date_column_gives_deadlines() {
    check_all(
        &[
            "Programme | Eligibility | Closing Date |\nArts Festivals | Arts Festival Organisers | 23.02.25 |\nCreative Internship Programme | Arts Centres | 16.03.25 |",
            "Ohjelma | Kenelle | Hakuaika päättyy |\nTaidefestivaalit | Festivaalien järjestäjät | 23.02.25 |\nLuova harjoitteluohjelma | Taidekeskukset | 16.03.25 |",
            "Program | Behörighet | Sista ansökningsdag |\nKonstfestivaler | Festivalarrangörer | 23.02.25 |\nKreativt praktikprogram | Konstcentrum | 16.03.25 |",
        ],
        "2025-02-17",
        &["deadline 2025-02-23", "deadline 2025-03-16"],
    );
}

/// A header copied one cell a line: its first cell is the day's column.
#[test]
fn a_header_one_cell_a_line_is_one_row() {
    check_all(
        &[
            "Due Date |\nYouth Participants |\nAdult Supporters |\n| 1st payment (30 Nov 2023) | $50 | $25 |\n| 2nd payment (31 Jan 2024) | $200 | $100 |",
            "Eräpäivä |\nNuoret osallistujat |\nAikuiset |\n| 1. maksu (30.11.2023) | 50 € | 25 € |\n| 2. maksu (31.1.2024) | 200 € | 100 € |",
            "Sista betalningsdag |\nUnga deltagare |\nVuxna |\n| 1:a betalning (30 nov 2023) | 50 kr | 25 kr |\n| 2:a betalning (31 jan 2024) | 200 kr | 100 kr |",
        ],
        "2023-05-30",
        &["deadline 2023-11-30", "deadline 2024-01-31"],
    );
}

/// A meetings column, its rows without a day kept under the rule.
#[test]
fn a_meeting_column_gives_events() {
    check_all(
        &[
            "Meeting | Notice | Minutes |\n|---|---|---|\n| January | - | - |\n| 19 March | ||\n| 23 April | ||",
            "Kokous | Kuulutus | Pöytäkirja |\n|---|---|---|\n| Tammikuu | - | - |\n| 19.3. | ||\n| 23.4. | ||",
            "Sammanträde | Kungörelse | Protokoll |\n|---|---|---|\n| Januari | - | - |\n| 19 Mars | ||\n| 23 April | ||",
        ],
        "2026-02-20",
        &["event 2026-03-19", "event 2026-04-23"],
    );
}

/// A column whose header tells nothing ("Date") leaves its rows as they
/// were: a news listing's datelines stay unread.
#[test]
fn a_plain_date_column_tells_nothing() {
    check_all(
        &[
            "Date | News |\n|---|---|\n| 14.3.2026 | New library opens |",
            "Päivämäärä | Uutinen |\n|---|---|\n| 14.3.2026 | Uusi kirjasto avataan |",
            "Datum | Nyhet |\n|---|---|\n| 14.3.2026 | Nytt bibliotek öppnar |",
        ],
        "2026-02-20",
        &[],
    );
}
