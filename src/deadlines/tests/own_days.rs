//! Issue 14 round 12 (real21/real22): days of the issuer's own — the
//! moment a page was written or a notice sent, and weeks of other hours.

use super::*;

/// A day stamped with a time to the second is when the page was written;
/// the day the text announces is still read.
#[test]
fn a_day_stamped_to_the_second_is_the_page_date() {
    check_all(
        &[
            "Seminar on the new bus routes 12.10.2026 08:15:02 EEST | Press release\n\nThe seminar on the new bus routes is held on 20.10.2026 at the town hall.",
            "Bussireittien seminaari 12.10.2026 08:15:02 EEST | Tiedote\n\nUusia bussireittejä käsittelevä seminaari järjestetään 20.10.2026 kaupungintalolla.",
            "Seminarium om busslinjerna 12.10.2026 08:15:02 EEST | Pressmeddelande\n\nSeminariet om de nya busslinjerna hålls den 20.10.2026 i stadshuset.",
        ],
        "2026-10-12",
        &["event 2026-10-20"],
    );
}

/// "Utsändningsdag: Tisdagen den 22 maj" over a notice of a meeting: the
/// day the notice was sent is no event, the meeting is.
#[test]
fn the_day_a_notice_was_sent_is_not_reported() {
    check_all(
        &[
            "Date of issue: Tuesday 22 May 2029. Notice of meeting: the board meets on Tuesday 29 May 2029 at 8.15.",
            "Lähetyspäivä: tiistai 22.5.2029. Kokouskutsu: hallitus kokoontuu tiistaina 29.5.2029 klo 8.15.",
            "Utsändningsdag: tisdagen den 22 maj 2029. Kallelse: styrelsen sammanträder tisdagen den 29 maj 2029 kl. 8.15.",
        ],
        "2029-05-22",
        &["event 2029-05-29"],
    );
}

/// Weeks in which a service keeps changed hours are no event.
#[test]
fn weeks_of_changed_opening_hours_are_no_event() {
    check_all(
        &[
            "During the summer (29 June - 14 August 2026) the helpdesk will have changed opening hours.",
            "Kesällä (29.6.–14.8.2026) neuvonnalla on poikkeavat aukioloajat.",
            "Under sommaren (29 juni - 14 augusti 2026) kommer kundtjänsten att ha förändrade öppettider.",
        ],
        "2026-05-20",
        &[],
    );
}

/// "to be held no earlier than A and no later than B": the window a body
/// holds something in names no day of it; the members' own limit is read.
#[test]
fn a_window_to_hold_something_in_names_no_day() {
    check_all(
        &[
            "The annual meeting shall be held at the earliest on 1 March and at the latest on 30 June. Motions must be submitted by 1 February.",
            "Vuosikokous pidetään aikaisintaan 1.3. ja viimeistään 30.6. Aloitteet on jätettävä viimeistään 1.2.",
            "Årsmötet ska hållas tidigast den 1 mars och senast den 30 juni. Motioner ska lämnas in senast den 1 februari.",
        ],
        "2027-01-10",
        &["deadline 2027-02-01"],
    );
}

/// "must be held between 1 March and 1 June": a rule on when a body must
/// meet names a window; the day this year's meeting is held is read.
#[test]
fn a_rule_to_meet_between_two_days_names_no_day() {
    check_all(
        &[
            "The annual village meeting must be held between 1st March and 1st June. This year the meeting is held on 14 April 2028 at the hall.",
            "Kyläkokous on pidettävä 1.3.–1.6. välisenä aikana. Tänä vuonna kokous pidetään 14.4.2028 seurantalolla.",
            "Bystämman ska hållas mellan den 1 mars och den 1 juni. I år hålls stämman den 14 april 2028 i bygdegården.",
        ],
        "2028-02-01",
        &["event 2028-04-14"],
    );
}
