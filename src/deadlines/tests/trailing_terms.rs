//! Issue 14 round 41: days each followed by the term they are for
//! (`classify/trailing_terms.rs`): "sista anmälningsdag som är 15 april
//! inför höstterminen och 15 oktober inför vårterminen" (real102:55) is two
//! deadlines; the second day was read as an event.

use super::*;

/// The limit told with the first day holds for the next term's day.
#[test]
fn a_limit_holds_for_the_day_after_its_term() {
    check_all(
        &[
            "The deadline is 15 April for autumn studies and 15 October for spring studies.",
            "Hakemusten viimeinen jättöpäivä on 15.4. syyslukukaudelle ja 15.10. kevätlukukaudelle.",
            "Anmälan gör du senast sista anmälningsdag som är 15 april inför höstterminen och 15 oktober inför vårterminen.",
        ],
        "2019-02-25",
        &["deadline 2019-04-15", "deadline 2019-10-15"],
    );
}

/// A Finnish "varten" phrase after the first day names its term as well.
#[test]
fn a_term_by_its_postposition_shares_the_limit() {
    check_all(
        &[
            "Applications are due on 15 April for the autumn intake and 15 October for the spring intake.",
            "Hakemukset on jätettävä viimeistään 15.4. syyslukukautta varten ja 15.10. kevätlukukautta varten.",
            "Ansökan ska vara inne senast den 15 april för hösten och den 15 oktober för våren.",
        ],
        "2019-02-25",
        &["deadline 2019-04-15", "deadline 2019-10-15"],
    );
}

/// Days of taking place each followed by their audience stay events: the
/// join shares the reading of the first day, whatever it is.
#[test]
fn events_with_their_terms_stay_events() {
    check_all(
        &[
            "The course is held on 19 September for adults and 24 November for children.",
            "Kurssi järjestetään 19.9. syyskaudelle ja 24.11. kevätkaudelle.",
            "Kursen hålls den 19 september för vuxna och den 24 november för barn.",
        ],
        "2021-06-01",
        &["event 2021-09-19", "event 2021-11-24"],
    );
}
