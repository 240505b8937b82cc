//! Issue 14 (real15/real16): periods of the reader's action that carry no
//! word for applying (a contest, a vote, an upload), and clock times that
//! stand where the end of a range could.

use super::*;

/// The period of a contest or a vote is the time to take part: one
/// deadline on its last day, never an event range.
#[test]
fn a_contest_or_voting_period_closes_on_its_last_day() {
    check_all(
        &[
            "Autumn photo contest (contest period 1.10.-31.10.2024)",
            "Syksyn valokuvakilpailu (kilpailuaika 1.10.-31.10.2024)",
            "Höstens fototävling (tävlingsperiod 1.10.-31.10.2024)",
        ],
        "2024-09-20",
        &["deadline 2024-10-31"],
    );
    check_all(
        &[
            "Participatory budget: voting period 3.11. – 16.11.2025",
            "Osallistuva budjetointi: äänestysvaihe 3.11. – 16.11.2025",
            "Upload your photos 3.11. – 16.11.2025 on the contest page.",
            "Lataa kuvasi kilpailusivulle 3.11. – 16.11.2025.",
            "Ladda upp dina bilder 3.11. – 16.11.2025 på tävlingssidan.",
        ],
        "2025-10-28",
        &["deadline 2025-11-16"],
    );
    // an event with its days is still an event range
    check_all(
        &[
            "The ski contest is held 3.–4.2.2024.",
            "Hiihtokilpailu järjestetään 3.–4.2.2024.",
            "Skidtävlingen hålls 3–4 februari 2024.",
        ],
        "2024-01-10",
        &["event 2024-02-03 2024-02-04"],
    );
}

/// A number glued to ":00" is an hour: "from 1 March to 5:00 p.m. on
/// 31 March" is no range 1–5 March.
#[test]
fn an_hour_after_to_is_no_end_of_a_range() {
    check_all(
        &[
            "Applications are accepted from March 1 to 5:00 p.m. on March 31.",
            "Applications are accepted from March 1 to 5:00 p.m. Eastern Time on March 31.",
            "Applications are accepted from March 1 to 16:00 on March 31.",
        ],
        "2024-02-10",
        &["deadline 2024-03-31"],
    );
    check(
        "Submit your application by 5:00 p.m. Eastern Time on March 31.",
        "2024-02-10",
        &["deadline 2024-03-31"],
    );
    check(
        "Hakemukset jätetään viimeistään 31.3. klo 16:00.",
        "2024-02-10",
        &["deadline 2024-03-31"],
    );
    check(
        "Ansökan ska lämnas in senast 31 mars kl. 16:00.",
        "2024-02-10",
        &["deadline 2024-03-31"],
    );
}

/// A yearless period that is already running when the text is read closes
/// this year, not a year later: its opening day is never told, so only the
/// closing day's next occurrence counts.
#[test]
fn a_running_period_closes_this_year() {
    check_all(
        &[
            "Proposals are accepted from January 1 to January 31.",
            "Hakuaika 1.1.–31.1.",
            "Ansökningsperioden är 1–31 januari.",
        ],
        "2024-01-10",
        &["deadline 2024-01-31"],
    );
    // across New Year, read in January: the period began in December
    check_all(
        &[
            "Registration is open from 1 December to 15 January.",
            "Ilmoittautuminen 1.12.–15.1.",
            "Anmälan är öppen 1 december–15 januari.",
        ],
        "2024-01-10",
        &["deadline 2024-01-15"],
    );
}

/// "kl. 21" is an hour: "12 december kl. 21 och 13 december kl. 18" lists
/// two days, not a 21st.
#[test]
fn an_hour_before_and_is_no_listed_day() {
    check_all(
        &[
            "Lucia concerts on 12 December at 21 and on 13 December at 18.",
            "Luciakonsertit 12.12. klo 21 ja 13.12. klo 18.",
            "Luciakonsert 12 december kl. 21 och 13 december kl. 18.",
        ],
        "2024-12-02",
        &["event 2024-12-12", "event 2024-12-13"],
    );
}

/// The earliest possible day of something ("no earlier than", "aikaisintaan",
/// "tidigast") opens a period: never a date of its own.
#[test]
fn an_earliest_day_is_no_date_of_its_own() {
    check_all(
        &[
            "Applications can be submitted no earlier than 1 March.",
            "Hakemuksia voi jättää aikaisintaan 1.3.",
            "Ansökan kan lämnas in tidigast den 1 mars.",
        ],
        "2024-01-10",
        &[],
    );
}

