//! Issue 14 stop 36: places closed and opened again, windows told by two
//! verbs or by an hour on each end, and occasions set for a day.

use super::*;

/// The day a place opens again ends its break; the break is the event,
/// whatever an earlier sentence says cannot take place meanwhile.
#[test]
fn a_reopening_after_a_closure_is_no_event_of_its_own() {
    check_all(
        &[
            "The centre will be closed from 2-8 April due to refurbishment.\nIt will not be possible for classes and activities to take place as work is undertaken.\nOnce work is completed, the centre is scheduled to reopen on Saturday 9 April.",
            "Keskus on suljettuna 2.–8.4. remontin vuoksi.\nKursseja ja tapahtumia ei voida järjestää remontin aikana.\nPalvelut aukeavat jälleen lauantaina 9.4.",
            "Badet är stängt 2–8 april på grund av renovering.\nKurser och evenemang kan inte hållas under renoveringen.\nLördagen den 9 april går det återigen att bada.",
        ],
        "2016-03-29",
        &["event 2016-04-02 2016-04-08"],
    );
}

/// A clinic, a health station or a tunnel closing on a day is a service
/// break, also when Swedish puts the place after its verb.
#[test]
fn a_clinic_or_a_tunnel_closing_on_a_day_is_an_event() {
    check_all(
        &[
            "The health clinic will close on Friday 20 March.",
            "Terveysasema sulkeutuu perjantaina 20.3.",
            "Hälsostationerna stängs på fredag 20.3.",
        ],
        "2020-03-17",
        &["event 2020-03-20"],
    );
    check(
        "Natt mot onsdag 22 juni stängs Hjulstatunneln av på grund av underhållsarbete.",
        "2022-06-20",
        &["event 2022-06-22"],
    );
}

/// A break between two days, each with its hour, is one range.
#[test]
fn a_break_between_two_days_with_their_hours_is_one_range() {
    check_all(
        &[
            "Hakujärjestelmässä on käyttökatko to 1.2. klo 16.30 ja ti 6.2. klo 8.00 välisenä aikana.",
            "Ansökningssystemet har ett driftavbrott mellan torsdag 1.2 kl. 16.30 och tisdag 6.2 kl. 8.00.",
            "The road will be closed between 10pm on Thursday 1 February and 6am on Tuesday 6 February.",
        ],
        "2018-01-25",
        &["event 2018-02-01 2018-02-06"],
    );
}

/// A call told to open on one day and to close on another closes then,
/// in the infinitive after "kommer att" and in the Finnish plural of a
/// compound call too.
#[test]
fn a_call_that_will_open_and_close_closes_on_its_last_day() {
    check_all(
        &[
            "According to a preliminary timetable, the call will open on 7 February 2019 and close on 2 April 2019.",
            "Alustavan aikataulun mukaan aiehaut aukeavat 7.2.2019 ja päättyvät 2.4.2019.",
            "Enligt en preliminär tidplan kommer utlysningen att öppna den 7 februari 2019 och stänga den 2 april 2019.",
        ],
        "2019-01-17",
        &["deadline 2019-04-02"],
    );
}

/// An occasion about a call, set for a day, takes place then: "planeras
/// till" is "planned for", not "until".
#[test]
fn a_webinar_about_a_call_set_for_a_day_is_an_event() {
    check_all(
        &[
            "An information webinar on the call is scheduled for 14 February at 10.30.",
            "Hausta järjestetään infowebinaari 14.2. klo 10.30.",
            "Ett informationswebbinarium om utlysningen planeras till den 14 februari klockan 10.30.",
        ],
        "2019-01-17",
        &["event 2019-02-14"],
    );
}

/// A body closing its own place from an hour on a day, and a car park or
/// a visitor centre closing for weeks from a day: the first day is the
/// break.
#[test]
fn a_place_closed_from_a_day_starts_its_break_then() {
    check_all(
        &[
            "In line with national guidance we will close our Record Office from 4pm on Wednesday 4 November.",
            "Suljemme arkiston tutkijasalin keskiviikkona 4.11. klo 16 alkaen.",
            "Vi stänger biblioteket från klockan 16 onsdagen den 4 november.",
        ],
        "2020-11-02",
        &["event 2020-11-04"],
    );
    check_all(
        &[
            "Pucks Glen car park is to close for three weeks from 14th February.",
            "Kansallispuiston pysäköintialue suljetaan kolmeksi viikoksi maanantaina 14.2.",
            "Parkeringen vid naturum stänger i tre veckor från den 14 februari.",
        ],
        "2022-02-08",
        &["event 2022-02-14"],
    );
}

