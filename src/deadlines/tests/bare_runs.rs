//! Issue 14 round 33 (lines): three or more bare days in a row under a
//! heading naming what they are ("Inset Days", "yleiset tentit",
//! "KALENDER") are each an occasion (`bare_runs.rs`).

use super::*;

/// A school's closing days, one a line under their name.
#[test]
fn bare_days_under_a_naming_heading_are_events() {
    check_all(
        &[
            "Inset Days 2026/2027\n2nd September 2026\n4th November 2026\n6th January 2027\n",
            "Koulutuspäivät 2026/2027\n\n • 2.9.2026\n • 4.11.2026\n • 6.1.2027\n",
            "Studiedagar 2026/2027\n2 september 2026\n4 november 2026\n6 januari 2027\n",
        ],
        "2026-07-15",
        &["event 2026-09-02", "event 2026-11-04", "event 2027-01-06"],
    );
}

/// A term's name over the days tells only when they fall: what they are
/// stands above it, here a closing time, no occasion.
#[test]
fn bare_days_under_a_term_name_are_nothing() {
    check_all(
        &[
            "Days the after-school club closes at 15.45\nSpring term 2026\n- 14 January\n- 11 February\n- 18 March\n",
            "Iltapäiväkerho sulkeutuu aikaisemmin\nKevätlukukausi 2026\n- 14.1.\n- 11.2.\n- 18.3.\n",
            "Dagar då fritids stänger kl. 15.45\nVårterminen 2026\n- 14 januari\n- 11 februari\n- 18 mars\n",
        ],
        "2026-01-08",
        &[],
    );
}

/// Two bare days are a dateline and its update, not a run.
#[test]
fn two_bare_days_are_nothing() {
    check_all(
        &[
            "Council news\n12 March 2026\n14 March 2026\nThe council approved the budget.",
            "Kunnan uutiset\n12.3.2026\n14.3.2026\nValtuusto hyväksyi talousarvion.",
            "Kommunens nyheter\n12 mars 2026\n14 mars 2026\nFullmäktige godkände budgeten.",
        ],
        "2026-03-01",
        &[],
    );
}

/// Issue 14, after real160's first run: a list of sessions gives each day
/// with its hour on its line ("13 februari 19:00"); the hour is the day's,
/// and every line of the run is read, not only the first.
#[test]
fn bare_days_with_their_hours_under_a_naming_heading_are_events() {
    check_all(
        &[
            "Council meetings 2027\n\n3 February 19:00\n17 March 19:00\n5 May at 7\n",
            "Valtuuston kokoukset 2027\n\n3.2. klo 18\n17.3. klo 18\n5.5. kl. 18.00\n",
            "Sammanträden för kommunfullmäktige 2027\n\nDag Tid Notering\n3 februari 19:00\n17 mars 19:00\n5 maj kl. 19\n",
        ],
        "2027-01-20",
        &["event 2027-02-03", "event 2027-03-17", "event 2027-05-05"],
    );
}

/// A news listing's stamps, a day and its hour above each item's title,
/// stand one at a time: they are no run of sessions, and the later ones
/// give nothing. (The first stamp of a page is read by other rules.)
#[test]
fn stamps_with_their_hours_over_items_are_no_run() {
    for input in [
        "News\n\n3 February 2027 14:35\nCouncil approves budget\n\n17 March 2027 09:10\nLibrary renovation ends\n\n5 May 2027 08:00\nRoad works begin\n",
        "Uutiset\n\n3.2.2027 klo 14.35\nValtuusto hyväksyi talousarvion\n\n17.3.2027 klo 9.10\nKirjaston remontti päättyi\n\n5.5.2027 klo 8.00\nTietyöt alkavat\n",
        "Nyheter\n\n3 februari 2027 14:35\nFullmäktige godkände budgeten\n\n17 mars 2027 09:10\nBiblioteket har öppnat igen\n\n5 maj 2027 08:00\nVägarbetet börjar\n",
    ] {
        let got = written(input, Lang::Auto, day("2027-01-20"));
        assert!(
            !got.iter().any(|m| m.contains("2027-03-17") || m.contains("2027-05-05")),
            "input: {input}: {got:?}"
        );
    }
}

/// A council's session days written as ISO dates ("2024-05-23"), one a
/// bullet under a paragraph that closes with a colon (real161:10): each is
/// a day of its own, and the colon hands the paragraph's naming over to the
/// list as a heading would.
#[test]
fn iso_days_under_a_paragraph_closed_by_a_colon_are_events() {
    check_all(
        &[
            "The council usually meets on the last Thursday of the month at 9.00 in the Town Hall, unless another venue is given:\n\n • 2027-01-28\n • 2027-02-25\n • 2027-03-24 (Wednesday)\n • 2027-04-29\n",
            "Valtuusto kokoontuu yleensä kuukauden viimeisenä torstaina klo 9.00 kaupungintalolla, ellei toisin ilmoiteta:\n\n • 2027-01-28\n • 2027-02-25\n • 2027-03-24 (keskiviikko)\n • 2027-04-29\n",
            "Kommunfullmäktige sammanträder vanligtvis sista torsdagen varje månad kl. 9.00 i stadshuset, om ingen annan plats anges:\n\n • 2027-01-28\n • 2027-02-25\n • 2027-03-24 (onsdag)\n • 2027-04-29\n",
        ],
        "2027-01-20",
        &[
            "event 2027-01-28",
            "event 2027-02-25",
            "event 2027-03-24",
            "event 2027-04-29",
        ],
    );
}

