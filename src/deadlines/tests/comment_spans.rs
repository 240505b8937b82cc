//! Issue 14 round 36 (consultations): a public consultation's period
//! gives one deadline on its closing day and no event range
//! (`classify/comment_spans.rs`).

use super::*;

/// A plan out for comment over some weeks closes on its last day.
#[test]
fn a_consultation_period_closes_on_its_last_day() {
    check_all(
        &[
            "The draft local plan is out for consultation 7 May - 19 June 2018.",
            "Asemakaavaluonnoksen kuuleminen 7.5.–19.6.2018.",
            "Den 7 maj - 19 juni 2018 är detaljplanen på samråd.",
        ],
        "2018-05-07",
        &["deadline 2018-06-19"],
    );
}

/// A display of a plan open to comment is no event range, and a
/// "period" named with it is no reporting period.
#[test]
fn a_plan_on_display_closes_on_its_last_day() {
    check_all(
        &[
            "The consultation on the detailed plan runs in the period 10 January to 21 February 2024.",
            "Kaavojen nähtävilläolon aikana (10.1.–21.2.2024) voit keskustella kaavoista.",
            "Detaljplanen är ute på granskning under perioden 10 januari till 21 februari 2024.",
        ],
        "2024-01-10",
        &["deadline 2024-02-21"],
    );
}

/// A consultation's meeting is held: its days stay an event.
#[test]
fn a_consultation_meeting_stays_an_event() {
    check_all(
        &[
            "A consultation seminar is held 14–15 March 2024.",
            "Kuulemisseminaari järjestetään 14.–15.3.2024.",
            "Samrådsmötet hålls 14–15 mars 2024.",
        ],
        "2024-01-10",
        &["event 2024-03-14 2024-03-15"],
    );
}

#[test]
fn a_plan_s_display_period_runs_to_its_last_day_to_comment() {
    // (real346:4: "utställningsperioden" is the plan's display, no show)
    check_rules(
        "Just nu kan du lämna synpunkter på en ny avfallsplan och avfallsföreskrifter. \
         Utställningsperioden pågår fram till den 13 december 2023.",
        "2023-12-06",
        &["deadline 2023-12-13"],
    );
    // (a show's run stays a run)
    check_rules(
        "Utställningen pågår fram till den 13 december 2023.",
        "2023-12-06",
        &[],
    );
}
