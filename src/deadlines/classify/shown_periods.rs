//! A display that asks nothing of the reader: a plan, a record or a list
//! "nähtävillä 7.–20. helmikuuta", "utställd för granskning från den 20
//! juni till den 12 augusti", "on public display from 12th January 2021 to
//! 23rd March 2021", "Kuulutusaika 21.9.2022 - 24.10.2022". What is shown
//! may be read while it is shown; nobody is asked to do anything by its
//! last day, so by the settled conventions (real101:42, real107:44,
//! real109–112's and real121–128's settlings) such a period gives nothing,
//! neither a deadline on its end nor an event range.
//!
//! The role is read, not the phrase: a clause whose dates are told by a
//! display word, in a text that nowhere invites the public to comment,
//! object or take part in a consultation, and whose clause holds no word
//! of its own that limits the reader ("viimeistään", "senast", "no later
//! than"). A display open to comment stays a deadline (`consult.rs`,
//! `comment_spans.rs`), and a plan "sent out" for review ("skickas ut för
//! granskning") is addressed to those who answer it, no display.

use std::cell::Cell;

/// Words that tell a display by themselves ("nähtävillä",
/// "granskningsperioden", "kuulutusaika").
fn display_word(w: &str) -> bool {
    w.starts_with("nähtävil")
        || matches!(
            w,
            "nähtävänä" | "nähtäville" | "utställd" | "utställt" | "utställda"
        )
        || w.starts_with("kuulutusai")
        || (w.starts_with("granskning") && !w.contains("möte") && !w.contains("handling"))
}

/// A display told by two words: "on display", "public display", "for
/// inspection", "public inspection", "on deposit", "ställs ut".
fn display_pair(a: &str, b: &str) -> bool {
    matches!(
        (a, b),
        ("on" | "public", "display")
            | ("for" | "public", "inspection")
            | ("on", "deposit")
            | ("ställs" | "ställas" | "ställts", "ut")
    )
}

/// Stems of an invitation to act on what is shown, anywhere in the text:
/// comments, objections, views, a consultation or a call for answers
/// ("muistutus", "mielipiteensä", "synpunkter", "representations",
/// "inbjudan", "palautetta", "tyck till", "påverka", "voit keskustella"), or a display extended
/// ("förlängt granskningstiden": a period extended is one acted in).
const INVITE: &[&str] = &[
    "kuulemis",
    "muistutu",
    "mielipi",
    "huomautu",
    "palaut",
    "lausun",
    "kommentoi",
    "keskustella",
    "keskustelemaan",
    "jatket",
    "synpunkt",
    "invändning",
    "yttra",
    "yttrande",
    "kommentar",
    "tyck",
    "påverk",
    "inbjud",
    "förläng",
    "comment",
    "representation",
    "objection",
    "submission",
    "observation",
    "feedback",
    "invit",
    "extend",
];

/// Words of the clause that limit the reader themselves: the day is then
/// read by them, not by the display ("Muistutukset on jätettävä
/// viimeistään 20.2."), or that name a consultation the display is part
/// of ("utställt för samråd", "på remiss").
fn own_limit(w: &str) -> bool {
    matches!(
        w,
        "viimeistään" | "mennessä" | "määräaika" | "senast" | "deadline" | "later"
    ) || w.starts_with("skick")
        || w.starts_with("samråd")
        || w.starts_with("remiss")
}

/// Does the clause `words` tell a display, in a `text` that invites
/// nobody to act on it, with no limit of the reader's own? The text is
/// asked once, into `cache`, on the first such clause.
pub(super) fn uninvited(words: &[&str], text: &str, cache: &Cell<Option<bool>>) -> bool {
    let shown =
        words.iter().any(|w| display_word(w)) || words.windows(2).any(|p| display_pair(p[0], p[1]));
    if !shown || words.iter().any(|w| own_limit(w)) {
        return false;
    }
    // "ute på granskning", "out for consultation": sent to be answered
    if words
        .windows(2)
        .any(|p| matches!((p[0], p[1]), ("ute", "på") | ("out", "for")))
    {
        return false;
    }
    !invites(text, cache)
}

/// Whether `text` invites acting on what it shows (see [`INVITE`]).
fn invites(text: &str, cache: &Cell<Option<bool>>) -> bool {
    if let Some(known) = cache.get() {
        return known;
    }
    let lower = text.to_lowercase();
    let found = ["your say", "your views", "your thoughts"]
        .iter()
        .any(|p| lower.contains(p))
        || lower
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.len() >= 4)
            .any(|w| INVITE.iter().any(|s| w.starts_with(s)));
    cache.set(Some(found));
    found
}
