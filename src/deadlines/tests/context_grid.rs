//! Issue 14: deadlines inside real sentences (rules 1, 6, 9). `cue_grid`
//! puts the cue right before the day; notices put words between — a
//! complement ("the closing date for receipt of applications will be"), an
//! adverb or modal ("is now", "must be received no later than"), a reader
//! as subject ("You must apply by", "Hakijan on toimitettava … mennessä",
//! "Du måste anmäla dig senast"), a passive ("Ansökan ska lämnas in
//! senast"), a clock time before or after the day, "the end of March"
//! (rule 9) — and a sentence before or after that names an event, a fee or
//! a place, which must not turn the deadline into an event. This grid holds
//! those wordings, crossed with the day forms of `cue_grid`.

use super::cue_grid::{misread, read, EN_DAYS, FI_DAYS, SV_DAYS};
use super::*;

const WANT: &str = "deadline 2024-03-15";
const WANT_END: &str = "deadline 2024-03-31";

/// Clauses with 1–6 words between the cue and the day: "L D."
const EN_LEADS: [&str; 35] = [
    "The cut-off date for refunds for rescheduled events is",
    "The closing date for receipt of applications will be",
    "The deadline is now",
    "The deadline for applications has been set at",
    "The deadline has been set for",
    "The application deadline will be",
    "Applications must be received no later than",
    "Completed forms must be returned to the office by",
    "You must apply by",
    "You need to register by",
    "You will need to submit your application by",
    "Applications must be submitted by",
    "All entries should be sent in by",
    "Please send your application to the council by",
    "The application deadline for the spring intake is",
    "The last day to register for the course is",
    "Registration for the autumn courses closes on",
    "The consultation on the draft plan closes on",
    "Comments on the proposal can be submitted until",
    "Applications for the grant can be made until",
    "The deadline to submit your claim is",
    "Nominations for the award must reach us by",
    "Responses to the survey should be sent by",
    "Parents are asked to return the forms by",
    "The deadline for booking a place at the seminar is",
    "The deadline for registering for the conference is",
    "Tickets for the concert must be booked by",
    "The closing date for the receipt of nominations is",
    "Submissions will be accepted until",
    "Applications will be accepted up to and including",
    "Proposals are due",
    "The survey will remain open until",
    "The form should be completed and returned by",
    "Bids must be lodged by",
    "Places on the course must be booked by",
];
/// A clause and the postposition after the day.
const FI_LEADS: [(&str, &str); 26] = [
    ("Hakemusten on oltava perillä viimeistään", ""),
    ("Hakijan on toimitettava hakemus liitteineen", "mennessä"),
    ("Hakemukset tulee jättää sähköisesti", "mennessä"),
    ("Hakemukset tulee jättää", "mennessä"),
    ("Ilmoittautumiset pyydetään tekemään verkossa", "mennessä"),
    ("Haku kevään kursseille on auki", "saakka"),
    ("Määräaika hakemusten jättämiselle on", ""),
    ("Hakuaika kevään koulutuksiin päättyy", ""),
    (
        "Lausunnot pyydetään toimittamaan kirjaamoon viimeistään",
        "",
    ),
    ("Vastaathan kyselyyn", "mennessä"),
    ("Hakemus on toimitettava kunnan kirjaamoon", "mennessä"),
    ("Tukea voi hakea", "asti"),
    ("Sinun tulee ilmoittautua", "mennessä"),
    ("Ilmoittautuminen kurssille päättyy", ""),
    (
        "Hakemukset on toimitettava postitse tai sähköpostilla",
        "mennessä",
    ),
    ("Avustusta voi hakea", "saakka"),
    ("Viimeinen päivä hakea tukea on", ""),
    ("Palautathan lomakkeen", "mennessä"),
    ("Hakemuksen voi jättää", "asti"),
    ("Kyselyyn voi vastata verkossa", "saakka"),
    ("Seminaariin ilmoittaudutaan", "mennessä"),
    ("Konferenssiin voi ilmoittautua", "asti"),
    ("Hakemuksia otetaan vastaan", "saakka"),
    ("Koulutukseen tulee ilmoittautua viimeistään", ""),
    ("Kysely on avoinna", "asti"),
    ("Lausuntoja pyydetään", "mennessä"),
];
const SV_LEADS: [&str; 26] = [
    "Ansökan ska lämnas in senast",
    "Du måste anmäla dig senast",
    "Ansökningar ska ha kommit in till kommunen senast",
    "Sista dagen att ansöka om bidraget är",
    "Anmälan till kursen görs senast",
    "Du kan lämna synpunkter på förslaget till och med",
    "Ansökan måste vara oss tillhanda senast",
    "Sista ansökningsdag för höstterminen är",
    "Enkäten är öppen för svar till och med",
    "Du kan ansöka om stödet fram till",
    "Svara på enkäten senast",
    "Remissvar ska ha kommit in senast",
    "Ansökan ska skickas till förvaltningen senast",
    "Anmäl dig till utbildningen senast",
    "Sista dag för ansökan är nu",
    "Du behöver ansöka senast",
    "Ansökningar tas emot till och med",
    "Blanketten ska lämnas in senast",
    "Ansökningstiden för bidraget går ut",
    "Man kan anmäla sig fram till",
    "Anmälan till seminariet ska göras senast",
    "Ansökningar tas emot fram till och med",
    "Enkäten är öppen fram till",
    "Anbud ska ha kommit in senast",
    "Biljetter till konserten bokas senast",
    "Man anmäler sig till kursen senast",
];

