//! Issue 14 round 44 (tables, lists and headings): a line of a list holding
//! one day and a short note in brackets ("2 april (tisdag)", "5.3.
//! (tilinpäätös)", "7 May (cancelled)") is a day alone for the layout, so
//! the run of days it stands in goes on through it (`noted_lines.rs`;
//! real87:2 lost the four days after "26 november (Heldag budget …)").

use super::*;

/// A noted day in a run of bare days under a naming heading: the days
/// before and after it are each an occasion, as without the note (before,
/// the note cut the run of four into one and two, both below a run's
/// three). The noted line itself is read by its own words, here a training.
#[test]
fn a_noted_day_keeps_the_run_of_days() {
    check_all(
        &[
            "Inset Days 2026/2027\n2nd September 2026\n4th November 2026 (staff training)\n6th January 2027\n3rd February 2027\n",
            "Koulutuspäivät 2026/2027\n\n • 2.9.2026\n • 4.11.2026 (henkilöstökoulutus)\n • 6.1.2027\n • 3.2.2027\n",
            "Studiedagar 2026/2027\n2 september 2026\n4 november 2026 (personalutbildning)\n6 januari 2027\n3 februari 2027\n",
        ],
        "2026-07-15",
        &[
            "event 2026-09-02",
            "event 2026-11-04",
            "event 2027-01-06",
            "event 2027-02-03",
        ],
    );
}

/// A note that cancels its day still cancels it: only how the lines
/// around it are counted changes, not the reading of its words.
#[test]
fn a_cancelling_note_still_drops_its_day() {
    check_all(
        &[
            "Inset Days 2026/2027\n2nd September 2026\n4th November 2026 (cancelled)\n6th January 2027\n3rd February 2027\n",
            "Koulutuspäivät 2026/2027\n\n • 2.9.2026\n • 4.11.2026 (peruttu)\n • 6.1.2027\n • 3.2.2027\n",
            "Studiedagar 2026/2027\n2 september 2026\n4 november 2026 (inställt)\n6 januari 2027\n3 februari 2027\n",
        ],
        "2026-07-15",
        &["event 2026-09-02", "event 2027-01-06", "event 2027-02-03"],
    );
}

/// A bracket holding a day of its own is no note: "(new date 20 March)"
/// tells a second day and the line is no day alone.
#[test]
fn a_bracket_with_a_day_is_no_note() {
    use super::super::noted_lines::day_before_note;
    assert_eq!(day_before_note("6 March 2026 (new date 20 March)"), None);
    assert_eq!(day_before_note("6.3.2026 (uusi päivä 20.3.)"), None);
    assert_eq!(day_before_note("6 mars 2026 (nytt datum 20 mars)"), None);
    assert_eq!(
        day_before_note("6 March 2026 (Friday)"),
        Some("6 March 2026")
    );
    assert_eq!(day_before_note("6.3.2026 (perjantai)"), Some("6.3.2026"));
    assert_eq!(day_before_note("6 mars 2026 (fredag)"), Some("6 mars 2026"));
    // (no day before the bracket: a title's note)
    assert_eq!(day_before_note("Annual meeting (members only)"), None);
}
