//! What a period is, read from the words that lead a range: the days a
//! grant, a lease, a card or a collection *covers* are no days the reader
//! acts in and no days anything takes place on (rule 5: validity and
//! reference periods are never reported).
//!
//! "kesäkentät käyttöaika 1.6-30.9" (real76:47), "vahvistaa kolehtikohteet
//! ajalle 1.1.–31.5.2026" (real76:5), "Aineistoon tapahtumia ajalta
//! 11.10.–28.11.2023" (real82:30), "for year 1st October 2024 – 30
//! September 2025" (real63:31), "evenemangsunderstöd (för evenemang som
//! ordnas 1.6–31.12.2023)" (real7:56), "the next arts grant cycle is for
//! activities occurring Oct. 1, 2019 through Sept. 30, 2020" (real10:14).
//!
//! Two shapes tell the role whatever the event or application words of
//! the clause say (those speak of another day, or of what is covered):
//! - a word of coverage, usage or validity right before the range: a
//!   Finnish case of "time, span, season, year" that tells *for* or *from*
//!   ("ajalle", "ajalta", "kaudeksi", "vuodelle"), a compound naming a
//!   period of use, lease, validity or accounting ("käyttöaika",
//!   "giltighetstid", "tenancy period"), or "for the period / year /
//!   season";
//! - "for" + what is covered + a relative verb of taking place right before
//!   the range ("för tävlingar som ska arrangeras", "for activities
//!   occurring", "jotka järjestetään aikavälillä") in a clause that asks
//!   the reader to apply or gives a deadline: the range names the events
//!   the application is for.
//!
//! A compound naming a window to act in ("hakuaika", "ansökningsperiod")
//! is no coverage word and keeps its closing day; neither does a bare
//! "aikana" or "välisenä aikana" (days of taking place).

/// Finnish cases of a period noun that tell coverage: translative "for",
/// allative "for", ablative "from" ("ajalle", "ajalta", "kaudeksi").
fn finnish_coverage(w: &str) -> bool {
    // the bare noun: "ajalle 1.1.–31.5.", "ajalta 11.10.–28.11."
    if matches!(
        w,
        "ajalle" | "ajalta" | "ajaksi" | "aikavälille" | "aikaväliltä" | "ajanjaksolle"
    ) || matches!(w, "ajanjaksolta" | "ajanjaksoksi")
    {
        return true;
    }
    // a compound's head too: "toimintakaudelle", "tilikaudelta",
    // "lukuvuodeksi", "kuukaudeksi"
    const HEADS: [&str; 4] = ["kaude", "jakso", "vuode", "kuukaude"];
    let case = ["lle", "lta", "ltä", "ksi"].iter().any(|c| w.ends_with(c));
    case && HEADS.iter().any(|h| {
        ["lle", "lta", "ksi"]
            .iter()
            .any(|c| w.ends_with(&format!("{h}{c}")))
    }) && !w.starts_with("haku")
        && !w.starts_with("ilmoittau")
}

/// Compounds and words naming a period of use, lease, validity, billing or
/// a grant's coverage (not a window to act in).
fn use_period(w: &str) -> bool {
    const STEMS: [&str; 34] = [
        // Finnish
        "käyttöaika",
        "käyttöaja",
        "voimassaoloaika",
        "voimassaoloaja",
        "vuokra-aika",
        "vuokra-aja",
        "vuokrakau",
        "sopimuskau",
        "laskutuskau",
        "tilikau",
        "avustuskau",
        "kattaa",
        "koskee",
        // Swedish
        "användningstid",
        "giltighetstid",
        "giltighetsperiod",
        "hyresperiod",
        "hyrestid",
        "arrendeperiod",
        "avtalsperiod",
        "avtalstid",
        "bidragsperiod",
        "faktureringsperiod",
        "räkenskapsår",
        "omfattar",
        // English
        "tenancy",
        "lease",
        "validity",
        "billing",
        "covering",
        "covers",
        "usable",
        "redeemable",
        "accounting",
    ];
    STEMS.iter().any(|s| w.starts_with(s))
}

/// Words to pass over between the leading word and the range.
fn filler(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "den"
            | "det"
            | "of"
            | "from"
            | "från"
            | "on"
            | "is"
            | "är"
            | "on:"
            | ":"
            | "("
            | ","
    )
}

