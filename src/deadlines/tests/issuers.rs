//! Issue 14 (real7/real8 causes): the issuer's own days and the opening
//! of a period, written as labels, with a weekday and a comma, or as what
//! should have reached the reader by a day.

use super::*;

/// A label "Applications open:" before a date opens a period; "as of
/// Monday, October 5" is a start even with the weekday's comma.
#[test]
fn openings_in_labels_and_after_a_weekday() {
    check(
        "Applying for Reception class places\n\nApplications open: 3 March 2025\n\nApplications close: 30 April 2025",
        "2025-02-01",
        &["deadline 2025-04-30"],
    );
    check(
        "Applications for events and projects are open as of Monday, March 3, 2025 and will close on Friday, April 4, 2025.",
        "2025-02-01",
        &["deadline 2025-04-04"],
    );
    check(
        "Haku tapahtumille ja hankkeille on avoinna alkaen maanantaina 3.3.2025 ja päättyy perjantaina 4.4.2025.",
        "2025-02-01",
        &["deadline 2025-04-04"],
    );
    check(
        "Ansökan för evenemang öppnar: måndag 3 mars 2025. Ansökan stänger: fredag 4 april 2025.",
        "2025-02-01",
        &["deadline 2025-04-04"],
    );
}

/// What should have reached the reader by a day, and the day places are
/// offered, are the sender's: no deadline of the reader's.
#[test]
fn what_the_reader_should_have_received() {
    check(
        "You should have received your voting card by 2 May 2026.",
        "2026-04-01",
        &[],
    );
    check(
        "Du bör ha fått ditt röstkort senast 3 september 2026.",
        "2026-08-01",
        &[],
    );
    check(
        "Sinun pitäisi olla saanut äänestyskorttisi viimeistään 3.9.2026.",
        "2026-08-01",
        &[],
    );
    check("National offer day: 16 April 2026", "2026-03-01", &[]);
    check("Antagningsbesked: 9 december", "2025-11-01", &[]);
}
