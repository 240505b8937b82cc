//! What the words around a date tell, beyond single cue phrases: tense,
//! obligation, who acts (the reader or the issuer), payment days, times of
//! day, and the cue phrases that need a look at their neighbours ("extended
//! permit" is no extended deadline, "ends with a concert" no end).

use super::cues::{fact, phrase_at, Category, Fact, Window};
use super::tokens::{Token, TokenKind, WEEKDAYS};
use super::Lang;

mod closed_states;
mod own_reports;
mod payouts;
mod readers_papers;
mod tense;
pub(super) use own_reports::commissioned_report;
pub(super) use payouts::{
    earlier_payment_gap, moved_payment_gap, payment_day, payout_word, reader_pays, renamed_day_gap,
};
pub(super) use tense::{decided, past_form, past_in, past_suffix};

/// What may follow a date and still belong to it: a time, a postposition.
pub(super) fn postposition(t: &Token) -> bool {
    t.kind == TokenKind::Num
        || matches!(
            t.word.as_str(),
            "." | ":"
                | "-"
                | "mennessä"
                | "asti"
                | "saakka"
                | "viimeistään"
                | "alkaen"
                | "lähtien"
                | "lukien"
                | "jälkeen"
                | "klo"
                | "kl"
                | "kello"
                | "at"
                | "the"
                | "latest"
                | "senast"
                | "am"
                | "pm"
                | "a"
                | "p"
                | "m"
                | "cet"
                | "eet"
                | "een"
                | "ään"
                | "aan"
                | "iin"
                | "hin"
        )
}

/// "som skulle ha stängt den 31 mars", "which would have closed on 31
/// March", "olisi päättynyt 31.3.": the day a thing would have had before it
/// was moved (real192:5). Only the five words before the date are looked at.
pub(super) fn would_have(lw: Window) -> bool {
    let l = lw.words;
    (l.len().saturating_sub(5)..l.len()).any(|s| {
        let next = l.get(s + 1).copied().unwrap_or("");
        matches!((l[s], next), ("skulle", "ha") | ("would", "have")) || l[s].starts_with("olisi")
    })
}

/// Does the window tell that the date after it is an old one ("previously",
/// "aiemmin", "tidigare")? "Earlier than usual" does not.
pub(super) fn superseded(lw: Window) -> bool {
    let l = lw.words;
    // the old-date word stands close before the date: "(previously 15
    // April)", "tidigare den 15 april"; "inför gamla nämndernas sista
    // sammanträde och inför budgetmötet 14 december" is an old committee
    const NEAR: usize = 6;
    (l.len().saturating_sub(NEAR)..l.len()).any(|s| {
        if lw.masks[s] & Category::Superseded.bit() == 0 {
            return false;
        }
        let next = l.get(s + 1).copied().unwrap_or("");
        let prev = if s > 0 { l[s - 1] } else { "" };
        phrase_at(l, s, Category::Superseded)
            && !matches!(next, "than" | "än" | "kuin")
            && !matches!(prev, "tavallista" | "normaalia" | "usual")
    })
}

/// "not available", "ei ole käytettävissä", "inte tillgänglig": a break.
/// "extended" as a cue, not the adjective of "extended permit" or "extended
/// opening hours": it must stand before a preposition, a punctuation mark, a
/// deadline or application word, or stand last.
pub(super) fn strong_in(x: Window) -> bool {
    if !x.has(Category::Extended) {
        return false;
    }
    let attributive = |k: usize| {
        let w = x.words[k];
        matches!(w, "extended" | "förlängd" | "förlängda")
            && x.words.get(k + 1).is_some_and(|n| {
                let nm = x.masks.get(k + 1).copied().unwrap_or(0);
                n.chars().all(char::is_alphabetic)
                    && !matches!(
                        *n,
                        "to" | "until" | "till" | "by" | "through" | "with" | "for" | "and" | "or"
                    )
                    && nm
                        & (Category::Deadline.bit()
                            | Category::Apply.bit()
                            | Category::Apply.sure())
                        == 0
                    && !period_noun(n)
            })
    };
    let bit = Category::Extended.bit();
    (0..x.words.len()).any(|k| x.masks[k] & bit != 0 && !attributive(k))
        && x.has(Category::Extended)
}

