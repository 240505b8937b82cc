//! Issue 14 round 39: an application's fate past a day makes the day its
//! last one (rule 1: "Applications received after D will not be
//! processed"), also when the text says the application is rejected
//! ("avvisas", "hylätään", "rejected") or the aid withheld ("ingen
//! ersättning", "inga stöd"): the Jordbruksverket pages of real9:58 and
//! real10:58 ("Om ansökan kommer in efter den 7 maj avvisas SAM-ansökan").

use super::*;

/// A rejection past the day: the day is the deadline.
#[test]
fn an_application_rejected_after_a_day_makes_it_a_deadline() {
    check_all(
        &[
            "Applications received after 7 May will be rejected.",
            "Hakemus hylätään, jos se saapuu 7.5. jälkeen.",
            "Om ansökan kommer in efter den 7 maj avvisas ansökan.",
        ],
        "2018-01-20",
        &["deadline 2018-05-07"],
    );
}

/// No aid paid for an application past the day.
#[test]
fn aid_withheld_after_a_day_makes_it_a_deadline() {
    check_all(
        &[
            "If the application arrives after 6 May, the farmer gets no compensation at all.",
            "Jos hakemus saapuu 6.5. jälkeen, viljelijä ei saa lainkaan korvausta.",
            "Om ansökan kommer in efter den 6 maj får lantbrukaren ingen ersättning alls.",
        ],
        "2019-02-07",
        &["deadline 2019-05-06"],
    );
}

/// "inga beslut" after a day is no aid withheld: nothing (real5:57).
#[test]
fn no_decisions_after_a_day_is_nothing() {
    check_all(
        &[
            "The decision not to arrange conferences applies until 30 June.",
            "Emme tee päätöksiä 30.6. jälkeen pidettävistä konferensseista.",
            "Vi fattar inga beslut om konferenser som planeras efter den 30 juni.",
        ],
        "2020-03-31",
        &[],
    );
}
