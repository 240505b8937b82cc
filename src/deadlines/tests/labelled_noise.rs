//! Issue 14, round 48: a labelled day with noise around it. A label naming
//! a deadline ("Closing date", "Sista dag för ansökan", "Viimeinen
//! hakupäivä") keeps its day through whatever stands between them — a
//! clock in any written form, a zone, a weekday, "the", "den", "klo", "now"
//! — and through a decision, publication or opening told elsewhere in the
//! sentence (`classify/day_noise.rs`, `classify/copula_days.rs`).

use super::cue_grid::{grouped, read, EN_DAYS, EN_NOUNS, FI_DAYS, FI_NOUNS, SV_DAYS, SV_NOUNS};
use super::*;

const WANT: &str = "deadline 2024-03-15";

#[test]
fn a_clock_between_the_label_and_its_day_is_noise() {
    check_all(
        &[
            // real138:9
            "Closing date for receipt of completed online applications is 5.00 p.m. Friday 15th March 2024",
            "The closing date for applications is 5.00 p.m. CET, Friday 15 March",
            "Closing date for applications: 5.00 p.m. Friday 15 March",
            "The last day to apply is 5 o’clock Friday 15 March",
            "Viimeinen hakupäivä on klo 16.00 perjantaina 15.3.",
            "Viimeinen päivä hakea on perjantaina 15.3. klo 16.",
            "Sista ansökningsdag är kl. 12.00 fredagen den 15 mars.",
            "Sista dag att anmäla sig är kl. 12.00 fredagen den 15 mars.",
        ],
        "2024-01-10",
        &[WANT],
    );
}

#[test]
fn a_last_day_named_by_its_act_is_a_deadline() {
    check_all(
        &[
            // real132:28
            "Senaste dag för ansökan är 15:e mars till ann@example.se.",
            "Sista dag för anmälan är den 15 mars.",
            "Viimeinen päivä ilmoittautua on 15.3.2024.",
        ],
        "2024-01-10",
        &[WANT],
    );
}

#[test]
fn a_labelled_day_is_not_dropped_by_a_decision_or_an_opening_beside_it() {
    check_all(
        &[
            // real119:26, real102:39
            "The deadline for comment is 5.00pm Friday 15 March 2024, after the council resolved to exhibit the plan.",
            "Sista anmälningsdag till vårterminen är den 15 mars. Efter att antagningsbeskedet har publicerats öppnar en del utbildningar.",
            "Hakemusten viimeinen jättöpäivä on 15.3.2024, ja päätökset tehdään huhtikuussa.",
        ],
        "2024-01-10",
        &[WANT],
    );
}

#[test]
fn an_old_or_past_labelled_day_stays_unread() {
    check_all(
        &[
            "The deadline was 5.00 p.m. Friday 15 March 2024.",
            "Sista ansökningsdag var den 15 mars 2024.",
            "Viimeinen hakupäivä oli 15.3.2024.",
        ],
        "2024-01-10",
        &[],
    );
}

#[test]
fn will_be_or_no_link_ties_a_label_to_its_day() {
    check_all(
        &[
            // real114:27, real84:27, real110:41
            "The closing date for receipt of applications will be 4.00pm Friday 15th March, 2024.",
            "I morgon öppnar nästa ansökningsomgång, med sista ansökningsdag den 15/3.",
            "För perioden 1 januari – 30 juni är sista ansökningsdag 15 mars.",
            "Lasku lähetetään, ja sen eräpäivä 15.3.2024 on päätetty kokouksessa.",
        ],
        "2024-01-10",
        &[WANT],
    );
    // (a name with a word after it is no label of the day: the old limit)
    check(
        "The previous deadline of 15 March has been extended to 30 April 2024.",
        "2024-01-10",
        &["deadline 2024-04-30"],
    );
}

/// Clocks and weekdays written between a label and its day.
const EN_NOISE: [&str; 8] = [
    "5.00 p.m.",
    "5 pm",
    "4.00pm",
    "17:00 CET,",
    "12 noon on",
    "5:00 p.m. local time,",
    "now",
    "the",
];
const FI_NOISE: [&str; 4] = ["klo 16.00", "klo 16", "kello 12", "viimeistään"];
const SV_NOISE: [&str; 5] = ["kl. 12.00", "kl 16", "klockan 12", "senast", "nu"];

/// A day form that writes its own clock or no weekday-free day: the grid
/// crosses a noise clock with the plain forms only.
fn plain(day: &str) -> bool {
    let l = day.to_lowercase();
    !["pm", "noon", "midnight", "klo", "kl", "15/3"]
        .iter()
        .any(|w| l.contains(w))
}

/// A label that is a clause ("Hakuaika päättyy", "Ansökningstiden går ut")
/// takes no copula after it.
fn noun(label: &str) -> bool {
    !["päättyy", "går ut", "stänger"]
        .iter()
        .any(|v| label.ends_with(v))
}

#[test]
fn every_label_with_noise_before_every_day_form_is_a_deadline() {
    let mut texts = Vec::new();
    for (nouns, noise, days, copula, lang) in [
        (&EN_NOUNS[..], &EN_NOISE[..], &EN_DAYS[..], "is", Lang::En),
        (&FI_NOUNS[..], &FI_NOISE[..], &FI_DAYS[..], "on", Lang::Fi),
        (&SV_NOUNS[..], &SV_NOISE[..], &SV_DAYS[..], "är", Lang::Sv),
    ] {
        for n in nouns.iter().filter(|n| noun(n)) {
            for z in noise {
                for d in days.iter().filter(|d| plain(d)) {
                    texts.push((format!("{n} {copula} {z} {d}."), lang));
                }
            }
        }
    }
    assert!(texts.len() > 800);
    let wrong: Vec<(String, String)> = texts
        .iter()
        .filter_map(|(t, lang)| {
            let got = read(t, *lang);
            (got != [WANT]).then(|| (format!("{got:?}"), t.clone()))
        })
        .collect();
    let n = wrong.len();
    assert!(n == 0, "{n} misread:\n{}", grouped(wrong, 8));
}
