//! Issue 14 round 39 (dated lines and listings): a deadline named as the
//! subject and its day told with a copula ("The closing date for … is
//! Friday, 5th February 2021 at 4.00pm", real95:16) is a deadline however
//! long the subject (`classify/copula_days.rs`); the weekday and the hour
//! beside the day read it as an occasion before.

use super::*;

/// The subject's name is further back than the words read around a day.
#[test]
fn a_long_subject_named_a_closing_date_gives_a_deadline() {
    check_all(
        &[
            "The closing date for applications online under the Community Emergency Fund (2nd Round) is Friday, 5th February 2021 at 4.00pm.",
            "Kampanjan kaikkien lahjoitusten viimeinen palautuspäivä on perjantai 5.2.2021 klo 16.",
            "Sista ansökningsdag för bidrag ur kommunens stödfond för föreningar är fredag 5 februari 2021 kl. 16.",
        ],
        "2021-01-10",
        &["deadline 2021-02-05"],
    );
}

/// An occasion told with a copula stays an occasion.
#[test]
fn an_occasion_told_with_a_copula_stays_an_event() {
    check_all(
        &[
            "The annual show of the society in the village hall is on Friday, 5th February 2021 at 4.00pm.",
            "Yhdistyksen vuosinäyttely kylätalolla on perjantaina 5.2.2021 klo 16.",
            "Föreningens årliga utställning i bygdegården är fredag 5 februari 2021 kl. 16.",
        ],
        "2021-01-10",
        &["event 2021-02-05"],
    );
}
