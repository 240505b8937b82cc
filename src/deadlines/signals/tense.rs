//! Tense: whether the words around a date tell of something already done
//! ("was held", "pidettiin", "avslutades"), by suffix, by irregular form
//! and by the auxiliaries around a participle. Apart from `signals` since
//! it is read for every window and has grown its own tables.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use crate::deadlines::cues::{fact, Category, Fact, Window, WordHasher};
use crate::deadlines::Lang;

use super::closed_states;

/// Finnish/Swedish past tense by suffix ("pidettiin", "avslutades").
pub(in crate::deadlines) fn past_suffix(w: &str) -> bool {
    // (every suffix below is five characters long at least, and ends in
    // one of these bytes: most words of a window are turned away here,
    // before their characters are counted)
    if w.len() < 5
        || !matches!(
            w.as_bytes().last(),
            Some(b'n' | b's' | b'e' | b'i' | b't' | b'g')
        )
    {
        return false;
    }
    let n = w.chars().count();
    (n >= 6
        && ((w.ends_with("ttiin") && !illative_tti(w))
            || (w.ends_with("stiin") && !illative_tti(w))
            || w.ends_with("htiin")
            || w.ends_with("ades")))
        // Swedish "inledde", "ledde", "spredde"
        || (n >= 6 && w.ends_with("dde"))
        // Swedish "genomförde", "gjorde", "körde" (not "värde", "gärde",
        // the modal "borde", nor the ordinal in "för fjärde gången",
        // real429:52)
        || (n >= 6
            && w.ends_with("rde")
            && !["värde", "gärde", "borde", "fjärde"].iter().any(|e| w.ends_with(e)))
        // Finnish "tiedotti", "ilmoitti" (not the noun "automaatti")
        // (nor the instruments and machines "fagotti", "robotti")
        || (n >= 7
            && w.ends_with("otti")
            && !["potti", "gotti", "botti"].iter().any(|e| w.ends_with(e)))
        || (n >= 7 && (w.ends_with("ordes") || w.ends_with("ngdes") || w.ends_with("ndes")))
        // Swedish "invigdes", "genomfördes" (not English "provides")
        || (n >= 7
            && w
                .strip_suffix("des")
                .and_then(|stem| stem.chars().last())
                .is_some_and(|c| !"aeiouyåäö".contains(c)))
        // Finnish third person plural past: "osallistuivat", "järjestivät"
        // (not "voivat" or the noun "koulutuspäivät")
        || (n >= 8
            && (w.ends_with("ivat") || w.ends_with("ivät"))
            && !w.ends_with("oivat")
            && !w.ends_with("päivät")
            && !w.ends_with("laivat"))
        // Finnish third person singular past: "osallistui", "hyväksyi",
        // "maksoi", "aloitti", "päätti", "esitteli", "juhlisti" (the present
        // has a long vowel: "osallistuu", "maksaa"; "-oida" verbs such as
        // "liikennöi", "organisoi", "koordinoi" end in -oi in the present)
        || (n >= 6
            && (w.ends_with("ui")
                || w.ends_with("yi")
                || (w.ends_with("oi")
                    && !["noi", "isoi", "ysoi", "roi", "mioi"].iter().any(|e| w.ends_with(e)))
                || w.ends_with("oitti")
                || w.ends_with("itti")
                || w.ends_with("ätti")))
        || (n >= 7
            && (w.ends_with("tteli")
                || w.ends_with("aili")
                || w.ends_with("steli")
                || w.ends_with("nteli")
                || w.ends_with("isti")))
        // Swedish strong and -te pasts: "deltog", "besökte", "godkände", "stängde"
        || (n >= 5 && (w.ends_with("tog") || w.ends_with("kte") || w.ends_with("pte")))
        || (n >= 6 && (w.ends_with("ände") || w.ends_with("ängde")))
}

/// Irregular English pasts and Finnish/Swedish ones no suffix tells.
pub(in crate::deadlines) const PAST_FORMS: &[&str] = &[
    "took", "gave", "held", "won", "saw", "sent", "brought", "drew", "sold", "ran", "spent",
    "chose", "led", "paid", "made", "got", "went", "came", "piti", "pitivät", "sai", "saivat",
    "teki", "tekivät", "otti", "ottivat", "lähetti", "lopetti", "avasi", "avasivat", "julkaisi",
    "myönsi", "kertoi", "höll", "gav", "blev", "drog", "sålde", "valde",
];

