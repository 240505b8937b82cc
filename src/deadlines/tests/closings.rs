//! Issue 14 round 14 (real25/real26): what closes and what does not — a
//! slashed day after a word that closes a period, a season open on a weekly
//! round (its last day no deadline), one cancelled item in a list.

use super::*;

/// Issue 14 (real25/real26): a slashed day and month right after a word
/// that closes a period ("senast 23/4", "by 15/3") is a deadline.
#[test]
fn slashed_day_after_a_closing_word() {
    check_all(
        &[
            "Anmälan till kursen görs till kansliet senast 23/4. Ta med matsäck.",
            "Ilmoittautumiset kurssille toimistoon viimeistään 23/4. Ota eväät mukaan.",
            "Register for the course with the office by 23/4. Bring a packed lunch.",
        ],
        "2025-03-01",
        &["deadline 2025-04-23"],
    );
}

/// Issue 14 (real26): a place open on a weekly round for a season keeps
/// opening hours; the season's last day is no deadline.
#[test]
fn open_season_on_a_weekly_round() {
    check_all(
        &[
            "Kotiseutumuseo on avoinna tiistaista sunnuntaihin 1.6.–31.8.2025. Osoite on Museotie 3.",
            "Hembygdsgården är öppet tisdag–söndag 1/6–31/8 2025. Adressen är Museivägen 3.",
            "The heritage museum is open Tuesday to Sunday from June 1 to August 31, 2025. The address is 3 Museum Road.",
        ],
        "2025-05-10",
        &[],
    );
}

/// Issue 14 (real25): "Item: cancelled" in a list tells that item's fate;
/// the items listed after it still take place.
#[test]
fn cancelled_item_does_not_cancel_the_list() {
    check_all(
        &[
            "Kevään ohjelma:\nEsitapaaminen: peruttu\nKesäleiri pidetään 15.–19.6.2025\nJälkitapaaminen 12.9.2025",
            "Vårens program:\nFörträff: inställd\nSommarlägret hålls 15–19 juni 2025\nÅterträff 12 september 2025",
            "Spring schedule:\nPre-meeting: cancelled\nSummer camp takes place 15–19 June 2025\nReunion: 12 September 2025",
        ],
        "2025-03-01",
        &["event 2025-06-15 2025-06-19", "event 2025-09-12"],
    );
}

/// A road's closure named by its noun ("The closure is scheduled to
/// commence on October 21 2024", real492:7–9) is a break on its day, as
/// "closed" is.
#[test]
fn a_closure_named_by_its_noun_is_an_event() {
    check_rules_all(
        &[
            "Birch Road will be closed for 2,000m. The closure is scheduled to commence on October 21 2031 for five days.",
            "Koivutie suljetaan 2 000 metrin matkalta. Tiesulku alkaa 21.10.2031 ja kestää viisi päivää.",
            "Björkvägen stängs av på 2 000 meter. Vägavstängningen börjar den 21 oktober 2031 och varar fem dagar.",
        ],
        "2031-10-01",
        &["event 2031-10-21"],
    );
}
