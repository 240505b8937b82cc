use super::*;

mod eval;
mod lexicon;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// `expected` lists "deadline 2024-02-18" or "event 2024-11-14 2024-11-15".
fn check(input: &str, today: &str, expected: &[&str]) {
    let got: Vec<String> = find(input, Lang::Auto, day(today))
        .iter()
        .map(|m| {
            let kind = match m.kind {
                Kind::Deadline => "deadline",
                Kind::Event => "event",
            };
            match m.end {
                Some(e) => format!("{kind} {} {e}", m.date),
                None => format!("{kind} {}", m.date),
            }
        })
        .collect();
    assert_eq!(got, expected, "input: {input}");
}

/// Issue 14: only the reader's own actions are deadlines; what the
/// issuer will do by a date (send, contact, decide) is its own target.
#[test]
fn issuer_targets_are_not_deadlines() {
    check(
        "We will send the instructions by 15 March 2025.",
        "2025-01-10",
        &[],
    );
    check(
        "The invitations to the second phase will be sent on 28 June and the deadline for applications is 27 September.",
        "2025-05-01",
        &["deadline 2025-09-27"],
    );
    check(
        "You will receive the decision by 30 April 2025.",
        "2025-01-10",
        &[],
    );
    check(
        "Vi skickar anvisningarna senast den 15 mars 2025.",
        "2025-01-10",
        &[],
    );
    check(
        "Ohjeet lähetetään osallistujille 15.3.2025 mennessä.",
        "2025-01-10",
        &[],
    );
    check(
        "Lähetämme päätökset hakijoille viimeistään 15.3.2025.",
        "2025-01-10",
        &[],
    );
    // the reader's action stays a deadline, in the Finnish passive too
    check(
        "Hakemukset toimitetaan 15.3.2025 mennessä kirjaamoon.",
        "2025-01-10",
        &["deadline 2025-03-15"],
    );
    check(
        "Send your application by 15 March 2025.",
        "2025-01-10",
        &["deadline 2025-03-15"],
    );
}

/// Issue 14: a payment day, also "the last payment day", is an event.
#[test]
fn payment_days_are_events() {
    check(
        "The last payment day of the energy aid is 20 December 2024.",
        "2024-12-01",
        &["event 2024-12-20"],
    );
    check(
        "Energiatuen viimeinen maksupäivä on 20.12.2024.",
        "2024-12-01",
        &["event 2024-12-20"],
    );
    check(
        "Den sista utbetalningsdagen för energistödet är den 20 december 2024.",
        "2024-12-01",
        &["event 2024-12-20"],
    );
    check(
        "Veronpalautukset maksetaan 23.12.2024.",
        "2024-12-01",
        &["event 2024-12-23"],
    );
    // paying is the reader's action: a deadline
    check(
        "Jäännösvero on maksettava viimeistään 1.2.2025.",
        "2024-12-01",
        &["deadline 2025-02-01"],
    );
}

/// Issue 14: what stays in force or goes on until a date is no deadline.
#[test]
fn validity_and_duration_ends_are_not_reported() {
    check(
        "The restrictions remain unchanged until 31 March 2025.",
        "2025-01-10",
        &[],
    );
    check(
        "The arrangement will continue until 30 June 2025.",
        "2025-01-10",
        &[],
    );
    check(
        "Rajoitukset ovat jatketusti voimassa 13.5.2025 asti.",
        "2025-01-10",
        &[],
    );
    check("Järjestely jatkuu 30.6.2025 saakka.", "2025-01-10", &[]);
    check(
        "Arrangemanget fortsätter fram till den 30 juni 2025.",
        "2025-01-10",
        &[],
    );
}

/// Issue 14: reporting periods and reference days are statistics.
#[test]
fn statistical_periods_are_not_reported() {
    check(
        "The statistics cover the period 1 January to 30 June 2025.",
        "2025-01-10",
        &[],
    );
    check(
        "Tilasto kattaa ajanjakson 1.1.–30.6.2025.",
        "2025-01-10",
        &[],
    );
    check(
        "Statistiken gäller perioden 1.1–30.6.2025.",
        "2025-01-10",
        &[],
    );
    check("Luvut kuvaavat tilannetta 31.12.", "2025-01-10", &[]);
}

/// Issue 14: "accepted from … to …" is an application period.
#[test]
fn accepted_from_to_is_a_deadline() {
    check(
        "Applications will be accepted from 14 March to 31 December 2025.",
        "2025-01-10",
        &["deadline 2025-12-31"],
    );
    check(
        "Hakemuksia otetaan vastaan 14.3.–31.12.2025.",
        "2025-01-10",
        &["deadline 2025-12-31"],
    );
    check(
        "Ansökningar tas emot från den 14 mars till den 31 december 2025.",
        "2025-01-10",
        &["deadline 2025-12-31"],
    );
}