/// A school holiday holds events but is none: only the activity days
/// inside it are reported.
#[test]
fn a_school_holiday_is_no_event_range() {
    check_all(
        &[
            "Activities are gathered for the winter break 22.2.–3.3. The snow hut workshop is held on 27.2.",
            "Toimintaa on koottu talviloman ajalle 22.2.–3.3. Lumilinnatyöpaja järjestetään 27.2.",
            "Aktiviteter har samlats för sportlovet 22.2–3.3. Snöborgsverkstaden hålls den 27 februari.",
        ],
        "2019-02-15",
        &["event 2019-02-27"],
    );
}

/// A council meeting that will not be held ("Inget kommunfullmäktige 23
/// mars") is no event; the next one is.
#[test]
fn no_council_meeting_that_day() {
    check_all(
        &[
            "No council meeting on 23 March. The next council meeting is held on 27 April.",
            "Ei valtuuston kokousta 23.3. Seuraava valtuuston kokous pidetään 27.4.",
            "Inget kommunfullmäktige 23 mars. Nästa kommunfullmäktige hålls den 27 april.",
        ],
        "2020-03-16",
        &["event 2020-04-27"],
    );
}

/// The funder paying out a grant by a day, a fee charged over a period and
/// a meeting that was planned for a day are not the reader's dates.
#[test]
fn payouts_fees_and_plans_that_are_not_the_readers() {
    check_all(
        &[
            "The grant will be disbursed by 31 December 2025.",
            "Apurahan maksatus tapahtuu viimeistään 31.12.2025.",
            "Utbetalning av stipendiet sker senast den 31 december 2025.",
        ],
        "2025-06-03",
        &[],
    );
    check_all(
        &[
            "A late fee will be charged from February 1 through March 30.",
            "Myöhästymismaksu peritään 1.2.–30.3.",
            "En förseningsavgift tas ut 1 februari–30 mars.",
        ],
        "2023-11-01",
        &[],
    );
    check_all(
        &[
            "The annual meeting was planned for 7 February, but it moves to the spring.",
            "Vuosikokous oli määrä pitää 7.2., mutta se siirtyy kevääseen.",
            "Årsmötet var planerat att hållas den 7 februari, men det flyttas till våren.",
        ],
        "2022-01-25",
        &[],
    );
}

/// A sentence glued to the next by a lost space ("7 februari.Vi planerar")
/// ends at its dot: the words of the next sentence do not reach its date.
#[test]
fn a_sentence_glued_to_the_next_ends_at_its_dot() {
    check_all(
        &[
            "The office is open on 7 February.The annual meeting is held on 14 March.",
            "Toimisto on avoinna 7. helmikuuta.Vuosikokous pidetään 14. maaliskuuta.",
            "Kontoret har öppet den 7 februari.Årsmötet hålls den 14 mars.",
        ],
        "2022-01-25",
        &["event 2022-03-14"],
    );
}

/// The day an activity can start is a start of practice, not an event.
#[test]
fn the_day_an_activity_can_start_is_no_event() {
    check_all(
        &[
            "Swimming lessons can start in the new pool on 27 September.",
            "Uimaopetus voi alkaa uudessa altaassa 27. syyskuuta.",
            "Simundervisningen kan börja i den nya bassängen den 27 september.",
        ],
        "2021-09-15",
        &[],
    );
}

/// A sentence ending in a colon that tells an action and its limit word
/// ("must be submitted by the following dates:") makes each day listed
/// alone under it a deadline.
#[test]
fn an_action_by_a_colon_heads_its_days() {
    check_all(
        &[
            "Applications must be submitted by the following dates:\n\n • 3 April\n • 1 August",
            "Hakemukset on jätettävä viimeistään seuraavina päivinä:\n\n • 3.4.\n • 1.8.",
            "Ansökan ska lämnas in senast följande datum:\n\n • 3 april\n • 1 augusti",
        ],
        "2020-03-20",
        &["deadline 2020-04-03", "deadline 2020-08-01"],
    );
    // the same days under an action with no limit word are not told
    check_all(
        &[
            "Applications are processed on the following dates:\n\n • 3 April\n • 1 August",
            "Hakemukset käsitellään seuraavina päivinä:\n\n • 3.4.\n • 1.8.",
            "Ansökningarna behandlas följande datum:\n\n • 3 april\n • 1 augusti",
        ],
        "2020-03-20",
        &[],
    );
}

