//! The fact bits of a sentence's masks answer as the word lists they are
//! made from: `issuer_target` and `payment_day` read every window of a
//! sentence the same with the bits (the sentence's masks) as without them
//! (masks made elsewhere, which ask the words themselves).

use crate::deadlines::classify::facts::word_facts;
use crate::deadlines::cues::{cue_mask, Window};
use crate::deadlines::signals::{issuer_target, payment_day};
use crate::deadlines::tokens::tokenize;
use crate::deadlines::Lang;

/// A sentence, its language, and whether the issuer acts and money is paid
/// out in it as a whole.
const SENTENCES: &[(&str, Lang, bool, bool)] = &[
    (
        "We will send the instructions by 15 March 2025.",
        Lang::En,
        true,
        false,
    ),
    (
        "Applicants will be notified of the decision by 3 May.",
        Lang::En,
        true,
        false,
    ),
    ("Kela sends the decisions on 2 May.", Lang::En, true, false),
    ("Notification of acceptance: 1 June", Lang::En, true, false),
    ("The tax bills are mailed on 10 May.", Lang::En, true, false),
    (
        "Traffic returns to normal by 22 February.",
        Lang::En,
        true,
        false,
    ),
    (
        "Most taxpayers will get their money on 6 August.",
        Lang::En,
        true,
        true,
    ),
    ("Lähetämme päätökset 15.3.2025.", Lang::Fi, true, false),
    ("Besluten skickas ut den 3 maj.", Lang::Sv, true, false),
    ("Maksupäivä on 20.12.2024.", Lang::Fi, false, true),
    (
        "Skatteåterbäringen betalas ut den 4 april.",
        Lang::Sv,
        false,
        true,
    ),
    ("The payment day is 20 December.", Lang::En, false, true),
    (
        "Applications must be submitted by 15 March 2025.",
        Lang::En,
        false,
        false,
    ),
    (
        "Hakemukset on jätettävä viimeistään 15.3.2024.",
        Lang::Fi,
        false,
        false,
    ),
    (
        "Ansökningstiden går ut den 30 april 2024.",
        Lang::Sv,
        false,
        false,
    ),
];

#[test]
fn mask_facts_read_as_the_words_they_are_made_from() {
    for &(text, lang, issuer, payout) in SENTENCES {
        let tokens = tokenize(text, 0);
        let words: Vec<&str> = tokens.iter().map(|t| t.word.as_str()).collect();
        let with: Vec<u64> = words.iter().map(|w| cue_mask(w) | word_facts(w)).collect();
        let without: Vec<u64> = words.iter().map(|w| cue_mask(w)).collect();
        let window = |masks: &[u64], a: usize, b: usize| -> (bool, bool) {
            let x = Window {
                words: &words[a..b],
                masks: &masks[a..b],
            };
            (issuer_target(x, lang), payment_day(x))
        };
        assert_eq!(
            window(&with, 0, words.len()),
            (issuer, payout),
            "{text}: (issuer acts, money paid out)"
        );
        for a in 0..words.len() {
            for b in a..=words.len() {
                assert_eq!(
                    window(&with, a, b),
                    window(&without, a, b),
                    "{text}: words {a}..{b} read otherwise with the facts' bits"
                );
            }
        }
    }
}
