//! Advance voting and election day, as the authorities write them:
//! "Europarlamenttivaalien ennakkoäänestys toimitetaan kotimaassa
//! 29.5-4.6.2024", "ennakkoäänestyksen viimeinen päivä on ensi tiistaina
//! 23.1.", "The advance polling station is open 7–8 March",
//! "Förhandsröstning i Finland: 26.5 – 8.6.2021". Voters go to a polling
//! station on those days: the vote takes place, as a fair does. So a
//! period of advance voting is one event range, and its last day is the
//! day of an event, not a time limit, whatever the words that make calls
//! close ("viimeinen päivä", "päättyy", "toimitetaan", "open") tell.
//! A reader's own act in the same clause (registering for home voting,
//! "ilmoittauduttava", a candidate's papers, a postal ballot's return)
//! keeps its deadline reading.

/// Does the clause around a date, its left words `l` and right words `r`,
/// name advance voting or election day, with no act of the reader in it?
/// (`range`: the date is a span of days, whose first day is its own.)
pub(super) fn voting_frame(l: &[&str], r: &[&str], range: bool) -> bool {
    // (the words of the clause on both sides; a reader's act anywhere in
    // them decides for a deadline)
    let near = || l.iter().chain(r.iter().take(8));
    near().any(|w| voting_word(w))
        && !near().any(|w| reader_act(w) || issuer_step(w))
        && (range || !starts_here(l, r))
}

/// A start word right at a single day ("Ennakkoäänestys alkaa 31.10.",
/// "31.10.2022 Ennakkoäänestys alkaa", "förtidsröstningen startar den 6
/// september", "from 1 March"): the first day of a period told apart is
/// no event of its own, and the ordinary reading of an opening day stands.
/// ("open 9 March from 10.00 a.m." is a polling station's hours.)
fn starts_here(l: &[&str], r: &[&str]) -> bool {
    let start = |w: &&str| {
        ["alka", "aloite", "alkoi", "börja", "start", "begin"]
            .iter()
            .any(|p| w.starts_with(p))
    };
    l.iter()
        .rev()
        .take(3)
        .any(|w| start(w) || matches!(*w, "från" | "from"))
        || r.iter().take(3).any(start)
}

/// Advance voting, a polling station, election day: the vote held on a
/// day ("ennakkoäänestys", "äänestyspaikka", "vaalipäivä",
/// "förtidsröstning", "vallokal", "valdagen"; `polling_clause` asks it too). Plain "voting"/"äänestys" is left out: a student union's online
/// "Voting: 17th May - 18th May" is labelled a deadline on its close.
pub(super) fn voting_word(w: &str) -> bool {
    const STEMS: [&str; 9] = [
        "ennakkoäänest",
        "äänestyspaik",
        "vaalipäiv",
        "förtidsröst",
        "förhandsröst",
        "röstningslokal",
        "vallokal",
        "valdag",
        "polling",
    ];
    STEMS.iter().any(|p| w.starts_with(p))
}

