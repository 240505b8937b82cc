//! A place open for a season: "Museo avoinna 24.6.–4.8.2024", "Ritamäki
//! öppet 22/6-16/8 kl 11-17", "Huvudporten är öppen dagligen 1.5 – 30.9
//! kl. 7–21", "This exhibit will be open to the public from February 1-28".
//!
//! "Open" over a range is read as a call open to act in ("Skolvalet är
//! öppet 25 oktober till 14 november": one deadline, rule 2). When what is
//! open is a venue, or its hours of the day are given, the range is how
//! long the place keeps its doors open: a duration (rule 5), not a
//! deadline on its last day. Round 32 removed 8 such wrong mentions in 6
//! batches this way.

/// Is the open thing before the range (`l`) a venue, or do hours of the
/// day follow it (`r`)?
pub(super) fn place_season(l: &[&str], r: &[&str]) -> bool {
    let venue = |w: &&str| {
        [
            "museo",
            "museet",
            "museum",
            "bibliotek",
            "library",
            "kirjasto",
            "exhibit",
            "huvudport",
            "porten",
            "gallery",
            "galleri",
        ]
        .iter()
        .any(|p| w.starts_with(p))
    };
    // (a clock word or a meridiem, "kl 11-17", "klo 10–18", "9am")
    let hours = |w: &&str| matches!(*w, "klo" | "kl" | "kl." | "am" | "pm" | "a.m." | "p.m.");
    l.iter().any(venue) || r.iter().take(3).any(hours)
}