/// An instrument named before its test day ("Fagotti 2.5.2019") is no
/// verb in the past tense.
#[test]
fn an_instrument_before_its_day_is_no_past_verb() {
    check_all(
        &[
            "Entrance tests are held:\n\n • Bassoon 2.5.2019\n • Harp 29.4.2019",
            "Valintakokeet järjestetään:\n\n • Fagotti 2.5.2019\n • Harppu 29.4.2019",
            "Antagningsproven hålls:\n\n • Fagott 2.5.2019\n • Harpa 29.4.2019",
        ],
        "2019-03-15",
        &["event 2019-04-29", "event 2019-05-02"],
    );
}

/// Lucia and other celebrations are events ("Luciatåg", "firande", "Lucia
/// procession", "Lucia-kulkue").
#[test]
fn celebrations_are_events() {
    check_all(
        &[
            "The Lucia procession walks through the village on Saturday 16 December.",
            "Lucia-kulkue kulkee kylän läpi lauantaina 16. joulukuuta.",
            "Lördag den 16 december är det firande med Lucia i centrum.",
        ],
        "2017-11-26",
        &["event 2017-12-16"],
    );
}

/// A meeting announced to be held is an event: the announcing word tells of
/// the news, the meeting after it takes place.
#[test]
fn a_meeting_announced_to_be_held_is_an_event() {
    check_all(
        &[
            "The chamber announced it will hold a town hall meeting Thursday, April 2.",
            "Kauppakamari tiedottaa järjestävänsä kokouksen torstaina 2.4.",
            "Handelskammaren meddelar att den håller ett möte torsdagen den 2 april.",
        ],
        "2020-03-31",
        &["event 2020-04-02"],
    );
    // an occasion announced to take place is an event, with or without an
    // event noun ("Culture Night", real416:57)
    check_rules_all(
        &[
            "The council is pleased to announce that Culture Night will take place on Friday 23 September 2022.",
            "Kaupunki julkistaa, että Kulttuuriyö järjestetään perjantaina 23.9.2022.",
            "Kommunen meddelar att Kulturnatten äger rum fredagen den 23 september 2022.",
        ],
        "2022-06-20",
        &["event 2022-09-23"],
    );
    check_rules(
        "The council will announce on Friday 23 September 2022 where the festival will take place.",
        "2022-06-20",
        &[],
    );
    // what is announced on a day is still the news, not an event
    check_all(
        &[
            "The programme of the seminar will be published on 2 April.",
            "Seminaarin ohjelma julkaistaan 2.4.",
            "Seminariets program publiceras den 2 april.",
        ],
        "2020-03-31",
        &[],
    );
}

/// Pickup and collection days listed under the sentence announcing them
/// are service days: events.
#[test]
fn pickup_days_listed_under_their_sentence() {
    check_all(
        &[
            "Place your tree at the curb on one of the following pickup dates:\n- Monday, January 5, 2026\n- Monday, January 12, 2026",
            "Vie kuusi kadun varteen jonakin seuraavista keräyspäivistä:\n- maanantai 5.1.2026\n- maanantai 12.1.2026",
            "Ställ granen vid gatan till någon av följande hämtningsdagar:\n- måndag 5 januari 2026\n- måndag 12 januari 2026",
        ],
        "2025-12-29",
        &["event 2026-01-05", "event 2026-01-12"],
    );
}

/// A licence or permit renewed in a period, and a proposal that must be
/// in the chair's hands by a day ("tillhanda"), give deadlines.
#[test]
fn renewals_and_papers_in_hand_by_a_day() {
    check_all(
        &[
            "All dogs must be licensed between March 1st and April 30th.",
            "Koiran lupa on uusittava 1.3.–30.4.",
            "Hundlicensen ska förnyas mellan den 1 mars och den 30 april.",
        ],
        "2015-02-16",
        &["deadline 2015-04-30"],
    );
    check(
        "Motioner ska vara styrelsen tillhanda den 14/3.",
        "2011-02-21",
        &["deadline 2011-03-14"],
    );
    check(
        "Motions must be received by the board by 14 March.",
        "2011-02-21",
        &["deadline 2011-03-14"],
    );
    check(
        "Aloitteiden on oltava hallituksella 14.3. mennessä.",
        "2011-02-21",
        &["deadline 2011-03-14"],
    );
}

/// A meeting that is "to be cancelled" is no event.
#[test]
fn meetings_to_be_cancelled() {
    check_all(
        &[
            "The council meeting on 23 March will be cancelled by the chair.",
            "Valtuuston kokous 23.3. perutaan puheenjohtajiston päätöksellä.",
            "Kommunfullmäktiges sammanträde den 23 mars kommer att ställas in efter beslut av presidiet.",
        ],
        "2020-03-16",
        &[],
    );
}