/// Sentences naming an event, a fee or a place, set before or after.
const EN_AROUND: [&str; 4] = [
    "The seminar takes place at the town hall.",
    "The course fee is €20.",
    "The event is free of charge.",
    "The training will be held in Helsinki.",
];
const FI_AROUND: [&str; 4] = [
    "Seminaari järjestetään kaupungintalolla.",
    "Kurssimaksu on 20 euroa.",
    "Tilaisuus on maksuton.",
    "Koulutus pidetään Helsingissä.",
];
const SV_AROUND: [&str; 4] = [
    "Seminariet hålls i stadshuset.",
    "Kursavgiften är 20 euro.",
    "Evenemanget är gratis.",
    "Utbildningen hålls i Helsingfors.",
];

/// "by the end of March" (rule 9) after the same kinds of clause.
const EN_ENDS: [&str; 8] = [
    "You must apply by the end of March",
    "Applications must be submitted by the end of March 2024",
    "Please register by the end of March",
    "Comments can be sent until the end of March 2024",
    "The deadline for applications is the end of March",
    "Forms must be returned no later than the end of March",
    "You need to apply by the end of March 2024",
    "Applications are open until the end of March",
];
const FI_ENDS: [&str; 8] = [
    "Hakemukset on jätettävä maaliskuun loppuun mennessä",
    "Hakemukset tulee jättää maaliskuun 2024 loppuun mennessä",
    "Ilmoittaudu maaliskuun loppuun mennessä",
    "Hakijan on toimitettava hakemus maaliskuun loppuun mennessä",
    "Haku on auki maaliskuun loppuun asti",
    "Kyselyyn voi vastata maaliskuun loppuun saakka",
    "Tukea voi hakea maaliskuun 2024 loppuun asti",
    "Lausunnot pyydetään maaliskuun loppuun mennessä",
];
const SV_ENDS: [&str; 8] = [
    "Ansökan ska lämnas in senast i slutet av mars",
    "Du måste anmäla dig senast i slutet av mars 2024",
    "Ansök senast i slutet av mars",
    "Synpunkter kan lämnas till slutet av mars",
    "Ansökningar ska ha kommit in senast i slutet av mars 2024",
    "Du kan ansöka fram till slutet av mars",
    "Anmälan görs senast i slutet av mars",
    "Enkäten är öppen till och med slutet av mars",
];

/// Every text of the grid with its language and the one reading wanted.
fn grid() -> Vec<(String, Lang, &'static str)> {
    let mut texts = Vec::new();
    let mut put = |t: String, lang: Lang, around: &[&str]| {
        texts.push((t.clone(), lang, WANT));
        // Context on one side or the other, alternated over the places.
        for (i, a) in around.iter().enumerate() {
            let t = if i % 2 == 0 {
                format!("{a} {t}")
            } else {
                format!("{t} {a}")
            };
            texts.push((t, lang, WANT));
        }
    };
    for l in EN_LEADS {
        for (i, d) in EN_DAYS.iter().enumerate() {
            let around: &[&str] = if i % 4 == 0 { &EN_AROUND } else { &[] };
            put(format!("{l} {d}."), Lang::En, around);
        }
    }
    for (l, post) in FI_LEADS {
        for (i, d) in FI_DAYS.iter().enumerate() {
            let around: &[&str] = if i % 4 == 0 { &FI_AROUND } else { &[] };
            let t = format!("{l} {d} {post}");
            put(format!("{}.", t.trim_end()), Lang::Fi, around);
        }
    }
    for l in SV_LEADS {
        for (i, d) in SV_DAYS.iter().enumerate() {
            let around: &[&str] = if i % 4 == 0 { &SV_AROUND } else { &[] };
            put(format!("{l} {d}."), Lang::Sv, around);
        }
    }
    for (ends, around, lang) in [
        (&EN_ENDS[..], &EN_AROUND[..], Lang::En),
        (&FI_ENDS[..], &FI_AROUND[..], Lang::Fi),
        (&SV_ENDS[..], &SV_AROUND[..], Lang::Sv),
    ] {
        for e in ends {
            texts.push((format!("{e}."), lang, WANT_END));
            for a in around {
                texts.push((format!("{a} {e}."), lang, WANT_END));
                texts.push((format!("{e}. {a}"), lang, WANT_END));
            }
        }
    }
    texts
}

