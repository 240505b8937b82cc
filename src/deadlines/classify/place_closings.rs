//! A place that closes on a day: "Brierley Hill Library will be closing on
//! Saturday 15th April" (real183:16), "Svartå filialbibliotek stänger 16.9
//! inför rivning" (real185:47), "The Library … will close for Christmas at
//! 5pm on Friday 20 December 2019 and re-open at 9am on Monday 6 January"
//! (real185:9).
//!
//! "Close" is a call's verb too ("applications close on"), and there it is
//! the reader's last day; said of a library, an office or a pool it is a
//! service break, an event (rule 3), as "closed" already is. A closing at
//! an hour is only shorter opening hours ("libraries close at 4pm on
//! Christmas Eve"), unless the place reopens on a later day: then the hour
//! starts the break, and its day is the closure the convention reports.

use super::super::cues::*;
use super::super::tokens::{Token, TokenKind};

/// Marks the closing verbs of places in a sentence's `words` as a break, and
/// takes the break away from a closing at an hour that ends no day.
/// `after` is the text after the sentence, where the next sentence may tell
/// the reopening.
pub(super) fn mark(words: &[&str], toks: &[Token], masks: &mut [u64], after: &str) {
    let break_bits = Category::Break.bit() | Category::Break.sure();
    let n = masks.len().min(words.len());
    // (most sentences close nothing: the reopening is asked only then)
    let closes = (0..n).any(|k| closing_verb(words, k));
    // (a reopening told in the next sentence ends this closing's break,
    // unless the sentence names a closed day of its own: "close at 5pm on
    // Wednesday, July 3, and remain closed all day on Thursday", real421:49)
    let closed_too = || {
        words
            .iter()
            .any(|w| matches!(*w, "closed" | "stängt" | "suljettu" | "suljettuna"))
    };
    let reopens = closes && (returns(words) || (reopens_next(after) && !closed_too()));
    // "kirjastot suljetaan kello 17", "libraries close by 16.00", "stänger
    // kl. 15": a closing at an hour shortens the opening hours, it is no
    // closure for the day, unless the place opens again on a later day
    for (k, mask) in masks.iter_mut().enumerate().take(n) {
        if at_hour(words, toks, k) && !(reopens && closing_verb(words, k)) {
            *mask &= !break_bits;
        }
    }
    if !closes || call_named(words) {
        return;
    }
    for (k, mask) in masks.iter_mut().enumerate().take(n) {
        if !closing_verb(words, k) {
            continue;
        }
        // (Swedish puts the subject after the verb when a day leads: "Natt
        // mot onsdag 22 juni stängs Hjulstatunneln av", real227:18; a body
        // closes its own place: "we will close our Record Office from 4pm")
        let inverted = matches!(words[k], "stängs" | "stänger" | "close")
            && words[k + 1..n.min(k + 5)]
                .iter()
                .take_while(|w| !matches!(**w, "." | "," | ";" | ":"))
                .any(|w| place(w));
        // ("The service will close at 4pm on Saturday, December 2 and
        // reopen", real320:49: a service closing until it reopens)
        let subject = place_before(words, k)
            || inverted
            || (reopens && (we_before(words, k) || service_before(words, k)));
        // "most libraries close earlier than usual": shorter hours
        let early = words.get(k + 1).is_some_and(|n| {
            matches!(
                *n,
                "early" | "earlier" | "aikaisemmin" | "aiemmin" | "tidigare"
            )
        });
        let shortened = !reopens && (k..n.min(k + 7)).any(|j| at_hour(words, toks, j));
        if subject && !early && !shortened {
            *mask |= break_bits;
            *mask &= !(Category::EndVerb.bit() | Category::EndVerb.sure());
        }
    }
}

/// Does an hour follow `words[k]` ("kello 17", "kl. 15", "at 4pm", "by
/// 16.00")?
fn at_hour(words: &[&str], toks: &[Token], k: usize) -> bool {
    let at = words
        .get(k + 1)
        .is_some_and(|w| matches!(*w, "kello" | "klo" | "kl" | "at" | "by" | "redan"));
    let num = |j: usize| {
        toks.get(j)
            .is_some_and(|t| t.kind == TokenKind::Num && t.value <= 24)
    };
    at && (num(k + 2) || (words.get(k + 2) == Some(&".") && num(k + 3)))
}

/// A verb of a place closing: "close", "closing", "shut", "stänger",
/// "stängs", "sulkeutuu"; "closed" is a break word of the lexicon already.
fn closing_verb(words: &[&str], k: usize) -> bool {
    let w = words[k];
    matches!(
        w,
        "close"
            | "closes"
            | "closing"
            | "shut"
            | "shuts"
            | "shutting"
            | "stänger"
            | "stängs"
            | "stängas"
            | "sulkeutuu"
            | "sulkeutuvat"
    ) || (matches!(w, "sulkee" | "sulkevat")
        && words.get(k + 1).is_some_and(|n| n.starts_with("ove")))
}

