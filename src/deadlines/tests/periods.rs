//! Issue 14 (real15/real16): periods of the reader's action that carry no
//! word for applying (a contest, a vote, an upload), and clock times that
//! stand where the end of a range could.

use super::*;

/// The period of a contest or a vote is the time to take part: one
/// deadline on its last day, never an event range.
#[test]
fn a_contest_or_voting_period_closes_on_its_last_day() {
    check_all(
        &[
            "Autumn photo contest (contest period 1.10.-31.10.2024)",
            "Syksyn valokuvakilpailu (kilpailuaika 1.10.-31.10.2024)",
            "Höstens fototävling (tävlingsperiod 1.10.-31.10.2024)",
        ],
        "2024-09-20",
        &["deadline 2024-10-31"],
    );
    check_all(
        &[
            "Participatory budget: voting period 3.11. – 16.11.2025",
            "Osallistuva budjetointi: äänestysvaihe 3.11. – 16.11.2025",
            "Upload your photos 3.11. – 16.11.2025 on the contest page.",
            "Lataa kuvasi kilpailusivulle 3.11. – 16.11.2025.",
            "Ladda upp dina bilder 3.11. – 16.11.2025 på tävlingssidan.",
        ],
        "2025-10-28",
        &["deadline 2025-11-16"],
    );
    // an event with its days is still an event range
    check_all(
        &[
            "The ski contest is held 3.–4.2.2024.",
            "Hiihtokilpailu järjestetään 3.–4.2.2024.",
            "Skidtävlingen hålls 3–4 februari 2024.",
        ],
        "2024-01-10",
        &["event 2024-02-03 2024-02-04"],
    );
}

/// A number glued to ":00" is an hour: "from 1 March to 5:00 p.m. on
/// 31 March" is no range 1–5 March.
#[test]
fn an_hour_after_to_is_no_end_of_a_range() {
    check_all(
        &[
            "Applications are accepted from March 1 to 5:00 p.m. on March 31.",
            "Applications are accepted from March 1 to 5:00 p.m. Eastern Time on March 31.",
            "Applications are accepted from March 1 to 16:00 on March 31.",
        ],
        "2024-02-10",
        &["deadline 2024-03-31"],
    );
    check(
        "Submit your application by 5:00 p.m. Eastern Time on March 31.",
        "2024-02-10",
        &["deadline 2024-03-31"],
    );
    check(
        "Hakemukset jätetään viimeistään 31.3. klo 16:00.",
        "2024-02-10",
        &["deadline 2024-03-31"],
    );
    check(
        "Ansökan ska lämnas in senast 31 mars kl. 16:00.",
        "2024-02-10",
        &["deadline 2024-03-31"],
    );
}

/// A yearless period that is already running when the text is read closes
/// this year, not a year later: its opening day is never told, so only the
/// closing day's next occurrence counts.
#[test]
fn a_running_period_closes_this_year() {
    check_all(
        &[
            "Proposals are accepted from January 1 to January 31.",
            "Hakuaika 1.1.–31.1.",
            "Ansökningsperioden är 1–31 januari.",
        ],
        "2024-01-10",
        &["deadline 2024-01-31"],
    );
    // across New Year, read in January: the period began in December
    check_all(
        &[
            "Registration is open from 1 December to 15 January.",
            "Ilmoittautuminen 1.12.–15.1.",
            "Anmälan är öppen 1 december–15 januari.",
        ],
        "2024-01-10",
        &["deadline 2024-01-15"],
    );
}
