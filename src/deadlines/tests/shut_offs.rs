//! Issue 14 round 18 (real27–real34, prose): a supply shut off on a day is
//! a service break, an event; "stängs av" is the Swedish particle verb of
//! shutting off, not "stängs" (closes) telling the end of something.

use super::*;

/// "The water is shut off on …", "vesi katkaistaan …", "vattnet stängs av
/// …": the day of the break.
#[test]
fn a_supply_shut_off_on_a_day_is_an_event() {
    check_all(
        &[
            "The water will be shut off on Wednesday 19 March 2031 for the meter change.",
            "Vesi katkaistaan keskiviikkona 19.3.2031 mittarin vaihdon vuoksi.",
            "Vattnet stängs av onsdagen den 19 mars 2031 för mätarbytet.",
        ],
        "2031-03-02",
        &["event 2031-03-19"],
    );
}

/// A call that "stängs" still closes on its day: the particle alone changes
/// the reading.
#[test]
fn a_call_that_closes_stays_a_deadline() {
    check_all(
        &[
            "The application round closes on 19 March 2031.",
            "Hakukierros sulkeutuu 19.3.2031.",
            "Ansökningsomgången stängs den 19 mars 2031.",
        ],
        "2031-03-02",
        &["deadline 2031-03-19"],
    );
}

/// Issue 14 round 37: a break told by its period ("under perioden") is the
/// break's days, no statistical period; an hour after the first day, also
/// "klockan", still joins the two days.
#[test]
fn a_break_told_by_its_period_is_one_event() {
    check_all(
        &[
            "The planned outage of the e-services falls in the period 25.8. at 16.15 – 4.9.2017.",
            "Sähköisten palvelujen käyttökatko ajoittuu ajanjaksolle 25.8. klo 16.15 – 4.9.2017.",
            "Driftavbrottet infaller under perioden 25.8. klockan 16.15 – 4.9.2017.",
            "Driftavbrottet infaller under perioden 25.8.–4.9.2017.",
        ],
        "2017-08-14",
        &["event 2017-08-25 2017-09-04"],
    );
}
