//! Issue 14 round 18 (lines): a programme's day alone on its line over the
//! title of what takes place then, with no event word (`titled_days.rs`).

use super::*;

/// A lecture society's season: each day over its talk's title, a line
/// of description under some of them.
#[test]
fn a_day_over_a_title_is_the_titles_occasion() {
    let texts = ["Season 2026\n\nOctober 14th\nThe Silver of the Baltic\nA look at the trade routes of the north.\n\nNovember 11th at 10.30\n\nRoman Glass in Britain",
"Kausi 2026\n\n14.10.\nItämeren hopea\nKatsaus pohjoisen kauppareitteihin.\n\n11.11. klo 10.30\n\nRoomalainen lasi Britanniassa",
"Säsongen 2026\n\n14 OKTOBER\nÖstersjöns silver\nEn blick på nordens handelsvägar.\n\n11 november kl. 10.30\n\nRomerskt glas i Britannien"];
    check_all(
        &texts,
        "2026-09-01",
        &["event 2026-10-14", "event 2026-11-11"],
    );
}

/// A news listing's dateline over its headline is the page's own day,
/// and a timeline's step tells what its day is with its own words.
#[test]
fn a_past_dateline_or_a_procedure_step_is_no_occasion() {
    let texts = ["Latest news\n\n2 March 2026\nNew benches for the park\nThe council has placed six benches.",
"Uusimmat uutiset\n\n2.3.2026\nUusia penkkejä puistoon\nKaupunki on asentanut kuusi penkkiä.",
"Senaste nytt\n\n2 mars 2026\nNya bänkar till parken\nKommunen har ställt ut sex bänkar."];
    check_all(&texts, "2026-03-02", &[]);
    check_all(
        &[
            "Timeline\n\n20 May 2026\nPublication of the results",
            "Aikataulu\n\n20.5.2026\nTulosten julkaisu",
            "Tidplan\n\n20 maj 2026\nPublicering av resultaten",
        ],
        "2026-03-02",
        &[],
    );
}

/// A range of days alone over a title is left to the rules of ranges:
/// a consultation's period is no single day of a programme.
#[test]
fn a_range_over_a_title_is_not_read_as_its_first_day() {
    check_all(
        &[
            "Timeline\n\n06 May → 07 June 2026\n\nFeedback window",
            "Aikataulu\n\n6.5. → 7.6.2026\n\nPalauteikkuna",
            "Tidplan\n\n6 maj → 7 juni 2026\n\nÅterkopplingsfönster",
        ],
        "2026-03-02",
        &[],
    );
}
