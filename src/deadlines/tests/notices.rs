//! Issue 14 round 11 (real19/real20): days that are no reader's deadline —
//! a notice told of its receivers, the end of an hour range.

use super::*;

/// "26 March Authors notified of outcome" under a deadlines heading: the
/// receivers of a notice are told, not asked to act.
#[test]
fn a_notice_told_of_its_receivers_is_no_deadline() {
    check_all(
        &[
            "Key deadlines\n\n15 March 2026 Abstracts due\n26 March 2026 Authors notified of outcome",
            "Määräajat\n\n15.3.2026 Tiivistelmät viimeistään\n26.3.2026 Kirjoittajille ilmoitetaan valinnasta",
            "Tidsfrister\n\n15 mars 2026 Sista dag för abstrakt\n26 mars 2026 Författarna underrättas om resultatet",
        ],
        "2026-01-10",
        &["deadline 2026-03-15"],
    );
}

/// "open 9–12 and on 15.9.": the end of an hour range before a day is an
/// hour, not a first day listed with it.
#[test]
fn the_end_of_an_hour_range_is_no_listed_day() {
    for input in [
        "Send the forms by 15.9.2026 to the office, open at 9–12 and 15.9.2026.",
        "Lomakkeet on toimitettava 15.9.2026 mennessä toimistoon, joka on avoinna klo 9–12 sekä 15.9.2026.",
        "Blanketterna ska lämnas senast 15.9.2026 till kansliet, öppet kl. 9–12 och 15.9.2026.",
    ] {
        let got = find(input, Lang::Auto, day("2026-06-14"));
        assert!(
            got.iter().any(|m| m.kind == Kind::Deadline && m.date == day("2026-09-15")),
            "{input}: {got:?}"
        );
        assert!(
            got.iter().all(|m| m.date == day("2026-09-15")),
            "{input}: {got:?}"
        );
    }
}

/// "becomes delinquent after May 10": a penalty past a day makes it the
/// last day to pay ("on or after" still opens a span).
#[test]
fn a_penalty_after_a_day_makes_it_a_deadline() {
    check_all(
        &[
            "The second half is due April 10 and becomes delinquent after May 10.",
            "Toinen erä erääntyy 10.4. ja 10.5. jälkeen maksetuista peritään viivästyskorkoa.",
            "Andra delen förfaller 10 april och för betalningar efter 10 maj tas dröjsmålsränta ut.",
        ],
        "2026-03-01",
        &["deadline 2026-04-10", "deadline 2026-05-10"],
    );
}

/// "If 10 May falls on a weekend, …": the day named in a condition is the
/// case the rest is about, no event of its own.
#[test]
fn a_day_that_falls_on_a_weekend_in_a_condition_is_no_event() {
    check_all(
        &[
            "The fee is due on 10 May. If 10 May falls on a weekend, the fee is due on the next weekday.",
            "Maksu erääntyy 10.5. Jos 10.5. osuu viikonloppuun, maksu erääntyy seuraavana arkipäivänä.",
            "Avgiften förfaller 10 maj. Om 10 maj infaller på en helgdag, förfaller avgiften nästa vardag.",
        ],
        "2026-03-01",
        &["deadline 2026-05-10"],
    );
}

/// "Covering the period from January 1st to June 30th" under an
/// instalment: the span a payment covers is a reference period.
#[test]
fn the_period_an_instalment_covers_is_no_event() {
    check_all(
        &[
            "February 1st – Second instalment due\nCovering the period from January 1st to June 30th.",
            "1.2. – Toinen erä erääntyy\nKattaa ajanjakson 1.1.–30.6.",
            "1 februari – Andra delbetalningen förfaller\nAvser perioden 1 januari–30 juni.",
        ],
        "2026-01-10",
        &["deadline 2026-02-01"],
    );
}

/// "järjestetään 15. syyskuuta puolentoista vuoden tauon jälkeen": "after"
/// a break named after the day is no "after the day" (which still is:
/// "15.9. klo 16 jälkeen saapuneita hakemuksia ei käsitellä").
#[test]
fn after_something_else_named_after_the_day() {
    check_all(
        &[
            "The recruitment fair is held on 15 September after a break of two years.",
            "Rekrytointimessut järjestetään 15. syyskuuta kahden vuoden tauon jälkeen.",
            "Rekryteringsmässan anordnas den 15 september efter två års paus.",
        ],
        "2026-09-01",
        &["event 2026-09-15"],
    );
    check(
        "15.9.2026 klo 16 jälkeen saapuneita hakemuksia ei käsitellä.",
        "2026-09-01",
        &["deadline 2026-09-15"],
    );
}

/// "Den 2 januari öppnar återigen barnbassängerna i Simhallen": a
/// reopening ends a break and is no event of its own.
#[test]
fn a_reopening_is_no_event() {
    check_all(
        &[
            "On 2 January the children's pool opens again at the swimming hall.",
            "2.1. avautuvat jälleen lasten altaat uimahallissa.",
            "Den 2 januari öppnar återigen barnbassängerna i simhallen.",
        ],
        "2025-12-16",
        &[],
    );
}
