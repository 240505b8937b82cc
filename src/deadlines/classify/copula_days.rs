//! A deadline named as the subject and its day told with a copula: "The
//! closing date for applications online under the COVID-19 Emergency Fund
//! (2nd Round) is Friday, 5th February 2021 at 4.00pm" (real95:16), "The
//! closing date for Community Funding Grant Applications (Round 1), is
//! 9:00am on Friday 31 July 2020" (real64:51), "Tämän kampanjan viimeinen
//! lahjoituspäivä on sunnuntai 4.12.2022" (real66:33). The subject is
//! often longer than the words read around a date, so its day was read by
//! the weekday and the hour next to it, as a day something takes place.
//! Whatever the subject names, "the closing date … is D" says D is the
//! last day to act.

use super::day_noise::{link, noise, NOISE_TOKENS};
use super::Lang;

/// How far before the copula the subject's deadline words may stand.
const SUBJECT_WORDS: usize = 24;

/// Is the day starting at `start` told with a copula right before it ("is",
/// "är", "on"; a weekday, "this", "den", an hour and "on" may stand
/// between) whose subject, the words from `lo` to the copula, opens with a
/// deadline's name ("the closing date", "deadline", "last day", "sista
/// anmälningsdag", "viimeinen hakupäivä", "eräpäivä")?
pub(super) fn told(words: &[&str], lo: usize, start: usize, lang: Lang) -> bool {
    let mut k = start.min(words.len());
    let floor = start.saturating_sub(NOISE_TOKENS).max(lo);
    // (the colon is a link, not noise: the walk stops at it)
    while k > floor && words[k - 1] != ":" && noise(words[k - 1], lang) {
        k -= 1;
    }
    if k <= lo {
        return false;
    }
    // ("will be" links as "is" does: "The closing date … will be 4.00pm
    // Friday 26th June", real114:27; a label right before its day needs
    // no link: "med sista ansökningsdag den 19/2", real84:27)
    let width = if link(words[k - 1], lang) {
        1
    } else if k >= lo + 2 && lang != Lang::Fi && (words[k - 2], words[k - 1]) == ("will", "be") {
        2
    } else if k > lo && ends_name(&words[lo..k]) {
        0
    } else {
        return false;
    };
    let end = k - width;
    let subject = &words[end.saturating_sub(SUBJECT_WORDS).max(lo)..end];
    // (a label ending right before its day is all the subject there is)
    if width == 0 {
        return true;
    }
    // (the deadline's name opens the subject: "The closing date for …";
    // not a deadline mentioned inside it, "the meeting after the deadline")
    let opening = &subject[..subject.len().min(4)];
    opening.iter().enumerate().any(|(i, w)| {
        let next = opening.get(i + 1).copied().unwrap_or("");
        named_deadline(w, next) || named_day_of_acting(&subject[i..])
    }) || named_for(&subject[..subject.len().min(8)])
}

/// A deadline named after the scheme it belongs to, with what it is for
/// after it: "The National Farm Safety Measure deadline for both
/// submission … is 29 September 2023" (real206:16); not "the meeting
/// after the deadline".
fn named_for(words: &[&str]) -> bool {
    words
        .windows(2)
        .any(|p| named_deadline(p[0], "") && matches!(p[1], "for" | "of" | "för"))
}

/// Do `words` end with a deadline's name ("deadline", "sista
/// ansökningsdag", "eräpäivä")? Not a name with a word after it: "the
/// original deadline was 15 April", "the previous deadline of 31 March".
fn ends_name(words: &[&str]) -> bool {
    match words {
        // (nor "last day" alone: "open for the last day on Friday 31
        // August" is a last day open, not a limit; only an act after it
        // names one)
        [.., a, b] => {
            named_deadline(b, "")
                || (!named_deadline(a, "")
                    && !matches!(*a, "last" | "final")
                    && named_deadline(a, b))
        }
        [b] => named_deadline(b, ""),
        [] => false,
    }
}

/// Finnish stems of a day of acting by its last day: applying, signing up,
/// handing in, returning, giving, ordering, booking, cancelling, sending
/// ("viimeinen lähetyspäivä", the post's last day for Christmas mail).
const ACTS: [&str; 10] = [
    "haku",
    "ilmoittautumis",
    "jättö",
    "palautus",
    "lahjoitus",
    "tilaus",
    "varaus",
    "peruutus",
    "lähetys",
    "postitus",
];

/// Swedish days of acting by their last day: applying, signing up,
/// changing, handing in, answering, posting.
const SV_ACTS: [&str; 6] = [
    "ansökningsdag",
    "anmälningsdag",
    "ändringsdag",
    "inlämningsdag",
    "svarsdag",
    "postningsdag",
];

