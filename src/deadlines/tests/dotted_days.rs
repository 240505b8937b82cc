//! Issue 14 round 26 (lines): a day written with its dot before a
//! capitalised month name ("27. & 28. May 2026") is one date, not the end
//! of a sentence (`text/dotted_days.rs`).

use super::*;

/// A tournament's title line naming its two days, the month capitalised.
#[test]
fn a_dotted_day_before_a_capitalised_month_ends_no_sentence() {
    let texts = [
        "Autumn chess tournament 27. & 28. May 2026\n\nEveryone is welcome to play.",
        "Kevään shakkiturnaus järjestetään 27. & 28. Toukokuuta 2026.\n\nKaikki ovat tervetulleita pelaamaan.",
        "Vårens schackturnering spelas 27. & 28. Maj 2026.\n\nAlla är välkomna att spela.",
    ];
    check_all(
        &texts,
        "2026-05-01",
        &["event 2026-05-27", "event 2026-05-28"],
    );
}
