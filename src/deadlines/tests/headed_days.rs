//! Issue 14 round 28 (lines): an occasion's title over its day alone on
//! the next line (`headed_days.rs`), and a programme's items led by a
//! middle dot "·" as by any other bullet (`dates.rs`).

use super::*;

/// An orchestra's poster in each language: the title, a blank line, the day.
const CONCERTS: [&str; 3] = [
    "Coming up at the hall\n\nAutumn Concert\n\nOctober 25, 2026",
    "Tulossa talolla\n\nSyyskonsertti\n\n25.10.2026",
    "På gång i huset\n\nHöstkonsert\n\n25 oktober 2026",
];

/// A poster names its occasion, then sets its day alone under it.
#[test]
fn a_title_naming_an_occasion_over_a_day_alone_is_its_day() {
    check_all(&CONCERTS, "2026-09-01", &["event 2026-10-25"]);
}

/// A headline with no occasion over a day, an occasion's title over a
/// day already past, or a title over a day at the very top of a text, is
/// a news item's dateline.
#[test]
fn a_headline_or_a_past_day_under_a_title_is_a_dateline() {
    check(
        "Latest news\n\nCouncil approves new budget\n\nOctober 25, 2026",
        "2026-09-01",
        &[],
    );
    check(
        "Uutiset\n\nValtuusto hyväksyi talousarvion\n\n25.10.2026",
        "2026-09-01",
        &[],
    );
    check(
        "Nyheter\n\nFullmäktige godkände budgeten\n\n25 oktober 2026",
        "2026-09-01",
        &[],
    );
    check_all(&CONCERTS, "2026-11-01", &[]);
    let tops = CONCERTS.map(|poster| poster.split_once("\n\n").map_or(poster, |(_, t)| t));
    check_all(&tops, "2026-09-01", &[]);
}

/// A club's programme with its items led by a middle dot: each day and
/// month written with a slash is the day of its item.
#[test]
fn a_middle_dot_leads_a_programme_item_as_a_bullet() {
    let texts = [
        "Club programme 2026.\n\n·  14/3 at 12.30. Annual meeting in the hall.\n\n·  25/4 at 10.00. Spring clean-up in the park.",
        "Seuran ohjelma 2026.\n\n·  14/3 klo 12.30. Vuosikokous talolla.\n\n·  25/4 klo 10.00. Kevätsiivous puistossa.",
        "Föreningens program 2026.\n\n·  14/3 kl. 12.30. Årsmöte i bygdegården.\n\n·  25/4 kl. 10.00. Vårstädning i parken.",
    ];
    check_all(
        &texts,
        "2026-02-01",
        &["event 2026-03-14", "event 2026-04-25"],
    );
}

/// "Nursery closed" over its days is a closed state, not a past closing:
/// each day is a break ("Library Closed Dates 2025", real35:3), as "Stängt" and
/// "suljettu" over their days are.
#[test]
fn a_closed_state_heading_heads_its_days() {
    check_all(
        &[
            "Nursery closed\n- 12 May\n- 2 June",
            "Päiväkoti suljettu\n- 12.5.\n- 2.6.",
            "Förskolan stängd\n- 12 maj\n- 2 juni",
        ],
        "2025-02-21",
        &["event 2025-05-12", "event 2025-06-02"],
    );
}
