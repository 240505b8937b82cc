//! Issue 14 round 23 (real44): a theatre's bill names its days by the
//! performance: a first night anywhere ("urpremiär", "kantaesitys", "world
//! premiere"), a visiting company's run ("gästspel"), a play staged on a
//! day ("spelas").

use super::*;

/// A first night anywhere, its noun a compound of the premiere's.
#[test]
fn a_world_premiere_is_an_event() {
    check_all(
        &[
            "Hamlet\n\nWorld premiere 26 September 2025\n\nMain stage",
            "Hamlet\n\nKantaesitys 26.9.2025\n\nSuuri näyttämö",
            "Hamlet\n\nUrpremiär 26 september 2025\n\nStora scenen",
        ],
        "2025-06-01",
        &["event 2025-09-26"],
    );
}

/// A visiting company's run of evenings, each day an event.
#[test]
fn a_guest_performance_run_is_an_event_each_day() {
    check_all(
        &[
            "Jenny Lind\n\nGuest performances 10, 11, 12 December\n\nStudio stage",
            "Jenny Lind\n\nVierailuesitys 10., 11. ja 12.12.\n\nStudionäyttämö",
            "Jenny Lind\n\nGästspel 10, 11, 12 december\n\nStudioscenen",
        ],
        "2025-06-01",
        &["event 2025-12-10", "event 2025-12-11", "event 2025-12-12"],
    );
}

/// A play staged on two days told in prose.
#[test]
fn a_play_staged_on_days_is_an_event_each_day() {
    check_all(
        &[
            "The play is performed on 2 and 17 October on the small stage.",
            "Näytelmä esitetään 2. ja 17.10. pienellä näyttämöllä.",
            "Pjäsen spelas 2 och 17 oktober på Lilla scenen.",
        ],
        "2025-06-01",
        &["event 2025-10-02", "event 2025-10-17"],
    );
}
