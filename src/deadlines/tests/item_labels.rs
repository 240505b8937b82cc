//! Issue 14 round 19: a dated item's own label decides before the layout
//! it stands in (`dated_lists/item_labels.rs`): a submission or a due day
//! is the reader's deadline, a notification the organiser's own day, and
//! only the days named for neither keep the occasion of a run of items.

use super::*;

/// A conference's important dates: submissions due, decisions told, the
/// conference days themselves.
#[test]
fn an_items_label_decides_before_its_run() {
    let texts = ["Important dates\n\n • 16.3.2026: Paper submission\n • 20.4.2026: Acceptance notification\n • 4.5.2026: Registration\n • 12.6.2026: Main conference",
"Tärkeät päivät\n\n • 16.3.2026: Artikkelien jättö\n • 20.4.2026: Päätökset\n • 4.5.2026: Ilmoittautuminen\n • 12.6.2026: Pääkonferenssi",
"Viktiga datum\n\n • 16.3.2026: Inlämning av artiklar\n • 20.4.2026: Besked om antagning\n • 4.5.2026: Anmälan\n • 12.6.2026: Huvudkonferens"];
    check_all(
        &texts,
        "2026-02-01",
        &[
            "deadline 2026-03-16",
            "deadline 2026-05-04",
            "event 2026-06-12",
        ],
    );
}

/// Yearless steps of a call, one a line with no heading: what is due is a
/// deadline, what the organiser announces is nothing of the reader's.
#[test]
fn due_items_are_deadlines_and_announcements_nothing() {
    let texts = ["September 1: Portal opens\nOctober 31: Deadline for all submissions\nDecember 20: Results announced\nJanuary 15: Student papers due",
"1.9.: Portaali aukeaa\n31.10.: Määräaika kaikille hakemuksille\n20.12.: Tulokset julkistetaan\n15.1.: Opiskelijoiden hakemukset",
"1 september: Portalen öppnar\n31 oktober: Deadline för alla bidrag\n20 december: Resultaten meddelas\n15 januari: Studenternas ansökningar"];
    check_all(
        &texts,
        "2026-08-20",
        &["deadline 2026-10-31", "deadline 2027-01-15"],
    );
}

/// A talk's title naming decisions, with its time of day, is still a
/// talk; "due to" tells a cause, no duty.
#[test]
fn a_timed_title_or_a_cause_keeps_the_occasion() {
    let texts = ["Lectures:\n\n • Tuesday 10.3. 18:00 Hall A: Great decisions\n • Thursday 12.3. 18:00 Hall A: Health\n • Tuesday 17.3. 18:00 Hall A: Cities\n\nMeetings 2026\n\n6.5. Full meeting\n26.6. Full meeting - due to the election\n3.9. Full meeting",
"Luennot:\n\n • Tiistai 10.3. klo 18 Sali A: Suuret päätökset\n • Torstai 12.3. klo 18 Sali A: Terveys\n • Tiistai 17.3. klo 18 Sali A: Kaupungit",
"Föreläsningar:\n\n • Tisdag 10.3. kl. 18 Sal A: Stora beslut\n • Torsdag 12.3. kl. 18 Sal A: Hälsa\n • Tisdag 17.3. kl. 18 Sal A: Städer"];
    check(
        texts[0],
        "2026-02-01",
        &[
            "event 2026-03-10",
            "event 2026-03-12",
            "event 2026-03-17",
            "event 2026-05-06",
            "event 2026-06-26",
            "event 2026-09-03",
        ],
    );
    check_all(
        &texts[1..],
        "2026-02-01",
        &["event 2026-03-10", "event 2026-03-12", "event 2026-03-17"],
    );
}
