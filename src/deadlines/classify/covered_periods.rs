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
