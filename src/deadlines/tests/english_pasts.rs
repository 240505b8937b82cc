//! Issue 14 round 40 (English dated lines lost in their text): the Finnish
//! and Swedish past suffixes ("osallistui", "avslutades") are not read in
//! English text (`signals/tense.rs`): Māori names ("Whanganui River
//! Traders Market" over "Saturday 7 April 9:00am – 1:00pm", real84:43;
//! "Te Runanganui o Ngati Hikairo", real78:40) and nouns ("the 1-2
//! grades", real87:31) were read as pasts, which veto every day the
//! window reaches.

use super::*;

/// A name ending like a Finnish past heads its day as any title would.
#[test]
fn a_name_ending_like_a_finnish_past_leaves_an_english_day() {
    check(
        "Meet your councillors at the following events:\n\nWhanganui River Traders Market\n\nSaturday 7 April 9:00am – 1:00pm",
        "2018-03-20",
        &["event 2018-04-07"],
    );
}

/// An English noun ending like a Swedish past leaves its sentence's day.
#[test]
fn an_english_noun_ending_like_a_swedish_past_leaves_the_day() {
    check_all(
        &[
            "A day camp for children from the 1-2 grades is organized on October 18-20th from 9 am to 2 pm.",
            "Päiväleiri 1.–2.-luokkalaisille järjestetään 18.–20.10. klo 9–14.",
            "Ett dagläger för barn i årskurs 1–2 ordnas den 18–20 oktober kl. 9–14.",
        ],
        "2021-10-08",
        &["event 2021-10-18 2021-10-20"],
    );
}

/// In Finnish and Swedish text the suffixes still tell a past.
#[test]
fn finnish_and_swedish_pasts_by_suffix_stay_past() {
    check_all(
        &[
            "Leirille osallistui lapsia 1.–2. luokilta 18.–20.10. klo 9–14.",
            "Lägret avslutades för barn i årskurs 1–2 den 18–20 oktober kl. 9–14.",
        ],
        "2021-10-08",
        &[],
    );
}

/// English is sure when given or when an English word stands in the text.
#[test]
fn english_is_sure_when_given_or_told_by_a_word() {
    use crate::deadlines::english_text::sure;
    assert!(sure("Whanganui River Traders Market", Lang::En));
    assert!(sure("Hearings will be held on 2 May", Lang::Auto));
    assert!(!sure("Joulutanssit tanssittiin 19.12.", Lang::Auto));
    assert!(!sure("Synpunkterna stängdes 7 september 2020.", Lang::Auto));
    assert!(!sure("The text is read as Swedish", Lang::Sv));
}