/// A table's row copied as one line with its hour and a note ("19 juni
/// 15.00 Avvikande tid" under "Dag Tid Notering", real160:14) is a day of
/// the run like the rows around it, and the run goes on past it.
#[test]
fn a_row_with_its_hour_and_a_note_stays_in_the_run() {
    check_all(
        &[
            "Council meetings 2027\n\nDay Time Note\n3 February 19:00\n17 March 19:00\n19 June 15.00 Different time\n18 September 19:00\n6 November 19:00\n",
            "Valtuuston kokoukset 2027\n\nPäivä Aika Huom\n3.2.2027 18.00\n17.3.2027 18.00\n19.6.2027 15.00 Poikkeava aika\n18.9.2027 18.00\n6.11.2027 18.00\n",
            "Sammanträden för kommunfullmäktige 2027\n\nDag Tid Notering\n3 februari 19:00\n17 mars 19:00\n19 juni 15.00 Avvikande tid\n18 september 19:00\n6 november 19:00\n",
        ],
        "2027-01-20",
        &[
            "event 2027-02-03",
            "event 2027-03-17",
            "event 2027-06-19",
            "event 2027-09-18",
            "event 2027-11-06",
        ],
    );
}

/// A news listing with each item's stamp, hour and title on one line is
/// no table of sessions: a title runs longer than a row's note.
#[test]
fn stamps_with_hours_and_titles_on_one_line_are_no_run() {
    for input in [
        "News\n\n3.2.2027 14.30 Council approves next year's budget\n17.3.2027 09.15 City publishes its annual report\n5.5.2027 08.00 City appoints a new head of libraries\n",
        "Uutiset\n\n3.2.2027 14.30 Valtuusto hyväksyi ensi vuoden talousarvion\n17.3.2027 09.15 Kaupunki julkaisi vuosikertomuksensa\n5.5.2027 08.00 Kaupunki nimitti uuden kirjastonjohtajan\n",
        "Nyheter\n\n3.2.2027 14.30 Fullmäktige godkände nästa års budget\n17.3.2027 09.15 Staden publicerade sin årsredovisning\n5.5.2027 08.00 Staden utsåg en ny bibliotekschef\n",
    ] {
        let got = written(input, Lang::Auto, day("2027-01-20"));
        assert!(
            !got.iter().any(|m| m.contains("2027-03-17") || m.contains("2027-05-05")),
            "input: {input}: {got:?}"
        );
    }
}

/// A range or two joined days among the bare days of a run ("24-25 maj",
/// "9 and 30 April", real162:11) keep the run going: the single days after
/// them are the run's too.
#[test]
fn ranges_and_joined_days_keep_a_run_going() {
    check_all(
        &[
            "The support desk is closed on the following days:\n\n24-25 May\n8 June\n18 June\n16-31 July\n",
            "Tuki on suljettuna seuraavina päivinä:\n\n24.-25.5.\n8.6.\n18.6.\n16.-31.7.\n",
            "Följande tider har supporten stängt:\n\n24-25 maj\n8 juni\n18 juni\n16-31 juli\n",
        ],
        "2018-05-21",
        &[
            "event 2018-05-24 2018-05-25",
            "event 2018-06-08",
            "event 2018-06-18",
            "event 2018-07-16 2018-07-31",
        ],
    );
}

/// A title naming the days of a body's meetings reaches the run of bare
/// days under the prose that follows it (stop 33, real182:9).
#[test]
fn a_title_naming_meeting_days_reaches_a_run_under_prose() {
    check_all(
        &[
            "Executive board meeting dates\n\nMondays at 6 pm.\n\nThe board opens its meetings with a short question time for the public.\n\n • 18 January\n • 15 February\n • 15 March",
            "Kunnanhallituksen kokouspäivät\n\nMaanantaisin klo 18.\n\nHallitus aloittaa kokouksensa lyhyellä kyselytunnilla yleisölle.\n\n • 18.1.\n • 15.2.\n • 15.3.",
            "Kommunstyrelsens sammanträdesdagar\n\nMåndagar kl. 18.00.\n\nNämnden inleder sina sammanträden med en kort frågestund för allmänheten.\n\n • 18 januari\n • 15 februari\n • 15 mars",
        ],
        "2027-01-08",
        &["event 2027-01-18", "event 2027-02-15", "event 2027-03-15"],
    );
}

/// A season and its year between a body's name and the run of its days
/// with their hours ("Kommunstyrelsen / Våren 2021 / • 22 februari kl. 15",
/// real481:28) tells only when the days fall: the name over it still heads
/// the run, each day a session.
#[test]
fn a_season_under_a_body_keeps_the_body_heading_its_days() {
    let texts = [
        "Kommunstyrelsen\nVåren 2021\n• 22 februari kl. 15\n• 29 mars kl. 15\n• 10 maj kl. 15",
        "Kunnanhallitus\nKevät 2021\n• 22.2. klo 15\n• 29.3. klo 15\n• 10.5. klo 15",
        "Planning Committee\nSpring 2021\n• 22 February\n• 29 March\n• 10 May",
    ];
    let want = ["event 2021-02-22", "event 2021-03-29", "event 2021-05-10"];
    check_rules_all(&texts, "2021-01-15", &want);
    check_all(&texts, "2021-01-15", &want);
}
