//! Issue 14 round 12 (real21/real22): displays and runs open to the
//! public's comment, whose last day is the last day to comment.

use super::*;

/// A plan on display while the public may comment: its closing day is a
/// deadline (rule 2), not the end of an availability (rule 5).
#[test]
fn a_display_open_to_comment_ends_on_a_deadline() {
    check_all(
        &[
            "The draft local plan is on display 3.3.–14.4.2026 at the town hall. Anyone may send comments on the draft while it is shown.",
            "Asemakaavaluonnos on nähtävillä 3.3.–14.4.2026 kaupungintalolla. Osallisilla on mahdollisuus jättää mielipiteensä luonnoksesta.",
            "Detaljplaneförslaget är utställt 3.3–14.4.2026 i stadshuset. Synpunkter på förslaget lämnas skriftligen till kommunen.",
        ],
        "2026-02-20",
        &["deadline 2026-04-14"],
    );
}

/// Without an invitation to comment a display only tells where a paper
/// can be seen: nothing to report.
#[test]
fn a_display_without_comments_is_availability() {
    check_all(
        &[
            "The decision is on display 3.3.–14.4.2026 at the town hall.",
            "Päätös on nähtävillä 3.3.–14.4.2026 kaupungintalolla.",
            "Beslutet är utställt 3.3–14.4.2026 i stadshuset.",
        ],
        "2026-02-20",
        &[],
    );
}

/// "The consultation will run until D": the run of a consultation is the
/// time to respond, so its end is a deadline.
#[test]
fn a_consultation_running_until_a_day_is_a_deadline() {
    check_all(
        &[
            "The public consultation on the new bus routes will run until 30 June 2026.",
            "Uusia bussireittejä koskeva kuuleminen on voimassa 30.6.2026 saakka.",
            "Samrådet om de nya busslinjerna gäller till och med den 30 juni 2026.",
        ],
        "2026-05-02",
        &["deadline 2026-06-30"],
    );
}
