//! Issue 14 round 26 (lines): application windows listed one a bullet
//! under a heading that announces them keep that heading's meaning, even
//! after an item whose own words say "the following year": a bulleted
//! item is no new heading unless it ends in a colon.

use super::*;

/// Quarterly application windows: each closes on its last day.
#[test]
fn an_items_following_year_does_not_head_the_next_items() {
    let texts = ["Applications will be accepted in the following periods:\n\n  • First round: October 1-31 (for funding beginning in the following year)\n  • Second round: January 2-31 (for funding in April)\n  • Third round: April 1-30 (for funding in July)",
"Hakemuksia otetaan vastaan seuraavina jaksoina:\n\n  • Ensimmäinen kierros: 1.–31.10. (rahoitus alkaa seuraavina kuukausina)\n  • Toinen kierros: 2.–31.1. (rahoitus huhtikuussa)\n  • Kolmas kierros: 1.–30.4. (rahoitus heinäkuussa)",
"Ansökningar tas emot under följande perioder:\n\n  • Första omgången: 1–31 oktober (för finansiering under följande år)\n  • Andra omgången: 2–31 januari (för finansiering i april)\n  • Tredje omgången: 1–30 april (för finansiering i juli)"];
    check_all(
        &texts,
        "2026-09-15",
        &[
            "deadline 2026-10-31",
            "deadline 2027-01-31",
            "deadline 2027-04-30",
        ],
    );
}