/// An end verb telling that something closes or ends, not one taking an
/// object ("the marathon will close several streets") or naming what the
/// end is made of ("the week ends with a concert", "avslutas med en
/// konsert", "päättyy konserttiin").
pub(super) fn end_verb_in(x: Window) -> bool {
    if !x.has(Category::EndVerb) {
        return false;
    }
    let bit = Category::EndVerb.bit();
    (0..x.words.len()).any(|k| {
        if x.masks[k] & bit == 0 {
            return false;
        }
        let next = x.words.get(k + 1).copied().unwrap_or("");
        let nm = x.masks.get(k + 1).copied().unwrap_or(0);
        let object = matches!(
            next,
            "the" | "a" | "an" | "several" | "some" | "all" | "its" | "their" | "with" | "med"
        );
        let made_of = nm & (Category::Event.bit() | Category::Event.sure()) != 0;
        // ("vattnet stängs av": a particle verb, shut off, no closing)
        !object && !made_of && next != "av"
    }) && x.has(Category::EndVerb)
}

pub(super) fn neg_validity(x: Window) -> bool {
    (0..x.words.len()).any(|k| {
        x.masks[k] & Category::Validity.bit() != 0
            && (k.saturating_sub(2)..k).any(|j| matches!(x.words[j], "not" | "ei" | "inte" | "no"))
    })
}

/// A compound naming the period for an action: Finnish "valitusaika",
/// "ilmoittautumisajan", "hakuaikaa" (an action noun in -us, -mis, -ku or
/// -nto before "aika"), Swedish "besvärstiden", "ansökningstid".
pub(super) fn period_noun(w: &str) -> bool {
    const FI_CASES: &[&str] = &["aika", "ajan", "aikaa", "ajat", "ajaksi", "aikana"];
    const SV_HEADS: &[&str] = &[
        "ansöknings",
        "anmälnings",
        "besvärs",
        "remiss",
        "svars",
        "inlämnings",
        "anbuds",
        "rättelse",
        "överklagande",
    ];
    // (no period noun is shorter than eight bytes, a stem of four
    // characters and "aika" or a head and "tid": most words are)
    if w.len() < 8 {
        return false;
    }
    if let Some(stem) = FI_CASES.iter().find_map(|c| w.strip_suffix(c)) {
        return stem.chars().count() >= 4
            && ["us", "mis", "haku", "nto"]
                .iter()
                .any(|e| stem.ends_with(e))
            && !stem.ends_with("kokous");
    }
    // ("ansökningstiden", "svarsperiod", "anmälningsperioden"; the plural
    // "ansökningsperioderna" heads a list of recurring rounds)
    let stem = [
        "tiderna",
        "tider",
        "tiden",
        "tid",
        "perioderna",
        "perioder",
        "perioden",
        "period",
    ]
    .iter()
    .find_map(|s| w.strip_suffix(s))
    .unwrap_or("");
    !stem.is_empty() && SV_HEADS.iter().any(|h| stem.ends_with(h))
}

/// Words treated as not there when looking at what stands right before a date.
pub(super) fn filler(w: &str, lang: Lang) -> bool {
    matches!(w, "the" | "on" | "den" | "," | "(" | "of" | "day" | "dagen")
        || WEEKDAYS.contains(&w)
        || (lang == Lang::Fi && w == "to")
}

/// The ordinary service runs: "som vanligt", "as usual", "as normal",
/// "normaalisti". (One pass of literal matches, not a phrase search a
/// phrase: this is asked at every date.)
pub(super) fn service_as_usual(w: &[&str]) -> bool {
    w.iter().enumerate().any(|(k, x)| {
        let next = w.get(k + 1).copied();
        match *x {
            "som" => next == Some("vanligt"),
            "as" => matches!(next, Some("usual" | "normal")),
            "normaalisti" | "tavalliseen" | "tavanomaisesti" => true,
            _ => false,
        }
    })
}

/// A duty whose receiver is the reader: "till dig", "till er", "to you",
/// "sinulle", "teille" (one pass, as [`service_as_usual`]).
pub(super) fn to_reader(l: &[&str]) -> bool {
    l.iter().enumerate().any(|(k, w)| {
        let next = l.get(k + 1).copied();
        match *w {
            "till" => matches!(next, Some("dig" | "er")),
            "to" => next == Some("you"),
            "sinulle" | "teille" => true,
            _ => false,
        }
    })
}

/// A word of obligation: "must", "ska", "on jätettävä", "tulee jättää".
pub(super) fn obligation(words: &[&str]) -> bool {
    words.iter().any(|w| {
        matches!(
            *w,
            "must"
                | "should"
                | "required"
                | "ska"
                | "skall"
                | "måste"
                | "bör"
                | "tulee"
                | "täytyy"
                | "pitää"
                | "oltava"
        ) || ((w.ends_with("ttava") || w.ends_with("ttävä")) && w.chars().count() >= 8)
    })
}

