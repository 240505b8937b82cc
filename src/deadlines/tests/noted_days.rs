//! Issue 14 round 43 (lists cut short): a note in brackets after one day of
//! a list ("3.4. (tilinpäätös), 23.4.", "15 March (cancelled), 25 March")
//! belongs to that day; the list goes on after it (real115:53, real114:1,
//! real87:2).

use super::*;

/// The days after a noted day are read like the days before it.
#[test]
fn a_note_after_a_day_does_not_end_the_list() {
    check_all(
        &[
            "Valtuuston kokoukset pidetään 19.3., 3.4. (tilinpäätös), 23.4. ja 14.5.2024.",
            "Council meetings will be held on 19.3., 3.4. (accounts), 23.4. and 14.5.2024.",
            "Fullmäktige sammanträder 19.3., 3.4. (bokslut), 23.4. och 14.5.2024.",
        ],
        "2024-01-02",
        &[
            "event 2024-03-19",
            "event 2024-04-03",
            "event 2024-04-23",
            "event 2024-05-14",
        ],
    );
}

/// A bracketed sentence after a day still ends the sentence before it: the
/// note must be short and the list must go on right after it.
#[test]
fn a_bracketed_sentence_is_no_note() {
    check_all(
        &[
            "The council met on 3.4.2024. (The minutes of the meeting are published separately.) Comments are welcome by 23.4.2024.",
            "Valtuusto kokoontui 3.4.2024. (Pöytäkirja julkaistaan erikseen verkkosivuilla.) Palautetta voi antaa 23.4.2024 mennessä.",
            "Fullmäktige sammanträdde 3.4.2024. (Protokollet publiceras separat på webbplatsen.) Synpunkter lämnas senast 23.4.2024.",
        ],
        "2024-04-05",
        &["deadline 2024-04-23"],
    );
}
