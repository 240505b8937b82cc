//! A period an application covers, not the window to apply in: "För
//! perioden 1 januari – 30 juni är sista ansökningsdag 25 augusti"
//! (real110:41), "Ansökan för aktiviteter under perioden 1 januari–30 juni
//! lämnas in senast 25 augusti" (real108:48), "Ajalle 1.1.–30.6. hakemukset
//! on jätettävä 25.8. mennessä".
//!
//! A range led by a preposition of coverage and a bare period noun ("för
//! perioden", "under perioden", "for the period", "ajalle", "kaudelle")
//! names the days the grant, the activity or the report is for. When the
//! same clause gives another day its own deadline mark, that day is the
//! reader's limit and the range is only the period applied for (rule 5:
//! reference periods are never reported). The range's own words ("lämnas
//! in", "hakemukset") then speak of the other day and no longer keep it.
//! A compound naming a window ("ansökningsperioden", "hakuaika") is no
//! bare period noun and keeps its range.

/// Do the words before a range (`before`, the nearest last) end in a
/// preposition of coverage and a bare period noun, or in a Finnish
/// period noun whose case tells coverage, or in the bracket of a gloss?
pub(super) fn covered(before: &[&str]) -> bool {
    let n = before.len();
    let last = |k: usize| if k <= n { before[n - k] } else { "" };
    match last(1) {
        "ajalle" | "ajalta" | "ajanjaksolle" | "ajanjaksolta" | "kaudelle" | "kaudelta" => true,
        "perioden" | "tidsperioden" => matches!(last(2), "för" | "under" | "avser" | "gäller"),
        "period" => last(2) == "the" && matches!(last(3), "for" | "during" | "covering"),
        // "syyskauden kilpailuihin (1.7.–31.12.) 31.3. mennessä", "under
        // påsklovet (1–7 april)": a bracketed range glosses the period named
        // before it
        "(" => true,
        _ => false,
    }
}

/// Does a main verb of taking place stand among `words` ("äger rum",
/// "hålls", "takes place", "järjestetään")? "Under perioden 25 september
/// till den 1 oktober kommer beredskapsveckan att äga rum" (real291:55):
/// a period something is held in is its run, no statistical period. In a
/// relative clause ("sammankomster som ordnas under perioden", real141:5)
/// the verb describes what the period is about.
pub(super) fn held_in(words: &[&str]) -> bool {
    let before = |k: usize, back: usize| k.checked_sub(back).map_or("", |j| words[j]);
    let pronoun = |w: &str| matches!(w, "som" | "which" | "that" | "jotka" | "joka");
    (0..words.len()).any(|k| {
        let held = match words[k] {
            "hålls" | "held" | "järjestetään" | "pidetään" => true,
            "rum" => matches!(before(k, 1), "äga" | "äger"),
            "place" => matches!(before(k, 1), "take" | "takes" | "taking"),
            _ => false,
        };
        // ("som ordnas", "which are held", "som äger rum")
        held && !pronoun(before(k, 1)) && !pronoun(before(k, 2))
    })
}
