//! Issue 14 (real13/real14): calendars and lists laid out by lines — a
//! heading naming the days of an event over the days alone, a year over
//! them, hours and closures of a service, weeks named by their first day.

use super::*;

/// A heading naming the days of an event ("Meeting dates", "Kokouspäivät",
/// "Sammanträdesdagar") makes each day listed alone under it one event.
#[test]
fn days_listed_under_a_heading_naming_their_event() {
    check_all(
        &[
            "The board meets in the town hall.\n\nMeeting dates\n\n • 13 December\n • 21 February",
            "Hallitus kokoontuu kaupungintalolla.\n\nKokouspäivät\n\n • 13.12.\n • 21.2.",
            "Styrelsen sammanträder i stadshuset.\n\nSammanträdesdagar\n\n • 13 december\n • 21 februari",
        ],
        "2022-11-09",
        &["event 2022-12-13", "event 2023-02-21"],
    );
    // a title with no word for days over a date alone is not such a heading
    check_all(
        &[
            "Board meeting\n\n13 December 2022",
            "Hallituksen kokous\n\n13.12.2022",
            "Styrelsens sammanträde\n\n13 december 2022",
        ],
        "2022-11-09",
        &[],
    );
}

/// A year heading a list is the year of its days also when it is the
/// current year: its days before today are past, not next year's.
#[test]
fn a_year_over_a_list_keeps_its_past_days_past() {
    check_all(
        &[
            "Meeting dates 2022\n\n • 15 February\n • 13 December\n\nMeeting dates 2023\n\n • 28 February",
            "Kokouspäivät 2022\n\n • 15.2.\n • 13.12.\n\nKokouspäivät 2023\n\n • 28.2.",
            "Sammanträdesdagar 2022\n\n • 15 februari\n • 13 december\n\nSammanträdesdagar 2023\n\n • 28 februari",
        ],
        "2022-11-09",
        &["event 2022-12-13", "event 2023-02-28"],
    );
}

/// A heading of opening hours reaches the days listed under the headings
/// after it, until prose: a day with its hours is a service day, a day
/// closed is a closure (an event).
#[test]
fn a_heading_of_opening_hours_reaches_the_lists_after_it() {
    check_all(
        &[
            "City library\n\nOpening hours\n\nMonday - Thursday 10-19.\n\nFriday 10-18.\n\nChanges 2022:\n\nThursday 14 April, Maundy Thursday, 10-16.\n\nSunday 1 May: the library is closed.",
            "Kaupunginkirjasto\n\nAukioloajat\n\nMaanantai - torstai klo 10-19.\n\nPerjantai klo 10-18.\n\nPoikkeukset 2022:\n\nTorstai 14.4., kiirastorstai, klo 10-16.\n\nSunnuntai 1.5. suljettu.",
            "Stadsbiblioteket\n\nÖppettider\n\nMåndag - torsdag kl. 10-19.\n\nFredag kl. 10-18.\n\nAvvikelser 2022:\n\nTorsdag 14 april, Skärtorsdag kl. 10-16.\n\nSöndag 1 maj stängt.",
        ],
        "2022-04-01",
        &["event 2022-05-01"],
    );
}

/// A day told open with its hours is no event even when the heading over
/// it names events too; a day with an event of its own stays one.
#[test]
fn hours_under_a_heading_of_hours_and_events() {
    check_all(
        &[
            "Swimming hall: changed opening hours and events:\n\nMon 15.12.2025 candlelight swim 14.00-21.00.\n\nTue 23.12.2025 open 12.00-17.00\nWed 24.12.2025: the hall is closed",
            "Uimahallin poikkeusaukioloajat ja tapahtumat:\n\nMA 15.12.2025 kynttiläuinti klo 14.00-21.00.\n\nTI 23.12.2025 avoinna klo 12.00-17.00\nKE 24.12.2025 SULJETTU",
            "Simhallens avvikande öppettider och evenemang:\n\nMån 15.12.2025 levande ljus-simning kl. 14.00-21.00.\n\nTis 23.12.2025 öppet kl. 12.00-17.00\nOns 24.12.2025 STÄNGT",
        ],
        "2025-12-01",
        &["event 2025-12-15", "event 2025-12-24"],
    );
}

/// Under a heading of a schedule, a day alone on its line labels the line
/// under it (also after one blank line), through the prose of the steps.
#[test]
fn a_day_alone_under_a_schedule_labels_the_line_under_it() {
    check_all(
        &[
            "Upper secondary school\n\nAdmissions timeline\n\n17 January\n\nThe website opens for choices.\n\n11 February\nLast day to apply, the website closes at 16.00.\n\n11 May\n\nLast day to apply for changes.",
            "Lukio\n\nHakuaikataulu\n\n17. tammikuuta\n\nHaku avautuu verkkopalvelussa.\n\n11. helmikuuta\nViimeinen hakupäivä, palvelu sulkeutuu klo 16.00.\n\n11. toukokuuta\n\nViimeinen hakupäivä muutoksille.",
            "Gymnasiet\n\nTidplan för antagningen\n\n17 januari\n\nWebben öppnar för val.\n\n11 februari\nSista ansökningsdag, webben stänger kl. 16.00.\n\n11 maj\n\nSista ansökningsdag för ändringar.",
        ],
        "2022-01-10",
        &["deadline 2022-02-11", "deadline 2022-05-11"],
    );
    // a day alone over a news item's title is its date, not a step
    check_all(
        &[
            "News\n\n11 February\nThe board met the students.",
            "Uutiset\n\n11. helmikuuta\nHallitus tapasi opiskelijat.",
            "Nyheter\n\n11 februari\nStyrelsen träffade eleverna.",
        ],
        "2022-01-10",
        &[],
    );
}

