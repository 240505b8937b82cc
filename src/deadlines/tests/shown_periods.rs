//! Issue 14, round 47 (what gives nothing by the settled conventions): a
//! plan, record or list on display, for inspection or "granskning", with
//! no invitation to comment, asks nothing of the reader; its period gives
//! nothing (the real101–real128 settlings), neither a deadline on its last
//! day nor an event range. The same display in a text that invites
//! comments stays a deadline on the closing day (rule 2).
//!
//! The grid crosses the display's vocabulary in the three languages with
//! the range and span forms of `period_grid` and, for "until" frames, the
//! day forms of `cue_grid`, reused from there.

use super::cue_grid::{grouped, read, EN_DAYS, FI_DAYS, SV_DAYS};
use super::period_grid::{EN_RANGES, EN_SPANS, FI_RANGES, FI_SPANS, SV_RANGES, SV_SPANS};
use super::*;

/// Displays told as a clause, before a range or span ("… from 1 to 15 March").
const EN_SHOWN: [&str; 6] = [
    "The draft plan will be on public display",
    "The draft development plan is on display",
    "Copies of the scheme are available for public inspection",
    "The register is open for inspection",
    "The notice is on public display at the council offices",
    "The documents will be on deposit at the library",
];
const FI_SHOWN: [&str; 6] = [
    "Kaavaluonnos on nähtävillä",
    "Kaavan asiakirjat ovat nähtävillä",
    "Kaavaehdotus pidetään julkisesti nähtävänä",
    "Osallistumis- ja arviointisuunnitelma on nähtävillä kunnantalolla",
    "Kuulutus on nähtävillä Traficomin verkkosivuilla",
    "Päätös asetetaan nähtäville",
];
const SV_SHOWN: [&str; 6] = [
    "Planförslaget är utställt för granskning",
    "Förslaget ställs ut för granskning",
    "Detaljplanen finns utställd i stadshuset",
    "Granskningsperioden pågår",
    "Översiktsplanen finns tillgänglig för granskning",
    "Handlingarna är utställda på biblioteket",
];
/// Displays named as a label before a range: "Kuulutusaika: R".
const LABELS: [(&str, Lang); 5] = [
    ("Kuulutusaika", Lang::Fi),
    ("Nähtävilläoloaika", Lang::Fi),
    ("Granskning", Lang::Sv),
    ("Granskningstid", Lang::Sv),
    ("Public display period", Lang::En),
];
/// Displays with an "until" of their own, before a single day.
const UNTILS: [(&str, &str, Lang); 6] = [
    ("The draft plan is on public display until", "", Lang::En),
    (
        "The documents are available for inspection until",
        "",
        Lang::En,
    ),
    ("Kaavaluonnos on nähtävillä", " asti", Lang::Fi),
    ("Asiakirjat ovat nähtävillä", " saakka", Lang::Fi),
    (
        "Planförslaget är utställt för granskning till och med",
        "",
        Lang::Sv,
    ),
    ("Planerna finns utställda fram till", "", Lang::Sv),
];

fn shown_texts() -> Vec<(String, Lang)> {
    let mut texts = Vec::new();
    for (frames, ranges, spans, lang) in [
        (&EN_SHOWN[..], &EN_RANGES[..], &EN_SPANS[..], Lang::En),
        (&FI_SHOWN[..], &FI_RANGES[..], &FI_SPANS[..], Lang::Fi),
        (&SV_SHOWN[..], &SV_RANGES[..], &SV_SPANS[..], Lang::Sv),
    ] {
        for f in frames {
            texts.extend(spans.iter().map(|s| (format!("{f} {s}."), lang)));
            texts.extend(ranges.iter().map(|r| (format!("{f} {r}."), lang)));
        }
    }
    for (label, lang) in LABELS {
        let ranges = match lang {
            Lang::Fi => &FI_RANGES[..],
            Lang::Sv => &SV_RANGES[..],
            _ => &EN_RANGES[..],
        };
        texts.extend(ranges.iter().map(|r| (format!("{label}: {r}"), lang)));
    }
    for (before, after, lang) in UNTILS {
        let days = match lang {
            Lang::Fi => &FI_DAYS[..],
            Lang::Sv => &SV_DAYS[..],
            _ => &EN_DAYS[..],
        };
        texts.extend(days.iter().map(|d| (format!("{before} {d}{after}."), lang)));
    }
    texts
}

/// Every display with no invitation, in every date form: nothing.
#[test]
fn every_display_nobody_is_invited_to_act_on_gives_nothing() {
    let texts = shown_texts();
    assert!(texts.len() > 400);
    let wrong: Vec<(String, String)> = texts
        .iter()
        .filter_map(|(t, lang)| {
            let got = read(t, *lang);
            let frame: String = t.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
            (!got.is_empty()).then(|| (frame, format!("{t:?} -> {got:?}")))
        })
        .collect();
    let n = wrong.len();
    assert!(
        wrong.is_empty(),
        "{n} of {} misread:\n{}",
        texts.len(),
        grouped(wrong, 4)
    );
}

/// A display in a text that invites comments: the last day to comment.
#[test]
fn a_display_open_to_comment_stays_a_deadline() {
    check_all(
        &[
            "The draft plan is on public display from 1 March to 15 March 2024. Submissions may be made during the display period.",
            "Kaavaluonnos on nähtävillä 1.3.–15.3.2024. Mielipiteet voi jättää nähtävilläoloaikana.",
            "Planförslaget är utställt för granskning 1–15 mars 2024. Lämna dina synpunkter under granskningstiden.",
        ],
        "2024-01-10",
        &["deadline 2024-03-15"],
    );
}

/// A display that is part of a consultation, or sent out to be answered:
/// the consultation's closing day.
#[test]
fn a_consultation_or_a_plan_sent_out_stays_a_deadline() {
    check_all(
        &[
            "Ett planförslag är utställt för samråd under perioden 2024-03-01 - 2024-03-15.",
            "Mellan 1 mars och 15 mars skickas planen ut för granskning.",
            "Detaljplanen är ute på granskning under perioden 1 mars till 15 mars 2024.",
            "The draft plan is out for consultation from 1 March to 15 March 2024.",
        ],
        "2024-01-10",
        &["deadline 2024-03-15"],
    );
}

/// A reader's own limit beside a display is read by its own words.
#[test]
fn a_limit_beside_a_display_stays_a_deadline() {
    check_all(
        &[
            "The plan is on display and comments must be received no later than 15 March 2024.",
            "Kaava on nähtävillä, ja muistutukset on jätettävä viimeistään 15.3.2024.",
            "Planen är utställd och synpunkter ska lämnas senast den 15 mars 2024.",
        ],
        "2024-01-10",
        &["deadline 2024-03-15"],
    );
}

/// The staffed days of a display are events of their own; the display's
/// run beside them gives nothing.
#[test]
fn a_display_s_run_gives_nothing_beside_its_own_days() {
    check_all(
        &[
            "Kaavaluonnos on nähtävillä 1.3.–15.3.2024. Kaavasta järjestetään yleisötilaisuus koululla 6.3.2024 klo 18.",
            "The draft plan is on public display from 1 March to 15 March 2024. A drop-in information session will be held on 6 March 2024.",
            "Planförslaget är utställt för granskning 1–15 mars 2024. Ett informationsmöte hålls den 6 mars 2024 i stadshuset.",
        ],
        "2024-01-10",
        &["event 2024-03-06"],
    );
}