/// The reader is told by when something should have reached them ("you
/// should have received your card by", "du bör ha fått ditt röstkort
/// senast", "sinun pitäisi olla saanut"): the sender's target, though the
/// sentence has a modal verb.
pub(super) fn expected_receipt(l: &[&str]) -> bool {
    l.windows(3).any(|w| {
        matches!(w[0], "should" | "bör" | "borde" | "pitäisi" | "pitäisivät")
            && matches!(
                (w[1], w[2]),
                ("have", "received")
                    | ("have", "got")
                    | ("ha", "fått")
                    | ("olla", "saanut")
                    | ("olla", "saaneet")
            )
    }) || l.windows(2).any(|w| w == ["should", "receive"])
}

/// The issuer tells what it will do by a date: "we will send", "vi skickar",
/// "lähetämme", "ohjeet lähetetään", "you will receive", "saat päätöksen".
///
/// Every frame of the rule needs a word of its own lists ([`issuer_word`]),
/// kept as [`Fact::ISSUER`] in the masks: a window without one is turned
/// away in one pass of bit tests before the rule's passes over its words.
pub(super) fn issuer_target(x: Window, lang: Lang) -> bool {
    let facts = x.masks.len() == x.words.len();
    if facts
        && !x
            .words
            .iter()
            .zip(x.masks)
            .any(|(w, &m)| fact(m, Fact::ISSUER, w, issuer_word))
    {
        return false;
    }
    let l = x.words;
    // "Ajojärjestelyt palautuvat normaaliksi viimeistään 22.2.", "traffic
    // returns to normal by", "återgår till det normala senast": a service
    // restored by a day is the issuer's work
    let restored = l.iter().any(|w| restores(w))
        && l.iter().any(|w| {
            matches!(
                *w,
                "normal" | "normaaliksi" | "ennalleen" | "normala" | "normalt"
            )
        });
    if restored {
        return true;
    }
    let we = l.iter().position(|w| matches!(*w, "we" | "vi" | "we'll"));
    let we_send = we.is_some_and(|k| l[k..].iter().any(|w| send(w)));
    // "will be notified", and "… be notified of their acceptance … by"
    // when the window starts after "will" (an obligation is read apart)
    let passive = (0..l.len().saturating_sub(1)).any(|k| {
        l[k] == "be"
            && send(l[k + 1])
            && !matches!(l[k + 1], "post" | "mail")
            && !(k > 0 && matches!(l[k - 1], "can" | "may" | "must" | "should" | "to"))
    }) || l.iter().enumerate().any(|(k, w)| {
        // "kan skickas in": the reader may send; "skickas ut": the issuer does
        // ("Skickas i år in senast", "svaret behöver skickas": a word or two
        // before "in", and a need, are the reader's as well; so is the
        // reader's own entry sent: "Anmälan skickas till tävlingsledningen")
        let before = if k > 0 { l[k - 1] } else { "" };
        let readers = matches!(
            before,
            "kan" | "ska" | "skall" | "bör" | "måste" | "behöver" | "svaret" | "svar"
        ) || readers_papers::named_before(l, k);
        sent_out(w) && !l[k + 1..(k + 4).min(l.len())].contains(&"in") && !readers
    });
    // "Skatteverket skickar", "Kela sends", "Migri lähettää": the issuer's
    // present tense; "du skickar in" is the reader's
    let third = l.iter().enumerate().any(|(k, w)| {
        issuer_sends(w)
            && l.get(k + 1) != Some(&"in")
            && !(k > 0
                && matches!(
                    l[k - 1],
                    "du" | "ni"
                        | "you"
                        | "och"
                        | "voi"
                        | "voit"
                        | "voivat"
                        | "voitte"
                        | "muista"
                        | "muistakaa"
                        | "kannattaa"
                        | "pitää"
                        | "tulee"
                        | "täytyy"
                        | "saa"
                        | "saat"
                        | "tulisi"
                        | "ehtii"
                        | "ehdit"
                ))
    });
    // the reader is told what they will get, not asked to act
    let receive = l.windows(2).any(|w| RECEIVE.contains(&(w[0], w[1])))
        || (lang == Lang::Fi
            && l.iter().enumerate().any(|(k, w)| {
                // ("Lausuntoja saavat antaa kaikki … saakka": "saa" with an
                // infinitive is "may", a permission to act, not getting)
                fi_receive(w) && !l.get(k + 1).is_some_and(|n| fi_infinitive(n))
            }));
    // what the reader is told: "Notification of acceptance:", "besked om
    // antagning", "tieto valinnasta"
    let notice = l.iter().enumerate().any(|(k, w)| {
        let next = l.get(k + 1).copied();
        let about = next.is_some_and(|n| n.ends_with("sta") || n.ends_with("stä"));
        match notice_head(w) {
            None => false,
            Some(Notice::Alone) => true,
            Some(Notice::About) => about,
            // "the offer day", "National offer day:": when places are
            // offered; "Offers of school place: 16 April"
            Some(Notice::Offer) => {
                matches!(next, Some("day" | "days" | "date" | "dates" | "of"))
            }
            // ("Round One offers will be made from 2pm on", "CAO offers
            // for Leaving Cert students will be issued on": the offers go out)
            Some(Notice::Of) => {
                next == Some("of")
                    || (*w == "offers" && matches!(next, Some("will" | "are" | "issue" | "for")))
            }
            Some(Notice::Om) => next == Some("om"),
        }
    });
    // "the tax bills are mailed on", "kiinteistövero laskutetaan",
    // "avgiften faktureras": the issuer bills, the reader pays later
    let bills = l
        .windows(2)
        .any(|w| matches!(w[0], "is" | "are") && billed(w[1]))
        || l.iter().any(|w| bills(w));
    // ("Hakemus jätetään/postitetaan kansliaan viimeistään 31.01.2018": the
    // reader's own application is what is posted, as "Anmälan skickas")
    let fi = lang != Lang::En
        && l.iter().enumerate().any(|(k, w)| {
            fi_issuer(w)
                && !(matches!(*w, "lähetetään" | "postitetaan")
                    && readers_papers::named_before(l, k))
        });
    // "the working group will submit its report by": the body's own work
    let own = own_reports::own_work(l);
    we_send || passive || third || receive || fi || notice || bills || own
}

