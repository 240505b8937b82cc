//! Issue 14 round 41 (headings, titles and ranges with hours): a range
//! joined by "to"/"till" with no "from", whose two days each carry the
//! same dressing (a Swedish weekday and "den", an hour and "on"), is one
//! range, not its first day alone (real23:41, real21:6, real99:29).

use super::*;

/// Both days with their weekday and "den".
#[test]
fn weekdays_with_den_on_both_days_are_one_range() {
    check_all(
        &[
            "Biblioteket hålls stängt måndagen den 28 september till lördagen den 3 oktober.",
            "The library is closed from Monday 28 September to Saturday 3 October.",
            "Kirjasto on suljettu maanantaista 28.9. lauantaihin 3.10.",
        ],
        "2032-09-01",
        &["event 2032-09-28 2032-10-03"],
    );
}

/// Both days with an hour and "on": a road closure.
#[test]
fn hours_with_on_on_both_days_are_one_range() {
    check_all(
        &[
            "12:00 on 4 October to 08:00 on 6 October - High Street (part) - Mop Fair",
            "Katu on suljettu 4.10. klo 12 – 6.10. klo 8 markkinoiden vuoksi.",
            "Gatan är avstängd från 4 oktober kl. 12 till 6 oktober kl. 8 under marknaden.",
        ],
        "2032-09-01",
        &["event 2032-10-04 2032-10-06"],
    );
}

/// Only the closing day dressed: an hour on the first day's evening is
/// no sign of a range, and the days stay as they were read.
#[test]
fn a_dressed_closing_day_alone_joins_nothing() {
    check_all(
        &["The hall is booked on 4 October to 08:00 on 6 October."],
        "2032-09-01",
        &["event 2032-10-04", "event 2032-10-06"],
    );
}

/// An hour after the opening day before "through": the range still joins.
#[test]
fn an_hour_before_through_keeps_the_range() {
    check_all(
        &[
            "The food drive runs Friday, November 13, 2032, 5:00 PM through Sunday, November 15, 2032, 10:00 AM.",
            "Keräys pidetään pe 13.11.2032 klo 17 – su 15.11.2032 klo 10.",
            "Insamlingen pågår fredag 13 november 2032 kl. 17 – söndag 15 november 2032 kl. 10.",
        ],
        "2032-11-01",
        &["event 2032-11-13 2032-11-15"],
    );
}

/// Issue 14 round 38: the last day after the dash keeps its weekday and
/// its "den" (real271:11, :52); the range is still one.
#[test]
fn a_dashed_last_day_keeps_its_den() {
    check_all(
        &[
            "Time: Monday 16 May – Wednesday 18 May 2022.",
            "Aika: maanantai 16.5. – keskiviikko 18.5.2022.",
            "Tid: måndag den 16 maj – onsdag den 18 maj 2022.",
            "Tid: den 16 maj – den 18 maj 2022.",
        ],
        "2022-05-12",
        &["event 2022-05-16 2022-05-18"],
    );
}
