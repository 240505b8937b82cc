//! Issue 14 round 47 (tables, listings and their headings): the items of a
//! bulleted list take their kind from the line introducing the list
//! (`listed_items.rs`): "New calls for evidence:\n- Title | Committee |
//! 30 June 2025", "Valintakokeet järjestetään:\n • Alttoviulu 3.5.2026",
//! "Sammanträdesdagar 2026\n – 21.1.2026". The grid crosses the intros of
//! both kinds with the date forms of `cue_grid`.

use super::cue_grid::{grouped, read, EN_DAYS, FI_DAYS, SV_DAYS};
use super::*;

/// A committee's calls, one "Title | Committee | day" item a line under an
/// intro naming calls: each a deadline (real123:48).
#[test]
fn calls_listed_under_their_intro_are_deadlines() {
    let texts = [
        "New calls for evidence:\n- Local bus services | Transport Committee | 3 July 2026\n- Civil service pensions | Public Accounts Committee | 23 July 2026",
        "Avoimet lausuntopyynnöt:\n- Paikallisliikenne | Liikennejaosto | 3.7.2026\n- Virkamieseläkkeet | Tarkastusvaliokunta | 23.7.2026",
        "Ansökan senast:\n- Lokal busstrafik | Trafikutskottet | 3 juli 2026\n- Tjänstepensioner | Revisionsutskottet | 23 juli 2026",
    ];
    check_all(
        &texts,
        "2026-06-11",
        &["deadline 2026-07-03", "deadline 2026-07-23"],
    );
}

/// A council's meeting days, each alone on a bulleted line under the
/// schedule's heading: each an event (real108:22).
#[test]
fn days_alone_under_a_schedule_are_its_meetings() {
    let texts = [
        "Meeting schedule 2026\n – 21.1.2026\n – 18.2.2026\n – 18.3.2026",
        "Kokousaikataulu 2026\n – 21.1.2026\n – 18.2.2026\n – 18.3.2026",
        "Sammanträdesdagar 2026\n – 21.1.2026\n – 18.2.2026\n – 18.3.2026",
    ];
    check_all(
        &texts,
        "2026-01-05",
        &["event 2026-01-21", "event 2026-02-18", "event 2026-03-18"],
    );
}

/// An item naming a call's opening is no item of the intro's: the first
/// day of a call is never reported (rule 2).
#[test]
fn an_opening_item_is_not_the_intros() {
    let texts = [
        "Application rounds:\n- Spring round | 31 March 2026\n- Autumn round | 30 September 2026\n- Next round opens | 1 October 2026",
        "Hakukierrokset:\n- Kevään haku | 31.3.2026\n- Syksyn haku | 30.9.2026\n- Seuraava haku alkaa | 1.10.2026",
        "Ansökningsomgångar:\n- Vårens omgång | 31 mars 2026\n- Höstens omgång | 30 september 2026\n- Nästa omgång öppnar | 1 oktober 2026",
    ];
    check_all(
        &texts,
        "2026-02-01",
        &["deadline 2026-03-31", "deadline 2026-09-30"],
    );
}

/// One bulleted line alone is a note, not a list: the intro tells it
/// nothing, and it is read by its own words as before.
#[test]
fn one_bulleted_line_is_no_list() {
    let texts = [
        "New calls for evidence:\n- Civil service pensions 23 July 2026\n\nThe committee publishes its report in the autumn.",
        "Avoimet lausuntopyynnöt:\n- Virkamieseläkkeet 23.7.2026\n\nValiokunta julkaisee mietintönsä syksyllä.",
        "Ansökan senast:\n- Tjänstepensioner 23 juli 2026\n\nUtskottet publicerar sitt betänkande i höst.",
    ];
    for t in texts {
        let got = written(t, Lang::Auto, day("2026-06-11"));
        assert!(
            !got.contains(&"event 2026-07-23".to_string()),
            "{t}: {got:?}"
        );
    }
}

/// The grid: intros naming calls or meetings, in each language, over two
/// name-led items holding the same day in every date form of `cue_grid`;
/// the day is read once, with the intro's kind.
#[test]
fn every_intro_with_every_day_form_tells_its_items() {
    let en = [
        ("New calls for evidence:", "deadline"),
        ("Inquiries accepting written evidence:", "deadline"),
        ("Application deadlines:", "deadline"),
        ("Closing dates for applications:", "deadline"),
        ("Meetings of the council:", "event"),
        ("Upcoming workshops:", "event"),
    ];
    let fi = [
        ("Hakuajat päättyvät:", "deadline"),
        ("Haku päättyy:", "deadline"),
        ("Valintakokeet järjestetään:", "event"),
        ("Valtuuston kokoukset:", "event"),
    ];
    let sv = [
        ("Sista ansökningsdag:", "deadline"),
        ("Ansökan senast:", "deadline"),
        ("Fullmäktiges sammanträden:", "event"),
        ("Kommande seminarier:", "event"),
    ];
    let mut wrong = Vec::new();
    let mut n = 0;
    for (intros, days, lang) in [
        (&en[..], &EN_DAYS[..], Lang::En),
        (&fi[..], &FI_DAYS[..], Lang::Fi),
        (&sv[..], &SV_DAYS[..], Lang::Sv),
    ] {
        for (intro, kind) in intros {
            for d in days {
                let text = format!("{intro}\n- Harbour | {d}\n- Riverside | {d}");
                let want = format!("{kind} 2024-03-15");
                let got = read(&text, lang);
                n += 1;
                if got != [want.as_str()] {
                    wrong.push((d.to_string(), format!("{text:?} -> {got:?}")));
                }
            }
        }
    }
    // (6 + 4 + 4 intros over 17, 14 and 13 date forms)
    assert!(n > 150);
    assert!(wrong.is_empty(), "{}", grouped(wrong, 3));
}