/// Do the words before a range (`imm`, the nearest last) lead it with a
/// word of coverage, usage or validity?
pub(super) fn covered_run(imm: &[&str]) -> bool {
    let mut n = imm.len();
    while n > 0 && filler(imm[n - 1]) {
        n -= 1;
    }
    let lead = &imm[..n];
    let last = |k: usize| {
        if k <= lead.len() {
            lead[lead.len() - k]
        } else {
            ""
        }
    };
    // ("haku avataan ajalle 1.8.-31.8.", "öppnas för perioden": what opens
    // for a period is the window to act in, not what it covers)
    let opened = |w: &str| {
        ["avat", "avau", "avoin", "auki", "open", "öppn", "öppe"]
            .iter()
            .any(|o| w.starts_with(o))
    };
    // ("yksikölle sulku ajalle 12.7.2021-1.8.2021", real289:26: a
    // closure for a period is the break's run)
    let closed = |w: &str| {
        ["sulku", "suljet", "katko"]
            .iter()
            .any(|c| w.starts_with(c))
    };
    if (finnish_coverage(last(1)) && !opened(last(2)) && !closed(last(2)))
        || use_period(last(1))
        || use_period(last(2))
    {
        return true;
    }
    // "for the period", "for year", "för perioden", "för året", "avser
    // perioden", "för säsongen"
    let period = matches!(
        last(1),
        "period"
            | "periods"
            | "year"
            | "season"
            | "term"
            | "perioden"
            | "tidsperioden"
            | "året"
            | "säsongen"
            | "tiden"
    );
    // "Grant Period: August 1, 2021 – August 1, 2022", "rental period"
    let covering = matches!(
        last(2),
        "grant"
            | "funding"
            | "rental"
            | "contract"
            | "coverage"
            | "reporting"
            | "subsidy"
            | "usage"
            | "use"
            | "validity"
            | "lease"
            | "billing"
    );
    period
        && !opened(last(3))
        && !opened(last(4))
        && (matches!(last(2), "for" | "för" | "avser" | "gäller" | "omfattar")
            || covering
            || (matches!(last(2), "the" | "this" | "that") && last(3) == "for"))
}

/// Verbs of taking place in a relative clause: "som ordnas", "which are
/// held", "occurring", "jotka järjestetään".
fn takes_place(w: &str) -> bool {
    [
        "occurring",
        "taking",
        "held",
        "organised",
        "organized",
        "arranged",
        "run",
        "ordnas",
        "arrangeras",
        "hålls",
        "genomförs",
        "äger",
        "pågår",
        "järjestetään",
        "järjestettävi",
        "pidetään",
        "pidettävi",
        "toteutetaan",
        "toteutettavi",
    ]
    .iter()
    .any(|s| w.starts_with(s))
}

/// Does "for" + what is covered + a relative verb of taking place lead the
/// range ("för evenemang som ordnas 1.6–31.12.", "for activities occurring
/// Oct. 1 through Sept. 30", "näyttelyt, jotka järjestetään aikavälillä")?
/// Only asked in a clause that asks the reader to apply or gives a
/// deadline (`asked`).
pub(super) fn covered_events(imm: &[&str], asked: bool) -> bool {
    if !asked {
        return false;
    }
    let n = imm.len();
    let tail = &imm[n.saturating_sub(6)..];
    let Some(v) = tail.iter().rposition(|w| takes_place(w)) else {
        return false;
    };
    let before = &tail[..v];
    let relative = before
        .iter()
        .any(|w| matches!(*w, "som" | "which" | "that" | "jotka" | "joka"))
        || tail[v].ends_with("ing")
        || tail[v].starts_with("järjestettävi")
        || tail[v].starts_with("pidettävi")
        || tail[v].starts_with("toteutettavi");
    let purpose = imm[..n.saturating_sub(tail.len() - v)]
        .iter()
        .rev()
        .take(5)
        .any(|w| matches!(*w, "for" | "för" | "till"))
        || before.iter().any(|w| matches!(*w, "jotka" | "joka"));
    relative && purpose
}

/// "the fees apply until", "the rules apply to": "apply" tells what a rule
/// covers, not an application — unless the reader is its subject ("you
/// can apply until", "students may apply until"). One pass of literal
/// matches over the words left of a day, asked at every date.
pub(super) fn rule_applies(l: &[&str]) -> bool {
    let verb =
        |w: &str, next: &str| matches!(w, "apply" | "applies") && matches!(next, "until" | "to");
    l.windows(3).any(|p| {
        verb(p[1], p[2]) && !matches!(p[0], "can" | "may" | "to" | "you" | "please" | "." | ":")
    }) || l.windows(2).next().is_some_and(|p| verb(p[0], p[1]))
}