/// Issue 14: meetings told in the future tense are events.
#[test]
fn future_meetings_are_events() {
    check(
        "EU ministers will meet on 12 March 2025 in Brussels.",
        "2025-01-10",
        &["event 2025-03-12"],
    );
    check(
        "Ministerit tapaavat 12.3.2025 Brysselissä.",
        "2025-01-10",
        &["event 2025-03-12"],
    );
    check(
        "Ministrarna träffas den 12 mars 2025 i Bryssel.",
        "2025-01-10",
        &["event 2025-03-12"],
    );
}

/// Issue 14: Finnish weekday-prefixed dates in case forms.
#[test]
fn finnish_weekday_prefixed_dates() {
    check(
        "Keskiviikkona 9. maaliskuuta järjestettävä tilaisuus on kaikille avoin.",
        "2025-01-10",
        &["event 2025-03-09"],
    );
    check(
        "Tiistaina 14. toukokuuta klo 18 pidetään asukasilta.",
        "2025-01-10",
        &["event 2025-05-14"],
    );
    check(
        "Torstaina 13.3. klo 17 järjestettävään infoon voi tulla paikan päälle.",
        "2025-01-10",
        &["event 2025-03-13"],
    );
}

/// Issue 14: enumerations sharing one trailing month or year.
#[test]
fn enumerations_share_a_trailing_year() {
    check(
        "Info sessions will be held in Oulu on 3 September, in Kuopio on 5 September and in Turku on 10 September 2025.",
        "2025-01-10",
        &["event 2025-09-03", "event 2025-09-05", "event 2025-09-10"],
    );
    check(
        "Infotilaisuudet järjestetään Oulussa 3.9., Kuopiossa 5.9. ja Turussa 10.9.2025.",
        "2025-01-10",
        &["event 2025-09-03", "event 2025-09-05", "event 2025-09-10"],
    );
    check(
        "Informationsmöten ordnas i Uleåborg den 3, i Kuopio den 5 och i Åbo den 10 september 2025.",
        "2025-01-10",
        &["event 2025-09-03", "event 2025-09-05", "event 2025-09-10"],
    );
}

/// Issue 14: event listings with abbreviated weekdays and no year.
#[test]
fn listings_with_abbreviated_weekdays() {
    check(
        "Thu 7.11. Career evening at the library\nFri 8.11. Language café",
        "2024-10-20",
        &["event 2024-11-07", "event 2024-11-08"],
    );
    check(
        "To 7.11. Urailta kirjastossa\nPe 8.11. Kielikahvila",
        "2024-10-20",
        &["event 2024-11-07", "event 2024-11-08"],
    );
    check(
        "To 7.11. Karriärkväll på biblioteket\nFre 8.11. Språkcafé",
        "2024-10-20",
        &["event 2024-11-07", "event 2024-11-08"],
    );
}

/// Issue 14: "by the end of March 2025" is the last day of March.
#[test]
fn end_of_month_deadlines() {
    check(
        "Applications must be submitted by the end of March 2025.",
        "2025-01-10",
        &["deadline 2025-03-31"],
    );
    check(
        "Hakemukset on jätettävä maaliskuun 2025 loppuun mennessä.",
        "2025-01-10",
        &["deadline 2025-03-31"],
    );
    check(
        "Ansökan ska lämnas in senast i slutet av mars 2025.",
        "2025-01-10",
        &["deadline 2025-03-31"],
    );
}

/// Issue 14: the new date of a postponed event is an event.
#[test]
fn postponed_event_new_date() {
    check(
        "The seminar has been postponed from 5 March to 12 March 2025.",
        "2025-01-10",
        &["event 2025-03-12"],
    );
    check(
        "Seminaari siirtyy 5.3. pidettäväksi 12.3.2025.",
        "2025-01-10",
        &["event 2025-03-12"],
    );
    check(
        "Seminariet flyttas från den 5 mars till den 12 mars 2025.",
        "2025-01-10",
        &["event 2025-03-12"],
    );
}

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
    check("", "2024-01-17", &[]);
    check(
        "Immigrants encounter many authorities on their integration path.",
        "2024-01-17",
        &[],
    );
}