/// Could `w` make a frame of [`issuer_target`] hold? Made of the rule's own
/// word lists, one word of each frame (the later word of a pair), so the
/// bit cannot drift from the rule.
pub(super) fn issuer_word(w: &str) -> bool {
    restores(w)
        || send(w)
        || sent_out(w)
        || issuer_sends(w)
        || RECEIVE.iter().any(|(_, b)| *b == w)
        || fi_receive(w)
        || notice_head(w).is_some()
        || billed(w)
        || bills(w)
        || fi_issuer(w)
        || own_reports::own_work_word(w)
}

/// The issuer (or a reader it addresses) sends or answers.
fn send(w: &str) -> bool {
    matches!(
        w,
        "send"
            | "sent"
            | "contact"
            | "contacted"
            | "notify"
            | "notified"
            | "inform"
            | "informed"
            | "reply"
            | "respond"
            | "confirm"
            | "confirmed"
            | "deliver"
            | "delivered"
            | "mail"
            | "mailed"
            | "email"
            | "emailed"
            | "post"
            | "posted"
            | "skickar"
            | "skicka"
            | "skickas"
            | "kontaktar"
            | "kontaktas"
            | "meddelar"
            | "besvarar"
            | "svarar"
            | "återkommer"
            | "postar"
            | "postas"
            | "distribueras"
            | "distributed"
    )
}

/// The issuer's Finnish first person plural and passive.
fn fi_issuer(w: &str) -> bool {
    matches!(
        w,
        "lähetämme"
            | "toimitamme"
            | "ilmoitamme"
            | "tiedotamme"
            | "vastaamme"
            | "otamme"
            | "kerromme"
            | "postitamme"
            | "lähetetään"
            | "postitetaan"
            | "vastataan"
    )
}

/// Word pairs telling the reader what they will get.
const RECEIVE: &[(&str, &str)] = &[
    ("will", "receive"),
    ("will", "get"),
    ("du", "får"),
    ("ni", "får"),
    ("får", "du"),
    ("får", "ni"),
    ("kommer", "få"),
    ("att", "få"),
];

/// "saat päätöksen": the reader gets, in Finnish.
fn fi_receive(w: &str) -> bool {
    matches!(w, "saat" | "saatte" | "saavat")
}

/// A Finnish first infinitive of a verb of acting: "antaa", "hakea",
/// "osallistua", "jättää", "ilmoittautua", "kommentoida".
fn fi_infinitive(w: &str) -> bool {
    w.len() > 4
        && (w.ends_with("aa")
            || w.ends_with("ää")
            || w.ends_with("ea")
            || w.ends_with("eä")
            || w.ends_with("ua")
            || w.ends_with("yä")
            || w.ends_with("da")
            || w.ends_with("dä"))
        && !matches!(w, "rahaa" | "tukea" | "apua" | "palkkaa" | "aikaa")
}

