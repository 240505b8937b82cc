//! Issue 14 round 44: what a period is (`classify/period_roles.rs`). The
//! days a grant, a lease, a field's use or a collection covers give
//! nothing, even beside event or application words: "kesäkentät
//! käyttöaika 1.6-30.9" (real76:47), "for year 1st October 2024 – 30
//! September 2025" (real63:31), "kolehtikohteet ajalle 1.1.–31.5.2026"
//! (real76:5); a window opened for a period keeps its closing day.

use super::*;

/// A period of use, lease or validity leading a range gives nothing.
#[test]
fn a_period_of_use_gives_nothing() {
    check_all(
        &[
            "Tennis courts: usage period 1 June – 30 September, booking at the desk.",
            "Kesäkentät käyttöaika 1.6.–30.9., vuorot varataan netissä.",
            "Sommarplanerna: användningstid 1 juni–30 september, bokning i receptionen.",
        ],
        "2024-05-10",
        &[],
    );
}

/// A range covered by a rent, a grant or a collection ("for the year",
/// "ajalle", "för perioden") gives nothing beside the words of the event.
#[test]
fn a_covered_range_gives_nothing() {
    check_all(
        &[
            "Rent for the year 1 October 2024 – 30 September 2025 is £59 per plot.",
            "Seurakuntaneuvosto vahvistaa kolehtikohteet ajalle 1.1.–31.5.2025.",
            "Hyran avser perioden 1 oktober 2024–30 september 2025 och är 59 euro.",
        ],
        "2024-09-10",
        &[],
    );
}

/// The events an application is for ("för evenemang som ordnas", "for
/// activities occurring", "jotka järjestetään") give only its deadline.
#[test]
fn the_events_applied_for_give_only_the_deadline() {
    check_all(
        &[
            "Apply by 15 September for events which are held 1 January – 30 June.",
            "Hakemukset tulee jättää 15.9. mennessä tapahtumille, jotka järjestetään 1.1.–30.6.",
            "Ansökan ska vara inne senast 15 september för tävlingar som arrangeras 1 januari – 30 juni.",
        ],
        "2024-08-10",
        &["deadline 2024-09-15"],
    );
}

/// A window opened for a period is the window to act in: its closing day.
#[test]
fn a_window_opened_for_a_period_keeps_its_closing_day() {
    check_all(
        &[
            "Järjestöavustusten haku avataan ajalle 1.8.–31.8.2024.",
            "The grant application is open for the period 1–31 August 2024.",
            "Ansökan om föreningsbidrag öppnas för perioden 1–31 augusti 2024.",
        ],
        "2024-03-08",
        &["deadline 2024-08-31"],
    );
}

/// A closure for the time of a maintenance break stays an event.
#[test]
fn a_closure_for_a_break_stays_an_event() {
    check_all(
        &[
            "Uimahalli on suljettu vuosihuollon ajaksi 15.5.–4.6.",
            "The pool is closed for the annual maintenance period 15 May – 4 June.",
            "Simhallen är stängd under underhållsperioden 15 maj–4 juni.",
        ],
        "2024-05-10",
        &["event 2024-05-15 2024-06-04"],
    );
}

/// The end of a period of giving one's voice, named by any word of the
/// role (a poll, a vote, an opinion: `taking_part.rs`), is the last day.
#[test]
fn a_period_of_voicing_told_by_its_end_gives_its_deadline() {
    check_all(
        &[
            "The poll will run until 15 March.",
            "Kuntalaiset voivat äänestää suosikkiaan 15.3. asti.",
            "Åsikter om förslaget tas emot fram till 15 mars.",
        ],
        "2024-02-10",
        &["deadline 2024-03-15"],
    );
}
