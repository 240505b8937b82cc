//! The reader's shortcuts read exactly as the tests they stand for: a
//! word's fact bits, month names turned away by their first two letters, a
//! short word past ASCII lower-cased in place.

use crate::deadlines::classify::facts::{stats_word, word_facts};
use crate::deadlines::classify::periods::exhibition;
use crate::deadlines::cues::{fact, is_word_of, Category, Fact};
use crate::deadlines::signals::{hours_word, past_form, past_suffix, period_noun};
use crate::deadlines::tokens::{tokenize, TokenKind, ABBR_MONTHS, EN_MONTHS, FI_MONTHS, SV_MONTHS};

const WORDS: &[&str] = &[
    "deadline",
    "hakuaika",
    "ansökningstiden",
    "aukioloajat",
    "öppettider",
    "statistik",
    "tilastot",
    "perioden",
    "exhibition",
    "näyttely",
    "utställningen",
    "pidettiin",
    "avslutades",
    "held",
    "was",
    "the",
    "15",
    ",",
    "åbo",
    "hakemukset",
    "sista",
];

#[test]
fn a_words_fact_bits_are_the_tests_they_stand_for() {
    type Test = fn(&str) -> bool;
    let tests: [(u64, Test); 7] = [
        (Fact::DEADLINE_NOUN, |w| {
            is_word_of(Category::DeadlineNoun, w)
        }),
        (Fact::PERIOD_NOUN, period_noun),
        (Fact::HOURS, hours_word),
        (Fact::STATS, stats_word),
        (Fact::EXHIBITION, exhibition),
        (Fact::PAST_SUFFIX, past_suffix),
        (Fact::PAST_FORM, past_form),
    ];
    for (bit, test) in tests {
        let mut held = 0;
        for w in WORDS {
            let m = word_facts(w);
            assert_ne!(m & Fact::KNOWN, 0, "{w}: facts not marked known");
            assert_eq!(m & bit != 0, test(w), "{w}: fact bit {bit:#x}");
            // a mask without the facts asks the word itself
            assert_eq!(fact(0, bit, w, test), test(w), "{w}: unknown mask");
            held += usize::from(test(w));
        }
        assert!(held > 0, "no word of the list has the fact {bit:#x}");
    }
}

#[test]
fn every_month_name_is_still_read_as_its_month() {
    let fi_forms = FI_MONTHS
        .iter()
        .flat_map(|m| ["", "n", "ta", "ssa"].map(|end| format!("{m}{end}")));
    let names = SV_MONTHS
        .iter()
        .chain(&EN_MONTHS)
        .map(|m| m.to_string())
        .chain(ABBR_MONTHS.iter().map(|(a, _)| a.to_string()))
        .chain(fi_forms);
    for name in names {
        // capitalised, as an English month must be
        let text = format!("{}{}", name[..1].to_uppercase(), &name[1..]);
        let toks = tokenize(&text, 0);
        assert!(
            toks.first().is_some_and(|t| t.month.is_some()),
            "{text} is no longer read as a month"
        );
    }
    for word in ["the", "ma", "majority", "maybe", "decade", "jo", "Augment"] {
        let toks = tokenize(word, 0);
        assert!(
            toks.iter().all(|t| t.month.is_none()),
            "{word} read as a month"
        );
    }
}

#[test]
fn words_past_ascii_are_lower_cased_as_str_to_lowercase_does() {
    let text = "ÅBO Hakemukset JÄTETTÄVÄ ΟΔΟΣ ΣΟΦΙΑ İstanbul \
                Ärendehanteringssystemets Läsårsavgiftsbefrielsetillämpningarna 15.3.";
    let toks = tokenize(text, 0);
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let read: Vec<&str> = toks
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.word.as_str())
        .collect();
    assert_eq!(read.len(), words.len());
    for (got, w) in read.iter().zip(&words) {
        assert_eq!(*got, w.to_lowercase(), "{w}");
    }
}