/// A place named as the subject, a few words before the verb and in its
/// clause: "Svartå filialbibliotek stänger", "The Library and external
/// study rooms will close", "Council's administration and customer service
/// centres will close".
fn place_before(words: &[&str], k: usize) -> bool {
    words[k.saturating_sub(8)..k]
        .iter()
        .rev()
        .take_while(|w| !matches!(**w, "." | ";" | ":" | "?" | "!"))
        .any(|w| place(w))
}

/// "We will be closing at 12.00pm … and opening again on": the body
/// speaking of its own premises, told so by the reopening after it.
fn we_before(words: &[&str], k: usize) -> bool {
    words[k.saturating_sub(4)..k]
        .iter()
        .any(|w| matches!(*w, "we" | "vi"))
}

/// "The service will close": a service named right before the verb.
fn service_before(words: &[&str], k: usize) -> bool {
    words[k.saturating_sub(4)..k].iter().any(|w| {
        matches!(
            *w,
            "service" | "services" | "palvelu" | "palvelut" | "tjänsten"
        )
    })
}

/// A place or service that opens to the public.
fn place(w: &str) -> bool {
    const WHOLE: [&str; 39] = [
        "library",
        "libraries",
        // "The heritage mill sites will close on 1 April along with the
        // Museum of Lancashire" (real320:50)
        "sites",
        "museums",
        "buildings",
        "archives",
        "archive",
        "office",
        "offices",
        "centre",
        "centres",
        "center",
        "centers",
        "hall",
        "pool",
        "museum",
        "branch",
        "site",
        "building",
        "facility",
        "facilities",
        "depot",
        "rooms",
        "counter",
        "desk",
        "verksamheten",
        "park",
        "naturum",
        "halls",
        "nursery",
        "nurseries",
        "tunnel",
        "bridge",
        // a park, a playground, a skatepark: "The skatepark … will close on
        // 3rd of September", "Parken … stänger måndagen den 25 maj 2020"
        // (real366:40, :18)
        "parks",
        "parken",
        "parkerna",
        "skatepark",
        "playground",
        "playgrounds",
    ];
    const STEMS: [&str; 43] = [
        "kirjasto",
        "toimisto",
        "virasto",
        "uimahall",
        "palvelupiste",
        "museo",
        "bibliotek",
        "filialbibliotek",
        "kontor",
        "simhall",
        "reception",
        "kansli",
        "kommungård",
        "servicepunkt",
        "museet",
        // "De muséer och galleriutrymmen … stängs 17.3.2020" (real320:34)
        "museer",
        "muséer",
        "galleri",
        "läsesal",
        // a clinic, a health station, a day-care centre: "Hälsostationerna",
        // "vårdcentralen", "terveysasema", "förskolorna", "päiväkodit"
        "hälsostation",
        "vårdcentral",
        "terveysasem",
        "clinic",
        "surgery",
        "förskol",
        "daghem",
        "fritidshem",
        "päiväkod",
        "päiväkot",
        // "Den 20 mars stänger nio kliniker", "Mottagningen i Munkedal
        // stänger den 30 juni" (real289:6, :44)
        "klinik",
        "mottagning",
        "tandvård",
        "hammashoitol",
        "poliklini",
        // a pool, a rink, a sports hall: "Badhuset stänger 12 juni"
        // (real314:15; not an outdoor pool, whose closing ends its season)
        "badhus",
        "ishall",
        "sporthall",
        "idrottshall",
        "jäähall",
        "urheiluhall",
        "liikuntahall",
        "lekplats",
        "leikkipuisto",
    ];
    // a Swedish road, tunnel or bridge by its name: "Hjulstatunneln",
    // "Rodergatan" (not English "-bridge": "Cambridge"); a Finnish centre
    // of any kind: "Voipaalan taidekeskus sulkeutuu 8.3. alkaen" (real544:36)
    const ENDS: [&str; 5] = ["tunneln", "gatan", "vägen", "bron", "keskus"];
    WHOLE.contains(&w)
        || STEMS.iter().any(|s| w.starts_with(s))
        || ENDS.iter().any(|s| w.ends_with(s))
}

/// A call, a registration or a survey in the sentence: then "closes" is its
/// last day, whatever place is named too.
fn call_named(words: &[&str]) -> bool {
    words.iter().any(|w| {
        [
            "applica",
            "submission",
            "call",
            "survey",
            "consultation",
            "registration",
            "nomination",
            "entries",
            "tender",
            "bids",
            "voting",
            "polls",
            "booking",
            "haku",
            "hakemu",
            "ilmoittautum",
            "kysely",
            "lausun",
            "ansökan",
            "anmälan",
            "enkät",
            "utlysning",
            "remiss",
            "röstning",
        ]
        .iter()
        .any(|p| w.starts_with(p))
    })
}

