//! Issue 14 round 43: an election told plainly by its day ("Nästa val är
//! 20.11.2022", "Äänestys tapahtuu 30.3.2017") is an event: the Swedish
//! "val" counts when "nästa" or the body elected names it an election
//! (alone it is a choice), and the Finnish "tapahtuu" (takes place) is a
//! verb of taking place (lexicon [happen]).

use super::*;

/// The next election named with its day.
#[test]
fn the_next_election_is_an_event() {
    let texts = [
        "The next election is on 20.11.2022.",
        "Seuraavat vaalit ovat 20.11.2022.",
        "Nästa val är 20.11.2022.",
    ];
    check_all(&texts, "2022-10-20", &["event 2022-11-20"]);
    let texts = [
        "The next parliamentary election is on 9 September 2018.",
        "Seuraavat eduskuntavaalit ovat 9. syyskuuta 2018.",
        "Nästa val till riksdag, kommun och landsting är den 9 september 2018.",
    ];
    check_all(&texts, "2018-06-22", &["event 2018-09-09"]);
}

/// A vote or an outing that takes place on a day.
#[test]
fn a_vote_that_takes_place_is_an_event() {
    let texts = [
        "The vote takes place on 30.3.2017 in these care homes.",
        "Äänestys tapahtuu 30.3.2017 näissä laitoksissa.",
        "Röstningen äger rum 30.3.2017 på dessa boenden.",
    ];
    check_all(&texts, "2017-03-20", &["event 2017-03-30"]);
}

/// An election told by a season only gives nothing (rule 10).
#[test]
fn an_election_in_a_season_gives_nothing() {
    let texts = [
        "The next municipal election takes place in autumn 2019.",
        "Seuraavat kuntavaalit pidetään syksyllä 2019.",
        "Nästa val till kommunfullmäktige sker under hösten 2019.",
    ];
    check_all(&texts, "2018-06-22", &[]);
}
