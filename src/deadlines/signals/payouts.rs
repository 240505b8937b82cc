//! Money paid out and money owed: a payment day is an event for the reader
//! who is paid and a deadline for the one who pays (`classify/payments.rs`
//! decides; the words that tell which live here).

use super::super::cues::{fact, Fact, Window};
use super::super::tokens::WEEKDAYS;
use super::starts_any;

/// Money paid out on a day: "payment day", "maksupäivä", "utbetalningsdag",
/// "veronpalautukset maksetaan", "betalas ut".
///
/// Only a word [`payout_head`] knows can tell it: its mask's
/// [`Fact::PAYOUT`] bit turns the others away without comparing them.
pub(in crate::deadlines) fn payment_day(x: Window) -> bool {
    let facts = x.masks.len() == x.words.len();
    x.words.iter().enumerate().any(|(k, w)| {
        if facts && !fact(x.masks[k], Fact::PAYOUT, w, payout_word) {
            return false;
        }
        let next = x.words.get(k + 1).copied().unwrap_or("");
        match payout_head(w) {
            None => false,
            Some(Payout::Alone) => true,
            Some(Payout::Account) => next.starts_with("account"),
            // ("you will get your payment on Friday December 24": the
            // reader's own payment, as "your money")
            Some(Payout::Day) => {
                matches!(next, "day" | "date" | "days" | "dates")
                    || k > 0 && matches!(x.words[k - 1], "your" | "their")
            }
            Some(Payout::Out) => matches!(next, "out" | "ut"),
            // "receive your money", "get their money": money paid out
            // ("Pension dates:", "the pension pay dates": the days it is paid)
            Some(Payout::Owned) => {
                k > 0 && matches!(x.words[k - 1], "your" | "their")
                    || matches!(next, "day" | "date" | "days" | "dates")
            }
            // "Ruokavirasto alkaa maksaa EU-nautapalkkioita 15. joulukuuta":
            // a payer beginning its payments, not a price
            Some(Payout::Begun) => k > 0 && x.words[k - 1].starts_with("alka"),
        }
    })
}

/// What a payout word needs beside it to name money paid out.
enum Payout {
    Alone,
    /// "bank account".
    Account,
    /// "payment day", "payout dates", "pay dates", "your payment".
    Day,
    /// "paid out", "betalas ut".
    Out,
    /// "your money", "their pension", "pension dates".
    Owned,
    /// "alkaa maksaa".
    Begun,
}

/// The word lists of [`payment_day`], the one place both the rule and the
/// [`Fact::PAYOUT`] bit read.
fn payout_head(w: &str) -> Option<Payout> {
    const STEMS: &[&str] = &[
        "maksupäiv",
        "utbetalning",
        "utbetala",
        // "får din pension utbetald"
        "utbetald",
        "reimburs",
        "återbäring",
        "bankkonto",
        "veronpalautu",
        "skatteåterbäring",
    ];
    Some(match w {
        _ if starts_any(w, STEMS) => Payout::Alone,
        // "Stödutbetalningen inleds 15.2", "pensionsutbetalningar"
        _ if w.len() > 14 && w.contains("utbetalning") => Payout::Alone,
        // "får du pengarna", "kommer pengarna", "rahat tulevat tilille"
        "pengarna" | "jaetaan" | "tilille" | "tilillä" => Payout::Alone,
        "maksetaan" | "pays" | "refunds" | "refund" => Payout::Alone,
        // "Tukien maksaminen alkaa tiistaina 13.12.", "tulevat maksuun
        // torstaina 15.12. alkaen", "aloittavansa … ennakoiden maksamisen"
        // (real296:12, :57): a payer's payments beginning
        "maksaminen" | "maksamisen" | "maksuun" => Payout::Alone,
        "bank" => Payout::Account,
        "payment" | "payout" | "pay" => Payout::Day,
        "payday" | "paydays" => Payout::Alone,
        "paid" | "betalas" | "betalar" | "betala" => Payout::Out,
        "maksaa" => Payout::Begun,
        "money" | "pension" | "pensions" => Payout::Owned,
        _ => return None,
    })
}