/// A period for answering or applying, in any of its Swedish forms
/// ("svarsperiod", "ansökningsperioden"), ends in its deadline.
#[test]
fn a_period_to_answer_closes_on_its_last_day() {
    check_all(
        &[
            "Application period 1-29 July on the website.",
            "Hakuaika 1.-29.7. verkkopalvelussa.",
            "Svarsperiod 1-29 juli på webben.",
            "Ansökningsperioden 1-29 juli på webben.",
        ],
        "2022-06-10",
        &["deadline 2022-07-29"],
    );
}

/// A week named by its first day is a week, not a day (rule 10).
#[test]
fn a_week_named_by_its_first_day_is_no_day() {
    check_all(
        &[
            "Flu vaccinations start in the week beginning 28 October 2024.",
            "Influenssarokotukset alkavat 28.10.2024 alkavalla viikolla.",
            "Influensavaccinationerna börjar veckan som börjar 28 oktober 2024.",
        ],
        "2024-10-01",
        &[],
    );
    // the day itself still counts
    check_all(
        &[
            "Flu vaccinations are given on 28 October 2024 at the health centre.",
            "Influenssarokotuksia annetaan terveysasemalla 28.10.2024.",
            "Vaccinationsdagen hålls på vårdcentralen den 28 oktober 2024.",
        ],
        "2024-10-01",
        &["event 2024-10-28"],
    );
}

/// The school's admission on a day is its own decision, not the reader's
/// deadline; the reader's answer by a day is.
#[test]
fn an_admission_by_a_day_is_the_schools_decision() {
    check_all(
        &[
            "The final admission decisions are made by 1 July. You have until 30 July to answer.",
            "Lopulliset valintapäätökset tehdään 1.7. mennessä. Sinulla on 30.7. asti aikaa vastata.",
            "Den slutliga antagningen görs senast den 1 juli. Du har fram till den 30 juli på dig att svara.",
        ],
        "2021-03-01",
        &["deadline 2021-07-30"],
    );
}

/// A table written with "|" whose header row names deadlines gives the day
/// of each row as a deadline; a listing of dated news items gives nothing.
#[test]
fn rows_of_a_pipe_table_under_a_header_of_deadlines() {
    check_all(
        &[
            "Round | Application deadline |\n---|---|\nSpring round | March 17, 2025 |\nAutumn round | September 15, 2025 |",
            "Haku | Hakuaika päättyy |\n---|---|\nKevään haku | 17.3.2025 |\nSyksyn haku | 15.9.2025 |",
            "Omgång | Sista ansökningsdag |\n---|---|\nVårens omgång | 17 mars 2025 |\nHöstens omgång | 15 september 2025 |",
        ],
        "2025-01-10",
        &["deadline 2025-03-17", "deadline 2025-09-15"],
    );
    check_all(
        &[
            "Date | News |\n---|---|\n14.2.2025 | The council met the pupils |",
            "Päivä | Uutinen |\n---|---|\n14.2.2025 | Valtuusto tapasi oppilaat |",
            "Datum | Nyhet |\n---|---|\n14.2.2025 | Fullmäktige träffade eleverna |",
        ],
        "2025-01-10",
        &[],
    );
}

/// Issue 14 round 37: a heading naming whose days it lists before its year
/// ("Pension payment dates 2022", "Elos betalningsdagar för pensioner
/// 2022", "Eläkkeiden maksupäivät vuonna 2022:") is a year heading too: the
/// days of that year before today are past, not next year's.
#[test]
fn a_heading_naming_its_days_and_year_keeps_their_past_days_past() {
    check_all(
        &[
            "Pension payment dates 2022\n3 January\n2 May\n1 September\n3 October",
            "Eläkkeiden maksupäivät vuonna 2022:\n3.1.\n2.5.\n1.9.\n3.10.",
            "Elos betalningsdagar för pensioner 2022\n3 januari\n2 maj\n1 september\n3 oktober",
        ],
        "2022-08-15",
        &["event 2022-09-01", "event 2022-10-03"],
    );
}