/// Billed after "is" or "are".
fn billed(w: &str) -> bool {
    matches!(w, "billed" | "mailed" | "invoiced" | "issued")
}

/// Billing in a word of its own.
fn bills(w: &str) -> bool {
    matches!(w, "laskutetaan" | "faktureras" | "debiteras")
}

/// A service returning ("… to normal").
fn restores(w: &str) -> bool {
    matches!(
        w,
        "return" | "returns" | "back" | "restored" | "återgår" | "palautuu" | "palautuvat"
    )
}

/// A Swedish passive of sending.
fn sent_out(w: &str) -> bool {
    matches!(w, "skickas" | "postas" | "kontaktas" | "distribueras")
}

/// The issuer sends, in the third person.
fn issuer_sends(w: &str) -> bool {
    matches!(
        w,
        "sends" | "skickar" | "lähettää" | "lähettävät" | "postittaa"
    )
}

/// What a notice word needs after it to tell the reader of a notice.
enum Notice {
    Alone,
    /// "tieto valinnasta": a word in -sta/-stä.
    About,
    /// "offer day", "offers of".
    Offer,
    Of,
    Om,
}

fn notice_head(w: &str) -> Option<Notice> {
    Some(match w {
        "notification" | "notifications" | "besked" | "beskedet" | "valintatieto" => Notice::Alone,
        _ if w.starts_with("antagningsbesked") => Notice::Alone,
        "tieto" | "tiedon" | "ilmoitetaan" | "tiedotetaan" => Notice::About,
        "offer" => Notice::Offer,
        // "Abstract authors notified of outcome": a notice told of its
        // receivers
        "offers" | "notified" | "informed" => Notice::Of,
        // "erbjudande om plats", "författarna underrättas om"
        "underrättas" | "meddelas" => Notice::Om,
        _ if w.starts_with("erbjudande") => Notice::Om,
        _ => return None,
    })
}

/// Does `w` begin with one of the word stems?
fn starts_any(w: &str, stems: &[&str]) -> bool {
    stems.iter().any(|s| w.starts_with(s))
}

/// Opening hours named in the sentence ("normaalien aukioloaikojen
/// mukaan", "normala öppettider", "opening hours"): the days told with them
/// are service days, not events (a closure among them is a break, read
/// apart).
pub(super) fn hours_word(w: &str) -> bool {
    // (also inside a compound: "poikkeusaukioloajat", "sommaröppettider",
    // "kesäaukiolo")
    // (no stem fits in a word shorter than 7 bytes: most words are)
    // (one pass over the bytes, stopping at the bytes a stem starts with,
    // 'a' and the first byte of 'ö': a substring search a stem cost more
    // than the whole pass on a word this short)
    (w.len() >= 7 && {
        let b = w.as_bytes();
        (0..b.len()).any(|i| match b[i] {
            b'a' => b[i..].starts_with(b"aukiolo"),
            0xc3 => ["öppettid", "öppethållning"]
                .iter()
                .any(|p| b[i..].starts_with(p.as_bytes())),
            _ => false,
        })
    }) || matches!(w, "hours" | "times" | "opening")
}

/// "tyhjennetään normaalisti", "as usual", "som vanligt": the clause tells
/// a day on which nothing changes.
pub(super) fn as_usual(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        matches!(*w, "normaalisti" | "tavalliseen" | "normally")
            || matches!(
                (*w, words.get(k + 1).copied()),
                ("as", Some("usual" | "normal")) | ("som", Some("vanligt" | "normalt"))
            )
    })
}

/// A line naming opening hours ("Poikkeusaukioloajat", "Öppettider i
/// sommar", "Opening hours"); the cheap byte test first, as most lines name
/// none.
pub(super) fn names_hours(line: &str) -> bool {
    ["ukiolo", "ppettid", "ppethåll", "ours", "imes", "pening"]
        .iter()
        .any(|p| line.contains(p))
        && super::tokens::tokenize(line, 0)
            .iter()
            .any(|t| hours_word(&t.word))
}

/// A dated line naming opening hours outright ("Kesäaukiolo 1.6.-31.8.",
/// "Summer hours 1 June - 31 August"): not "opening" alone, which opens a
/// call as often ("1 February: Opening of abstract submission").
pub(super) fn dated_hours(line: &str) -> bool {
    ["ukiolo", "ppettid", "ppethåll", "ours"]
        .iter()
        .any(|p| line.contains(p))
        && super::tokens::tokenize(line, 0).iter().any(|t| {
            let w = t.word.as_str();
            w == "hours" || (hours_word(w) && !matches!(w, "times" | "opening"))
        })
}
