//! Round 49: a quoted title names a work and tells no tense
//! (`classify/quoted_titles.rs`, real313:37), and a first night written as
//! a slashed day is a day, no fraction (`slashed_days.rs`, real313:15).

use super::*;

#[test]
fn a_title_in_the_past_tense_does_not_put_its_first_night_in_the_past() {
    check_rules(
        "\"Britt-Marie var här\" har premiär 15 april.",
        "2019-04-05",
        &["event 2019-04-15"],
    );
    check(
        "“The Day We Closed” has its premiere at the theatre on 15 April.",
        "2019-04-05",
        &["event 2019-04-15"],
    );
}

#[test]
fn a_quoted_speech_with_its_day_still_governs_it() {
    // (a number inside the quotes: no title, the words are read)
    check(
        "\"The library was closed on 15 April,\" the librarian said.",
        "2019-04-05",
        &[],
    );
}

#[test]
fn a_first_night_on_a_slashed_day_is_a_day() {
    check_rules(
        "Regi: Martin Rosengardten. Premiär 3/9 på Kulturhuset Stadsteatern, Skärholmen.",
        "2021-09-01",
        &["event 2021-09-03"],
    );
    // (a share stays a share)
    check("Konserten är 2/3 slutsåld.", "2021-09-01", &[]);
}
