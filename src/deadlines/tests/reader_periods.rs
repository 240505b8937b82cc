//! Issue 14 round 40 (application windows): a period the reader is told
//! they can act in. A range no call noun names, in a clause that addresses
//! the reader with a modal ("du kan", "har du möjlighet", "you can",
//! "voit") and a verb of their own action (book, comment, send), closes on
//! its last day (rule 2): "Du kan dela dina tankar och åsikter mellan den
//! 21 november och 21 januari" (real94:35), "29 augusti - 19 september
//! 2017 har du en första möjlighet att lämna synpunkter" (real100:38).

use super::*;

/// Views asked of the reader over a range: one deadline on its last day.
#[test]
fn views_the_reader_can_give_over_a_range() {
    check_all(
        &[
            "Du kan dela dina tankar och åsikter mellan den 21 november och 21 januari.",
            "Voit kommentoida suunnitelmaa 21.11.–21.1.",
            "You can share your thoughts on the plan between 21 November and 21 January.",
        ],
        "2022-11-01",
        &["deadline 2023-01-21"],
    );
}

/// A booking window opened to the reader.
#[test]
fn a_booking_window_for_the_reader() {
    check_all(
        &[
            "Mellan den 17 februari och 1 april kan du själv boka din tid i databasen.",
            "Voit varata vuoron 17.2.–1.4.",
            "You can book your slot between 17 February and 1 April.",
        ],
        "2023-01-10",
        &["deadline 2023-04-01"],
    );
}

/// An event named in the clause keeps its days, and a visit is no act of
/// the reader's that closes.
#[test]
fn an_event_or_a_visit_keeps_its_days() {
    check(
        "You can book a place on the course held 5–6 September.",
        "2017-08-01",
        &["event 2017-09-05 2017-09-06"],
    );
    check(
        "Du kan besöka mässan 5–6 september.",
        "2017-08-01",
        &["event 2017-09-05 2017-09-06"],
    );
}