/// Could `w` tell [`payment_day`]?
pub(in crate::deadlines) fn payout_word(w: &str) -> bool {
    payout_head(w).is_some()
}

/// The reader pays: a fee, an invoice, a due date, tax still owed.
pub(in crate::deadlines) fn reader_pays(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        starts_any(
            w,
            &[
                "eräpäiv",
                "eräänty",
                "förfall",
                "inbetal",
                "kvarskatt",
                "jäännösvero",
                "fee",
                "avgift",
                "invoice",
                "lasku",
                "faktura",
                "hinta",
                "hinnan",
                "euro",
                "price",
                "cost",
            ],
        )
            || matches!(*w, "due" | "pris" | "priset" | "kostar" | "€")
            // a fee named by its compound: "jäsenmaksujen", "venepaikkamaksu"
            || (w.len() > 6 && ["maksu", "maksut", "maksun", "maksujen"].iter().any(|e| w.ends_with(e)))
            // "those owed money see refunds": the reader is the one paid
            || (*w == "owed" && !matches!(words.get(k + 1), Some(&"money" | &"a" | &"refunds")))
            // "lukukausimaksun viimeinen maksupäivä": a fee to pay
            || (w.len() > 6 && (w.ends_with("maksu") || w.ends_with("maksun")))
    })
}

/// The words between the old and the new day of a moved payment or round
/// ("Monday 26 December will be collected Tuesday 27 December"): "3 april
/// utbetalas 2 april", "den 6 januari kommer den 5 januari", "25.12. rahat
/// maksetaan 23.12.", "5 June is paid on 4 June". At least one verb of paying
/// or coming, and nothing else but fillers and the money.
pub(in crate::deadlines) fn moved_payment_gap(gap: &[&str]) -> bool {
    const VERBS: &[&str] = &[
        "utbetalas",
        "betalas",
        "kommer",
        "maksetaan",
        "siirtyy",
        "flyttas",
        "paid",
        "moved",
        "moves",
        // a round's day moved: "Monday 26 December will be collected
        // Tuesday 27 December" (real473:20)
        "collected",
        "emptied",
        "hämtas",
        "töms",
        "tyhjennetään",
    ];
    const OTHER: &[&str] = &[
        "ut",
        "den",
        "on",
        "the",
        "is",
        "are",
        "will",
        "be",
        "to",
        "till",
        "pengarna",
        "money",
        "rahat",
        "pengar",
        "out",
        "istället",
        "instead",
        "sen",
        "then",
    ];
    // (the new day's weekday stands before it: "… collected Tuesday 27 December")
    let words = || gap.iter().filter(|w| !WEEKDAYS.contains(w));
    words().any(|w| VERBS.contains(w)) && words().all(|w| VERBS.contains(w) || OTHER.contains(w))
}

/// "Monday 19 September will be Tuesday 20 September" (real473:14): the
/// words between two weekday days when one becomes the other.
pub(in crate::deadlines) fn renamed_day_gap(gap: &[&str]) -> bool {
    matches!(gap, ["will", "be", w] if WEEKDAYS.contains(w))
}

/// The words between a usual payment day and an earlier day on which the
/// money comes instead ("(Will be paid on", ", then you'll be paid on",
/// "rahat maksetaan jo", "får dem i stället den"): a verb of paying or
/// receiving in a short gap with no second clause of its own.
pub(in crate::deadlines) fn earlier_payment_gap(gap: &[&str]) -> bool {
    const VERBS: &[&str] = &[
        "paid",
        "receive",
        "utbetalas",
        "betalas",
        "får",
        "kommer",
        "maksetaan",
        "saat",
        "saa",
        "tulevat",
        // a service done earlier than its usual day: "tyhjennykset
        // suoritetaan jo edeltävän viikon lauantaina", "töms redan"
        "suoritetaan",
        "tehdään",
        "tyhjennetään",
        "emptied",
        "collected",
        "töms",
        "hämtas",
    ];
    gap.len() <= 16
        && gap.iter().any(|w| VERBS.contains(w))
        && !gap
            .iter()
            .any(|w| matches!(*w, "and" | "ja" | "och" | "." | "but" | "mutta" | "men"))
}
