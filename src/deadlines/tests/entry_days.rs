//! Issue 14 round 31 (defaults): a day no cue decides, first on its line
//! and followed there by the name of its occasion, is the day of what the
//! entry names (`classify/line_starts.rs`).

use super::*;

/// A diary's entries: each line a day, then what happens on it.
#[test]
fn a_day_leading_its_line_before_a_name_is_an_event() {
    check_all(
        &[
            "Autumn talks in the library hall\n\n4.9. Climate and the garden soil explained\n\nFree entry.",
            "Syksyn luennot kirjaston salissa\n\n4.9. Ilmasto ja puutarhan maaperä tutuksi\n\nVapaa pääsy.",
            "Höstens föredrag i bibliotekets sal\n\n4.9. Klimatet och trädgårdens jord förklaras\n\nFri entré.",
        ],
        "2026-08-01",
        &["event 2026-09-04"],
    );
}

/// A list mark and a dash around the day change nothing.
#[test]
fn a_bulleted_day_with_a_dash_before_its_name_is_an_event() {
    check_all(
        &[
            "Diary dates for the village\n  • 13 September – Harvest supper for all neighbours\nMore soon.",
            "Kylän kalenteri\n  • 13.9. – Sadonkorjuuillallinen kaikille naapureille\nLisää pian.",
            "Byns kalender\n  • 13 september – Skördefest för alla grannar i byn\nMer snart.",
        ],
        "2026-08-01",
        &["event 2026-09-13"],
    );
}

/// An entry that tells a duty or a result made known holds nothing on
/// its day.
#[test]
fn a_leading_day_before_a_duty_is_no_event() {
    check_all(
        &[
            "Club year\n  • 8 September - Reports must be with the council office\nThanks.",
            "Seuran vuosi\n  • 8.9. - Raporttien tulee olla kunnan toimistossa\nKiitos.",
            "Föreningens år\n  • 8 september - Redovisningen ska vara hos kommunen\nTack.",
        ],
        "2026-08-01",
        &[],
    );
}

/// A clause number under its numbered heading is no day at all.
#[test]
fn a_section_number_under_its_heading_is_no_day() {
    check_all(
        &[
            "NOTICE OF RACE\n4 FEES\n4.1 Required Fees are listed below\n",
            "KILPAILUKUTSU\n4 MAKSUT\n4.1 Osallistumismaksut luetellaan alla\n",
            "KAPPSEGLINGSINBJUDAN\n4 AVGIFTER\n4.1 Anmälningsavgifter finns nedan\n",
        ],
        "2026-01-01",
        &[],
    );
}
