//! Issue 14 round 26 (lines): a rider club's entry block, one step a line:
//! the day entries open is never reported (rule 2), however the "from" is
//! abbreviated; the days entries close or must be paid are deadlines.

use super::*;

/// Entries open on one line, close on the next, late entries after.
#[test]
fn the_opening_line_of_an_entry_block_is_never_reported() {
    let texts = ["Entries via the club site.\n    Ordinary entries open from 2026-06-21 at 19:00.\n    Ordinary entries close on 2026-07-21 at 18:00\n    Late entry until 2026-08-01 at 18:00 if places remain.",
"Ilmoittautuminen seuran sivuilla.\n    Tavallinen ilmoittautuminen alkaen 2026-06-21 klo 19:00.\n    Tavallinen ilmoittautuminen päättyy 2026-07-21 klo 18:00\n    Jälki-ilmoittautuminen 2026-08-01 klo 18:00 asti, jos tilaa on.",
"Anmälan via klubbens sida.\n    Ordinarie anmälan fr.o.m den 2026-06-21 kl 19:00.\n    Ordinarie anmälan utgår den 2026-07-21 kl 18:00\n    Därefter efteranmälan till 2026-08-01 kl 18:00 i mån av plats."];
    check_all(
        &texts,
        "2026-06-15",
        &["deadline 2026-07-21", "deadline 2026-08-01"],
    );
}
