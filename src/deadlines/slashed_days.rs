//! Where a slashed day and month without a year ("14/5", "1/7") stands as
//! a date although no word before it places it: a clock time right after it
//! ("14/5 kl. 10–13", "21/9 18:30") says a day is meant, and so does a word
//! of a deadline or of a day before it ("senast 1/7", "den 3/6"), even when
//! the two numbers could be read as a fraction.

use super::clock::{clock_word, glued_minutes};
use super::cues::{ends_with_phrase, is_word_of, Category};
use super::dates::Grammar;
use super::tokens::{TokenKind, WEEKDAYS};

/// The tokens from `k` on are a clock time: "kl 18", "klo 10.30", "at 7",
/// or "18:30" / "18.30" written alone.
pub(super) fn timed_from(g: &Grammar, k: usize) -> bool {
    let Some(t) = g.token(k) else {
        return false;
    };
    if t.kind == TokenKind::Num {
        // "18:30", "9.15": an hour and its minutes glued by a colon or dot
        return t.value <= 24
            && (g.glued(k + 1, ":") || g.glued(k + 1, "."))
            && glued_minutes(g.tokens, k + 2);
    }
    clock_word(g.word(k))
        && g.token(k + 1)
            .is_some_and(|n| n.kind == TokenKind::Num || n.word.as_str() == ".")
}

/// The word before a slashed day names a day, a weekday or a last day
/// ("senast", "by", "den", "on", "Måndag 4/7"), or a clock time follows
/// it: there "1/7" is 1 July, not a fraction. (A weekday's day is checked
/// against the year rule 7 infers, `classify/weekday_agree.rs`: "Lördag
/// 1/6" read on 28 June is the 1 June gone by, not next year's Sunday.)
pub(super) fn not_fraction(prev: &str, timed: bool) -> bool {
    super::dates::ends_by(prev)
        || matches!(prev, "den" | "on" | "the" | "till" | "until")
        || timed
        || WEEKDAYS.contains(&prev)
}

/// A weekday or a holiday named by its day ("fredag", "långfredagen",
/// "påskafton", "juhannusaatto", "vappupäivä").
pub(super) fn day_name(w: &str) -> bool {
    WEEKDAYS.contains(&w)
        || [
            "dagen", "dag", "afton", "aftonen", "päivä", "aatto", "day", "eve",
        ]
        .iter()
        .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
}

/// "senast kl. 12.00 15/3", "viimeistään klo 16 15/3", "by 12.00 15/3": a
/// clock time between a word that closes a period and the slashed day
/// still places it, as the closing word alone would ("senast 15/3").
pub(super) fn clocked_by(g: &Grammar, i: usize) -> bool {
    let mut k = i;
    // the hour and its minutes, "12.00", "16", "23:59"
    while k > 0 && k + 6 > i {
        let t = g.token(k - 1);
        let part =
            t.is_some_and(|t| t.kind == TokenKind::Num || matches!(t.word.as_str(), "." | ":"));
        if !part {
            break;
        }
        k -= 1;
    }
    let first = k;
    // ("kl. 12.00": the dot of the clock word's abbreviation)
    while k < i && matches!(g.word(k), "." | ":") {
        k += 1;
    }
    let hour_first = k < i && g.token(k).is_some_and(|t| t.kind == TokenKind::Num);
    if !hour_first || first == 0 {
        return false;
    }
    let prev = g.word(first - 1);
    super::dates::ends_by(prev)
        || (clock_word(prev) && first >= 2 && super::dates::ends_by(g.word(first - 2)))
}

/// A verb of taking place stands right before a slashed day, or before one
/// or two plain words ("Konserten hålls 15/3", "Seminaari järjestetään
/// jälleen 15/3", "Välkommen på mässan 15/3"): the verb places a day there
/// as "den" or "on" does. Without it "15/3" after a noun stays unread (a
/// score or a fraction may stand there).
pub(super) fn after_happening(g: &Grammar, i: usize) -> bool {
    let from = i.saturating_sub(6).max(g.first);
    let words: Vec<&str> = (from..i).map(|k| g.word(k)).collect();
    let plain = |w: &str| !w.is_empty() && w.chars().all(char::is_alphabetic);
    (0..3).any(|skip| {
        let Some(end) = words.len().checked_sub(skip) else {
            return false;
        };
        let (win, between) = words.split_at(end);
        between.iter().all(|w| plain(w))
            && win.last().is_some_and(|w| {
                !pays(w)
                    && (is_word_of(Category::Happen, w) || ends_with_phrase(win, Category::Happen))
            })
    })
}

/// A verb of paying takes an amount, and an amount may be a fraction ("du
/// betalar 2/12 i tillägg"): it does not place a slashed day.
fn pays(w: &str) -> bool {
    ["betal", "utbetal", "pay", "paid", "maks"]
        .iter()
        .any(|p| w.starts_with(p))
}

/// "Laki tulee voimaan 15/3 ja lähetä hakemus 22/3 mennessä", "Uppgifterna
/// avser läget 15/3 och årsmötet är 22/3": a slashed day whose clause ends
/// in a join, with another slashed day in the joined clause, is a day: the
/// writer tells two days in one form. Left unread, its clause's words
/// (entry into force, a past) would decide the joined clause's day, which
/// then stands as the sentence's only date. (A fraction is still refused
/// by the caller.)
pub(super) fn joined_to_slashed(g: &Grammar, i: usize) -> bool {
    let num = |k: usize| g.token(k).is_some_and(|t| t.kind == TokenKind::Num);
    let pair = |k: usize| num(k) && g.glued(k + 1, "/") && g.glued_num(k + 2).is_some();
    matches!(
        g.word(i + 3),
        "and" | "ja" | "och" | "samt" | "sekä" | "while"
    ) && (i + 4..i + 12).any(pair)
}

/// The word right before the slashed day names an occasion or a body that
/// meets ("Ärenden som ska till beslut i kommunfullmäktige 13/11",
/// "Konserten 15/3"): the day is its day, no fraction. (A day of one digit
/// only where the place follows: "Premiär 3/9 på Kulturhuset", real313:15;
/// elsewhere "2/3" after a noun may be a share.)
pub(super) fn after_occasion(g: &Grammar, i: usize, d: &super::tokens::Token) -> bool {
    // ("premiär" is read as a verb of taking place)
    let held = Category::Event.bit()
        | Category::Event.sure()
        | Category::Happen.bit()
        | Category::Happen.sure();
    (d.digits == 2 || matches!(g.word(i + 3), "på" | "at"))
        && i > g.first
        && i.checked_sub(1)
            .is_some_and(|k| super::cues::cue_mask(g.word(k)) & held != 0)
}
