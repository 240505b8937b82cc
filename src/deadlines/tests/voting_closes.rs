//! Issue 14 round 32 (prose-deadlines): a ballot's close. "Voting closes",
//! "Final Polls Close", "Äänestys päättyy", "Röstningen stänger" name the
//! last day to cast a vote, a deadline as a nomination's close is
//! ("Voting closes\n11 March 2020" under "Nominations close\n7 February
//! 2020", real60:23; "- Voting Closes: 27th February, 5pm", real40:13). An
//! advance vote ("ennakkoäänestys", "förtidsröstning") takes place: the
//! phrases are whole words, so its compounds keep their reading.

use super::*;

/// A timeline of key dates: both closes are deadlines.
#[test]
fn nominations_and_voting_close() {
    check_all(
        &[
            "Key dates\n\nNominations close\n7 February 2020\n\nVoting closes\n11 March 2020",
            "Tärkeät päivät\n\nEhdokasasettelu päättyy\n7.2.2020\n\nÄänestys päättyy\n11.3.2020",
            "Viktiga datum\n\nNomineringen stänger\n7 februari 2020\n\nRöstningen stänger\n11 mars 2020",
        ],
        "2019-12-10",
        &["deadline 2020-02-07", "deadline 2020-03-11"],
    );
}

/// In a sentence, with a label's colon, and with polls.
#[test]
fn voting_closes_in_prose() {
    check_all(
        &[
            "Voting closes on 11 March 2020.",
            "Äänestys päättyy 11.3.2020.",
            "Röstningen avslutas den 11 mars 2020.",
        ],
        "2020-01-05",
        &["deadline 2020-03-11"],
    );
    check(
        "Final Polls Close: 27th February 2010",
        "2010-01-05",
        &["deadline 2010-02-27"],
    );
}
