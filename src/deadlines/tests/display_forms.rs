//! Issue 14 round 39: the other Finnish forms of a plan's display,
//! "pidetään nähtävänä" (is kept on display) and "asetetaan nähtäville"
//! (is put on display), are displays as "on nähtävillä" is
//! (`classify/consult.rs`): open to the public's comment, their last day is
//! the last day to comment; read before as an event range (real93:37,
//! real96:47, real90:34).

use super::*;

/// A plan kept on display while objections are invited: one deadline on
/// the closing day, no event range.
#[test]
fn a_plan_kept_on_display_for_comment_ends_on_a_deadline() {
    check_all(
        &[
            "The draft plan is placed on deposit 11.6.–13.7.2020 at the library. Objections to the plan may be made while it is on deposit.",
            "Asemakaavaehdotus pidetään nähtävänä 11.6.–13.7.2020 kirjastossa. Osallisilla on mahdollisuus jättää muistutuksia ehdotuksesta.",
            "Detaljplaneförslaget hålls utställt 11.6–13.7.2020 i biblioteket. Sakägare kan lämna synpunkter på förslaget.",
        ],
        "2020-06-01",
        &["deadline 2020-07-13"],
    );
}

/// "Put on display" with opinions invited in the next sentence.
#[test]
fn a_plan_put_on_display_for_opinions_ends_on_a_deadline() {
    check_all(
        &[
            "The plan will be put on public display 11.5.–12.6.2023 at the town hall. Comments may be sent to the council.",
            "Kaava-aineistot asetetaan nähtäville virastotalon ilmoitustaululle 11.5. – 12.6.2023. Mahdolliset mielipiteet tulee toimittaa kirjallisesti.",
            "Planförslaget är utställt 11.5–12.6.2023 i stadshuset. Synpunkter lämnas skriftligen till kommunen.",
        ],
        "2023-05-11",
        &["deadline 2023-06-12"],
    );
}

/// A display with no comment invited tells where a paper can be seen:
/// nothing (the decision's minutes kept for inspection).
#[test]
fn minutes_kept_on_display_are_nothing() {
    check_all(
        &[
            "The decision is on display 3.3.–14.4.2026 at the town hall.",
            "Pöytäkirja pidetään nähtävänä 3.3.–14.4.2026 kaupungintalolla.",
            "Beslutet är utställt 3.3–14.4.2026 i stadshuset.",
        ],
        "2026-02-20",
        &[],
    );
}
