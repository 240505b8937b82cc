//! Issue 14 round 17 (real27–real32, prose): a time limit named after its
//! day ("has 31 July as its closing date") is a deadline whatever stood
//! before the day.

use super::*;

/// "… har 31 juli som sista ansökningsdag", "31.7. viimeisenä
/// hakupäivänä", "31 July as their closing date", with an opening word
/// ("börjar", "starting", "alkavat") earlier in the sentence.
#[test]
fn a_limit_named_after_its_day_is_a_deadline() {
    check_all(
        &[
            "Pupils starting in August have 31 July 2029 as their closing date.",
            "Elokuussa aloittavilla oppilailla on 31.7.2029 viimeisenä hakupäivänä.",
            "Elever som börjar i augusti har 31 juli 2029 som sista ansökningsdag.",
        ],
        "2029-04-02",
        &["deadline 2029-07-31"],
    );
}

/// "as" or "som" with no limit word after it names no deadline.
#[test]
fn as_without_a_limit_word_is_nothing_of_its_own() {
    check_all(
        &[
            "The office keeps 31 July 2029 as a reserve.",
            "Kontoret har 31 juli 2029 som reserv.",
        ],
        "2029-04-02",
        &[],
    );
}
