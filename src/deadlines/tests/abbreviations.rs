//! Issue 14 round 26 (real38/real47/real50, prose): "fr.o.m" and "t.o.m"
//! written without their closing dot read as "från och med" and "till och
//! med": an entry's first day gives nothing, its last day is a deadline.

use super::*;

/// The opening day of an entry with an hour is no event; its closing day
/// is the deadline, however the abbreviations are written.
#[test]
fn an_entry_window_gives_its_closing_day_only() {
    check_all(
        &[
            "Entries from 21 June at 7 pm and until 30 June.",
            "Ilmoittautuminen alkaen 21.6. klo 19 ja 30.6. asti.",
            "Anmälan fr.o.m den 21 juni kl 19 och t.o.m den 30 juni.",
            "Anmälan fr.o.m. den 21 juni kl 19 och t.o.m. den 30 juni.",
        ],
        "2032-06-01",
        &["deadline 2032-06-30"],
    );
}

/// "Ordinarie anmälan fr.o.m den 2032-06-21 kl 19:00." alone: the first
/// day of an entry, never reported (rule 2).
#[test]
fn the_first_day_of_an_entry_with_an_hour_gives_nothing() {
    check_all(
        &[
            "Regular entries open from 21 June 2032 at 7 pm.",
            "Varsinainen ilmoittautuminen alkaen 21.6.2032 klo 19.",
            "Ordinarie anmälan fr.o.m den 2032-06-21 kl 19:00.",
        ],
        "2032-06-01",
        &[],
    );
}

/// "Anmälan t.o.m den 30 juni": the last day of the entry is a deadline.
#[test]
fn the_last_day_of_an_entry_is_a_deadline() {
    check_all(
        &[
            "Entries until 30 June.",
            "Ilmoittautuminen 30.6. asti.",
            "Anmälan t.o.m den 30 juni.",
        ],
        "2032-06-01",
        &["deadline 2032-06-30"],
    );
}