/// What the reader must do by a day: register, apply, stand as a
/// candidate, request or return a postal ballot.
fn reader_act(w: &str) -> bool {
    [
        "ilmoittau",
        "ilmoitta",
        "ilmoitet",
        "kotona",
        "hake",
        "hakem",
        "ehdok",
        "anmäl",
        // ("Den som önskar förhandsrösta hemma ska meddela därom … senast
        // 16.1.2018", real346:9)
        "meddel",
        "ansök",
        "kandidat",
        "regist",
        "nominat",
        "candida",
        "request",
        "return",
        "postmark",
        "receiv",
        "brevröst",
        "postal",
        "kotiäänest",
        "hemmaröst",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}

/// The issuer's own steps around a vote: results published or confirmed,
/// the register fixed ("Nuorten vaalitulos julkaistaan Ylen Uutisluokan
/// vaalipäivässä 14.4.2021": a show named after election day, the results
/// published on it). Left to the ordinary reading, which drops them.
fn issuer_step(w: &str) -> bool {
    [
        "julkai",
        "tulos",
        "tulokse",
        "result",
        "publi",
        "vahvist",
        "fastställ",
        "lainvoim",
        "laga",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}

/// A step of an election's timetable that the authority takes, not the
/// voter: the register extracted or gaining legal force, the candidates
/// confirmed or their lists put up, the results confirmed, the council
/// starting its term ("äänioikeusrekisteri lainvoimainen 25.5.2021",
/// "Resultatet fastställs: 16.6.2021", "valtuustot aloittavat työnsä
/// 1.8.2021", real84:33 and 56). Nothing, unless the reader acts in the
/// clause. The words of confirming and results alone are common, so they
/// count only in a text that speaks of an election (`text`).
pub(super) fn election_step(l: &[&str], r: &[&str], text: &str) -> bool {
    let near = || l.iter().chain(r.iter().take(8));
    let pair = |a: &str, b: &str| {
        l.windows(2)
            .chain(r.windows(2).take(8))
            .any(|p| p[0] == a && p[1].starts_with(b))
    };
    // ("Publication of candidate lists: 13 October 2022", real42:39: the
    // lists are put up, no candidate acts)
    let lists = pair("candidate", "list");
    // ("4.10.2017 klo 15 mennessä jätettävä ehdotus ehdokaslistaksi",
    // real33:22: a limit told after the day is the reader's)
    let limit = |w: &&str| {
        matches!(
            *w,
            "mennessä" | "viimeistään" | "senast" | "by" | "deadline" | "asti" | "saakka"
        )
    };
    if r.iter().take(6).any(limit) {
        return false;
    }
    // ("Kandidatuppställningen fastställs", "ehdokasasettelun
    // vahvistaminen": the candidates' line-up is confirmed, while
    // "Ehdokasasettelu päättyy" closes the nominations)
    let confirmed = near().any(|w| w.starts_with("vahvist") || w.starts_with("fastställ"));
    if !lists && !confirmed && near().any(|w| reader_act(w) && !sure_step(w)) {
        return false;
    }
    let sure = lists || near().any(|w| sure_step(w)) || pair("laga", "kraft");
    if sure {
        return true;
    }
    let step = near().any(|w| {
        [
            "vahvist",
            "fastställ",
            "tulosten",
            "tulokset",
            "resultat",
            "nähtäviksi",
            "työnsä",
        ]
        .iter()
        .any(|p| w.starts_with(p))
            || *w == "results"
    }) || pair("sitt", "arbete");
    step && election_text(text)
}

/// A word naming an issuer's step of an election in any text: the voters'
/// register, the candidate lists, legal force, the election result.
fn sure_step(w: &str) -> bool {
    [
        "äänioikeusrekister",
        "rösträttsregist",
        "ehdokaslist",
        "kandidatlist",
        "lainvoim",
        "vaalitulo",
        "valresultat",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}

/// Stems that tell a text speaks of an election or a vote.
pub(in crate::deadlines) const ELECTION_STEMS: [&str; 7] = [
    "vaali",
    "äänest",
    "election",
    "valdag",
    "röstning",
    "kommunalval",
    "riksdagsval",
];

/// Does the text speak of an election or a vote?
fn election_text(text: &str) -> bool {
    let low = text.to_lowercase();
    ELECTION_STEMS.iter().any(|p| low.contains(p))
}

// The same polling days once a clause's action cues ("toimitetaan",
// "open", "viimeinen päivä") have decided a deadline for them
// (`clauses.rs` asks `polling_clause` then; round 35 counted such
// deadlines in real21, real83 and real84): they are events still. A
// member vote of a club or a union ("Voting closes 11 March") is a
// deadline and names none of the polling words; a clause that also names
// a registration or an application ("kotiäänestykseen on
// ilmoittauduttava viimeistään 16.1.") keeps its deadline.

/// Does the clause `words` name a public election's polling (advance
/// voting, a polling station, the election day) and no action of the
/// reader with a limit of its own?
pub(super) fn polling_clause(words: &[&str]) -> bool {
    let ballot = words
        .iter()
        .enumerate()
        .any(|(k, w)| voting_word(w) || english_polling(w, words.get(k + 1).copied()));
    ballot && !words.iter().any(|w| own_limit(w))
}

/// "advance poll", "advance voting", "early voting".
fn english_polling(w: &str, next: Option<&str>) -> bool {
    matches!(w, "advance" | "early")
        && next.is_some_and(|n| n.starts_with("poll") || n.starts_with("voting"))
}

/// A reader's action with a limit of its own in the same clause:
/// registering, applying or asking, or a limit word ("viimeistään",
/// "senast", "deadline").
fn own_limit(w: &str) -> bool {
    const STEMS: [&str; 12] = [
        "ilmoittau",
        "hake",
        "haku",
        "anmäl",
        "ansök",
        "registr",
        "apply",
        "appli",
        "request",
        "deadline",
        "viimeistään",
        "senast",
    ];
    STEMS.iter().any(|s| w.starts_with(s)) || w == "mennessä"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advance_voting_and_election_day() {
        assert!(voting_frame(
            &["europarlamenttivaalien", "ennakkoäänestys", "toimitetaan"],
            &["."],
            true
        ));
        assert!(voting_frame(
            &["förhandsröstning", "i", "finland", ":"],
            &[],
            true
        ));
        assert!(voting_frame(
            &["the", "advance", "polling", "station", "is", "open"],
            &["from", "10"],
            false
        ));
    }

    #[test]
    fn a_readers_act_or_plain_voting() {
        assert!(!voting_frame(
            &["kotiäänestykseen", "on", "ilmoittauduttava", "viimeistään"],
            &[],
            false
        ));
        assert!(!voting_frame(&["voting", ":"], &["-", "6pm"], true));
        assert!(!voting_frame(
            &["anmälan", "till", "förtidsröstning"],
            &[],
            false
        ));
        assert!(!voting_frame(
            &["vaalitulos", "julkaistaan", "uutisluokan", "vaalipäivässä"],
            &[],
            false
        ));
    }

    #[test]
    fn the_issuers_steps_of_an_election() {
        let fi = "Kuntavaalien yleiset aikataulut";
        assert!(election_step(
            &["äänioikeusrekisteri", "lainvoimainen"],
            &[],
            fi
        ));
        assert!(election_step(&["tulosten", "vahvistaminen", ":"], &[], fi));
        assert!(election_step(
            &["resultatet", "fastställs", ":"],
            &[],
            "Kommunalvalet"
        ));
        assert!(election_step(
            &["results", "confirmed", ":"],
            &[],
            "Election timetable"
        ));
        assert!(!election_step(
            &["results", "confirmed", ":"],
            &[],
            "Photo contest"
        ));
        assert!(!election_step(
            &["ehdokashakemusten", "jättöpäivä", ":"],
            &[],
            fi
        ));
    }

    #[test]
    fn the_first_day_of_advance_voting_alone() {
        assert!(!voting_frame(&["ennakkoäänestys", "alkaa"], &["."], false));
        assert!(!voting_frame(
            &["förtidsröstningen", "startar", "den"],
            &[],
            false
        ));
        assert!(voting_frame(
            &["förtidsröstningen", "startar", "den"],
            &[],
            true
        ));
    }
}
