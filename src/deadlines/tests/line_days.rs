//! Issue 14 round 30 (defaults): a day no cue decides, on a short line of
//! its own among other lines, is the day of what the line names
//! (`classify/undecided.rs`).

use super::*;

/// A programme's entry: a name and its day, alone on the line.
#[test]
fn a_day_on_its_own_short_line_is_an_event() {
    check_all(
        &[
            "Our spring\n\nRiverside ramble 12 June\n\nBring boots.",
            "Kevään ohjelma\n\nRantaretki 12.6.\n\nOta saappaat mukaan.",
            "Vårens program\n\nStrandvandring 12 juni\n\nTa med stövlar.",
        ],
        "2026-05-01",
        &["event 2026-06-12"],
    );
}

/// A short line that is a sentence of prose, ending with its stop, tells
/// no heading's day.
#[test]
fn a_short_sentence_on_its_line_is_no_heading() {
    check_all(
        &[
            "Spring news\n\nTicket release happens 15 June.\n\nWelcome.",
            "Kevään uutiset\n\nLippujen julkaisu tapahtuu 15.6.2026.\n\nTervetuloa.",
            "Vårens nyheter\n\nBiljettsläpp sker 15 juni.\n\nVälkomna.",
        ],
        "2026-05-01",
        &[],
    );
}

/// A holiday's name on the line is the calendar's red day, nothing held.
#[test]
fn a_holiday_on_its_line_is_no_event() {
    check_all(
        &[
            "Good to know\n\nBank holiday 19 June\n\nSee you.",
            "Hyvä tietää\n\nJuhannusaatto 19.6.\n\nNähdään.",
            "Bra att veta\n\nMidsommarafton 19 juni\n\nVi ses.",
        ],
        "2026-05-01",
        &[],
    );
}
