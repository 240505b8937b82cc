//! Issue 14 round 42 (wrong mentions): a body's own final proposal or
//! report owed to the government or parliament is the issuer's target
//! (rule 5), not the reader's deadline (`classify/upward_reports.rs`):
//! "The final proposal will be submitted to government before the deadline
//! of 28 November" (real106:39), "A final report to parliament is due by
//! 28 February 2026" (real88:39).

use super::*;

/// A council's final proposal owed to the government gives nothing.
#[test]
fn a_final_proposal_owed_to_government_gives_nothing() {
    check_all(
        &[
            "The final proposal will be submitted to government before the deadline of 28 November.",
            "Lopullinen esitys toimitetaan valtioneuvostolle viimeistään 28.11.",
            "Det slutliga förslaget ska lämnas till regeringen senast 28 november.",
        ],
        "2025-11-10",
        &[],
    );
}

/// An inquiry's final report owed to parliament gives nothing.
#[test]
fn a_final_report_owed_to_parliament_gives_nothing() {
    check_all(
        &[
            "The inquiry will hold public hearings. A final report to parliament is due by 28 February 2026.",
            "Työryhmä kuulee asiantuntijoita. Loppuraportti annetaan eduskunnalle viimeistään 28.2.2026.",
            "Utredningen håller offentliga utfrågningar. Slutbetänkandet ska lämnas till riksdagen senast den 28 februari 2026.",
        ],
        "2025-12-01",
        &[],
    );
}

/// What the reader sends to a ministry stays a deadline: a nomination or
/// a comment is no body's own final work.
#[test]
fn a_reader_sending_to_a_ministry_stays() {
    check_all(
        &[
            "Nominations for the Integration Award must be sent to the ministry no later than 28 February 2025.",
            "Ehdotukset palkinnon saajaksi on lähetettävä ministeriölle viimeistään 28.2.2025.",
            "Nomineringar till priset ska skickas till Regeringskansliet senast den 28 februari 2025.",
        ],
        "2025-01-10",
        &["deadline 2025-02-28"],
    );
}
