//! Issue 14 round 22 (real39–real42, Finnish and Swedish prose): a time
//! limit told as the predicate of its day, a limit that belongs to the day
//! before a later one, fees the reader pays, a person's leave, and the
//! words of a limit that runs out; a boat launch.

use super::*;

/// "D is the last day": the day is the subject and the limit its
/// predicate, so the day is a deadline (rule 1), also when the limit names
/// a payment the reader makes.
#[test]
fn a_day_whose_predicate_is_a_time_limit_is_a_deadline() {
    check_all(
        &[
            "April 30 is the last day to pay the membership fee.",
            "30.4. on jäsenmaksujen viimeinen maksupäivä.",
            "Den 30 april är sista dagen att betala medlemsavgiften.",
        ],
        "2031-01-15",
        &["deadline 2031-04-30"],
    );
}

/// A last payment day of a fee the reader pays is the reader's deadline,
/// not a day money is paid out (rule 3 is for payments received).
#[test]
fn the_last_payment_day_of_a_fee_is_a_deadline() {
    check_all(
        &[
            "The last day to pay the membership fees is 30 April.",
            "Jäsenmaksujen viimeinen maksupäivä on 30.4.",
            "Sista betalningsdag för medlemsavgifterna är 30 april.",
        ],
        "2031-01-15",
        &["deadline 2031-04-30"],
    );
}

/// The limit is the predicate of the first day; the meeting's day named
/// after it in the same sentence is the meeting, an event (rule 3).
#[test]
fn a_limit_told_of_one_day_leaves_the_later_day_an_event() {
    check_all(
        &[
            "March 31 is the last day for motions to the annual meeting on Thursday 22 May.",
            "31.3. on viimeinen päivä jättää aloitteita vuosikokoukseen torstaina 22.5.",
            "Den 31 mars är sista datum för motioner till årsmötet torsdagen den 22 maj.",
        ],
        "2031-03-01",
        &["deadline 2031-03-31", "event 2031-05-22"],
    );
}

/// Someone of the staff on holiday or on a trip is away: no event spans
/// the absence (rule 3 names what is held, not who is out).
#[test]
fn a_person_on_holiday_or_a_trip_is_no_event() {
    check_all(
        &[
            "Toiminnanjohtaja on kesälomalla 14.-27.7. ja työmatkalla 4.-6.8.",
            "Kanslisten är på semester 14-27 juli.",
        ],
        "2031-06-01",
        &[],
    );
}

/// The last day to report a reading and the day a newsletter's copy is
/// due are the reader's deadlines (rule 1).
#[test]
fn last_reporting_and_copy_days_are_deadlines() {
    check_all(
        &[
            "Meters are read in June, the last day to report is 1.7.",
            "Mittarit luetaan kesäkuussa, viimeinen ilmoituspäivä on 1.7.",
            "Mätarna läses av i juni, sista anmälningsdag är 1.7.",
        ],
        "2031-05-20",
        &["deadline 2031-07-01"],
    );
    check_all(
        &[
            "The copy deadline for the next issue is 28.1.",
            "Seuraavan lehden aineistopäivä on 28.1.",
            "Materialstopp för nästa nummer är 28.1.",
        ],
        "2031-01-05",
        &["deadline 2031-01-28"],
    );
}

/// A registration that runs out on a day, and a charge for cancelling
/// later than a day, give that day as a deadline (rule 1).
#[test]
fn a_registration_that_runs_out_and_later_than_a_day_are_deadlines() {
    check_all(
        &[
            "Regular entries close on 30 October at 18:00.",
            "Varsinainen ilmoittautuminen umpeutuu 30.10. klo 18.",
            "Ordinarie anmälan utgår den 30 oktober kl 18.",
        ],
        "2031-10-01",
        &["deadline 2031-10-30"],
    );
    check_all(
        &[
            "Cancellations received after 24 October will not be refunded.",
            "Jos peruutat myöhemmin kuin perjantaina 24.10., perimme osallistumismaksun.",
            "Vid avanmälan senare än fredag 24 oktober debiteras startavgiften.",
        ],
        "2031-10-01",
        &["deadline 2031-10-24"],
    );
}

/// Putting the club's boats in the water is held on a day: an event
/// (rule 3), told by its noun alone.
#[test]
fn a_boat_launch_is_an_event() {
    check_all(
        &[
            "The boat launch at the club harbour will take place on 7 May.",
            "Veneiden vesillelasku on kerhon satamassa 7.5.",
            "Information om sjösättningen den 7 maj i klubbens hamn.",
        ],
        "2031-04-05",
        &["event 2031-05-07"],
    );
}

/// "the last Friday of September" names a day on the calendar, no last day
/// to act (real425:20): an occasion held then is an event.
#[test]
fn the_last_weekday_of_a_month_names_a_day() {
    check_rules_all(
        &[
            "The science event is held on the last Friday of September (29.9.2017).",
            "Tiedetapahtuma järjestetään syyskuun viimeisenä perjantaina 29.9.2017.",
            "Vetenskapsevenemanget ordnas den sista fredagen i september (29.9.2017).",
        ],
        "2017-08-28",
        &["event 2017-09-29"],
    );
    // a limit on that day stays a limit
    check_rules(
        "Anmäl dig senast sista fredagen i september, 29.9.2017.",
        "2017-08-28",
        &["deadline 2017-09-29"],
    );
}
