//! Issue 14 round 48 (lists whose rows start with their day): rows led by
//! their day and then a title take their kind from the line over the list
//! when their own words read nothing (`day_rows.rs`): "Here are the book
//! group's meetings:\n\nSeptember 8, 2026, Narrative of …", "Mötestider
//! 2026\n • 26 jan (plats: Tivolihuset)\n • 27 apr", "Lukupiiri
//! kokoontuu:\n14.2. Seitsemän veljestä\n3.4. Täällä Pohjantähden alla".
//! The grid crosses intros telling occasions with the day-led forms of
//! `cue_grid`.

use super::cue_grid::{grouped, read, EN_DAYS, FI_DAYS, SV_DAYS};
use super::*;

/// A reading group's books, a day and a title a row with blank lines
/// between, under the line naming the group's meetings (real134:36).
#[test]
fn titled_rows_under_meetings_are_events() {
    let texts = [
        (
            "Our book group meets on these days:\n\nSeptember 8, 2026, Narrative of the Life of Frederick Douglass\n\nOctober 13, 2026, Hamlet, by William Shakespeare",
            Lang::En,
        ),
        (
            "Lukupiiri kokoontuu seuraavasti:\n\n8.9.2026 Seitsemän veljestä, Aleksis Kivi\n\n13.10.2026 Hamlet, William Shakespeare",
            Lang::Fi,
        ),
        (
            "Bokcirkeln träffas följande dagar:\n\n8 september 2026, Röda rummet av August Strindberg\n\n13 oktober 2026, Hamlet av William Shakespeare",
            Lang::Sv,
        ),
    ];
    for (t, lang) in texts {
        let got = written(t, lang, day("2026-08-25"));
        assert_eq!(got, ["event 2026-09-08", "event 2026-10-13"], "{t}");
    }
}

/// A council's meeting days, some alone and some with an agenda, under the
/// heading naming its meetings (real133:46).
#[test]
fn mixed_rows_under_a_meeting_heading_are_its_meetings() {
    let texts = [
        ("Council meetings 2026\n\n • 26 Jan (venue: Town Hall)\n • 23 Feb - elections\n • 27 Apr\n • 25 May", Lang::En),
        ("Valtuuston kokoukset 2026\n\n • 26.1. (paikka: Kaupungintalo)\n • 23.2. - vaalit\n • 27.4.\n • 25.5.", Lang::Fi),
        ("Fullmäktiges sammanträden 2026\n\n • 26 jan (plats: Tivolihuset)\n • 23 feb - val till bolag\n • 27 apr\n • 25 maj", Lang::Sv),
    ];
    for (t, lang) in texts {
        let got = written(t, lang, day("2026-01-10"));
        let want = [
            "event 2026-01-26",
            "event 2026-02-23",
            "event 2026-04-27",
            "event 2026-05-25",
        ];
        assert_eq!(got, want, "{t}");
    }
}

/// A row's own cue still decides its day: a limit among a programme's
/// occasions stays a deadline.
#[test]
fn a_rows_own_cue_is_kept() {
    let texts = [
        ("Upcoming events:\n\nNovember 5, 2026, 5pm. Deadline for all entries.\n\nNovember 20, 2026, Prize giving at the hall", Lang::En),
        ("Tulevat tapahtumat:\n\n5.11.2026 ilmoittautuminen viimeistään\n\n20.11.2026 Palkintojenjako seurantalolla", Lang::Fi),
        ("Kommande evenemang:\n\n5 november 2026 anmälan senast\n\n20 november 2026 Prisutdelning i bygdegården", Lang::Sv),
    ];
    for (t, lang) in texts {
        let got = written(t, lang, day("2026-10-01"));
        assert!(
            got.contains(&"deadline 2026-11-05".to_string()),
            "{t}: {got:?}"
        );
        assert!(
            !got.contains(&"event 2026-11-05".to_string()),
            "{t}: {got:?}"
        );
    }
}

/// Rows under a paragraph, or under lines naming opening hours, are not
/// told occasions by them.
#[test]
fn hours_and_prose_tell_no_rows() {
    let texts = [
        ("Opening hours over the holidays:\n\n23 December Harbour branch\n\n27 December Riverside branch", Lang::En),
        ("Poikkeavat aukioloajat:\n\n23.12. Sataman kirjasto\n\n27.12. Jokirannan kirjasto", Lang::Fi),
        ("Avvikande öppettider:\n\n23 december Hamnens bibliotek\n\n27 december Älvstrandens bibliotek", Lang::Sv),
    ];
    for (t, lang) in texts {
        let got = written(t, lang, day("2026-12-01"));
        assert!(!got.iter().any(|g| g.starts_with("event")), "{t}: {got:?}");
    }
}

/// The grid: intros telling occasions, in each language, over two rows led
/// by the same day in every day-led form of `cue_grid`, each with a title
/// of no cue; the day is read once, as an event.
#[test]
fn every_intro_with_every_day_form_tells_its_rows() {
    let en = [
        "Our reading group meets on these days:",
        "Meetings of the council:",
        "Upcoming workshops",
    ];
    let fi = [
        "Lukupiiri kokoontuu:",
        "Valtuuston kokoukset:",
        "Tulevat tapahtumat",
    ];
    let sv = [
        "Bokcirkeln träffas:",
        "Fullmäktiges sammanträden:",
        "Kommande evenemang",
    ];
    let mut wrong = Vec::new();
    let mut n = 0;
    for (intros, days, lang) in [
        (&en[..], &EN_DAYS[..], Lang::En),
        (&fi[..], &FI_DAYS[..], Lang::Fi),
        (&sv[..], &SV_DAYS[..], Lang::Sv),
    ] {
        for intro in intros {
            // (the forms led by their day: not "5pm on Friday 15 March")
            for d in days
                .iter()
                .filter(|d| crate::deadlines::day_rows::is_row(&format!("{d} Harbour")))
            {
                let text = format!("{intro}\n\n{d} – Harbour\n\n{d} – Riverside");
                let got = read(&text, lang);
                n += 1;
                if got != ["event 2024-03-15"] {
                    wrong.push((d.to_string(), format!("{text:?} -> {got:?}")));
                }
            }
        }
    }
    assert!(n > 90, "{n}");
    assert!(wrong.is_empty(), "{}", grouped(wrong, 3));
}
