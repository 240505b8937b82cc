//! Issue 14 round 41 (dated lists): a run of bare days under a paragraph
//! that points to it ("Our meeting dates are listed below.", "seuraavina
//! päivinä:", "följande datum:"), or under a heading and a year line, is
//! the dates of what the paragraph names (`list_intros.rs`).

use super::*;

/// A council's meeting days, bulleted under a paragraph pointing down.
#[test]
fn a_paragraph_pointing_down_names_the_days() {
    let texts = [
        "The council meets twice a month. Our regular meeting dates are listed below.\n\n • March 10, 2026\n • March 24, 2026\n • April 14, 2026",
        "Valtuusto kokoontuu kahdesti kuukaudessa seuraavina päivinä:\n\n • 10.3.2026\n • 24.3.2026\n • 14.4.2026",
        "Fullmäktige sammanträder två gånger i månaden följande datum:\n\n • 10 mars 2026\n • 24 mars 2026\n • 14 april 2026",
    ];
    check_all(
        &texts,
        "2026-02-01",
        &["event 2026-03-10", "event 2026-03-24", "event 2026-04-14"],
    );
}

/// A heading, then the year alone on its line, then the days: the year
/// tells when and leaves the heading naming the run.
#[test]
fn a_year_line_keeps_the_heading_over_the_days() {
    let texts = [
        "Council meetings\n\n2026\n\n5 March\n2 April\n7 May",
        "Valtuuston kokoukset\n\n2026\n\n5.3.\n2.4.\n7.5.",
        "Fullmäktiges sammanträden\n\n2026\n\n5 mars\n2 april\n7 maj",
    ];
    check_all(
        &texts,
        "2026-02-01",
        &["event 2026-03-05", "event 2026-04-02", "event 2026-05-07"],
    );
}

/// Prose that does not point down leaves a run of bare days under it
/// unnamed, as before: a page's dates stand alone.
#[test]
fn prose_that_does_not_point_down_names_nothing() {
    let texts = [
        "The council met in the spring and decided on new fees.\n\n • March 10, 2026\n • March 24, 2026\n • April 14, 2026",
        "Valtuusto kokoontui keväällä ja päätti uusista maksuista.\n\n • 10.3.2026\n • 24.3.2026\n • 14.4.2026",
        "Fullmäktige sammanträdde i våras och beslöt om nya avgifter.\n\n • 10 mars 2026\n • 24 mars 2026\n • 14 april 2026",
    ];
    check_all(&texts, "2026-02-01", &[]);
}
