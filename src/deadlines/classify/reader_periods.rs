//! A period the reader is told they can act in: "Mellan den 17 februari
//! och 1 april kan du själv boka din sjösättningstid" (real40:18), "Du kan
//! dela dina tankar och åsikter mellan den 21 november och 21 januari"
//! (real94:35), "29 augusti - 19 september 2017 har du en första möjlighet
//! att lämna synpunkter" (real100:38).
//!
//! No application or call noun names the range, so it was read as an
//! event's days. But the clause addresses the reader ("you can", "du kan",
//! "voit") with a verb of their own action (book, comment, submit): what
//! is open to them for a while closes on its last day (rule 2), as a
//! booking or comment period does. Asked only of a range nothing else
//! made a deadline, and never with an event noun or a verb of taking place
//! in the clause ("you can book a place on the course held 5–6 May").

/// How far apart the reader's pronoun and its modal may stand: "kan du
/// själv boka" is next to it, "har du en första möjlighet" two words on.
const MODAL_NEAR: usize = 4;

/// Does the clause (words before the range `l`, words after it `r`)
/// address the reader with a modal of possibility and a verb of acting?
pub(super) fn reader_can_act(l: &[&str], r: &[&str]) -> bool {
    let words: Vec<&str> = l.iter().chain(r.iter()).copied().collect();
    addressed(&words) && words.iter().any(|w| acts(w))
}

/// "you can", "du kan" / "kan du", "har du … möjlighet", "voit", "voitte".
fn addressed(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| match *w {
        // the Finnish second person carries its own pronoun
        "voit" | "voitte" => true,
        "you" | "du" | "ni" => {
            let lo = i.saturating_sub(1);
            let hi = (i + MODAL_NEAR).min(words.len());
            words[lo..hi].iter().any(|m| {
                matches!(
                    *m,
                    "can" | "may" | "kan" | "möjlighet" | "möjligheten" | "opportunity"
                )
            })
        }
        _ => false,
    })
}

/// A verb of the reader's own action in a period: booking, giving views,
/// sending or handing in (Swedish and Finnish forms by their stems, English
/// words whole: "books" to borrow are no booking).
pub(super) fn acts(w: &str) -> bool {
    const EN: &[&str] = &[
        "book", "share", "submit", "comment", "send", "respond", "reply",
    ];
    if EN.contains(&w) {
        return true;
    }
    const STEMS: &[&str] = &[
        // sv
        "boka",
        "dela",
        "lämna",
        "tyck",
        "skicka",
        "svara",
        // fi
        "varata",
        "varaa",
        "jättää",
        "jättä",
        "lähettä",
        "kommentoi",
        "vastata",
        "antaa",
    ];
    STEMS.iter().any(|s| w.starts_with(s))
}
