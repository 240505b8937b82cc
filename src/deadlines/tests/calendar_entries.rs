//! Issue 14 round 22 (lines): a calendar whose days lead their entries
//! ("14 mars\n\n10.00\n\nVårstädning i hamnen.") reads each day with the text
//! under it, an occasion unless that text names a limit
//! (`day_runs/day_leads.rs`).

use super::*;

/// Under a year heading, each day alone (with at most its clock time, or a
/// clock time on the line under it) is the day of the text under it: an
/// occasion, or a deadline where the text says the last day.
#[test]
fn days_lead_their_entries_in_a_calendar() {
    let texts = [
        "Club calendar 2026\n\n14 March\n\n10.00\n\nSpring clean-up of the marina. Bring gloves.\n\n2 May\nAnnual general meeting in the clubhouse.\n\n16 May\nLast day to register boats for the summer moorings",
        "Seuran kalenteri 2026\n\n14. maaliskuuta\n\n10.00\n\nSataman kevätsiivous. Ota hanskat mukaan.\n\n2. toukokuuta\nVuosikokous kerhotalolla.\n\n16. toukokuuta\nViimeinen päivä ilmoittaa veneet kesäpaikoille",
        "Klubbens kalender 2026\n\n14 mars\n\n10.00\n\nVårstädning i hamnen. Ta med handskar.\n\n2 maj kl 18.00\nÅrsmöte i klubbhuset.\n\n16 maj\nSista dag att anmäla båtar till sommarplatserna",
    ];
    check_all(
        &texts,
        "2026-02-01",
        &[
            "event 2026-03-14",
            "event 2026-05-02",
            "deadline 2026-05-16",
        ],
    );
}

/// A note ending in a full stop opens a calendar too, and a text that is a
/// sentence of its own under its day is still that day's entry.
#[test]
fn a_note_opens_the_calendar_under_it() {
    let texts = [
        "Summer programme\n\nChanges may still come.\n\n6 June kl 14.00\nWe walk the village paths. Bring a packed lunch.\n\n20 June\nMidsummer party at the hall. Music and coffee.",
        "Kesän ohjelma\n\nMuutokset ovat mahdollisia.\n\n6. kesäkuuta klo 14.00\nKävelemme kylän polut. Ota eväät mukaan.\n\n20. kesäkuuta\nJuhannusjuhla talolla. Musiikkia ja kahvia.",
        "Sommarprogram\n\nÄndringar kan ske.\n\n6 juni kl 14.00\nVi vandrar byns stigar. Ta med matsäck.\n\n20 juni\nMidsommarfest i bygdegården. Musik och kaffe.",
    ];
    check_all(
        &texts,
        "2026-05-01",
        &["event 2026-06-06", "event 2026-06-20"],
    );
}

/// A label above its day ("Paper submission\n\n10 March") keeps its own
/// layout, and a news listing's past datelines stay publication days.
#[test]
fn labels_above_days_and_past_datelines_are_no_calendar() {
    let labelled = [
        "Important dates\n\nPaper submission\n\n10 March\n\nNotification of acceptance\n\n2 May",
        "Tärkeät päivät\n\nPaperien jättö\n\n10. maaliskuuta\n\nPäätökset\n\n2. toukokuuta",
        "Viktiga datum\n\nInlämning av bidrag\n\n10 mars\n\nBesked om antagning\n\n2 maj",
    ];
    check_all(&labelled, "2026-02-01", &["deadline 2026-03-10"]);
    let news = [
        "News 2026\n\nThe club met.\n\n12 January 2026\nThe board was elected.\n\n3 January 2026\nThe ice was measured.",
        "Uutiset 2026\n\nSeura kokoontui.\n\n12. tammikuuta 2026\nHallitus valittiin.\n\n3. tammikuuta 2026\nJää mitattiin.",
        "Nyheter 2026\n\nKlubben träffades.\n\n12 januari 2026\nStyrelsen valdes.\n\n3 januari 2026\nIsen mättes.",
    ];
    check_all(&news, "2026-02-01", &[]);
}
