//! A public consultation's period: a plan "på samråd" or "ute på
//! granskning" for some weeks, "nähtävillä 15.1.–15.2.2021", a proposal
//! "out for consultation from … to …". The public may comment or object
//! while it runs, so its last day is the last day to act (rule 2): one
//! deadline on the closing day, and no event range.
//!
//! Without this the range was read by its other words: as an event range
//! ("Den 7 maj - 19 juni 2018 är detaljplanen på samråd", real88:17;
//! "Kaavojen nähtävilläolon aikana (15.1.–15.2.2021)", real88:34;
//! "under granskningstiden 2020-06-05 till 2020-07-03", real78:43), or as
//! nothing, "under perioden" taken for a reporting period and "tillgänglig"
//! for a validity ("ute på granskning under perioden 10 januari till 21
//! februari 2024", real85:35; "utställt för samråd under perioden
//! 2023-01-23 - 2023-02-13", real87:52). Only ranges are read so: a single
//! day next to a consultation is often a meeting or a decision.

use super::super::cues::Category;

/// Stems of a consultation or a display of a plan open to comment
/// ("samrådet", "granskningstiden", "utställningstiden", "nähtävilläolon",
/// "lausuntoaika", "kuulemisaika", "muistutusaika"); a compound naming a
/// meeting ("kuulemisseminaari") is no such word, nor a show's
/// "utställningen".
const STEMS: [&str; 11] = [
    "samråd",
    "granskning",
    "utställningstid",
    "utställningsperiod",
    "remisstid",
    "nähtävillä",
    "nähtäville",
    "lausuntoai",
    "lausuntokierro",
    "kuulemisai",
    "muistutusai",
];

/// Does the clause `words` (with their cue `masks`) name a consultation
/// of the public, told as still to come or running (no past, no
/// cancellation, no event noun such as a meeting held in it)?
pub(super) fn comment_span(words: &[&str], masks: &[u64]) -> bool {
    let named = words.iter().any(|w| consultation_word(w));
    // (the lexicon counts "kuuleminen" among the events, as a hearing
    // held: the consultation's own word is no event noun here)
    let told = |cat: Category| {
        masks
            .iter()
            .zip(words)
            .any(|(m, w)| m & (cat.bit() | cat.sure()) != 0 && !consultation_word(w))
    };
    named && !told(Category::Past) && !told(Category::Cancel) && !told(Category::Event)
}

/// One word naming the consultation itself; a meeting of one
/// ("samrådsmöte", "consultation event") is something held. (`consult.rs`
/// asks it too, of the subject of a consultation's run: "the consultation
/// will run until", "kuuleminen jatkuu 5.5. asti".)
pub(super) fn consultation_word(w: &str) -> bool {
    // (the stems first: a search inside every word of every clause cost
    // more than the rest of this reading)
    (matches!(w, "consultation" | "kuuleminen" | "kuulemisen")
        || STEMS.iter().any(|s| w.starts_with(s)))
        && !w.contains("möte")
        && !w.contains("tilaisuu")
}
