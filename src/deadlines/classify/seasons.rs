//! A range named by a season or a term: "talvikausi 1.11.–30.4.",
//! "the winter season 1 November – 30 April", "Säsong 2022 26 mars – 31
//! oktober", "Syyslukukausi 7.8.–20.12.". The span a fee, a membership or
//! a school year covers is a period of validity (rule 5), no event.

/// The words just left of the range, past a year, a colon, a copula or
/// "yearly", end in a season's or a term's name: a label over the span
/// ("Hautojen hoitokausi on vuosittain 1.6.-15.9."). "Season runs March
/// 22nd to May 18th" tells when a league plays, so a verb between keeps
/// the range an event.
pub(super) fn named(imm: &[&str]) -> bool {
    let skip = |w: &str| {
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            || matches!(
                w,
                ":" | "(" | "-" | "from" | "från" | "den"
                    // a copula or "yearly" between the name and its span: "The
                    // operating season is 1.8.-31.5.", "Hautojen hoitokausi on
                    // vuosittain 1.6.-15.9." (real120:2, real378:3)
                    | "on" | "är" | "is" | "vuosittain" | "årligen" | "annually"
            )
    };
    imm.iter()
        .rev()
        .take(4)
        .find(|w| !skip(w))
        .is_some_and(|w| season(w))
}

/// "season", "preseason"; "kausi", "talvikaudella", "lukukausi" (not
/// "kuukausi", a month); "säsong", "vintersäsongen", "höstterminen".
fn season(w: &str) -> bool {
    let fi = (w.contains("kausi") || w.contains("kaude") || w.contains("kautena"))
        && !w.starts_with("kuukau")
        && !w.starts_with("vuorokau");
    w.ends_with("season")
        || w.ends_with("seasons")
        || fi
        || w.contains("säsong")
        || w.ends_with("termin")
        || w.ends_with("terminen")
}
