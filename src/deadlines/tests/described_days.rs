//! Issue 14 round 27 (lines): a calendar's days alone on their lines, each
//! over a paragraph telling what happens then (`described_days.rs`).

use super::*;

/// A union's calendar: day, description, day, description.
#[test]
fn days_alternating_with_descriptions_are_a_calendars_events() {
    let texts = [
        "Club calendar\n\n12.3\nBread baking – an evening course in the town hall. Why does dough rise? How do you bake rye bread that keeps? We go through it all in the kitchen together.\n19.3\nSpring plants for the balcony: which ones survive frost, and how to sow them indoors first.\n26.3\nSoap making",
        "Yhdistyksen kalenteri\n\n12.3\nLeivontaa – iltakurssi kaupungintalolla. Miksi taikina nousee? Miten leivot ruisleipää, joka säilyy? Käymme kaiken läpi yhdessä keittiössä.\n19.3\nKevään parvekekasvit: mitkä selviävät hallasta ja miten ne esikasvatetaan sisällä.\n26.3\nSaippuan valmistus",
        "Förbundskalender\n\n12.3\nBrödbak – en kvällskurs i stadshuset. Varför jäser degen? Hur bakar man rågbröd som håller? Vi går igenom allt i köket tillsammans.\n19.3\nVårens balkongväxter: vilka tål frost och hur förodlar man dem inomhus.\n26.3\nTvåltillverkning",
    ];
    check_all(
        &texts,
        "2027-02-01",
        &["event 2027-03-12", "event 2027-03-19", "event 2027-03-26"],
    );
}

/// A news listing's past datelines, each over its item's lead, are the
/// page's own days, and a timeline's steps tell what their days are with
/// their own words (a notification is the issuer's step): no calendar.
#[test]
fn past_datelines_and_a_timelines_steps_are_no_calendar() {
    let cases: [(&str, &str, &[&str]); 6] = [
        ("News\n\n12.3.2027\nThe council opened the new library. Visitors filled the rooms.\n5.3.2027\nThe ferry timetable changed for the spring.", "2027-03-20", &[]),
        ("Uutiset\n\n12.3.2027\nKaupunki avasi uuden kirjaston. Kävijät täyttivät salit.\n5.3.2027\nLautan aikataulu muuttui kevääksi.", "2027-03-20", &[]),
        ("Nyheter\n\n12.3.2027\nKommunen öppnade det nya biblioteket. Besökarna fyllde salarna.\n5.3.2027\nFärjans tidtabell ändrades inför våren.", "2027-03-20", &[]),
        ("Dates\n\nMarch 15\nAuthors notified of the decision on their papers.\nMay 15\nFinal papers due.", "2027-01-10", &["deadline 2027-05-15"]),
        ("Aikataulu\n\n15.3.\nKirjoittajille ilmoitetaan päätöksestä sähköpostilla.\n15.5.\nLopulliset artikkelit palautettava viimeistään.", "2027-01-10", &["deadline 2027-05-15"]),
        ("Tidplan\n\n15 mars\nFörfattarna meddelas beslutet per e-post.\n15 maj\nSlutliga artiklar ska lämnas in senast.", "2027-01-10", &["deadline 2027-05-15"]),
    ];
    for (text, today, want) in cases {
        check(text, today, want);
    }
}