/// Is `w` one of [`PAST_FORMS`]? (A set made once: the list is asked
/// about for every word of every window read for its tense.)
pub(in crate::deadlines) fn past_form(w: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str, BuildHasherDefault<WordHasher>>> = OnceLock::new();
    SET.get_or_init(|| PAST_FORMS.iter().copied().collect())
        .contains(w)
}

/// Past tense in a window: "was", "held" after was/were, "-ttiin", "-ades"...
pub(in crate::deadlines) fn past_in(x: Window, lang: Lang, sure_en: bool) -> bool {
    let win = x.words;
    // (the word tests of the sentence's mask bits where it carries them)
    let facts = |k: usize, f: u64, compute: fn(&str) -> bool| {
        fact(x.masks.get(k).copied().unwrap_or(0), f, win[k], compute)
    };
    // (the suffixes are Finnish and Swedish ones: in English text they
    // read names and nouns as pasts, "Whanganui" as "osallistui", "grades"
    // as "avslutades", and a past vetoes every day the window reaches; a
    // text only guessed English keeps them: `english_text`)
    let english = lang == Lang::En && sure_en;
    let suffixed = || !english && (0..win.len()).any(|k| facts(k, Fact::PAST_SUFFIX, past_suffix));
    if x.has(Category::Past) || suffixed() {
        return true;
    }
    // (once for the window, not once a word: the work stays linear; and
    // only once a Finnish or Swedish perfect asks it)
    let condition = std::cell::OnceCell::new();
    let condition = || {
        *condition.get_or_init(|| {
            win.iter().any(|w| {
                matches!(
                    *w,
                    "jos"
                        | "mikäli"
                        | "kunhan"
                        | "om"
                        | "viimeistään"
                        | "mennessä"
                        | "senast"
                        | "if"
                )
            })
        })
    };
    win.iter().enumerate().any(|(k, w)| {
        // (an adverb does not hide the auxiliary: "will be temporarily
        // closed from 5-11 May", real314:31)
        let mut p = k;
        while p > 1 && adverb(win[p - 1]) {
            p -= 1;
        }
        let prev = if p > 0 { win[p - 1] } else { "" };
        let next = win.get(k + 1).copied().unwrap_or("");
        // a verb taking its object: "approved the plan", "took part",
        // "celebrated its anniversary" (not "the extended deadline")
        // (the tests of the neighbours are closures, asked only once the
        // word itself could be a past: most words are not)
        let object = || {
            matches!(
                next,
                "the"
                    | "a"
                    | "an"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "our"
                    | "part"
                    | "over"
                    | "some"
            ) || (!next.is_empty() && next.bytes().all(|b| b.is_ascii_digit()))
        };
        // the word before the verb must be seen to tell the tense
        let en_past = lang != Lang::Sv
            && k > 0
            && (facts(k, Fact::PAST_FORM, past_form) || (w.len() >= 5 && w.ends_with("ed")))
            && object();
        // Swedish first conjugation past: "firade", "ordnade" (not "den
        // planerade kursen", "för nyinflyttade"): after a definite subject
        let subject = || {
            matches!(prev, "vi" | "hon" | "han" | "som" | "man")
                || (prev.chars().count() >= 4
                    && (prev.ends_with("en") || prev.ends_with("et") || prev.ends_with("na")))
        };
        let sv_past = lang == Lang::Sv && w.ends_with("ade") && w.chars().count() >= 6 && subject();
        // "if you received a tax return" tells a condition, not a story
        // (this and the tests below are closures: asked only of a word that
        // could be a past, not of every word)
        let told = || {
            !matches!(
                prev,
                "be" | "is" | "are" | "been" | "will" | "the" | "a" | "an" | "you" | "if"
            )
        };
        if (en_past && told())
            || sv_past
            || (lang != Lang::En && facts(k, Fact::PAST_FORM, past_form))
        {
            return true;
        }
        // perfect tense: "neuvotteluja on käyty", "ovat päättyneet",
        // "har genomförts", "har hållits", "har det varit"
        // (close before the date, and not a state: "on suljettu 24.12.")
        let near = || k + 5 >= win.len() && !condition();
        let fi_perfect = lang == Lang::Fi
            && near()
            && matches!(prev, "on" | "ovat" | "oli" | "olivat")
            && !matches!(
                *w,
                "suljettu" | "avattu" | "tarkoitettu" | "varattu" | "sallittu" | "kielletty"
            )
            && w.chars().count() >= 5
            && (w.ends_with("ttu") || w.ends_with("tty") || w.ends_with("ty") || w.ends_with("tu"));
        let sv_perfect = lang == Lang::Sv
            && near()
            && (matches!(prev, "har" | "hade") || (k >= 2 && matches!(win[k - 2], "har" | "hade")))
            && (*w == "varit"
                || (w.chars().count() >= 6 && (w.ends_with("its") || w.ends_with("ats"))));
        if fi_perfect || sv_perfect {
            return true;
        }
        // "will be organised"; "the signed contract" is an adjective
        let aux = || {
            matches!(
                prev,
                "be" | "is"
                    | "are"
                    | "been"
                    | "being"
                    | "remain"
                    | "remains"
                    | "will"
                    | "the"
                    | "a"
                    | "an"
                    | "your"
                    | "our"
                    | "their"
                    | "its"
                    | "this"
                    | "these"
            )
        };
        // "organised by", "arranged for" describe, they do not tell
        let participle = || {
            matches!(
                win.get(k + 1).copied(),
                Some("by" | "for" | "in" | "jointly")
            )
        };
        // ("Good Friday 29 March - Closed": a state a list gives the day)
        ((matches!(*w, "closed" | "opened" | "started")
            && !(*w == "closed" && closed_states::closed_state(win, k)))
            || (matches!(
                *w,
                "organised"
                    | "organized"
                    | "arranged"
                    | "hosted"
                    | "attended"
                    | "celebrated"
                    | "visited"
                    | "signed"
                    | "welcomed"
                    | "discussed"
                    | "presented"
                    | "met"
            ) && !participle()))
            && !aux()
    })
}

