//! Issue 14 round 35 (elections): advance voting and election day take
//! place; a period of advance voting is one event range and its last day
//! an event, while registering for home voting stays a deadline
//! (`classify/voting_days.rs`).

use super::*;

/// A period of advance voting, told with a verb that makes calls close
/// ("toimitetaan", "open"): one event range (real83:40).
#[test]
fn an_advance_voting_period_is_one_event_range() {
    check_all(
        &[
            "The advance polling stations are open 29.5.–4.6.2024.",
            "Europarlamenttivaalien ennakkoäänestys toimitetaan kotimaassa 29.5.-4.6.2024.",
            "Förhandsröstningen i Finland ordnas 29.5.–4.6.2024.",
        ],
        "2024-03-12",
        &["event 2024-05-29 2024-06-04"],
    );
}

/// The last day of advance voting is an event, as election day is
/// (real84:36, real81:9).
#[test]
fn the_last_day_of_advance_voting_is_an_event() {
    check_all(
        &[
            "Advance polling ends on Tuesday 23 January and election day is Sunday 28 January.",
            "Ennakkoäänestyksen viimeinen päivä on tiistaina 23.1. ja varsinainen vaalipäivä sunnuntaina 28.1.",
            "Sista dagen för förhandsröstning är tisdag 23.1 och valdagen är söndag 28.1.",
        ],
        "2024-01-20",
        &["event 2024-01-23", "event 2024-01-28"],
    );
}

/// Registering for home voting is the reader's act: a deadline.
#[test]
fn registering_for_home_voting_stays_a_deadline() {
    check_all(
        &[
            "Registration for home voting before advance polling must be made by 16 January 2018.",
            "Kotiäänestykseen on ilmoittauduttava ennen ennakkoäänestystä viimeistään 16.1.2018.",
            "Anmälan till hemmaröstning före förhandsröstningen ska göras senast 16.1.2018.",
        ],
        "2018-01-08",
        &["deadline 2018-01-16"],
    );
}

/// An election timetable's steps taken by the authority (the register's
/// legal force, the results confirmed, the candidate lists put up) are
/// nothing; the candidates' application day stays a deadline (real84:33,
/// real84:56, real42:39).
#[test]
fn an_election_timetables_issuer_steps_are_nothing() {
    check_all(
        &[
            "Election timetable:\n- Nomination deadline: 4 May 2021\n- Publication of candidate lists: 14 May 2021\n- Results confirmed: 16 June 2021",
            "Kuntavaalien aikataulu:\n• ehdokashakemusten jättöpäivä viimeistään 4.5.2021\n• äänioikeusrekisteri lainvoimainen 25.5.2021\n• tulosten vahvistaminen: 16.6.2021",
            "Kommunalvalet:\n- Kandidatansökan ska lämnas in senast 4.5.2021\n- Rösträttsregistret vinner laga kraft 25.5.2021\n- Resultatet fastställs: 16.6.2021",
        ],
        "2021-04-20",
        &["deadline 2021-05-04"],
    );
}

#[test]
fn telling_the_board_of_a_home_vote_by_a_day_is_a_deadline() {
    // (real346:9: the voter's own act, "meddela", in the clause)
    check_rules(
        "Den som önskar förhandsrösta hemma ska meddela därom till centralvalnämnden senast 16.1.2018 kl. 16.00.",
        "2018-01-08",
        &["deadline 2018-01-16"],
    );
}

/// Issue 14 (real584, real591): the days listed under an advance voting
/// heading, each with its hours, are the voting's days (in Finnish and
/// Swedish also under a label of opening hours).
#[test]
fn days_with_hours_under_advance_voting_are_its_days() {
    check_rules_all(
        &[
            "Ennakkoäänestys\n\nAukioloajat:\n\n22.-24.3.2023 klo 10–18\n25.-26.3.2023 klo 11–15",
            "Förtidsröstning\n\nÖppettider:\n\n22–24 mars 2023 kl. 10–18\n25–26 mars 2023 kl. 11–15",
            "Early voting\n\n22–24 March 2023 10–18\n25–26 March 2023 11–15",
        ],
        "2023-03-13",
        &["event 2023-03-22 2023-03-24", "event 2023-03-25 2023-03-26"],
    );
}
