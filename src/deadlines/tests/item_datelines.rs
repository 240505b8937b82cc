//! Issue 14 round 43 (who acts and when): the item's own date after the
//! word naming it is its dateline, not an event
//! (`classify/item_datelines.rs`): "Koronarokotustiedote 24.1.2022"
//! (real99:53), "Pressmeddelanden • Nov 13, 2018" (real85:10), "Kuulutus
//! 10.2.2023 – 10.3.2023" (real109:51), "Posting Date: November 20, 2020"
//! (real111:40).

use super::*;

/// A bulletin's, press release's or notice's own date gives nothing; the
/// event it tells stays.
#[test]
fn a_bulletin_date_gives_nothing() {
    check_all(
        &[
            "Press release • Jan 24, 2022\nVaccinations continue at the health centre on Saturday 12 February 2022.",
            "Koronarokotustiedote 24.1.2022\nLauantaina 12.2.2022 järjestämme pop-up rokotustapahtuman terveysasemalla.",
            "Pressmeddelanden • Jan 24, 2022 09:00 CET\nLördagen den 12 februari 2022 ordnar vi en vaccinationsdag på hälsocentralen.",
        ],
        "2022-01-24",
        &["event 2022-02-12"],
    );
}

/// A notice posted for a period, or a posting date over a comment period,
/// gives nothing for the notice.
#[test]
fn a_notice_up_for_a_period_gives_nothing() {
    check_all(
        &[
            "Posting Date: November 20, 2020\nThe ministry is seeking input on a proposal on licence display.",
            "Kuulutus 10.2.2023 – 10.3.2023\n\nValtioneuvoston kanslia asetti keväällä 2022 työryhmän.",
            "Kungörelse 10.2.2023 – 10.3.2023\n\nStatsrådets kansli tillsatte en arbetsgrupp våren 2022.",
        ],
        "2020-11-20",
        &[],
    );
}

/// A label over a paragraph on the next line is no dateline: the event the
/// paragraph tells stays (the shape of real111:18).
#[test]
fn a_label_over_its_own_paragraph_keeps_the_event() {
    check_all(
        &[
            "Published:\n\nThe region will hold its annual conference on regional development on 25 October.",
            "Julkaistu:\n\nMaakunta järjestää vuosittaisen aluekehityskonferenssin 25.10.",
            "Publicerad:\n\nDen årliga konferensen om regional utveckling hålls den 25 oktober.",
        ],
        "2019-10-01",
        &["event 2019-10-25"],
    );
}

/// A page's label alone over a paragraph ("Publicerad", "Tiedote",
/// "News") names the item; the meeting its sentence tells is still an
/// event (real203:32, real203:10).
#[test]
fn a_label_over_a_paragraph_leaves_its_occasion() {
    check_all(
        &[
            "Publicerad\n\nDen 21 juni deltar EU-ministern i Allmänna rådets möte i Luxemburg.",
            "Tiedote\n\nMinisterit tapaavat tiistaina 21. kesäkuuta Luxemburgissa.",
            "News\n\nThe ministers meet in Luxembourg on Tuesday 21 June to prepare the summit.",
        ],
        "2022-06-20",
        &["event 2022-06-21"],
    );
}

/// "Julkaisuajankohta", "Publiceringsdatum" and "Posted:" with the
/// weekday are the item's own time of publishing (real203:10, real207:1).
#[test]
fn a_publishing_time_is_no_occasion() {
    check_all(
        &[
            "Julkaisuajankohta 30.1.2025 18.16",
            "Publiceringsdatum 30.1.2025 18.16",
            "Posted: Thursday, 30 January 2025",
        ],
        "2025-01-30",
        &[],
    );
}

/// A news agency's dateline, the place in capitals and the date set off
/// by a bracket or a comma before a dash (real505:7, real511:11,
/// real509:5), is the release's own date; a programme's day in capitals
/// before its place ("SATURDAY 11 MARCH – SILVERWATER PARK", real414:5)
/// is no dateline.
#[test]
fn an_agency_dateline_is_the_releases_own_date() {
    check_rules(
        "ORANGE COUNTY, NC (November 14, 2031)— The Board of Commissioners will hold a public hearing on December 2, 2031.",
        "2031-11-14",
        &["event 2031-12-02"],
    );
    check_rules(
        "KILLEEN, Texas (Oct. 4, 2031) – The Fire Department invites the community to an Open House on October 22.",
        "2031-10-04",
        &["event 2031-10-22"],
    );
    check_rules(
        "CANADA, March 7 - A general election has been called in Prince Edward Island for April 3, 2031.",
        "2031-03-07",
        &["event 2031-04-03"],
    );
    check_rules(
        "OUTDOOR CINEMA SERIES LISTING\n\nSATURDAY 8 MARCH – SILVERWATER PARK\n\n5pm-10pm\n\nFRIDAY 14 MARCH – BELMORE PARK\n\n5pm-10pm",
        "2031-03-01",
        &["event 2031-03-08", "event 2031-03-14"],
    );
}
