//! Issue 14 round 41 (wrong mentions): a day without a year that has just
//! gone by, in a sentence told in the past, is not moved a year ahead
//! (`classify/recent_pasts.rs`): "The consultation ran from Wednesday 27
//! September, to Wednesday 22 November" read on 10 January (real92:10),
//! "Vårmötet hölls den 28.3 och höstmötet den 28.11." (real76:3).

use super::*;

/// A consultation told as run, read weeks after it closed, gives nothing.
#[test]
fn a_period_just_run_gives_nothing() {
    check_all(
        &[
            "The consultation ran from 27 September to 22 November. This was an opportunity for all to have their say.",
            "Kuuleminen pidettiin 27.9.–22.11. ja siihen osallistui yli sata asukasta.",
            "Samrådet hölls 27 september–22 november och många deltog.",
        ],
        "2024-01-10",
        &[],
    );
}

/// A meeting told as held on a day just gone by gives nothing.
#[test]
fn a_meeting_just_held_gives_nothing() {
    check_all(
        &[
            "The autumn meeting was held on 28 November with twenty members present.",
            "Syyskokous pidettiin 28.11. ja paikalla oli kaksikymmentä jäsentä.",
            "Vårmötet hölls den 28.3 och höstmötet den 28.11.",
        ],
        "2024-02-20",
        &[],
    );
}

/// A day to come next year told in the future stays, even though its last
/// coming lies a short while back.
#[test]
fn a_day_next_year_told_ahead_stays() {
    check_all(
        &[
            "On Saturday, December 5, a Christmas party will be held, this year with a Nelson touch.",
            "Joulujuhla järjestetään lauantaina 5.12. seurakuntatalolla.",
            "Julfesten ordnas lördagen den 5 december i församlingshemmet.",
        ],
        "2009-01-20",
        &["event 2009-12-05"],
    );
}

/// A title naming a day just gone by, over a report told in the past,
/// gives nothing (real48:20, real75:50, real54:52).
#[test]
fn a_title_day_over_a_past_report_gives_nothing() {
    check_all(
        &[
            "9th December - Mulled Wine and Mince Pies\n\nThere was a really great turnout in the shop for the mulled wine.",
            "Onkikilpailut Pälkänevedellä 9.12.\n\nKisaan osallistui yli sata onkijaa.",
            "Höstmöte den 9 december\n\nHöstmötet hölls i Kulturhuset med ett 85-tal deltagare.",
        ],
        "2018-12-10",
        &[],
    );
}

/// "pågick", "har pågått": a consultation told as run, its last day just
/// gone by, is not next year's (stop 42, real369:26).
#[test]
fn a_consultation_told_as_run_in_swedish_gives_nothing() {
    for text in [
        "Samrådet har pågått mellan 8 oktober till och med 1 november.",
        "Samrådet pågick mellan 8 oktober till och med 1 november.",
    ] {
        check_rules(text, "2021-11-02", &[]);
    }
}

/// "on kerrottu … 5. kesäkuuta": a Finnish passive perfect tells a day just
/// gone by, as the active one does (stop 42, real374:32).
#[test]
fn a_finnish_passive_perfect_tells_a_day_gone_by() {
    check_rules(
        "Muutos on kerrottu omaisille Jelppilässä, omaisten illassa 5. kesäkuuta.",
        "2025-06-10",
        &[],
    );
    // (a day to come after the same perfect is still reported)
    check_rules(
        "Muutos on kerrottu omaisille, ja omaisten ilta pidetään 15. kesäkuuta.",
        "2025-06-10",
        &["event 2025-06-15"],
    );
}
