//! Issue 14 round 44 (who acts, and when): a day just gone by, told with a
//! perfect or a strong past (`classify/perfect_pasts.rs`), is not moved a
//! year ahead: "Arbetsgruppen för Kyrkhelg Nord har vid sitt möte den 18
//! maj beslutat …" (real65:39), "Kokouksessaan 17.6. kunnanvaltuusto
//! päätti …", "The board met on 12 May".

use super::*;

/// A body's step told with a perfect, read days later, gives nothing.
#[test]
fn a_step_told_with_a_perfect_gives_nothing() {
    check_all(
        &[
            "The council met on 18 May and approved the plan.",
            "Kunnanvaltuusto päätti kokouksessaan 18.5. hakea asuntomessuja.",
            "Arbetsgruppen har vid sitt möte den 18 maj beslutat att anordna en kyrkhelg.",
        ],
        "2024-05-25",
        &[],
    );
}

/// Strong pasts of meeting, gathering and taking place give nothing.
#[test]
fn a_meeting_told_with_a_strong_past_gives_nothing() {
    check_all(
        &[
            "The board met on 12 May to discuss the budget.",
            "Hallitus kokoontui 12.5. keskustelemaan talousarviosta.",
            "Årsmötet ägde rum den 12 maj i Folkets hus.",
        ],
        "2024-06-20",
        &[],
    );
}

/// A meeting to come, told in the present or future, keeps its day, and a
/// noun in "-at" after "har" is no supine.
#[test]
fn a_meeting_to_come_keeps_its_day() {
    check_all(
        &[
            "The annual meeting will be held on 12 June in the village hall.",
            "Vuosikokous pidetään 12.6. kylätalolla.",
            "Årsmötet hålls den 12 juni i Folkets hus.",
        ],
        "2024-05-25",
        &["event 2024-06-12"],
    );
    check(
        "Föreningen har resultat att redovisa på årsmötet den 12 juni.",
        "2024-05-25",
        &["event 2024-06-12"],
    );
}

/// A perfect told of a third party gives nothing; a perfect in a condition
/// on the reader keeps the deadline it sets (real36:45).
#[test]
fn a_perfect_in_a_condition_keeps_its_deadline() {
    check(
        "The council has approved the plan at its meeting on 18 May.",
        "2024-05-25",
        &[],
    );
    check_all(
        &[
            "If you have been awarded the grant, you need to submit the receipts by 15 November.",
            "Jos sinulle on myönnetty avustus, toimita kuitit viimeistään 15.11.",
            "Om du har beviljats bidraget ska du skicka in kvitton senast den 15 november.",
        ],
        "2024-03-02",
        &["deadline 2024-11-15"],
    );
}
