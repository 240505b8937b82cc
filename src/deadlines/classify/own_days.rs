//! Days of the issuer's own: the moment a page was written, and the weeks
//! a service keeps other hours. Rule 5 reports neither, whatever the
//! words around them.

/// "30.9.2024 07:23:41 EEST | Tiedote": a time to the second after the
/// day is the moment a page was written, no time anything takes place at.
pub(super) fn seconds_stamp(r: &[&str]) -> bool {
    let num = |k: usize| {
        r.get(k)
            .is_some_and(|w| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
    };
    num(0) && r.get(1) == Some(&":") && num(2) && r.get(3) == Some(&":") && num(4)
}

/// "(27 juni - 14 augusti) kommer telefonen ha förändrade öppettider",
/// "poikkeavat aukioloajat 1.–31.7.", "changed opening hours from … to":
/// the weeks of other hours are no event and no time limit.
pub(super) fn changed_hours(l: &[&str], r: &[&str]) -> bool {
    const CHANGED: &[&str] = &[
        "förändrade",
        "ändrade",
        "avvikande",
        "changed",
        "reduced",
        "poikkeavat",
        "poikkeava",
        "muuttuneet",
        "supistetut",
    ];
    const HOURS: &[&str] = &[
        "öppettider",
        "telefontider",
        "hours",
        "aukioloajat",
        "aukioloaika",
        "palveluajat",
    ];
    let changed = |p: &[&str]| {
        CHANGED.contains(&p[0])
            && (HOURS.contains(&p[1]) || p[1] == "opening" && p.get(2) == Some(&"hours"))
    };
    let words: Vec<&str> = l.iter().chain(r).copied().collect();
    (0..words.len().saturating_sub(1)).any(|k| changed(&words[k..]))
}

/// A range told as one period, no entry into force: "alkaen pe 21.7. ja
/// päättyen su 30.7." (real441:26), and the days something is `held` on
/// "från och med den 12 till den 14 februari" (real453:21).
pub(super) fn told_period(l: &[&str], held: bool) -> bool {
    let last = |n: usize| &l[l.len().saturating_sub(n)..];
    let from_and_with = last(5).windows(2).any(|p| p == ["och", "med"]);
    last(4).contains(&"alkaen") || (from_and_with && held)
}

/// "Stämman ska hållas tidigast den 1 mars och senast den 30 juni": the
/// window a body must hold something in names no day it is held on, and
/// nobody reading it has to act by its end.
pub(super) fn held_within(words: &[&str]) -> bool {
    const EARLIEST: &[&str] = &["tidigast", "aikaisintaan", "earliest"];
    const LATEST: &[&str] = &["senast", "viimeistään", "latest"];
    let any = |set: &[&str]| words.iter().any(|w| set.contains(w));
    any(EARLIEST) && any(LATEST)
}

/// "The meeting must be held between 1 March and 1 June", "stämman ska
/// hållas mellan …", "kokous on pidettävä 1.3.–1.6. välisenä aikana": a
/// rule on when a body must meet names a window, no day it meets on.
pub(super) fn must_meet_between(words: &[&str]) -> bool {
    const MUST: &[&str] = &["must", "should", "shall", "ska", "skall", "måste"];
    const MEET: &[&str] = &[
        "held", "hold", "take", "assemble", "meet", "hållas", "hålls", "äga", "pitää",
    ];
    const BETWEEN: &[&str] = &["between", "mellan", "välisenä", "välillä"];
    let any = |set: &[&str]| words.iter().any(|w| set.contains(w));
    // a Finnish necessive participle is the modal and the verb in one
    let necessive = words.iter().any(|w| w.starts_with("pidettäv"));
    (necessive || any(MUST) && any(MEET)) && any(BETWEEN)
}
