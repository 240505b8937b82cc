//! A limit on what is done to the reader, not by the reader: "30.6.
//! mennessä hyväksyttyjen tulee vastaanottaa…" (those admitted by 30.6.,
//! real111:46), "Jos sinut on hyväksytty viimeistään 4.7.2024" (real99:19),
//! "5.–7.4. opiskelijaksi hyväksytyt" (real113:13), "31.7. mennessä 15
//! vuotta täyttäville" (real112:27), "successful applicants notified by
//! April 5" (real36:47), "You will be notified by email … by 8 PM on
//! October 15" (real55:35).
//!
//! Who acts there is the issuer (admitting, notifying) or the calendar (an
//! age reached): the day is a condition telling whom a later step is for,
//! or the issuer's own target (rule 5), never a deadline of the reader's.
//! What tells it is the role of the words bound to the day: a passive
//! participle of admitting right before or after it, an age turned after
//! it, or an English passive of notifying in the clause before it.

/// Is the deadline read at bytes `fs..fe` of `text` a day of what is done
/// to the reader?
pub(super) fn acted_on(text: &str, fs: usize, fe: usize) -> bool {
    let before = words_before(text, fs);
    let after = words_after(text, fe);
    // (Finnish "hyväksytty", "hyväksyttyjen", "hyväksytyt"; Swedish
    // "antagits", "antagna")
    let admitted = |w: &str| w.starts_with("hyväksyt") || matches!(w, "antagits" | "antagna");
    // ("on hyväksytty viimeistään 4.7.", "hyväksytyt 12.6.2024")
    let prev = before
        .iter()
        .rev()
        .find(|w| !matches!(w.as_str(), "viimeistään" | "mennessä" | "senast" | "den"));
    if prev.is_some_and(|w| admitted(w)) {
        return true;
    }
    // ("30.6. mennessä hyväksyttyjen", "5.–7.4. opiskelijaksi hyväksytyt",
    // "31.7. mennessä 15 vuotta täyttäville")
    let mut rest = after.iter().skip_while(|w| {
        matches!(
            w.as_str(),
            "mennessä" | "viimeistään" | "opiskelijaksi" | "som"
        )
    });
    match rest.next().map(String::as_str) {
        Some(w) if admitted(w) => return true,
        Some(w) if w.bytes().all(|b| b.is_ascii_digit()) => {
            let age = rest.next().is_some_and(|v| v == "vuotta");
            if age && rest.next().is_some_and(|t| t.starts_with("täyttä")) {
                return true;
            }
        }
        _ => {}
    }
    // ("will be notified by email … by 15 October", "applicants notified
    // by April 5"): the clause before the day, back to its sentence's
    // start; not when the reader's own step follows in the clause ("will
    // be notified by 30 June and must accept the place by 14 July")
    before.iter().enumerate().any(|(k, w)| {
        matches!(w.as_str(), "notified" | "informed")
            && (k == 0
                || matches!(
                    before[k - 1].as_str(),
                    "be" | "been" | "are" | "is" | "were" | "applicants" | "recipients"
                ))
            && !before[k..]
                .iter()
                .any(|v| READERS_STEP.contains(&v.as_str()))
    })
}

/// Words that start the reader's own step after a notifying in one clause.
const READERS_STEP: &[&str] = &[
    "and", "must", "should", "then", "but", "please", "need", "needs", "required",
];

/// The lower-cased words before byte `fs` in its sentence (at most 120
/// bytes back, not past a full stop followed by a space or a line break).
fn words_before(text: &str, fs: usize) -> Vec<String> {
    let mut a = fs.saturating_sub(120);
    while a < fs && !text.is_char_boundary(a) {
        a += 1;
    }
    let part = text.get(a..fs).unwrap_or("");
    let start = part
        .rfind(". ")
        .map(|i| i + 2)
        .into_iter()
        .chain(part.rfind('\n').map(|i| i + 1))
        .max()
        .unwrap_or(0);
    split(part.get(start..).unwrap_or(""))
}

/// The first lower-cased words after byte `fe` on its line.
fn words_after(text: &str, fe: usize) -> Vec<String> {
    let mut b = (fe + 60).min(text.len());
    while b > fe && !text.is_char_boundary(b) {
        b -= 1;
    }
    let part = text.get(fe..b).unwrap_or("");
    let line = part.split('\n').next().unwrap_or("");
    split(line)
}

fn split(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}