/// A decision told in the past ("approved the closure of Locust Lane for",
/// "hakuaikaa päätettiin jatkaa 17. joulukuuta asti"): the decision is
/// over, but a day still ahead is the day of what was decided, no story of
/// it (real550:35, real542:47).
/// (The decision takes what it decides right after it, an infinitive or
/// an object: "decided in its meeting on November 28" tells the meeting's
/// day, real82:32.)
/// ("approved the plan on Friday 15 March" tells when it was approved.)
pub(in crate::deadlines) fn decided(win: &[&str]) -> bool {
    let weekday = |w: &str| {
        w.ends_with("day")
            || matches!(
                w,
                "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun" | ","
            )
    };
    if win.iter().rev().find(|w| !weekday(w)) == Some(&"on") {
        return false;
    }
    win.windows(2).any(|p| {
        // (a Finnish infinitive, not a weekday's essive: "päätti
        // perjantaina 19.4. korottaa" decided on the day)
        let day = [
            "maanan", "tiista", "keskiv", "torsta", "perjan", "lauant", "sunnun",
        ]
        .iter()
        .any(|d| p[1].starts_with(d));
        let what = matches!(p[1], "to" | "att" | "the" | "a" | "an")
            || (p[1].chars().count() >= 4 && (p[1].ends_with('a') || p[1].ends_with('ä')) && !day);
        what && matches!(
            p[0],
            "decided"
                | "approved"
                | "agreed"
                | "voted"
                | "resolved"
                | "endorsed"
                | "beslutade"
                | "beslöt"
                | "päätti"
                | "päättivät"
                | "päätettiin"
                | "hyväksyi"
                | "hyväksyivät"
        )
    })
}

/// An English adverb of manner or degree between an auxiliary and its
/// verb: "temporarily", "fully", "partially".
pub(super) fn adverb(w: &str) -> bool {
    w.len() >= 5
        && w.is_ascii()
        && w.ends_with("ly")
        && !matches!(w, "apply" | "supply" | "reply" | "july" | "italy" | "early")
}

/// The illative of a noun in -tti/-sti ("konserttiin", "testiin",
/// "automaattiin", "tekstiin"), not a passive past ("pidettiin",
/// "järjestettiin", "päästiin", "pestiin"): the passive has a single short
/// vowel before "-ttiin", and "-stiin" only after a long vowel or diphthong.
fn illative_tti(w: &str) -> bool {
    let cs: Vec<char> = w.chars().collect();
    let n = cs.len();
    let vowel = |c: char| "aeiouyäö".contains(c);
    if w.ends_with("ttiin") && n >= 7 {
        let (a, b) = (cs[n - 7], cs[n - 6]);
        return !vowel(b) || (vowel(a) && a == b);
    }
    if w.ends_with("stiin") && n >= 7 {
        let (a, b) = (cs[n - 7], cs[n - 6]);
        return !(vowel(a) && vowel(b)) && w != "pestiin";
    }
    false
}
