//! The reader's own papers: an application, a registration, an opinion, a
//! tender. A passive of sending after one of them ("Hakemus jätetään /
//! postitetaan … viimeistään", "Ansökan lämnas in eller postas … senast")
//! tells what the reader sends by the day, not what the issuer sends: the
//! issuer's own target (`issuer_target`) is not read there.

/// How far before a passive of sending the reader's paper may name it
/// ("Hakemus jätetään / postitetaan", "Ansökan lämnas in eller postas").
const NEAR: usize = 4;

/// Do the words just before `words[k]`, a passive of sending, name a paper
/// the reader sends ("ansökan", "anbud", "hakemus", "ilmoittautumiset",
/// "mielipide", "tarjoukset")? Whole words: "ilmoittautumisohjeet
/// lähetetään" are the issuer's instructions.
pub(super) fn named_before(words: &[&str], k: usize) -> bool {
    words[k.saturating_sub(NEAR)..k]
        .iter()
        .any(|w| PAPERS.contains(w))
}

const PAPERS: &[&str] = &[
    "anmälan",
    "anmälningar",
    "ansökan",
    "ansökningar",
    "ansökningen",
    "anbud",
    "anbuden",
    "hakemus",
    "hakemukset",
    "anomus",
    "anomukset",
    "ilmoittautuminen",
    "ilmoittautumiset",
    "mielipide",
    "mielipiteet",
    "muistutus",
    "muistutukset",
    "tarjous",
    "tarjoukset",
];
