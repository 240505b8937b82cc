//! The facts of a word on its own ([`Fact`]), computed once a distinct word
//! of the text and kept in the top bits of its mask: the rules asking them
//! at every date of a clause test a bit instead of the word.

use super::super::cues::{fact, is_word_of, Category, Fact, Window};
use super::super::signals::{
    hours_word, issuer_word, past_form, past_suffix, payout_word, period_noun,
};
use super::consult::display;
use super::periods::exhibition;

/// Every fact of `w`, with [`Fact::KNOWN`].
pub(in crate::deadlines) fn word_facts(w: &str) -> u64 {
    let facts = [
        (Fact::DEADLINE_NOUN, is_word_of(Category::DeadlineNoun, w)),
        (Fact::PERIOD_NOUN, period_noun(w)),
        (Fact::HOURS, hours_word(w)),
        (Fact::STATS, stats_word(w)),
        (Fact::EXHIBITION, exhibition(w)),
        (Fact::PAST_SUFFIX, past_suffix(w)),
        (Fact::PAST_FORM, past_form(w)),
        (Fact::ISSUER, issuer_word(w)),
        (Fact::PAYOUT, payout_word(w)),
        (Fact::DISPLAY, display(w)),
    ];
    facts
        .iter()
        .filter(|(_, on)| *on)
        .fold(Fact::KNOWN, |m, (bit, _)| m | bit)
}

/// "statistik", "tilastot", a statistics word of the lexicon: a
/// statistical period is told, whatever else the sentence says.
/// ("perioden", "ajanjakso", "covers" name a statistical period only when
/// nobody is applying in it, "du kan söka under perioden": they are asked
/// with the sentence.)
pub(in crate::deadlines) fn stats_word(w: &str) -> bool {
    let soft =
        matches!(w, "perioden" | "covers" | "covered" | "period") || w.starts_with("ajanjakso");
    w.starts_with("statisti")
        || w.starts_with("tilasto")
        || (!soft && is_word_of(Category::Statistics, w))
}

/// Does a word of `l` or `r` have the fact `f` ([`fact`]; `compute` where
/// a mask does not carry the facts)?
pub(super) fn in_words(l: &Window, r: &Window, f: u64, compute: fn(&str) -> bool) -> bool {
    [l, r].iter().any(|x| {
        x.words
            .iter()
            .zip(x.masks)
            .any(|(w, &m)| fact(m, f, w, compute))
    })
}
