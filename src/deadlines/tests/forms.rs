//! Date forms and robustness: what is a date and what is not, ranges and
//! enumerations as written, languages, markup, and texts of any size.

use super::*;

/// Pieces the date grammar and the cue words are made of, so random
/// texts exercise ranges, enumerations, labels and listings.
const FRAGMENTS: &[&str] = &[
    "1",
    "2",
    "12",
    "31",
    "2024",
    "24",
    ".",
    ".",
    "-",
    "–",
    "/",
    ":",
    ",",
    " ",
    " ",
    "\n",
    "(",
    ")",
    "March",
    "maaliskuuta",
    "mars",
    "Thu",
    "to",
    "ke",
    "den",
    "on",
    "by",
    "until",
    "mennessä",
    "asti",
    "senast",
    "from",
    "to",
    "accepted",
    "we will send",
    "maksupäivä",
    "seminar",
    "klo",
    "kl",
    "at",
    "Apply",
    "end of",
    "loppuun",
    "slutet av",
    "alk.",
    "päivitys",
    "Until",
    "<p>",
    "&amp;",
    "x",
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// Any text: no panic, and the output is bounded by the text.
    #[test]
    fn any_text_is_read_safely(
        parts in proptest::collection::vec(proptest::sample::select(FRAGMENTS), 0..600),
        noise in proptest::collection::vec(proptest::prelude::any::<char>(), 0..80),
        lang in proptest::sample::select(vec![Lang::En, Lang::Fi, Lang::Sv, Lang::Auto]),
    ) {
        let mut text: String = parts.concat();
        text.extend(noise);
        let got = find(&text, lang, day("2024-01-17"));
        proptest::prop_assert!(got.len() <= text.len() / 2 + 1);
        proptest::prop_assert!(got.len() <= MAX_MENTIONS);
        for m in &got {
            proptest::prop_assert!(m.text.len() <= text.len() + 1);
            proptest::prop_assert!(m.text.len() <= 4 * MAX_PIECE);
            match m.kind {
                Kind::Deadline => proptest::prop_assert!(m.end.is_none()),
                Kind::Event => proptest::prop_assert!(m.end.is_none_or(|e| e >= m.date)),
            }
        }
        let _ = parse_date(&text);
    }
}

/// Issue 10: a text of nothing but dotted numbers used about 100 bytes
/// of memory per byte of text; a sentence is now read in bounded pieces.
#[test]
fn dotted_number_runs_are_read_in_pieces() {
    let text: String = (0..200_000).map(|i| format!("{}.", i % 31 + 1)).collect();
    let pieces: Vec<_> = pieces(&text, 0, text.len()).collect();
    assert!(pieces.iter().all(|(a, b)| b - a <= MAX_PIECE && a < b));
    assert_eq!(pieces.first().map(|p| p.0), Some(0));
    assert_eq!(pieces.last().map(|p| p.1), Some(text.len()));
    assert!(pieces.windows(2).all(|w| w[0].1 == w[1].0));
    let _ = find(&text, Lang::Fi, day("2024-01-17"));
    // a run of weekday-headed dates stays one linear pass
    let listing = "Ma 1.1. Ti 2.1. ".repeat(50_000);
    let got = find(&listing, Lang::Fi, day("2024-01-01"));
    assert!(got.len() <= 2);
}

#[test]
fn no_dates_gives_nothing() {
    check_all(
        &[
            "",
            "Immigrants encounter many authorities on their integration path.",
        ],
        "2024-01-17",
        &[],
    );
}

#[test]
fn impossible_dates_are_ignored() {
    check_all(
        &[
            "Apply by 31.2.2024.",
            "Hae viimeistään 30.2.",
            "The seminar will be held on 31 April 2024.",
        ],
        "2024-01-17",
        &[],
    );
    assert_eq!(parse_date("31.2.2024"), None);
}

#[test]
fn numbers_that_are_not_dates() {
    check(
        "The decree 681/2023 and record VN/1234/2024 apply.",
        "2023-01-01",
        &[],
    );
    check("Call 0295 000 000 or +358 29 541 9600.", "2024-01-17", &[]);
    check_all(
        &[
            "Version 2.4.1 and 3.1.2 are available.",
            "The programme period 2021–2027 and the 2024–2025 season.",
            "Neuvonta palvelee klo 9.10–11.30 ja 24/7 verkossa.",
            "See report 2023:45 and HORIZON-CL2-2024-TRANSFORMATIONS-01-03.",
            "Unemployment rose by 2.5 per cent to 10.4%.",
        ],
        "2024-01-01",
        &[],
    );
    check("Laki 30.12.2010/1386 uudistuu.", "2010-01-01", &[]);
}

