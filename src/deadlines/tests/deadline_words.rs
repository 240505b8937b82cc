//! Issue 14 round 15 (real25/real26): deadline wording the lexicon lacked
//! (handing in, standing as a candidate, registration stops, late fees) and
//! schedule tables whose column labels name deadlines, each in all three
//! languages.

use super::*;

/// Issue 14 (real26): handing a thing over ("mail in", "turn in", "so it
/// will be received by") with a day is a deadline.
#[test]
fn handing_in_by_a_day() {
    check_all(
        &[
            "Please mail in your ballot so it will be received by Friday, March 14, 2025. The meeting follows later.",
            "Last day to turn in your reading log: Friday, March 14, 2025",
            "Please send your form to the club so it will be received by Friday, March 14, 2025.",
            "Lämna in din läslogg senast fredag 14 mars 2025. Priserna delas ut senare.",
            "Palauta lukupäiväkirjasi viimeistään perjantaina 14.3.2025. Palkinnot jaetaan myöhemmin.",
        ],
        "2025-02-20",
        &["deadline 2025-03-14"],
    );
}

/// Issue 14 (real26): standing as a candidate closes on a day; the close is
/// a deadline.
#[test]
fn standing_as_a_candidate_closes() {
    check_all(
        &[
            "Ehdolle asettuminen nuorisovaltuustoon päättyy perjantaina 14.3.2025. Lomake löytyy kunnan sivuilta.",
            "Den som vill kandidera till ungdomsrådet anmäler sig senast fredag 14 mars 2025.",
            "Candidates for the youth council must register by Friday, March 14, 2025.",
        ],
        "2025-02-20",
        &["deadline 2025-03-14"],
    );
}

/// Issue 14 (real26): a registration stop, a late fee after a day and a
/// "takaraja" all name the last day to sign up.
#[test]
fn registration_stop_and_late_fee() {
    check_all(
        &[
            "Anmälningsstopp söndag 16 mars 2025 klockan 24.00.",
            "Ilmoittautumisen takaraja on sunnuntai 16.3.2025.",
            "Last day to sign up for the camp: Sunday, March 16, 2025",
        ],
        "2025-02-20",
        &["deadline 2025-03-16"],
    );
}

/// Issue 14 (real26): a late fee for signing up after a day makes that day
/// the last one to sign up without it.
#[test]
fn late_fee_after_a_day() {
    check_all(
        &[
            "Efteranmälningsavgift tillkommer för anmälan efter 16 mars 2025.",
            "A late fee applies to registrations after March 16, 2025.",
            "Myöhästyneistä ilmoittautumisista 16.3.2025 jälkeen peritään lisämaksu.",
        ],
        "2025-02-20",
        &["deadline 2025-03-16"],
    );
}

/// Issue 14 (real26): a schedule table whose header names its columns
/// gives each day in a row its column's kind, the meeting's an event and
/// the application's a deadline.
#[test]
fn schedule_columns_name_the_days() {
    check_all(
        &[
            "Proposals are reviewed on this schedule:\n\nBoard Meeting Application Deadline\n\nMay 20, 2025 April 15, 2025\nSeptember 16, 2025 August 12, 2025",
            "Hakemukset käsitellään näin:\n\nHallituksen kokous Hakemusten jättö\n\n20.5.2025 15.4.2025\n16.9.2025 12.8.2025",
            "Ansökningarna behandlas så här:\n\nStyrelsemöte Ansökan senast\n\n20 maj 2025 15 april 2025\n16 september 2025 12 augusti 2025",
        ],
        "2025-03-01",
        &[
            "deadline 2025-04-15",
            "event 2025-05-20",
            "deadline 2025-08-12",
            "event 2025-09-16",
        ],
    );
}

/// Issue 14 (real26): column labels wrapped over two lines, one of them
/// unknown to the reader ("Initial Inquiry"), share the known label after
/// them.
#[test]
fn schedule_labels_wrapped_over_two_lines() {
    check_all(
        &[
            "Board Meeting Initial Inquiry\nLetter of Intent\n\nMay 20, 2025 March 3, 2025 April 15, 2025",
            "Hallituksen kokous Ensimmäinen yhteydenotto\nAiekirje\n\n20.5.2025 3.3.2025 15.4.2025",
            "Styrelsemöte Första kontakt\nAvsiktsförklaring\n\n20 maj 2025 3 mars 2025 15 april 2025",
        ],
        "2025-02-01",
        &[
            "deadline 2025-03-03",
            "deadline 2025-04-15",
            "event 2025-05-20",
        ],
    );
}

/// Issue 14 round 38: what must have been handed in on a day is due then
/// ("on oltava jätetty 4. maaliskuuta", real283:56).
#[test]
fn what_must_be_handed_in_on_a_day_is_due_then() {
    check_all(
        &[
            "By 4 March all programme items must be submitted in the events calendar.",
            "Kaikkien ohjelmanumeroiden on oltava jätetty tapahtumakalenteriin 4. maaliskuuta.",
            "Alla ansökningar ska vara inlämnade senast den 4 mars.",
        ],
        "2024-01-15",
        &["deadline 2024-03-04"],
    );
}