/// "deadline", "closing date", "last day", "due date", "cut-off date";
/// "sista ansökningsdag"; "viimeinen hakupäivä", "eräpäivä",
/// "määräpäivä".
fn named_deadline(w: &str, next: &str) -> bool {
    let day = |n: &str| matches!(n, "date" | "day");
    w.starts_with("deadline")
        || (matches!(w, "closing" | "last" | "final" | "due" | "cut-off" | "cutoff") && day(next))
        // ("the cut-off date", "cut off date": the hyphen or the space
        // splits the word, so the rest of it stands next)
        || (w == "cut" && matches!(next, "-" | "off"))
        // (a day of acting: not "sista dagen för förtidsröstningen", a day
        // held, nor "sista utbetalningsdagen", a payout)
        || (w == "sista" && SV_ACTS.iter().any(|a| next.starts_with(a)))
        // (a day of acting, not "viimeinen maksupäivä", a payout, nor
        // "viimeinen koulupäivä" or "ennakkoäänestyspäivä", days held:
        // real2:55, real49:22, real16:8)
        || (w == "viimeinen" && next.ends_with("päivä") && ACTS.iter().any(|a| next.starts_with(a)))
        || matches!(w, "eräpäivä" | "määräpäivä")
}

/// Swedish and Finnish acts a "last day" is named for when the act stands
/// after it: "Senaste dag för ansökan är 1:a maj" (real132:28), "sista dag
/// att anmäla sig är …", "viimeinen päivä hakea on …".
const SV_ACT_STEMS: [&str; 9] = [
    "ansök", "anmäl", "avanmäl", "lämna", "söka", "svara", "ändra", "boka", "betal",
];
const FI_ACT_STEMS: [&str; 8] = [
    "hak",
    "ilmoittau",
    "jät",
    "palaut",
    "vasta",
    "tilat",
    "varat",
    "peru",
];

/// English acts a last date is named for when the act stands before
/// "date": "last posting date", "final application date".
const EN_ACTS: [&str; 11] = [
    "posting",
    "mailing",
    "sending",
    "booking",
    "ordering",
    "application",
    "applications",
    "registration",
    "submission",
    "entry",
    "return",
];

/// "sista dag(en) för ansökan", "senaste dag att anmäla", "viimeinen päivä
/// hakea": a last day named by the act after it rather than by a compound
/// ("sista ansökningsdag"). Not "sista dagen för förtidsröstningen", a day
/// held: only the reader's acts name a limit.
fn named_day_of_acting(rest: &[&str]) -> bool {
    match rest {
        [last, day, link, act, ..]
            if matches!(*last, "sista" | "senaste")
                && matches!(*day, "dag" | "dagen")
                && matches!(*link, "för" | "att") =>
        {
            SV_ACT_STEMS.iter().any(|s| act.starts_with(s))
        }
        ["viimeinen", "päivä", act, ..] => FI_ACT_STEMS.iter().any(|s| act.starts_with(s)),
        // "the last posting date for Christmas cards is", "final
        // application date"
        [last, act, day, ..]
            if matches!(*last, "last" | "final" | "latest") && matches!(*day, "date" | "day") =>
        {
            EN_ACTS.contains(act)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_closing_date_for_a_long_subject_is_the_day() {
        let words = [
            "the",
            "closing",
            "date",
            "for",
            "applications",
            "online",
            "under",
            "the",
            "covid",
            "fund",
            "is",
            "friday",
            ",",
            "5th",
            "february",
        ];
        assert!(told(&words, 0, 13, Lang::En));
        let words = [
            "viimeinen",
            "lahjoituspäivä",
            "on",
            "sunnuntai",
            "4",
            ".",
            "12",
            ".",
        ];
        assert!(told(&words, 0, 4, Lang::Fi));
        let words = ["sista", "anmälningsdag", "är", "den", "31", "januari"];
        assert!(told(&words, 0, 4, Lang::Sv));
        let words = [
            "the", "cut", "-", "off", "date", "for", "refunds", "is", "15", "march",
        ];
        assert!(told(&words, 0, 8, Lang::En));
    }

    #[test]
    fn a_deadline_inside_the_subject_is_not_its_name() {
        let words = [
            "the", "meeting", "after", "the", "deadline", "is", "friday", "5", "february",
        ];
        assert!(!told(&words, 0, 7, Lang::En));
        let words = ["the", "show", "is", "on", "friday", "5", "february"];
        assert!(!told(&words, 0, 5, Lang::En));
    }
}