/// A service working again after its break ends the break: nothing of
/// its own.
#[test]
fn a_service_working_again_is_no_event() {
    check_all(
        &[
            "The service has a break all day on 29 November. Logging in will be available again on 30 November at 9am.",
            "Palvelussa on koko päivän kestävä käyttökatko 29.11. klo 8:00 alkaen. Peppiin kirjautuminen onnistuu jälleen 30.11. klo 9:00.",
            "Tjänsten har ett avbrott hela dagen den 29 november. Inloggningen fungerar igen den 30 november kl. 9.",
        ],
        "2023-11-28",
        &["event 2023-11-29"],
    );
}

/// An application period for an admission closes on its last day: the
/// admission named after "för", "for" or in a compound only says whose
/// period it is.
#[test]
fn an_application_period_for_an_admission_closes_on_its_last_day() {
    check_all(
        &[
            "The application period for the joint admission opens on 3 March 2014 and closes on 1 April 2014.",
            "Yhteishaun hakuaika alkaa 3.3.2014 ja päättyy 1.4.2014 klo 16.15.",
            "Ansökningstiden för universitetens gemensamma antagning börjar den 3 mars 2014 och slutar den 1 april 2014 kl. 16.15.",
        ],
        "2014-02-17",
        &["deadline 2014-04-01"],
    );
}

/// Day-care centres and nurseries closing on listed days close as places
/// do: each day is an event.
#[test]
fn day_care_closing_on_listed_days_gives_each_day() {
    check_all(
        &[
            "The council nurseries close on 20 May 2020 and 15 June 2020 for staff training.",
            "Päiväkodit sulkeutuvat 20.5.2020 ja 15.6.2020 henkilöstön koulutuspäivien vuoksi.",
            "Under läsåret 2019/2020 stänger förskolorna 2020-05-20 och 2020-06-15.",
        ],
        "2020-01-15",
        &["event 2020-05-20", "event 2020-06-15"],
    );
}

/// A call told published and its time limit named after that in the same
/// sentence: the day is the limit, not the publication.
#[test]
fn a_limit_named_after_a_publication_is_a_deadline() {
    check_all(
        &[
            "The call for applications to Nordplus in 2019 has now been published and the deadline for submitting applications is 1st February 2019.",
            "Haku on nyt julkaistu ja hakemusten määräaika on 1.2.2019.",
            "Utlysningen har nu publicerats och ansökningstiden går ut den 1 februari 2019.",
        ],
        "2018-11-01",
        &["deadline 2019-02-01"],
    );
    // ("due" alone is the issuer's next release)
    check(
        "Statistics on asylum seekers are updated monthly; the next update is due on 10 December.",
        "2024-11-25",
        &[],
    );
}

/// A heading naming the application deadlines keeps its days deadlines
/// when it names its time zone too.
#[test]
fn deadlines_under_a_heading_with_a_time_zone_are_deadlines() {
    check_all(
        &[
            "Application deadlines 2021 (UTC + 1)\n\n1 February 2021 at 23.59\n\n3 May 2021 at 23.59",
            "Hakuajat 2021 (UTC + 1)\n\n1. helmikuuta 2021 klo 23.59  Tanskan aikaa \n\n3. toukokuuta 2021 klo 23.59 Tanskan aikaa",
            "Ansökningstider 2021 (UTC + 1)\n\n1 februari 2021 kl. 23.59\n\n3 maj 2021 kl. 23.59",
        ],
        "2021-01-15",
        &["deadline 2021-02-01", "deadline 2021-05-03"],
    );
}

