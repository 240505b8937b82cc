//! Headings and announcing sentences: what a heading or the sentence above
//! a list says the dates listed alone under it are.

use super::super::cues::*;
use super::super::signals::*;
use super::super::tokens::*;
use super::super::Kind;
use super::Reader;

impl Reader<'_> {
    /// Does a heading tell what the days listed alone under it are: a
    /// deadline or a payment word ("Sista ansökningsdatum",
    /// "Avvikande utbetalningsdagar"), or an event word in a label ending in
    /// a colon ("Kommande evenemang:")?
    pub(in crate::deadlines) fn heading_tells(&self, h: &str) -> bool {
        let toks = tokenize(h, 0);
        let words: Vec<&str> = toks.iter().map(|t| t.word.as_str()).collect();
        let masks: Vec<u64> = words.iter().map(|w| cue_mask(w)).collect();
        let w = Window {
            words: &words,
            masks: &masks,
        };
        w.has(Category::Deadline)
            || payment_day(w)
            || words.iter().any(|x| {
                period_noun(x)
                    || phrases(Category::DeadlineNoun)
                        .iter()
                        .any(|c| part_matches(x, c))
            })
            || (h.trim_end().ends_with(':')
                && (w.has(Category::Event) || w.has(Category::Happen)))
            // "Utlysningen stänger": a call that closes, over a date alone
            || (end_verb_in(w) && w.has(Category::Apply))
    }

    /// What a heading or an introducing sentence says the dates listed
    /// under it are: deadlines ("All deadlines … specified below", "vi läser
    /// av inkomna ansökningar följande datum:", "Utlysningen stänger") or
    /// events ("Seuraavat illat:", "the schedule of the events", "Concert");
    /// `None` when it says both or neither.
    pub(in crate::deadlines) fn heading_hint(&self, h: &str) -> Option<Kind> {
        let toks = tokenize(h, 0);
        let words: Vec<&str> = toks.iter().map(|t| t.word.as_str()).collect();
        let masks: Vec<u64> = words.iter().map(|w| cue_mask(w)).collect();
        let w = Window {
            words: &words,
            masks: &masks,
        };
        if past_in(w, self.lang) || w.has(Category::Authority) && !w.has(Category::Apply) {
            return None;
        }
        let deadline = w.has(Category::Deadline)
            || w.has(Category::Apply)
            || words.iter().any(|x| {
                period_noun(x)
                    || phrases(Category::DeadlineNoun)
                        .iter()
                        .any(|c| part_matches(x, c))
            });
        let event = w.has(Category::Event) || w.has(Category::Happen);
        match (deadline, event) {
            (true, false) => Some(Kind::Deadline),
            (false, true) => Some(Kind::Event),
            _ => None,
        }
    }
}
