//! Issue 14 round 43: a period the reader acts in, told as a range
//! (`classify/acted_ranges.rs`): "Välkommen att tycka till mellan den 12
//! april och 11 juni" (real112:46), "Mellan måndag 1 maj och fredag 9 juni
//! har du möjlighet att påverka" (real109:16), "Voting will run from 3 July
//! – 12 July 2020" (real29:46) give one deadline on the closing day; they
//! were read as event ranges.

use super::*;

/// An invitation to give one's views within a range: its last day.
#[test]
fn an_invitation_to_give_views_in_a_range_is_a_deadline() {
    check_all(
        &[
            "You are welcome to comment between 12 April and 11 June 2023.",
            "Tervetuloa kommentoimaan 12.4.–11.6.2023.",
            "Välkommen att tycka till mellan den 12 april och 11 juni 2023!",
            "Mellan den 12 april och 11 juni 2023 har du möjlighet att påverka.",
        ],
        "2023-03-01",
        &["deadline 2023-06-11"],
    );
}

/// A vote or a survey run as a range: the last day to take part.
#[test]
fn a_vote_or_survey_run_as_a_range_is_a_deadline() {
    check_all(
        &[
            "Voting will run from 3 July – 12 July 2020.",
            "Kysely on auki 3.–12.7.2020.",
            "Röstningen pågår 3–12 juli 2020.",
        ],
        "2020-06-01",
        &["deadline 2020-07-12"],
    );
}

/// A notice on display with no invitation, and a consultation over,
/// give no deadline.
#[test]
fn a_display_or_a_period_over_gives_no_deadline() {
    check_all(
        &[
            "The consultation was open from 9 May to 20 June 2024.",
            "Kuulutus on nähtävillä 9.3.–8.4.2026 välisen ajan.",
            "Planen har varit ute på samråd från 9 maj till 20 juni 2024.",
        ],
        "2024-03-01",
        &[],
    );
}
