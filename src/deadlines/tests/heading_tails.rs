//! Issue 14 round 40 (English dated lines lost in their text): a heading
//! line holding a finished sentence before its last phrase heads the lines
//! under it with its last phrase only (`heading_tails.rs`): the past
//! "has been updated." of "The Kenilworth Chess Club Calendar has been
//! updated. Highlights include the following:" (real65:27) vetoed every
//! listed day, and "library opening hours." of "Drop in any time during
//! library opening hours. Any age" (real90:7) made the days of the next
//! items a service's hours.

use super::*;

/// A past sentence before the introduction does not reach the list.
#[test]
fn a_past_sentence_before_the_introduction_leaves_the_listed_days() {
    check_all(
        &[
            "The club calendar has been updated. Highlights include the following:\n\nMay 17 - CLUB CHAMPIONSHIP GAME. Bring a friend.\n\nMay 24 - TROPHY NIGHT. Prizes for all.",
            "Kerhon kalenteri on päivitetty. Tulossa seuraavat tapahtumat:\n\n17.5. KERHON MESTARUUSOTTELU. Ota ystävä mukaan.\n\n24.5. PALKINTOILTA. Palkintoja kaikille.",
            "Klubbens kalender har uppdaterats. Följande evenemang kommer:\n\n17 maj KLUBBMÄSTERSKAP. Ta med en vän.\n\n24 maj PRISUTDELNING. Priser till alla.",
        ],
        "2007-05-01",
        &["event 2007-05-17", "event 2007-05-24"],
    );
}

/// Opening hours told in a sentence of an item do not head the items after.
#[test]
fn opening_hours_told_in_an_item_do_not_head_the_next_items() {
    check_all(
        &[
            "Springtime Crafts\nDrop in any time during library opening hours. Any age\nNo need to book, just drop in!\n\nStorytime\nMonday 16 February, 10.30am-11.15am. Age 5 and under\nNo need to book, just drop in!\n\nBabytime\nTuesday 17 February, 10.30am-11.15am. Age 2 and under\nNo need to book, just drop in!",
            "Kevätaskartelu\nTule milloin tahansa kirjaston aukioloaikoina. Kaikenikäisille\nEi ennakkoilmoittautumista, tule paikalle!\n\nSatutunti\nMaanantai 16.2. klo 10.30–11.15. Alle 5-vuotiaille\nEi ennakkoilmoittautumista, tule paikalle!\n\nVauvatunti\nTiistai 17.2. klo 10.30–11.15. Alle 2-vuotiaille\nEi ennakkoilmoittautumista, tule paikalle!",
            "Vårpyssel\nKom när som helst under bibliotekets öppettider. Alla åldrar\nIngen anmälan, kom förbi!\n\nSagostund\nMåndag 16 februari kl. 10.30–11.15. För barn under 5 år\nIngen anmälan, kom förbi!\n\nBebisträff\nTisdag 17 februari kl. 10.30–11.15. För barn under 2 år\nIngen anmälan, kom förbi!",
        ],
        "2026-01-10",
        &["event 2026-02-16", "event 2026-02-17"],
    );
}

/// A heading of one phrase is read whole: "St." is no sentence's end; a
/// line wrapped in the middle of a sentence is prose, read whole.
#[test]
fn a_heading_of_one_phrase_is_read_whole() {
    assert_eq!(
        crate::deadlines::heading_tails::last_sentence("St. Andrew's Hall opening hours", None),
        0
    );
    assert_eq!(
        crate::deadlines::heading_tails::last_sentence(
            "Kirjasto on kiinni. Aukioloajat:",
            Some("ma 9-16")
        ),
        20
    );
    assert_eq!(
        crate::deadlines::heading_tails::last_sentence("Biblioteket är stängt. Öppettider:", None),
        25
    );
    assert_eq!(
        crate::deadlines::heading_tails::last_sentence(
            "Där antogs datum för kommande möten. Fullmäktige kommer under",
            Some("våren att sammanträda 23 mars")
        ),
        0
    );
}