/// A news listing's dateline before a "|" is no day of the item, but the
/// item's own sentence after it is read (real462:14).
#[test]
fn a_dateline_row_reads_the_sentence_after_it() {
    check_all(
        &[
            "23.9.2024 | The Police Museum will arrange a free guided tour for the public on \
             Tuesday, 29 October at 5:30 p.m.",
            "23.9.2024 | Poliisimuseo järjestää yleisölle maksuttoman opastetun kierroksen \
             tiistaina 29.10.2024 klo 17.30.",
            "23.9.2024 | Polismuseet ordnar en gratis guidad visning för allmänheten tisdagen \
             den 29 oktober klockan 17.30.",
        ],
        "2024-09-23",
        &["event 2024-10-29"],
    );
    check("20.9.2024 | News item", "2024-09-23", &[]);
}

/// A line listing only days, under a heading that names a body or its
/// meetings, gives the body's sessions, each an event (real562:30–32,
/// real474).
#[test]
fn days_listed_under_a_body_are_its_sessions() {
    check_rules(
        "Kokoukset\n- Kaupunkirakennelautakunta\n13.1.2026, 20.1.2026, 10.3.2026, 21.4.2026\n- Tarkastuslautakunta\n18.2.2026, 18.3.2026",
        "2026-02-19",
        &["event 2026-03-10", "event 2026-03-18", "event 2026-04-21"],
    );
    check_rules(
        "Planning Committee\n10 March 2026, 21 April 2026, 19 May 2026",
        "2026-02-19",
        &["event 2026-03-10", "event 2026-04-21", "event 2026-05-19"],
    );
}

/// Issue 14 (real537): a year written once before the days it dates, in the
/// sentence that lists them ("in 2021", "år 2021", "vuonna 2021", "2021:"),
/// is their year: those before today are past, not next year's. A year in a
/// clause of its own ("opened in 2019, and …"), or naming what the clause
/// tells of ("elected in 2019"), dates only that.
#[test]
fn a_year_written_before_a_list_of_days_is_their_year() {
    check_rules_all(
        &[
            "In 2021 the council meets on 24 February, 28 April, 9 June and 8 December.",
            "Valtuusto kokoontuu vuonna 2021 24.2., 28.4., 9.6. ja 8.12.",
            "Kommunfullmäktige har under år 2021 sammanträden den 24 februari, 28 april, 9 juni och 8 december.",
            "Council meeting dates 2021: 24 February, 28 April, 9 June and 8 December.",
        ],
        "2021-04-29",
        &["event 2021-06-09", "event 2021-12-08"],
    );
    for text in [
        "The hall opened in 2019, and the council meets there on 24 February.",
        "The council elected in 2019 meets on 24 February.",
    ] {
        check_rules(text, "2021-04-29", &["event 2022-02-24"]);
    }
}

/// Issue 14 (real537): a sentence wrapped over two lines at a comma reads
/// on under the break; rows of a list, each ending with a comma, stay rows.
#[test]
fn a_list_wrapped_after_a_comma_goes_on_under_it() {
    check_rules_all(
        &[
            "Sammanträdestider: 10 februari, 14 april, 26 maj, \n8 september, 13 oktober och 24 november.",
            "Kokoukset: 10.2., 14.4., 26.5.,\n8.9., 13.10. ja 24.11.",
            "Meeting dates: 10 February, 14 April, 26 May,\n8 September, 13 October and 24 November.",
        ],
        "2021-06-18",
        &[
            "event 2021-09-08",
            "event 2021-10-13",
            "event 2021-11-24",
            "event 2022-02-10",
            "event 2022-04-14",
            "event 2022-05-26",
        ],
    );
}

/// Issue 14 (real574): a table of exceptional hours copied one cell a line,
/// each day's line over its value, reads as its rows: a day closed is a
/// closure, a day with its hours a service day.
#[test]
fn a_days_hours_or_closing_under_its_line_is_its_row() {
    check_rules_all(
        &[
            "Poikkeavat palveluajat\n\n30.4.2024 vappuaatto\n10.00–15.00\n1.5.2024 vappu\nSuljettu\n8.5.2024 helatorstain aatto\n10.00–15.00\n9.5.2024 helatorstai\nSuljettu",
            "Avvikande öppettider\n\n30.4.2024 valborgsmässoafton\n10.00–15.00\n1.5.2024 första maj\nStängt\n8.5.2024 dag före Kristi himmelsfärd\n10.00–15.00\n9.5.2024 Kristi himmelsfärdsdag\nStängt",
            "Exceptional opening hours\n\n1 May 2024\nClosed\n9 May 2024\nClosed",
        ],
        "2024-04-29",
        &["event 2024-05-01", "event 2024-05-09"],
    );
}

/// Issue 14 (real569): a line telling when a body meets, over a run of
/// days alone, names them: each day is a session.
#[test]
fn days_alone_under_a_line_telling_a_body_meets_are_its_sessions() {
    check_rules_all(
        &[
            "The council meets on Mondays at 13:15.\n\n30 January 2023\n27 February 2023\n27 March 2023",
            "Valtuusto kokoontuu maanantaisin klo 13.15.\n\n30.1.2023\n27.2.2023\n27.3.2023",
            "Kommunfullmäktige sammanträder\nmåndagar kl. 13:15.\n\n30 januari 2023\n27 februari 2023\n27 mars 2023",
        ],
        "2023-02-24",
        &["event 2023-02-27", "event 2023-03-27"],
    );
}
