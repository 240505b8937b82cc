//! Issue 14, round 48 (one period, one reading): a period the reader acts
//! in, told in one sentence, and its closing day named as the reader's
//! limit in another ("Planförslaget är på granskning under tiden 23
//! november till 14 december 2018. Om du har synpunkter … senast den 14
//! december 2018", real133:55) give one deadline on the close, never an
//! event range beside it. A thing held over the days (a trip, a fair) and
//! an election's polling stay events.
//!
//! The grid crosses periods told as clauses with `period_grid`'s spans and
//! the reader's limit in each language with `cue_grid`'s day forms.

use super::cue_grid::{grouped, read, EN_DAYS, FI_DAYS, SV_DAYS};
use super::period_grid::{EN_SPANS, FI_SPANS, SV_SPANS};
use super::*;

const WANT: &str = "deadline 2024-03-15";

/// Periods the reader may act in, told as a clause before a span.
const EN_PERIODS: [&str; 4] = [
    "The draft plan is out for consultation",
    "The proposal is available for comment",
    "The gift collection runs",
    "The survey is open",
];
const FI_PERIODS: [&str; 4] = [
    "Kaavaehdotus on lausunnoilla",
    "Kysely on avoinna",
    "Lahjakeräys järjestetään",
    "Suunnitelmaluonnos on kommentoitavana",
];
const SV_PERIODS: [&str; 4] = [
    "Planförslaget är på granskning",
    "Förslaget är ute på remiss",
    "Insamlingen pågår",
    "Enkäten är öppen",
];
/// The reader's limit on the period's close, before a day.
const EN_LIMITS: [&str; 3] = [
    "Comments must be received by",
    "Please send your feedback no later than",
    "The last day to give your views is",
];
const FI_LIMITS: [&str; 3] = [
    "Mielipiteet on toimitettava viimeistään",
    "Anna palautetta viimeistään",
    "Viimeinen vastauspäivä on",
];
const SV_LIMITS: [&str; 3] = [
    "Synpunkter ska lämnas senast",
    "Tyck till senast",
    "Sista dag att lämna synpunkter är",
];

#[test]
fn a_period_and_its_limit_give_one_deadline() {
    let mut wrong = Vec::new();
    let mut total = 0;
    for (periods, spans, limits, days, lang) in [
        (
            &EN_PERIODS[..],
            &EN_SPANS[..],
            &EN_LIMITS[..],
            &EN_DAYS[..],
            Lang::En,
        ),
        (
            &FI_PERIODS[..],
            &FI_SPANS[..],
            &FI_LIMITS[..],
            &FI_DAYS[..],
            Lang::Fi,
        ),
        (
            &SV_PERIODS[..],
            &SV_SPANS[..],
            &SV_LIMITS[..],
            &SV_DAYS[..],
            Lang::Sv,
        ),
    ] {
        for p in periods {
            for s in spans {
                for l in limits {
                    for d in days {
                        let text = format!("{p} {s}. {l} {d}.");
                        total += 1;
                        let got = read(&text, lang);
                        if got != [WANT] {
                            wrong.push((format!("{p} … {l}"), format!("{text} -> {got:?}")));
                        }
                    }
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {total} misread:\n{}",
        wrong.len(),
        grouped(wrong, 3)
    );
}

#[test]
fn a_consultation_and_its_comment_day() {
    let t = "Planförslaget, som var ute på samråd, är på granskning under tiden 23 november \
             till 14 december 2018. Om du har synpunkter på förslaget ska de vara skriftliga \
             och inkomna senast den 14 december 2018.";
    assert_eq!(
        written(t, Lang::Sv, day("2018-11-23")),
        ["deadline 2018-12-14"]
    );
    let t = "The draft plan is out for consultation from 14 November to 11 December 2024. \
             Comments must be received by 11 December 2024.";
    assert_eq!(
        written(t, Lang::En, day("2024-11-14")),
        ["deadline 2024-12-11"]
    );
    let t = "Kaavaluonnos on lausunnoilla 16.5.–14.6.2024. Kirjalliset mielipiteet tulee \
             toimittaa viimeistään 14.6.2024.";
    assert_eq!(
        written(t, Lang::Fi, day("2024-05-16")),
        ["deadline 2024-06-14"]
    );
}

#[test]
fn a_thing_held_keeps_its_days() {
    // a trip over two days, its own end misread as a limit: the trip stays
    let t = "Syysretki Keski-Suomen soille 17.-18.8.2025. Retki alkaa ma 17.8. klo 10 ja \
             päättyy Jyväskylään ti 18.8. klo 16 mennessä.";
    let got = written(t, Lang::Fi, day("2025-05-15"));
    assert!(
        got.contains(&"event 2025-08-17 2025-08-18".to_string()),
        "{got:?}"
    );
    let t = "The conference is held 8–12 June 2025. Registration closes on 12 June 2025.";
    let got = written(t, Lang::En, day("2025-05-15"));
    assert!(
        got.contains(&"event 2025-06-08 2025-06-12".to_string()),
        "{got:?}"
    );
    let t = "Mässan hålls 8–12 juni 2025 i Göteborg. Anmälan senast 12 juni 2025.";
    let got = written(t, Lang::Sv, day("2025-05-15"));
    assert!(
        got.contains(&"event 2025-06-08 2025-06-12".to_string()),
        "{got:?}"
    );
}

#[test]
fn an_elections_polling_stays_an_event() {
    let t = "Nuorisovaalien äänestysaika on 29.3.-9.4.2025. Oppilaitoksen oma vaalitulos pitää \
             ilmoittaa viimeistään 9.4. klo 23.59 mennessä.";
    let got = written(t, Lang::Fi, day("2025-03-01"));
    assert!(
        got.contains(&"event 2025-03-29 2025-04-09".to_string()),
        "{got:?}"
    );
    assert!(got.contains(&"deadline 2025-04-09".to_string()), "{got:?}");
}

#[test]
fn a_period_that_invites_is_a_deadline_on_its_close() {
    let t = "Have your say on the draft plan from 1 to 15 March 2024.";
    assert_eq!(written(t, Lang::En, day(TODAY_48)), [WANT]);
    let t = "Anna palautetta suunnitelmasta 1.3.–15.3.2024.";
    assert_eq!(written(t, Lang::Fi, day(TODAY_48)), [WANT]);
    let t = "Tyck till om förslaget 1–15 mars 2024.";
    assert_eq!(written(t, Lang::Sv, day(TODAY_48)), [WANT]);
    // a closed call is a break, no invitation
    let t = "Ansökan till kulturskolan är stängd 1 januari till 31 mars 2024.";
    assert!(!written(t, Lang::Sv, day(TODAY_48)).contains(&"deadline 2024-03-31".to_string()));
}

const TODAY_48: &str = "2024-01-10";