#[test]
fn imprecise_dates_are_not_reported() {
    check_all(
        &[
            "The call opens in week 12 and closes in June 2024.",
            "Ilmoittaudu viikon 12 loppuun mennessä tai huomiseen mennessä.",
            "Anmäl dig senast i morgon eller nästa tisdag.",
            "Keväällä 2025 ja toukokuussa järjestetään koulutuksia.",
        ],
        "2024-01-01",
        &[],
    );
}

#[test]
fn very_long_text_is_linear() {
    let para = "The Integration 2024 event will take place on 14–15 November 2024 in Turku. \
                Program proposals must be submitted no later than February 18, 2024. \
                The amendments will enter into force on 1 January 2025. \
                Call 0295 000 000 for version 2.4.1 details. ";
    // Linear, not fast: the speed figure is benches/deadlines.rs's. A
    // quadratic reader would take 64 times as long on 8 times the text; a
    // linear one about 8 times, whatever else runs on the machine. The
    // smaller text is timed twice and the quicker run kept, so a burst of
    // load on it cannot make the ratio look worse than it is.
    let large = para.repeat(1_000_000 / para.len() + 1);
    let small = para.repeat(1_000_000 / para.len() / 8 + 1);
    assert!(large.len() >= 1_000_000);
    let timed = |text: &str| {
        let t = std::time::Instant::now();
        let got = find(text, Lang::Auto, day("2024-01-17"));
        (t.elapsed(), got)
    };
    let (small_a, _) = timed(&small);
    let (small_b, _) = timed(&small);
    let (took, got) = timed(&large);
    let small_took = small_a.min(small_b);
    println!("1/8 MB took {small_took:?}, 1 MB took {took:?}");
    assert_eq!(got.len(), 2);
    assert!(
        took < small_took * 30,
        "8 times the text took {:.1} times as long",
        took.as_secs_f64() / small_took.as_secs_f64()
    );
    // one long line without sentence marks is also fine
    let blob = "x 14.2.2024 y ".repeat(80_000);
    let _ = find(&blob, Lang::Fi, day("2024-01-17"));
}

#[test]
fn mixed_languages() {
    check(
        "Ilmoittaudu viimeistään 18.2. Anmäl dig senast den 20 februari. \
         The webinar will be held on 5 March 2024.",
        "2024-01-17",
        &[
            "deadline 2024-02-18",
            "deadline 2024-02-20",
            "event 2024-03-05",
        ],
    );
}

#[test]
fn html_remnants() {
    check(
        "<p>The webinar will be held on <strong>5&nbsp;March&nbsp;2024</strong>.</p><p>Apply by 18&#160;February&nbsp;2024.</p>",
        "2024-01-17",
        &["deadline 2024-02-18", "event 2024-03-05"],
    );
    check(
        "<li>Haku p&auml;&auml;ttyy 18.2.2024 klo 16.00</li>",
        "2024-01-17",
        &["deadline 2024-02-18"],
    );
    check(
        "<div class=\"x\"><a href=\"/a?b=1&c=2\">Link</a> 3 < 5 & 6 > 2</div>",
        "2024-01-17",
        &[],
    );
}

#[test]
fn ranges_and_enumerations() {
    check(
        "Konferenssi pidetään 14.–15.11.2024.",
        "2024-01-17",
        &["event 2024-11-14 2024-11-15"],
    );
    check(
        "Hakuaika on 2.9.–4.10.2024.",
        "2024-08-01",
        &["deadline 2024-10-04"],
    );
    check(
        "Training on 5 March, 12 March and 19 March 2024.",
        "2024-01-17",
        &["event 2024-03-05", "event 2024-03-12", "event 2024-03-19"],
    );
    check(
        "Kurssi pidetään 30.12.–3.1.",
        "2024-12-01",
        &["event 2024-12-30 2025-01-03"],
    );
}

#[test]
fn year_inference_and_end_of_month() {
    check(
        "Kielitesti järjestetään 14.11.",
        "2024-11-20",
        &["event 2025-11-14"],
    );
    check(
        "Apply by the end of March.",
        "2024-05-01",
        &["deadline 2025-03-31"],
    );
    check(
        "Raportti toimitetaan vuoden loppuun mennessä.",
        "2024-05-01",
        &["deadline 2024-12-31"],
    );
    check(
        "Final report due by 30.6.24.",
        "2024-01-01",
        &["deadline 2024-06-30"],
    );
}

#[test]
fn parse_date_forms() {
    let want = day("2024-02-14");
    for s in [
        "14.2.2024 | News item",
        "2024-02-14",
        "14/02/2024",
        "February 14, 2024",
        "14 February 2024",
        "14. helmikuuta 2024",
        "14 februari 2024",
        "Published 14.2.2024 klo 12.00",
        "2024-02-14T08:00:00+02:00",
        "Feb. 14, 2024",
        "den 14 februari 2024",
        "14.2.24",
    ] {
        assert_eq!(parse_date(s), Some(want), "{s}");
    }
    assert_eq!(
        parse_date("Published 3.10.2024 klo 12.00"),
        Some(day("2024-10-03"))
    );
    assert_eq!(parse_date("News item"), None);
    assert_eq!(parse_date("18.2."), None);
}

