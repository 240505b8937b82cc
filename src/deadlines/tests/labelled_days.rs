//! Issue 14 round 31 (defaults): a day no cue decides, written after a
//! label asking for it ("Date:", "När?"), is the day of what the notice
//! names (`classify/labelled_days.rs`).

use super::*;

/// A notice's date field gives the day of its occasion ("Date:" alone
/// under a title is read earlier as the page's own stamp).
#[test]
fn a_day_after_a_date_label_is_an_event() {
    check_all(
        &[
            "Summer sing-along for families\nWhen: 14 June\nFree for all.",
            "Kesän yhteislaulu perheille\nPäivämäärä: 14.6.\nKaikille avoin.",
            "Sommarens allsång för familjer\nDatum: 14 juni\nFritt för alla.",
        ],
        "2026-05-01",
        &["event 2026-06-14"],
    );
}

/// A "when?" label before a list of days gives each day.
#[test]
fn days_after_a_when_label_are_events() {
    check_all(
        &[
            "Beginners' riding course\nWhen? 25/9 and 2/10\nWelcome.",
            "Ratsastuskurssi aloittelijoille\nMilloin? 25.9. ja 2.10.\nTervetuloa.",
            "Ridkurs för nybörjare\nNär? 25/9 och 2/10\nVälkomna.",
        ],
        "2026-08-01",
        &["event 2026-09-25", "event 2026-10-02"],
    );
}

/// A label over a limit stays a limit: the clause's own deadline word
/// tells otherwise.
#[test]
fn a_labelled_day_with_a_deadline_word_is_no_event() {
    check_all(
        &[
            "Grant round\nDate: 14 June is the deadline for applications\n",
            "Avustushaku\nPäivämäärä: 14.6. on hakemusten määräaika\n",
            "Bidragsomgång\nDatum: 14 juni är sista ansökningsdag\n",
        ],
        "2026-05-01",
        &["deadline 2026-06-14"],
    );
}

/// Issue 14 round 38 (listings): every day listed after the label with
/// commas is a day of the notice, one event each (real79:53).
#[test]
fn days_listed_with_commas_after_a_label_are_events() {
    check_all(
        &[
            "Christmas show\nWhen: 30/11, 1/12, 7/12\nWelcome.",
            "Joulushow\nMilloin: 30.11., 1.12., 7.12.\nTervetuloa.",
            "Julshow\nNär: 30/11, 1/12, 7/12\nVälkomna.",
        ],
        "2018-11-01",
        &["event 2018-11-30", "event 2018-12-01", "event 2018-12-07"],
    );
}

/// Issue 14 round 38 (listings): the Swedish notice's "Tid:" gives its day
/// and hour ("Tid: 2018-03-01, 7.30 - 8.30", real94:11), as "Date:" and
/// "Päivämäärä:" do.
#[test]
fn a_day_after_a_time_label_is_an_event() {
    check_all(
        &[
            "Business dialogue in Järbo\nDate: 2018-03-01, 7.30 - 8.30\nPlace: the town hall",
            "Yritysdialogi Järbossa\nPäivämäärä: 2018-03-01, 7.30 - 8.30\nPaikka: kaupungintalo",
            "Företagsdialog i Järbo\nTid: 2018-03-01, 7.30 - 8.30\nPlats: stadshuset",
        ],
        "2018-02-20",
        &["event 2018-03-01"],
    );
}
