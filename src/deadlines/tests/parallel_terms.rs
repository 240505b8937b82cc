//! Issue 14 round 39: days given term by term after one limit word
//! (`classify/parallel_terms.rs`): "senast den 19 september och för
//! jullovet den 24 november" (real91:44), "senast den 1 augusti och inför
//! vårterminen den 20 december" (real16:12), "för vårterminen 31 januari
//! och för höstterminen 4 september" (real21:9) are two deadlines; the
//! second day was read as an event or as nothing.

use super::*;

/// The limit told with the first term's day holds for the next term's.
#[test]
fn a_limit_holds_for_each_term() {
    check_all(
        &[
            "Sign up for the autumn break no later than 19 September and for the winter break 24 November.",
            "Ilmoittaudu syyslomaa varten viimeistään 19.9. ja joululomaa varten 24.11.",
            "Föreningar kan skicka in en intresseanmälan för höstlovet senast den 19 september och för jullovet den 24 november.",
        ],
        "2021-06-01",
        &["deadline 2021-09-19", "deadline 2021-11-24"],
    );
}

/// "inför vårterminen den 20 december": the term led by "inför", the day
/// by "den". (English "and for the spring term 20 December" is still read
/// as an event: the second day is decided before the list is shared.)
#[test]
fn a_term_before_its_day_shares_the_limit() {
    check_all(
        &[
            "Sign up for the summer break no later than 1 August and for the winter break 20 December.",
            "Irtisanominen syyslukukautta varten viimeistään 1.8. ja kevätlukukautta varten 20.12.",
            "Inför höstterminen vill vi ha din uppsägning senast den 1 augusti och inför vårterminen den 20 december.",
        ],
        "2022-06-01",
        &["deadline 2022-08-01", "deadline 2022-12-20"],
    );
}

/// Days of taking place given term by term stay events.
#[test]
fn events_term_by_term_stay_events() {
    check_all(
        &[
            "The course is held for adults on 19 September and for children on 24 November.",
            "Kurssi järjestetään aikuisille 19.9. ja lapsille 24.11.",
            "Kursen hålls för vuxna den 19 september och för barn den 24 november.",
        ],
        "2021-06-01",
        &["event 2021-09-19", "event 2021-11-24"],
    );
}
