//! Issue 14 round 35 (wrong): a public election's polling days (advance
//! voting, a polling station open) take place; they are no period to act
//! in (`classify/voting_days.rs`).

use super::*;

/// Advance voting over a week is one event range, not a deadline on its
/// last day.
#[test]
fn advance_voting_days_are_one_event() {
    check_all(
        &[
            "Advance voting in the European elections is held in Finland 29.5.–4.6.2024.",
            "Europarlamenttivaalien ennakkoäänestys toimitetaan kotimaassa 29.5-4.6.2024.",
            "Förtidsröstningen i Europaparlamentsvalet ordnas i Finland 29.5–4.6.2024.",
        ],
        "2024-03-12",
        &["event 2024-05-29 2024-06-04"],
    );
}

/// "The last day of advance voting" names the polling day itself.
#[test]
fn the_last_day_of_advance_voting_is_an_event() {
    check_all(
        &[
            "The last day of advance voting is Tuesday 23 January.",
            "Ennakkoäänestyksen viimeinen päivä on tiistaina 23.1.",
            "Sista dagen för förtidsröstningen är tisdag 23 januari.",
        ],
        "2024-01-20",
        &["event 2024-01-23"],
    );
}

/// A registration for home voting keeps its deadline.
#[test]
fn registering_for_home_voting_stays_a_deadline() {
    check_all(
        &[
            "Registration for home voting in the advance voting must be made by 16 January.",
            "Kotiäänestykseen ennakkoäänestyksessä on ilmoittauduttava viimeistään 16.1.",
            "Anmälan till hemröstning i förtidsröstningen ska göras senast 16 januari.",
        ],
        "2018-01-08",
        &["deadline 2018-01-16"],
    );
}
