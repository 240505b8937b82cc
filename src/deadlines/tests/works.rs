//! Issue 14 round 13 (real23/real24): services moved off their usual
//! day, ranges and periods read whole, and what a text tells of works and
//! consultations already done or aimed at by the issuer.

use super::*;

/// A consultation that "has already taken place" is past; comments on the new draft
/// have a deadline.
#[test]
fn a_consultation_that_has_already_taken_place_is_past() {
    check_all(
        &[
            "A first consultation has already taken place (between 2 February - 20 March). Send your comments on the new draft by 9 June.",
            "Ensimmäinen kuuleminen on jo pidetty (2.2.–20.3.). Lähetä kommenttisi uudesta luonnoksesta 9.6. mennessä.",
            "Ett första samråd har redan ägt rum (2 februari - 20 mars). Skicka dina synpunkter på det nya förslaget senast den 9 juni.",
        ],
        "2031-05-01",
        &["deadline 2031-06-09"],
    );
}

/// When the issuer's works are expected to be done is its own target
/// (rule 5); the day of the closure is an event.
#[test]
fn works_expected_to_be_completed_give_no_deadline() {
    check_all(
        &[
            "The hall is closed for repairs on Monday 6 October 2031. The repairs are expected to be completed by the end of November.",
            "Sali on suljettuna korjausten vuoksi maanantaina 6.10.2031. Korjausten arvioidaan valmistuvan marraskuun loppuun mennessä.",
            "Hallen är stängd för reparationer måndagen den 6 oktober 2031. Reparationerna beräknas vara klara senast i slutet av november.",
        ],
        "2031-09-20",
        &["event 2031-10-06"],
    );
}

/// Issue 14 round 13 (real23): two labels of the same thing, the second
/// telling when it takes place ("Collection due Collection will take
/// place"): each row's first day is the one replaced, the second the day
/// it is held on.
#[test]
fn a_row_of_a_usual_and_a_moved_day_gives_the_moved_one() {
    check_all(
        &[
            "Bulky waste over Easter\nCollection due Collection will take place\nFriday 10 April Saturday 11 April\nMonday 13 April Tuesday 14 April",
            "Suurjätekeräys pääsiäisenä\nKeräys normaalisti Keräys järjestetään\npe 10.4. la 11.4.\nma 13.4. ti 14.4.",
            "Grovsopor under påsken\nHämtning ordinarie Hämtning genomförs\nfredag 10 april lördag 11 april\nmåndag 13 april tisdag 14 april",
        ],
        "2026-03-20",
        &["event 2026-04-11", "event 2026-04-14"],
    );
}

/// Issue 14 round 13 (real24): a service done earlier than the holiday it
/// falls on is held on the new day only, even when that is a weekend's
/// range; a day on which it is done as usual is no event.
#[test]
fn a_collection_done_before_its_holiday_gives_the_new_day() {
    check_all(
        &[
            "Bins due on Friday 25 December 2026 will be emptied already on Saturday 19 December. On Monday 28 December bins are emptied as usual.",
            "Perjantaille 25.12.2026 osuvat tyhjennykset tehdään jo lauantaina 19.12. Maanantaina 28.12. jäteastiat tyhjennetään normaalisti.",
            "Tömningar fredag 25 december 2026 töms redan lördag 19 december. Måndag 28 december töms kärlen som vanligt.",
        ],
        "2026-12-01",
        &["event 2026-12-19"],
    );
    check_all(
        &[
            "The collections of Thursday 24 December 2026 are emptied already on the weekend 19–20 December.",
            "To 24.12.2026 tyhjennykset tehdään jo edeltävänä viikonloppuna 19.–20.12.",
            "Tömningarna torsdag 24 december 2026 töms redan helgen 19–20 december.",
        ],
        "2026-12-01",
        &["event 2026-12-19 2026-12-20"],
    );
}

/// Issue 14 round 13 (real23): the last day of a range after "through"
/// keeps its weekday and comma; an action's period under "How it works:"
/// (a method, no works) ends on a deadline.
#[test]
fn a_range_through_a_weekday_with_its_comma() {
    check_all(
        &[
            "The pool will be closed Tuesday, March 9 through Friday, March 12, 2027.",
            "Uimahalli on suljettuna tiistaista 9.3. perjantaihin 12.3.2027.",
            "Simhallen hålls stängd den 9 mars till den 12 mars 2027.",
        ],
        "2027-02-20",
        &["event 2027-03-09 2027-03-12"],
    );
    check_all(
        &[
            "How it works:\n- Register online, Tuesday, March 9 through Friday, March 12, 2027.",
            "Näin se toimii:\n- Ilmoittaudu verkossa 9.3.–12.3.2027.",
            "Så går det till:\n- Anmäl dig på webben 9 mars–12 mars 2027.",
        ],
        "2027-02-20",
        &["deadline 2027-03-12"],
    );
}

/// Issue 14 round 13 (real13 kept): a report the reader makes over a period
/// is an action, so the period ends on a deadline (rule 2).
#[test]
fn a_period_to_report_in_ends_on_a_deadline() {
    check_all(
        &[
            "Report your hours at the club house, Monday, March 1 through Friday, March 12, 2027.",
            "Raportoikaa tuntinne kerhotalolla 1.3.–12.3.2027.",
            "Rapportera dina timmar i klubbhuset 1 mars–12 mars 2027.",
        ],
        "2027-02-20",
        &["deadline 2027-03-12"],
    );
}
