//! Issue 14 round 11 (real19/real20): layouts that keep a heading over
//! the days under it past notes and prose, and headings naming a term.

use super::*;

/// "Council meetings:\n • 4 March\n +\n Papers are published …\n • 1 April":
/// the items of one bulleted list share its heading, also when notes stand
/// between them.
#[test]
fn bulleted_days_with_notes_between_share_their_heading() {
    check_all(
        &[
            "The council meets on the following dates in 2025:\n • 4 March\n\n +\n\n The agenda is published a week before the meeting.\n\n • 1 April\n\n +\n\n • 6 May",
            "Valtuusto kokoontuu vuonna 2025 seuraavina päivinä:\n • 4.3.\n\n +\n\n Esityslista julkaistaan viikkoa ennen kokousta.\n\n • 1.4.\n\n +\n\n • 6.5.",
            "Fullmäktige sammanträder följande datum under 2025:\n • 4 mars\n\n +\n\n Dagordningen publiceras en vecka innan mötet.\n\n • 1 april\n\n +\n\n • 6 maj",
        ],
        "2025-02-01",
        &["event 2025-03-04", "event 2025-04-01", "event 2025-05-06"],
    );
    // an item with words of its own tells its own day
    check(
        "Key dates for the spring intake:\n • 1 March - online application opens\n • May - results\n • 2 June - enrolment of students",
        "2025-02-01",
        &[],
    );
}

/// "Payment days\n\nPensions are paid on the 20th …\n\n18 January 20 May":
/// a grid of days under a text's title naming them is what the title names,
/// across the prose between.
#[test]
fn a_grid_of_days_under_the_title_naming_them() {
    check_all(
        &[
            "Pension payment days\n\nPensions are paid on the 20th of each month, or on the weekday before.\n\n  20 January 20 March  \n  20 February 17 April  ",
            "Eläkkeiden maksupäivät\n\nEläkkeet maksetaan kuun 20. päivänä tai sitä edeltävänä arkipäivänä.\n\n  20. tammikuuta 20. maaliskuuta  \n  20. helmikuuta 17. huhtikuuta  ",
            "Pensionsutbetalningsdagarna\n\nPensionerna betalas ut den 20 i varje månad eller vardagen innan.\n\n  20 januari 20 mars  \n  20 februari 17 april  ",
        ],
        "2025-01-02",
        &[
            "event 2025-01-20",
            "event 2025-02-20",
            "event 2025-03-20",
            "event 2025-04-17",
        ],
    );
}

/// "Vårterminen 2018" over admission days in the autumn before: a year
/// naming a school term is no year of the days under it (rule 7 infers).
#[test]
fn a_year_naming_a_term_is_not_the_year_of_its_days() {
    check_all(
        &[
            "Spring semester 2026\n\n16 October - Last day to apply\n1 December - Last day to send documents",
            "Kevätlukukausi 2026\n\n16.10. - Viimeinen hakupäivä\n1.12. - Viimeinen päivä toimittaa liitteet",
            "Vårterminen 2026\n\n16 oktober - Sista anmälningsdag\n1 december - Sista kompletteringsdag",
        ],
        "2025-09-01",
        &["deadline 2025-10-16", "deadline 2025-12-01"],
    );
}

/// "Resurfacing work … will start on Wednesday, March 10": works told by
/// their first day are an event that day; an opening with no works or
/// event named stays nothing.
#[test]
fn works_told_by_their_first_day_are_events() {
    check_all(
        &[
            "Resurfacing work on the bridge, which carries the ring road, will start on Monday 9 March.",
            "Sillan päällystystyöt alkavat maanantaina 9.3.",
            "Beläggningsarbetet på bron startar måndag den 9 mars.",
        ],
        "2026-02-20",
        &["event 2026-03-09"],
    );
    check_all(
        &[
            "The new parking rules start on 9 March.",
            "Uudet pysäköintisäännöt alkavat 9.3.",
            "De nya parkeringsreglerna börjar gälla 9 mars.",
        ],
        "2026-02-20",
        &[],
    );
}

/// "He is holding a Town Hall on Nov. 21": the progressive of "hold" tells
/// that something takes place on the day, as "holds" and "håller" do.
#[test]
fn holding_something_on_a_day_is_an_event() {
    check_all(
        &[
            "The mayor is holding an open forum on 21 November.",
            "Kunnanjohtaja pitää avoimen keskustelutilaisuuden 21.11.",
            "Kommunstyrelsens ordförande håller ett öppet forum den 21 november.",
        ],
        "2026-11-20",
        &["event 2026-11-21"],
    );
}

/// Issue 14 round 13 (real23): a body's name between the sentence that
/// announces the days and the days themselves leaves the announcing to the
/// sentence; a sub-heading with a word of its own ("Publication") does not.
#[test]
fn a_bodys_name_under_the_announcing_sentence_keeps_its_days() {
    check_all(
        &[
            "Meeting dates\n\nThe council meets on the following dates in 2026:\n\nPlanning Committee\n\n2 February\n\n9 March\n\n20 April",
            "Kokouspäivät\n\nToimielimet kokoontuvat vuonna 2026 seuraavina päivinä:\n\nKaupunginvaltuusto\n\n2.2.\n\n9.3.\n\n20.4.",
            "Sammanträdesdagar\n\nNämnderna sammanträder följande dagar 2026:\n\nKommunfullmäktige\n\n2 februari\n\n9 mars\n\n20 april",
        ],
        "2026-01-10",
        &["event 2026-02-02", "event 2026-03-09", "event 2026-04-20"],
    );
    check(
        "The calendar of the call is the following:\n\nPublication of call\n\n2 February 2026",
        "2026-01-10",
        &[],
    );
}

/// Issue 14 round 13 (real23): a heading naming the timetable of meetings
/// tells that the days listed alone under it are the meetings.
#[test]
fn days_under_a_meeting_timetable_are_meetings() {
    check_all(
        &[
            "Meeting timetable 2026\n\n • Tue 3 March 2026\n • Tue 5 May 2026",
            "Kokousten aikataulu 2026\n\n • ti 3.3.2026\n • ti 5.5.2026",
            "Mötestidtabell 2026\n\n • tis 3.3.2026\n • tis 5.5.2026",
        ],
        "2026-02-01",
        &["event 2026-03-03", "event 2026-05-05"],
    );
}
