//! Issue 14 round 30 (prose): a report told in the past tense right after
//! its fronted day ("Lördagen 25 oktober genomförde klubben …") tells a
//! day already over (rule 5), in Swedish's -rde pasts as in the others.

use super::*;

/// A drill told as done, the verb right after the day: nothing.
#[test]
fn a_past_verb_after_a_fronted_day_reports_it_done() {
    check_all(
        &[
            "On Saturday 25 October the club held its autumn meeting at the harbour.",
            "Lauantaina 25.10. seura järjesti syyskokouksen satamassa.",
            "Lördagen den 25 oktober genomförde klubben sitt höstmöte i hamnen.",
            "Lördagen den 25 oktober höll klubben sitt höstmöte i hamnen.",
        ],
        "2031-10-20",
        &[],
    );
}

/// The same drill told as coming keeps its day: an event.
#[test]
fn a_present_verb_after_a_fronted_day_keeps_the_event() {
    check_all(
        &[
            "On Saturday 25 October the club holds its autumn meeting at the harbour.",
            "Lauantaina 25.10. seura pitää syyskokouksen satamassa.",
            "Lördagen den 25 oktober genomför klubben sitt höstmöte i hamnen.",
        ],
        "2031-10-20",
        &["event 2031-10-25"],
    );
}

/// "värde", the modal "borde" and the ordinal "fjärde" end like a past
/// but are none (real429:52).
#[test]
fn a_noun_or_modal_ending_like_a_past_keeps_the_event() {
    check_all(
        &[
            "Lördagen den 25 oktober håller klubben ett höstmöte av stort värde.",
            "Lördagen den 25 oktober håller klubben ett höstmöte som alla borde se.",
            "Höstmötet arrangeras för fjärde gången lördag den 25 oktober.",
        ],
        "2031-10-20",
        &["event 2031-10-25"],
    );
}

/// A title whose day carries its year, over a report of a past year
/// (real417:44): the title's day is still to come, whatever the report
/// under it tells of last summer.
#[test]
fn a_titled_day_with_its_year_is_not_read_with_a_past_report_under_it() {
    check_rules_all(
        &[
            "Saimaa Harvest Festival 12-13 September 2026\nThe first festival charmed the audience in summer 2025.",
            "Saimaan Satojuhlat 12.-13.9.2026\nMaailman ensimmäiset Saimaan Satojuhlat hurmasivat yleisön kesällä 2025.",
            "Saimens skördefest 12–13 september 2026\nDen första festen charmade publiken sommaren 2025.",
        ],
        "2026-03-02",
        &["event 2026-09-12 2026-09-13"],
    );
}