#[test]
fn impossible_dates_are_ignored() {
    check("Apply by 31.2.2024.", "2024-01-17", &[]);
    check("Hae viimeistään 30.2.", "2024-01-17", &[]);
    check(
        "The seminar will be held on 31 April 2024.",
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
    check("Version 2.4.1 and 3.1.2 are available.", "2024-01-01", &[]);
    check(
        "The programme period 2021–2027 and the 2024–2025 season.",
        "2024-01-01",
        &[],
    );
    check(
        "Neuvonta palvelee klo 9.10–11.30 ja 24/7 verkossa.",
        "2024-01-01",
        &[],
    );
    check(
        "See report 2023:45 and HORIZON-CL2-2024-TRANSFORMATIONS-01-03.",
        "2024-01-01",
        &[],
    );
    check(
        "Unemployment rose by 2.5 per cent to 10.4%.",
        "2024-01-01",
        &[],
    );
    check("Laki 30.12.2010/1386 uudistuu.", "2010-01-01", &[]);
}

#[test]
fn imprecise_dates_are_not_reported() {
    check(
        "The call opens in week 12 and closes in June 2024.",
        "2024-01-01",
        &[],
    );
    check(
        "Ilmoittaudu viikon 12 loppuun mennessä tai huomiseen mennessä.",
        "2024-01-01",
        &[],
    );
    check(
        "Anmäl dig senast i morgon eller nästa tisdag.",
        "2024-01-01",
        &[],
    );
    check(
        "Keväällä 2025 ja toukokuussa järjestetään koulutuksia.",
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
    let text = para.repeat(1_000_000 / para.len() + 1);
    assert!(text.len() >= 1_000_000);
    let t = std::time::Instant::now();
    let got = find(&text, Lang::Auto, day("2024-01-17"));
    let took = t.elapsed();
    println!("1 MB took {took:?}");
    assert_eq!(got.len(), 2);
    assert!(took.as_secs() < 20, "took {took:?}");
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

/// Issue 14 (real3/real4 causes): money received, transferred or shared
/// out is a payment day; the old day of a moved payment and a day with
/// no payment are not reported.
#[test]
fn payout_frames() {
    check(
        "The housing allowance is transferred to your bank account on 12 March 2025.",
        "2025-01-10",
        &["event 2025-03-12"],
    );
    check(
        "Those owed money get their refunds on 7 August 2025.",
        "2025-06-01",
        &["event 2025-08-07"],
    );
    check(
        "Avustukset jaetaan hakijoille 14.4.2025.",
        "2025-01-10",
        &["event 2025-04-14"],
    );
    check(
        "Om utbetalningsdagen är en söndag kommer pengarna den 16 mars 2025.",
        "2025-01-10",
        &["event 2025-03-16"],
    );
    check(
        "Ersättning som skulle kommit den 25 december kommer den 23 december 2025.",
        "2025-11-01",
        &["event 2025-12-23"],
    );
    check(
        "Ändrade dagar:\n1 maj utbetalas 30 april,\n6 juni utbetalas 5 juni,",
        "2025-01-10",
        &["event 2025-04-30", "event 2025-06-05"],
    );
    check(
        "Eftersom det är helgdag utbetalas bidraget inte fredagen 6.6.2025. Bidraget utbetalas torsdagen 5.6.2025.",
        "2025-05-01",
        &["event 2025-06-05"],
    );
    check(
        "Because of the holiday, benefits are not paid out on 24 December 2025.",
        "2025-11-01",
        &[],
    );
}

/// Issue 14: a heading or label carries its cue to the days listed under
/// it, line by line.
#[test]
fn headings_carry_to_dates_below() {
    check(
        "Poikkeavat maksupäivät:\n\n19.6.2025\n23.12.2025",
        "2025-01-10",
        &["event 2025-06-19", "event 2025-12-23"],
    );
    check(
        "Registration deadline for the summer school\n\n30 April 2025",
        "2025-01-10",
        &["deadline 2025-04-30"],
    );
    check(
        "Sista anmälningsdag\nvår: 10 mars\nhöst: 10 oktober",
        "2025-01-10",
        &["deadline 2025-03-10", "deadline 2025-10-10"],
    );
    check(
        "Hakuajat ovat seuraavat:\n\nMaisteriohjelmat:\n1.2.2025 – 28.2.2025\n\nTohtoriohjelmat:\n1.4.2025 – 30.4.2025",
        "2025-01-10",
        &["deadline 2025-02-28", "deadline 2025-04-30"],
    );
    // a news title over its publication date is no label
    check(
        "Seminar season opens in the city library\n\n14.2.2025\n\nThe library has new opening hours.",
        "2025-01-10",
        &[],
    );
}

/// Issue 14: a range with spaces round the dash, and one told by a start
/// and an end verb.
#[test]
fn spaced_and_verbal_ranges() {
    check(
        "Hakuaika on 3.3. – 17.3.2025 klo 15.",
        "2025-01-10",
        &["deadline 2025-03-17"],
    );
    check(
        "The fair is held 3.3. – 5.3.2025 in Tampere.",
        "2025-01-10",
        &["event 2025-03-03 2025-03-05"],
    );
    check(
        "Ansökningstiden är 1.9. – 30.9.2025.",
        "2025-01-10",
        &["deadline 2025-09-30"],
    );
    check(
        "Kirjamessut alkaa to 2.10. ja loppuu su 5.10.2025.",
        "2025-01-10",
        &["event 2025-10-02 2025-10-05"],
    );
    check(
        "Festivalen börjar den 4 juli och slutar den 6 juli 2025.",
        "2025-01-10",
        &["event 2025-07-04 2025-07-06"],
    );
    check(
        "The application period opens on 1 March and closes on 15 April 2025.",
        "2025-01-10",
        &["deadline 2025-04-15"],
    );
}

/// Issue 14: "planned for" a day tells when something takes place.
#[test]
fn planned_for_is_an_event() {
    check(
        "Nästa styrelsemöte är planerat till den 9 december 2025.",
        "2025-11-01",
        &["event 2025-12-09"],
    );
    check(
        "The next council meeting is scheduled for 9 December 2025.",
        "2025-11-01",
        &["event 2025-12-09"],
    );
}

/// Issue 14: tense and who acts, read clause by clause.
#[test]
fn tense_and_actor_by_clause() {
    // money the reader receives is a payment day, not the issuer's target
    check(
        "Most pensioners will receive their refunds on 5 August 2025.",
        "2025-06-01",
        &["event 2025-08-05"],
    );
    check(
        "Useimmat saavat veronpalautuksensa tilille 5.8.2025.",
        "2025-06-01",
        &["event 2025-08-05"],
    );
    // a relative clause after a past main clause has its own tense
    check(
        "Luonnos lähetettiin lausunnolle, joka päättyy 14.3.2025.",
        "2025-01-10",
        &["deadline 2025-03-14"],
    );
    check(
        "The draft was sent out for comments, which close on 14 March 2025.",
        "2025-01-10",
        &["deadline 2025-03-14"],
    );
    // a participle naming what is on time is no past story
    check(
        "Ansökningar som kommit in senast den 1 april 2025 tar vi ställning till under våren.",
        "2025-01-10",
        &["deadline 2025-04-01"],
    );
    check(
        "Applications received by 1 April 2025 are considered in the spring.",
        "2025-01-10",
        &["deadline 2025-04-01"],
    );
    // but a past story stays past
    check(
        "The applications were received by 1 April 2025.",
        "2025-01-10",
        &[],
    );
}

/// Issue 14: a cancellation the reader makes can have a time limit, and
/// what is held instead of a cancelled meeting takes place.
#[test]
fn cancellations_by_the_reader_and_replacements() {
    check(
        "Cancellations are accepted until 15 May 2025.",
        "2025-01-10",
        &["deadline 2025-05-15"],
    );
    check(
        "Peruutukset on tehtävä viimeistään 15.5.2025.",
        "2025-01-10",
        &["deadline 2025-05-15"],
    );
    check(
        "Avbokning ska göras senast den 15 maj 2025.",
        "2025-01-10",
        &["deadline 2025-05-15"],
    );
    check(
        "Styrelsen har beslutat att ställa in mötet den 3 mars 2025 för att istället hålla ett möte den 10 mars 2025.",
        "2025-01-10",
        &["event 2025-03-10"],
    );
    check(
        "The seminar on 3 March 2025 is cancelled.",
        "2025-01-10",
        &[],
    );
}

/// Issue 14: words that looked like past tense or a place, and a
/// publication date with a time.
#[test]
fn false_past_and_place_words() {
    // "huomioi" (note!) and "-potti" (a pot) are no past tense
    check(
        "Huomioi huoltokatko 14.2.2025 klo 8–10.",
        "2025-01-10",
        &["event 2025-02-14"],
    );
    check(
        "Perjantaina 7. maaliskuuta jaetaan palkintopotti.",
        "2025-01-10",
        &["event 2025-03-07"],
    );
    // "Osassa" (in some) is no place holding the sentence together
    check(
        "Ennakkoäänestys järjestetään 2.4.–8.4. Osassa paikkoja aika on lyhyempi.",
        "2025-01-10",
        &["event 2025-04-02 2025-04-08"],
    );
    check("Publication date 14.2.2025 10.15", "2025-01-10", &[]);
}
