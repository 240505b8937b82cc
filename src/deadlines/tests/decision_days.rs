//! Issue 14 round 40, settled again at stop 33: a council's or board's
//! decision day with no meeting named ("Kaupunginvaltuuston 18.6.2024
//! päätöksiä", "Kommunstyrelsen beslutar den 10 mars") is the issuer's act
//! and gives nothing (rule 5); a body's meeting is an event whoever may
//! follow it, also when the text tells what it will handle there
//! ("Kaupunginhallitus käsittelee kokouksessaan 10. maaliskuuta …") or a
//! matter goes before it ("presented to Cabinet on 8 April").

use super::*;

/// A body deciding on a day with no meeting named: its own act, nothing.
#[test]
fn a_body_deciding_on_a_day_with_no_meeting_named_is_not_reported() {
    check_all(
        &[
            "The city board will decide on the lease on 10 March 2031.",
            "Kaupunginvaltuuston 10.3.2031 päätöksiä",
            "Kommunstyrelsen beslutar om hyresavtalet den 10 mars 2031.",
        ],
        "2031-02-01",
        &[],
    );
}

/// A body's meeting named with its day is an event, even when the text
/// tells what the body will handle there (the settled convention on
/// meetings, stop 33).
#[test]
fn a_body_handling_a_matter_at_its_meeting_is_an_event() {
    check_all(
        &[
            "The city board will consider the lease at its meeting on 10 March 2031.",
            "Kaupunginhallitus käsittelee kokouksessaan 10. maaliskuuta 2031 vuokrasopimusta.",
            "Kommunstyrelsen behandlar vid sitt sammanträde den 10 mars 2031 hyresavtalet.",
        ],
        "2031-02-01",
        &["event 2031-03-10"],
    );
}

/// A matter brought before a body on a day: the body sits that day.
#[test]
fn a_matter_going_before_a_body_on_a_day_is_its_sitting() {
    check_all(
        &[
            "A public report will be presented to Cabinet on 8 April 2031.",
            "Asia tulee kaupunginvaltuuston käsittelyyn 8.4.2031.",
            "Ärenden som ska till beslut i kommunfullmäktige 8/4 2031.",
        ],
        "2031-02-01",
        &["event 2031-04-08"],
    );
}

/// The same meeting with the public invited to follow it: an event.
#[test]
fn a_council_meeting_the_public_may_follow_stays_an_event() {
    check_all(
        &[
            "The council meets on 10 March 2031. The public may attend the meeting.",
            "Kaupunginvaltuusto kokoontuu 10.3.2031. Yleisö voi seurata kokousta.",
            "Kommunfullmäktige sammanträder den 10 mars 2031. Allmänheten kan följa mötet.",
        ],
        "2031-02-01",
        &["event 2031-03-10"],
    );
}

/// A board's evening seminar on a matter ("iltakoulussaan") is held for
/// it and stays an event, as the labels read it.
#[test]
fn a_boards_evening_seminar_stays_an_event() {
    check_all(
        &[
            "Kaupunginhallitus käsittelee säästötoimia iltakoulussaan 10.3.2031.",
            "The council board will discuss the savings at its evening seminar on 10 March 2031.",
            "Kommunstyrelsen diskuterar sparåtgärderna på sitt seminarium den 10 mars 2031.",
        ],
        "2031-02-01",
        &["event 2031-03-10"],
    );
}

/// The issuer's answer after a dash (real390:19) starts a clause of its
/// own: the reader's limit before it stays a deadline, and the answer's
/// day is the issuer's act.
#[test]
fn a_decision_after_a_dash_leaves_the_limit_before_it() {
    check_rules_all(
        &[
            "Ansökan lämnas senast 15 maj - beslut ges 23 juni.",
            "Applications by 15 May - decisions are made on 23 June.",
        ],
        "2019-12-20",
        &["deadline 2020-05-15"],
    );
}

/// A capital after the dash leads the day's own label in a list of key
/// dates, which the dash does not part from its day.
#[test]
fn a_dated_label_after_a_dash_stays_the_days() {
    check_rules(
        "Key Dates\n\n6 April - Last day to apply for a postal vote\n\n27 April - Last day to register to vote",
        "2021-03-10",
        &["deadline 2021-04-06", "deadline 2021-04-27"],
    );
}

/// "Päättää" with a matter decides it on the day (real398:32), whichever
/// body sits; deciding what will be ("päättää, että … on suljettuna")
/// leaves the day to what is decided.
#[test]
fn a_council_deciding_a_matter_is_its_own_act() {
    check_rules_all(
        &[
            "Kaupunginvaltuusto päättää talousarviosta 11.11.2024.",
            "Pormestarin ehdotus julkistetaan 21.10.2024 ja kaupunginvaltuusto päättää talousarviosta 11.11.2024.",
        ],
        "2024-03-18",
        &[],
    );
    check_rules(
        "Kaupunginvaltuusto päättää, että kaupungintalo on suljettuna 23.12.–31.12.2024.",
        "2024-03-18",
        &["event 2024-12-23 2024-12-31"],
    );
}