#[test]
fn every_deadline_in_a_sentence_is_one_deadline_on_its_day() {
    let texts = grid();
    assert!(texts.len() > 1000);
    let wrong: Vec<String> = texts
        .iter()
        .filter_map(|(t, lang, want)| {
            let got = read(t, *lang);
            (got != [*want]).then(|| format!("{t:?} -> {got:?}"))
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{} of {} misread:\n{}",
        wrong.len(),
        texts.len(),
        wrong.join("\n")
    );
}

/// Subjects of the clock frames: the reader, a passive, a label.
const EN_SUBJECTS: [&str; 5] = [
    "Applications must be received",
    "You must register",
    "Entries should be submitted",
    "Please return the form",
    "Comments must reach us",
];
/// A clock time before the day: "by 12 noon on D".
const EN_CLOCKS: [&str; 7] = [
    "by 12 noon on",
    "no later than 5pm on",
    "by 4.00pm on",
    "before midnight on",
    "by 16:00 on",
    "by 23:59 on",
    "not later than 12.00 noon on",
];
const FI_SUBJECTS: [&str; 5] = [
    "Hakemukset on jätettävä",
    "Hakemusten tulee olla perillä",
    "Ilmoittaudu",
    "Hakijan on toimitettava hakemus",
    "Lomake palautetaan",
];
/// The clock after the day, and the postposition or adverb: "D klo 16.00
/// mennessä", "viimeistään D kello 12".
const FI_CLOCKS: [(&str, &str); 5] = [
    ("", "klo 16.00 mennessä"),
    ("viimeistään", "kello 12.00"),
    ("", "klo 15 mennessä"),
    ("viimeistään", "klo 23.59"),
    ("", "kello 16 mennessä"),
];
const SV_SUBJECTS: [&str; 5] = [
    "Ansökan ska vara inne",
    "Du måste anmäla dig",
    "Ansökan ska lämnas in",
    "Blanketten ska ha kommit in",
    "Svara på enkäten",
];
/// The clock before or after the day: "senast kl. 12.00 D", "senast D
/// klockan 12".
const SV_CLOCKS: [(&str, &str); 5] = [
    ("senast kl. 12.00", ""),
    ("senast", "kl. 16.00"),
    ("senast", "klockan 12"),
    ("kl. 15 senast", ""),
    ("senast", "kl 23.59"),
];

/// The day forms that carry no clock time of their own.
fn clockless<'a>(days: &[&'a str]) -> Vec<&'a str> {
    days.iter()
        .copied()
        .filter(|d| {
            !["pm", "noon", "midnight", "klo", "kl"]
                .iter()
                .any(|c| d.contains(c))
        })
        .collect()
}

#[test]
fn a_clock_time_before_or_after_the_day_leaves_one_deadline() {
    let mut texts = Vec::new();
    for s in EN_SUBJECTS {
        for c in EN_CLOCKS {
            for d in clockless(&EN_DAYS) {
                texts.push((format!("{s} {c} {d}."), Lang::En));
            }
        }
    }
    for s in FI_SUBJECTS {
        for (pre, post) in FI_CLOCKS {
            for d in clockless(&FI_DAYS) {
                let t = format!("{s} {pre} {d} {post}.").replace("  ", " ");
                texts.push((t, Lang::Fi));
            }
        }
    }
    for s in SV_SUBJECTS {
        for (pre, post) in SV_CLOCKS {
            for d in clockless(&SV_DAYS) {
                let t = format!("{s} {pre} {d} {post}").replace("  ", " ");
                texts.push((format!("{}.", t.trim_end()), Lang::Sv));
            }
        }
    }
    assert!(texts.len() > 500);
    let wrong = misread(&texts, &[WANT]);
    assert!(
        wrong.is_empty(),
        "{} of {} misread:\n{}",
        wrong.len(),
        texts.len(),
        wrong.join("\n")
    );
}

#[test]
fn a_clock_time_between_the_closing_word_and_a_slashed_day_leaves_it_read() {
    for (t, lang) in [
        ("Apply by 12.00 15/3.", Lang::En),
        ("Hae viimeistään klo 16 15/3.", Lang::Fi),
        ("Ansök senast kl. 12.00 15/3.", Lang::Sv),
    ] {
        assert_eq!(read(t, lang), [WANT], "{t}");
    }
    // (a fraction after a clock time stays one)
    assert_eq!(read("Apply by 12.00 1/2.", Lang::En), Vec::<String>::new());
}