/// Clinics and dental surgeries closing on a day are breaks, as libraries
/// are (real289:6, :44); closing at an hour only shortens the day.
#[test]
fn clinics_closing_on_a_day_are_breaks() {
    check_all(
        &[
            "Den 20 mars stänger nio kliniker.",
            "Hammashoitola sulkeutuu 20. maaliskuuta.",
            "The dental clinic closes on 20 March.",
        ],
        "2020-03-10",
        &["event 2020-03-20"],
    );
    check_all(
        &[
            "Tiistaina 23.12.2025 suljemme klo 14.",
            "Tisdag 23.12.2025 stänger vi kl. 14.",
            "On Tuesday 23 December we close at 2pm.",
        ],
        "2025-12-16",
        &[],
    );
    // a dotted day is no hour: "20.7." has no minutes of two digits
    check(
        "Joensuussa palvelut sulkeutuvat 20.7. kahden viikon ajaksi.",
        "2017-07-01",
        &["event 2017-07-20"],
    );
}

/// A pool, a rink or a sports hall closes as a library does, and the day it
/// opens again after the break is no event (real314:15).
#[test]
fn a_pool_closing_until_it_opens_again_is_its_closing_day() {
    check_rules(
        "Badhuset stänger 12 juni för att sedan öppna den 2 januari 2024 igen.",
        "2023-05-30",
        &["event 2023-06-12"],
    );
    check(
        "Ishallen stänger 12 juni för att öppna den 14 augusti igen.",
        "2023-05-30",
        &["event 2023-06-12"],
    );
}

/// An adverb between the auxiliary and "closed" leaves it a coming state,
/// no past (real314:31).
#[test]
fn a_place_temporarily_closed_is_a_break() {
    check_all(
        &[
            "Leyland Leisure Centre will be temporarily fully closed from 5-11 May to allow \
             essential improvement works to take place.",
            "The library will be temporarily closed from 5 to 11 May.",
        ],
        "2025-04-30",
        &["event 2025-05-05 2025-05-11"],
    );
    // (a past stays past)
    check(
        "The library was temporarily closed on 5 May.",
        "2025-05-30",
        &[],
    );
}

/// Sites, museums and archives close as libraries do, and a service that
/// closes at an hour until a later reopening closes on its day
/// (real320:34, :49, :50).
#[test]
fn sites_museums_and_services_closing_are_breaks() {
    check_rules(
        "The heritage mill sites will close on 1 April along with the Museum of Lancashire, in \
         Preston.",
        "2016-03-01",
        &["event 2016-04-01"],
    );
    check_rules(
        "De muséer och galleriutrymmen som staden upprätthåller stängs 17.3.2020 tillsvidare.",
        "2020-03-16",
        &["event 2020-03-17"],
    );
    check_rules(
        "The service will close at 4pm on Saturday, December 2 and reopen at 10am on Wednesday \
         December 20.",
        "2017-12-01",
        &["event 2017-12-02"],
    );
    // (a service closing at an hour with no reopening is shorter hours)
    check(
        "The service will close at 4pm on Saturday, December 2.",
        "2017-12-01",
        &[],
    );
}

/// A body named for statistics holding its meeting or conference: the
/// occasion takes place, no statistical period is told (real319:25).
#[test]
fn a_statistics_body_holding_its_conference() {
    check_rules(
        "Torstaina ja perjantaina 29-30.5. pidetään tilastopäälliköiden konferenssi DGINS.",
        "1997-05-28",
        &["event 1997-05-29 1997-05-30"],
    );
    // (statistics for a period stay a period)
    check(
        "Tilastot kattavat ajanjakson 1.1.–31.3.1997.",
        "1997-01-02",
        &[],
    );
}

/// A place closed over days is a break however its first day is told
/// ("effective", "från och med"), but works that change traffic over days
/// are none (real467:3).
#[test]
fn a_place_closed_effective_over_days_is_a_break() {
    let told = [
        "City Hall will all be closed effective September 25th to October 4th, 2031.",
        "Stadshuset är stängt från och med den 25 september till och med den 4 oktober 2031.",
    ];
    check_all(&told, "2031-09-20", &["event 2031-09-25 2031-10-04"]);
    check_rules_all(&told, "2031-09-20", &["event 2031-09-25 2031-10-04"]);
    check(
        "Traffic arrangements will change on the main street between 2 and 20 June 2031 because of road works.",
        "2031-05-05",
        &[],
    );
}
