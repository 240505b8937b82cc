//! A body hands over its own work by a date: "the working group will
//! submit its report by", "työryhmä luovuttaa raporttinsa … mennessä",
//! "arbetsgruppen lämnar sin rapport senast". The report, proposal or
//! statement is the body's own, so the date is its target (rule 5), not
//! the reader's deadline. The possessive is what tells it: the reader's
//! work is "your report", "raporttisi", "din rapport". A duty ("must
//! submit their reports") is read apart, by `issuer_target`'s caller.
//! Only handing over counts: a body that presents its work on a day
//! ("esittelee talousarvioesityksensä 22.10. klo 11") holds an event.

/// What a body delivers as the outcome of its own work.
const WORKS: [&str; 14] = [
    "report",
    "reports",
    "proposal",
    "proposals",
    "recommendations",
    "findings",
    "rapport",
    "slutrapport",
    "betänkande",
    "förslag",
    "yttrande",
    "redovisning",
    "rekommendationer",
    "utredning",
];

/// Finnish works with the third-person possessive ("raporttinsa",
/// "mietintönsä", "ehdotuksensa"): stems, so "loppuraporttinsa" is one.
const FI_WORKS: [&str; 6] = [
    "raporttinsa",
    "mietintönsä",
    "ehdotuksensa",
    "selvityksensä",
    "suosituksensa",
    "linjauksensa",
];

/// Verbs of handing work over (stems): "submit", "luovuttaa", "lämnar",
/// "överlämnar". Not "present", "esittelee", "presenterar": a
/// presentation takes place on its day.
const HAND_OVER: [&str; 12] = [
    "submit",
    "deliver",
    "hand",
    "complete",
    "luovutta",
    "jättä",
    "anta",
    "toimitta",
    "lämna",
    "överlämna",
    "redovisa",
    "avlämna",
];

/// Could `w` make [`own_work`] hold (the pre-filter bit of `issuer_word`)?
pub(super) fn own_work_word(w: &str) -> bool {
    WORKS.contains(&w) || FI_WORKS.iter().any(|s| w.ends_with(s))
}

/// "its report", "sin rapport", "sitt betänkande", "raporttinsa": a body's
/// own work among the words before a date. English "their" is left out:
/// "applicants submit their proposals by" addresses the reader.
pub(super) fn own_work(l: &[&str]) -> bool {
    if !l.iter().any(|w| HAND_OVER.iter().any(|s| w.starts_with(s))) {
        return false;
    }
    l.iter().any(|w| FI_WORKS.iter().any(|s| w.ends_with(s)))
        || l.windows(2)
            .any(|p| matches!(p[0], "its" | "sin" | "sitt" | "sina") && WORKS.contains(&p[1]))
        || l.windows(3).any(|p| {
            // "its final report", "sin slutliga rapport"
            matches!(p[0], "its" | "sin" | "sitt" | "sina")
                && matches!(p[1], "final" | "first" | "interim" | "slutliga")
                && WORKS.contains(&p[2])
        })
}

/// How many words before the day the reporting verb may stand.
const COMMISSION_REACH: usize = 12;

/// A commissioned body's own report by a day: "referred the Bill to the
/// Committee for inquiry and report by 24 October 2002" (real219:34), "The
/// Committee must report by 30 November 2024" (real219:46), "Trafikverket
/// ska redovisa uppdraget till Regeringskansliet senast den 31 augusti"
/// (real219:21). Told by the commission named, not a possessive, and a
/// duty ("must report") does not make it the reader's, unlike [`own_work`]:
/// the caller reads it before any limit word, while a grantee told to
/// report its grant ("föreningen ska redovisa … senast 1 november") keeps
/// its deadline.
pub(in crate::deadlines) fn commissioned_report(l: &[&str]) -> bool {
    let near = &l[l.len().saturating_sub(COMMISSION_REACH)..];
    // (the verb with its limit after it: "report by", "redovisa …
    // senast"; not "a report to be considered by the Committee on")
    let reports = near.iter().enumerate().any(|(k, w)| {
        let after = &near[k + 1..];
        match *w {
            "report" => after.first() == Some(&"by"),
            "redovisa" | "redovisas" => after.contains(&"senast"),
            _ => {
                w.starts_with("raportoi")
                    && after
                        .iter()
                        .any(|a| matches!(*a, "mennessä" | "viimeistään"))
            }
        }
    });
    reports
        && near.iter().any(|w| {
            matches!(*w, "committee" | "inquiry")
                || [
                    "uppdrag",
                    "utredning",
                    "kommitté",
                    "toimeksian",
                    "selvityshenkilö",
                ]
                .iter()
                .any(|p| w.starts_with(p))
        })
}

#[cfg(test)]
mod tests {
    use super::own_work;

    fn words(s: &str) -> Vec<&str> {
        s.split(' ').collect()
    }

    #[test]
    fn english_body_hands_over_its_report() {
        assert!(own_work(&words(
            "the working group will submit its report by"
        )));
        assert!(own_work(&words(
            "the committee will deliver its final report by"
        )));
        assert!(!own_work(&words("submit your report by")));
        assert!(!own_work(&words("applicants submit their proposals by")));
        assert!(!own_work(&words("the mayor presents its proposals on")));
    }

    #[test]
    fn finnish_body_hands_over_its_report() {
        assert!(own_work(&words("työryhmä luovuttaa loppuraporttinsa")));
        assert!(own_work(&words("selvityshenkilö jättää ehdotuksensa")));
        assert!(!own_work(&words("palauta raporttisi")));
        assert!(!own_work(&words(
            "pormestari esittelee talousarvioesityksensä"
        )));
    }

    #[test]
    fn swedish_body_hands_over_its_report() {
        assert!(own_work(&words("arbetsgruppen lämnar sin rapport senast")));
        assert!(own_work(&words(
            "utredaren ska lämna sitt betänkande senast"
        )));
        assert!(!own_work(&words("skicka in din rapport senast")));
        assert!(!own_work(&words("utredaren presenterar sin rapport")));
    }
}