#[test]
fn detects_language() {
    assert_eq!(
        detect_lang("Hakemukset on jätettävä viimeistään 18.2. ja ne käsitellään"),
        Lang::Fi
    );
    assert_eq!(
        detect_lang("Ansökan ska lämnas in senast den 18 februari och den är"),
        Lang::Sv
    );
    assert_eq!(
        detect_lang("Applications must be submitted by the end of the month"),
        Lang::En
    );
}

#[test]
fn mention_serializes_in_field_order() {
    let m = Mention {
        kind: Kind::Deadline,
        date: day("2024-02-18"),
        end: None,
        text: "x".into(),
    };
    assert_eq!(
        serde_json::to_string(&m).expect("serializes"),
        r#"{"kind":"deadline","date":"2024-02-18","end":null,"text":"x"}"#
    );
}

/// Issue 14 (real7): a sentence ending in a month name and the next one
/// opening with a day ("… i april. 2 maj: Sista dag …") are two sentences,
/// and the day takes the month written after it.
#[test]
fn a_day_opening_a_sentence_after_a_month_name() {
    check(
        "Most refunds are paid in April. 2 May: last day to file your return.",
        "2026-03-01",
        &["deadline 2026-05-02"],
    );
    check_all(&["Återbäringen kommer i april. 4 maj: Sista dag att deklarera.",
"Veronpalautukset maksetaan huhtikuussa. 4.5. on viimeinen päivä palauttaa veroilmoitus."], "2026-03-01", &["deadline 2026-05-04"]);
    // a shortened month keeps its day
    check(
        "The open house takes place on Wednesday, Sept. 30 from 6 to 7 p.m.",
        "2026-09-01",
        &["event 2026-09-30"],
    );
}

/// "senast den sista oktober", "by the last day of October", "lokakuun
/// viimeisenä päivänä": the month's last day (rule 9), not a day written
/// after "last" ("The last day of term is 5 October").
#[test]
fn the_last_day_of_a_month() {
    check_all(
        &[
            "Motions must be submitted by the last day of October.",
            "Aloitteet on jätettävä viimeistään lokakuun viimeisenä päivänä.",
            "Motioner ska lämnas in senast den sista oktober.",
        ],
        "2026-09-01",
        &["deadline 2026-10-31"],
    );
    check(
        "The last day to apply is 5 October.",
        "2026-09-01",
        &["deadline 2026-10-05"],
    );
}

/// "• 7.–10.4: stängt", "1.5: stängt": a list item labelled by a day with
/// no final dot before its colon is that day; a time labelling a
/// programme line ("10.30: Coffee", "9.05: Avaus") is none.
#[test]
fn a_day_with_no_final_dot_labelling_its_item() {
    check_all(
        &[
            "Library closures:\n • 7.–10.4: the library is closed\n • 1.5: the library is closed",
            "Kirjaston poikkeusaukiolot:\n • 7.–10.4: suljettu\n • 1.5: suljettu (omatoimi 7–21)",
            "Avvikande öppettider:\n • 7.–10.4: stängt\n • 1.5: stängt (meröppet 7–21)",
        ],
        "2026-03-30",
        &["event 2026-04-07 2026-04-10", "event 2026-05-01"],
    );
    check_all(
        &[
            "Programme:\n10.30: Coffee\n9.05: Opening words",
            "Ohjelma:\n10.30: Kahvi\n9.05: Avaus",
            "Program:\n10.30: Kaffe\n9.05: Inledning",
        ],
        "2026-03-30",
        &[],
    );
}

/// An English month written lower-case is still a month, but for the
/// ones that are words too: "may", "march", "august" (real469:23).
#[test]
fn a_lower_case_english_month_is_a_month() {
    check(
        "Almedalen Week is from 30 june to 7th of July 2031.",
        "2031-06-01",
        &["event 2031-06-30 2031-07-07"],
    );
    check(
        "Members may 3 times a year march in the parade.",
        "2031-06-01",
        &[],
    );
}

/// A ban lifted on a day ends a rule's validity: no day of its own
/// (real469:36, real468:36).
#[test]
fn a_ban_lifted_on_a_day_is_nothing() {
    check_rules_all(
        &[
            "Bevattningsförbudet på Gotland hävs lördag den 29 september 2029.",
            "The hosepipe ban will be lifted on Saturday 29 September 2029.",
            "Kastelukielto puretaan lauantaina 29. syyskuuta 2029.",
        ],
        "2029-09-26",
        &[],
    );
}