/// Does the next sentence tell the place opening again ("… will close at
/// 12pm on Friday 22 December. The Library branches … will reopen on
/// Tuesday 2 January 2024", real481:3)? A bounded look at its first words.
fn reopens_next(after: &str) -> bool {
    let head: String = after.chars().take(240).collect::<String>().to_lowercase();
    let head = head.trim_start();
    let sentence = head
        .match_indices('.')
        .find(|(i, _)| head[i + 1..].starts_with(char::is_whitespace))
        .map_or(head, |(i, _)| &head[..i]);
    let words: Vec<&str> = sentence
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .collect();
    returns(&words)
}

/// A place opening again (`reopened.rs`) or a service resuming: the
/// return of the ordinary after a break.
fn returns(words: &[&str]) -> bool {
    super::reopened::reopening(words) || resumes(words)
}

/// "Normal business hours will resume", "resume operations on", "usual
/// service resuming on", "opening again on", "öppna igen".
fn resumes(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        let next = words.get(i + 1).copied().unwrap_or("");
        w.starts_with("resum")
            || (matches!(*w, "opening" | "open" | "öppna" | "öppnar")
                && matches!(next, "again" | "igen"))
    })
}

/// Is the day after `imm` the one a place opens again on ("and re-open at
/// 9am on Monday 6 January", "resume operations on Tuesday, Sept. 8",
/// "kunna öppna igen den 31 januari")? The reopening ends the break and
/// holds nothing of its own (`reopened.rs`); only the last words before
/// the day are read, so a closing earlier in the sentence keeps its day.
pub(super) fn reopening_day(imm: &[&str]) -> bool {
    let tail = &imm[imm.len().saturating_sub(9)..];
    let from = tail
        .iter()
        .rposition(|w| matches!(*w, "." | ";" | "and" | "och" | "ja"))
        .map_or(0, |p| p + 1);
    let tail = &tail[from..];
    returns(tail)
}

/// "Kirjastot suljetaan keskiviikosta 18.3. alkaen", "suljettuina 1.12.2020
/// alkaen" (real346:29, real234:55): a place closing from a day, its first
/// day of the break, no practice entering into force. (The Swedish "stängs
/// från och med" is labelled both ways and left to the ordinary reading.)
fn closed_from(lw: Window, r_head: &[&str]) -> bool {
    from_after(r_head)
        && lw.words.iter().zip(lw.masks).any(|(w, m)| {
            m & Category::Break.bit() != 0 && (w.starts_with("sulje") || *w == "kiinni")
        })
}

/// A place closing from a day (`closed_from`), or closed over the days of
/// a range (`range` holds the words after it): "City Hall … will all be
/// closed effective September 25th to October 4th" (real467:3), a break
/// however its first day is told ("effective", "as of", "från och med").
pub(super) fn closed(lw: Window, r_head: &[&str], range: Option<&[&str]>) -> bool {
    closed_from(lw, r_head) || range.is_some_and(|r| closed_over(lw.words, r))
}

/// A word telling a place closed: "closed", "closure", "stängs",
/// "suljetaan", "sulkeutuu" (not "close", a call's verb too).
pub(super) fn closure_word(w: &str) -> bool {
    super::super::closed_rows::is_closure(w)
        || matches!(w, "closure" | "shut" | "stängs" | "stängd" | "suljetaan")
        || w.starts_with("sulkeutu")
}

/// Is the day the first of something ("Effective April 8, 2021, all
/// Township facilities will be closed", "sulkeutuu 8.3. alkaen")? Said of
/// a closure, the first day of the break is its event, no rule entering
/// into force.
/// (Swedish "stängs från och med" is labelled both ways, and more often
/// nothing: real99:18, real119:15, real145:10 against real314:27, real509:23.)
pub(super) fn starts_on(imm: &[&str], r_head: &[&str]) -> bool {
    // ("från och med den 25 januari och till och med den 26 januari": the
    // first day of a span told next, read as the span or not at all)
    let span = r_head.iter().enumerate().any(|(k, w)| {
        matches!(*w, "till" | "until" | "through")
            || (*w == "to" && (k == 0 || !matches!(r_head[k - 1], "due" | "owing")))
    });
    if span {
        return false;
    }
    let last = imm.iter().rev().find(|w| !matches!(**w, "(" | "," | "on"));
    last.is_some_and(|w| {
        matches!(
            *w,
            "effective" | "immediately" | "starting" | "beginning" | "from"
        )
    }) || from_after(r_head)
}

/// "8.3. alkaen", "1.12. lähtien": the Finnish postposition of a first day
/// right after it.
fn from_after(r_head: &[&str]) -> bool {
    r_head
        .first()
        .is_some_and(|w| matches!(*w, "alkaen" | "lähtien"))
}

fn closed_over(l: &[&str], r: &[&str]) -> bool {
    l.iter().chain(r).any(|w| closure_word(w))
}
