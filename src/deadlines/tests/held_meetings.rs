//! Issue 14 round 33 (wrong mentions): the latest day a society's own
//! meeting is held ("stämma ska hållas senast den 30 juni") is no
//! deadline of the reader's (rule 1); a motion for the meeting due by a day
//! stays one.

use super::*;

/// A meeting the rules say must be held by a day: nothing.
#[test]
fn a_meeting_to_be_held_by_a_day_is_not_reported() {
    check_all(
        &[
            "The annual general meeting must be held no later than 30 June.",
            "Vuosikokous on pidettävä viimeistään 30.6.",
            "Ordinarie föreningsstämma ska hållas senast den 30 juni.",
        ],
        "2031-03-01",
        &[],
    );
}

/// A meeting held once a year by the end of a month: nothing.
#[test]
fn a_yearly_meeting_by_the_end_of_a_month_is_not_reported() {
    check_all(
        &[
            "The society holds one annual meeting by the end of May.",
            "Yhdistys pitää kalenterivuosittain yhden vuosikokouksen toukokuun loppuun mennessä.",
            "Vi har föreningsstämma en gång per år, senast 31 maj.",
        ],
        "2031-03-01",
        &[],
    );
}

/// Motions for the meeting due by a day: the reader's deadline.
#[test]
fn motions_for_the_meeting_stay_a_deadline() {
    check_all(
        &[
            "Motions to the annual meeting must be submitted no later than 31 January.",
            "Vuosikokoukselle osoitetut aloitteet on jätettävä viimeistään 31.1.",
            "Motioner till årsmötet ska lämnas in senast den 31 januari.",
        ],
        "2031-01-10",
        &["deadline 2031-01-31"],
    );
}

/// A company's general meeting its board must hold by a day: the reader's
/// deadline in a notice to housing companies.
#[test]
fn a_company_meeting_to_be_held_by_a_day_stays_a_deadline() {
    check_all(
        &[
            "Yhtiökokous on pidettävä syyskuun loppuun mennessä.",
            "Bolagsstämman ska hållas senast den 30 september.",
        ],
        "2031-08-18",
        &["deadline 2031-09-30"],
    );
}
