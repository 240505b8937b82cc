//! Issue 14 round 21 (lines): a page of important dates that strikes an
//! old day through and writes the new one after it ("June 30 July 3, 2022
//! (extended)") keeps only the new day (`text/struck.rs`), and a label on
//! its own line naming the reader's duty ("Paper submission") makes the day
//! under it a deadline (`dated_lists/item_labels.rs`).

use super::*;

/// The old day of a struck-through line is superseded; a duty's label over
/// it makes the new day a deadline, a notice's label leaves it nothing.
#[test]
fn a_struck_day_gives_way_to_the_new_one() {
    let texts = ["Important dates\n\nAbstract submission\n\nMarch 2 March 9, 2026 (extended)\n\nNotification of acceptance\n\nApril 20, 2026",
"Tärkeät päivät\n\nTiivistelmien jättö\n\n2.3. 9.3.2026 (jatkettu)\n\nPäätökset\n\n20.4.2026",
"Viktiga datum\n\nInlämning av sammanfattningar\n\n2 mars 9 mars 2026 (förlängd)\n\nBesked om antagning\n\n20 april 2026"];
    check_all(&texts, "2026-02-01", &["deadline 2026-03-09"]);
}

/// Two days side by side that each carry their year, or far apart, are
/// two days of a row, not an old day and its replacement: the text keeps
/// both, while a struck day's bytes turn to spaces.
#[test]
fn two_full_or_far_days_stay_both() {
    use crate::deadlines::text::clean_text;
    for kept in [
        "March 2, 2026 March 9, 2026",
        "March 2 September 9, 2026",
        "2.3.2026 9.3.2026",
        "2.3. 9.9.2026",
        "2 mars 2026 9 mars 2026",
        "2 mars 9 september 2026",
    ] {
        assert_eq!(clean_text(kept), kept);
    }
    assert_eq!(clean_text("March 2 March 9, 2026"), "        March 9, 2026");
    assert_eq!(clean_text("2.3. 9.3.2026"), "     9.3.2026");
    assert_eq!(clean_text("2 mars 9 mars 2026"), "       9 mars 2026");
}

/// A label on its own line naming the reader's duty beside an occasion
/// ("Workshop paper submission"): the day under it is a deadline, not the
/// workshop's day; a notice's label leaves its day nothing.
#[test]
fn a_duty_label_over_a_day_makes_a_deadline() {
    // (each label beside its occasion's word: workshop, työpaja, workshop)
    for (heading, label, day, notice) in [
        (
            "Important dates",
            "Workshop paper submission",
            "May 4, 2026",
            "Notification of acceptance\n\nMay 20, 2026",
        ),
        (
            "Tärkeät päivät",
            "Työpajan ilmoittautuminen",
            "4.5.2026",
            "Päätökset\n\n20.5.2026",
        ),
        (
            "Viktiga datum",
            "Anmälan till workshopen",
            "4 maj 2026",
            "Besked om antagning\n\n20 maj 2026",
        ),
    ] {
        let text = format!("{heading}\n\n{label}\n\n{day}\n\n{notice}");
        check(&text, "2026-02-01", &["deadline 2026-05-04"]);
    }
}

/// A text's title naming a duty over its dateline is no label of the day.
#[test]
fn a_titles_duty_is_no_label_of_its_dateline() {
    let texts = [
        "Applications for the summer camp\n\n14.3.2026\n\nThe camp is held in July.",
        "Haku kesäleirille\n\n14.3.2026\n\nLeiri järjestetään heinäkuussa.",
        "Ansökan till sommarlägret\n\n14.3.2026\n\nLägret ordnas i juli.",
    ];
    check_all(&texts, "2026-02-01", &[]);
}
