//! Issue 14 (real11/real12 causes): an event's run told twice, as a range
//! and by its first and last day, and the other layout causes of that round.

use super::*;

/// Issue 14 (real11, real12): a range retold by its first and last day is
/// one event; a range spanning further listed days is a series' span.
#[test]
fn a_range_retold_by_its_first_and_last_day_is_one_event() {
    check_all(&["Entrance exams on 3–6 March\n\nThe exams begin on Monday 3 March and the last session is held on Thursday 6 March.",
"Pääsykokeet 3.–6.3.\n\nKokeet alkavat maanantaina 3.3. ja viimeinen koetilaisuus järjestetään torstaina 6.3.",
"Antagningsproven 3–6 mars\n\nProven börjar måndagen den 3 mars och det sista provtillfället hålls torsdagen den 6 mars."], "2025-02-10", &["event 2025-03-03 2025-03-06"]);
}

#[test]
fn a_range_over_listed_days_is_the_span_of_a_series() {
    check_all(&["The talks are held on Wednesdays 5.3–19.3.\n\nWed 5.3 at 18 Old maps of the town\n\nWed 12.3 at 18 Birds of the bay\n\nWed 19.3 at 18 The harbour",
"Luennot pidetään keskiviikkoisin 5.3.–19.3.\n\nke 5.3. klo 18 Kaupungin vanhat kartat\n\nke 12.3. klo 18 Lahden linnut\n\nke 19.3. klo 18 Satama",
"Föreläsningarna hålls onsdagar 5.3–19.3.\n\nOns 5.3 kl. 18 Stadens gamla kartor\n\nOns 12.3 kl. 18 Fåglarna i viken\n\nOns 19.3 kl. 18 Hamnen"], "2025-02-10", &["event 2025-03-05", "event 2025-03-12", "event 2025-03-19"]);
}

/// Issue 14 (real11, real12): days told with their opening hours — normal
/// hours, hours shortened by a closing time — are service days; only a
/// closure for the whole day is a break.
#[test]
fn opening_hours_are_no_event_and_a_closure_is() {
    check_all(&["On Friday 4.4. the library closes at 15, two hours early. On Saturday 5.4. the library has normal opening hours. On Sunday 6.4. the library is closed.",
"Perjantaina 4.4. kirjasto suljetaan klo 15 eli kaksi tuntia tavallista varhemmin. Lauantaina 5.4. kirjasto on auki normaalien aukioloaikojen mukaan. Sunnuntaina 6.4. kirjasto on kiinni.",
"Fredag 4.4 stänger biblioteket kl. 15, två timmar tidigare än vanligt. Lördag 5.4 har biblioteket normala öppettider. Söndag 6.4 är biblioteket stängt."], "2025-03-20", &["event 2025-04-06"]);
}

#[test]
fn a_day_with_its_hours_under_a_list_of_changed_hours() {
    check_all(&["Changed opening hours at the town library\n  • Thursday 17 April 10:00-15:00\n  • Friday 18 April the library is closed",
"Kaupunginkirjaston poikkeavat aukioloajat\n  • torstai 17.4. klo 10–15\n  • perjantai 18.4. suljettu",
"Stadsbibliotekets avvikande öppettider\n  • Torsdag 17 april 10:00-15:00\n  • Fredag 18 april stängt",
"On the day before the holiday, 17.4., libraries open no later than 10.00 and close by 15.00. On 18.4. libraries are closed."], "2025-03-20", &["event 2025-04-18"]);
}

/// Issue 14 (real11): a year heading the days listed under it is their
/// year, even where rule 7 alone would put a day in the current year; a
/// year naming a round is no such heading, and a written year stands.
#[test]
fn a_year_over_a_list_is_the_year_of_its_days() {
    check_all(&["The town hall is closed on these days:\n\n2026\n\nJanuary 1 - New Year's Day\nDecember 24 - Christmas Eve",
"Virasto on suljettuna seuraavina päivinä:\n\n2026\n\n1.1. uudenvuodenpäivä\n24.12. jouluaatto",
"Kommunhuset är stängt följande dagar:\n\n2026\n\n1 januari nyårsdagen\n24 december julafton"], "2025-12-10", &["event 2026-01-01", "event 2026-12-24"]);
    check(
        "Grant round for 2026\n\nApplications close on 12 December 2025.",
        "2025-12-01",
        &["deadline 2025-12-12"],
    );
}

/// Issue 14 (real11, real12): the due dates of a payment the reader makes
/// are deadlines, and the day the issuer bills or mails the invoice is its
/// own act, not reported.
#[test]
fn due_dates_of_a_bill_and_the_day_it_is_sent() {
    check(
        "Instalment payment due dates are 28 February and 15 June.",
        "2025-01-20",
        &["deadline 2025-02-28", "deadline 2025-06-15"],
    );
    check_all(
        &[
            "The water bills are mailed on 1 July and are payable by 31 July.",
            "Kiinteistövero laskutetaan 1.7. ja se on maksettava viimeistään 31.7.",
            "Avgiften faktureras den 1 juli och ska betalas senast den 31 juli.",
        ],
        "2025-06-20",
        &["deadline 2025-07-31"],
    );
}

/// Issue 14 (real11, real12): the number of a budget item or a section is
/// a record number (rule 11), even where it reads like a day and a month.
#[test]
fn a_numbered_item_is_no_date() {
    check_all(
        &[
            "The grant is paid from budget item 28.10.25 and applications are due by 15 May 2025.",
            "Avustus maksetaan momentilta 28.10.25. Hakemukset on jätettävä viimeistään 15.5.2025.",
            "Bidraget betalas från moment 28.10.25 och ansökan ska lämnas senast den 15 maj 2025.",
        ],
        "2025-04-01",
        &["deadline 2025-05-15"],
    );
}

/// Issue 14 (real11): evenings named in the plural take place on the days
/// listed ("kuntalaisillat ovat 25.1. ja 21.2.").
#[test]
fn evenings_in_the_plural_take_place_on_the_days_listed() {
    check_all(
        &[
            "This spring the residents' evenings are on 25.1. and 21.2.",
            "Kevään kuntalaisillat ovat 25.1. ja 21.2.",
            "Vårens invånarkvällar är 25.1 och 21.2.",
        ],
        "2026-01-10",
        &["event 2026-01-25", "event 2026-02-21"],
    );
}

/// Issue 14 (real12): "old" opening a title over a list ("Old maps – a
/// lecture series") names the series, it marks no listed day as superseded.
#[test]
fn old_in_a_title_over_a_list_is_a_name() {
    check_all(
        &[
            "Old maps lecture series\n\nWed 7.10.2026 at 18   The North on early maps",
            "Vanhat kartat -luentosarja\n\nke 7.10.2026 klo 18   Pohjola varhaisissa kartoissa",
            "Gamla kartor – föreläsningsserie\n\nons 7.10.2026 kl. 18   Norden på tidiga kartor",
        ],
        "2026-09-01",
        &["event 2026-10-07"],
    );
}

/// Issue 14 (real12): the first day of a registration opens it, and the
/// opening day of a period is never reported (rule 2); the first day of a
/// conference is when it takes place.
#[test]
fn the_first_day_of_a_registration_opens_it() {
    check_all(
        &[
            "The first day of registration for the autumn courses is 9 October 2026.",
            "Syyskurssien ilmoittautumisen ensimmäinen päivä on 9.10.2026.",
            "Första dagen för anmälan till höstens kurser är den 9 oktober 2026.",
        ],
        "2026-09-20",
        &[],
    );
    check(
        "The first day of the conference is 9 October 2026 in Tampere.",
        "2026-09-20",
        &["event 2026-10-09"],
    );
}

/// Issue 14 (real11): a calendar lays out each day as a weekday and date
/// alone over a blank line and the text under it; at the top of an item
/// the same line is the item's own date.
#[test]
fn a_weekday_and_date_over_a_blank_line_head_the_text_under_it() {
    check_all(&["Holiday hours at the libraries.\n\nThe mobile library is on a break.\n\nSaturday 6.12.2025\n\nAll libraries are closed.",
"Kirjastojen aukiolot pyhinä.\n\nKirjastoauto on tauolla.\n\nLauantai 6.12.2025\n\nKaikki kirjastot ovat kiinni.",
"Bibliotekens öppettider under helgerna.\n\nBokbussen har paus.\n\nLördag 6.12.2025\n\nAlla bibliotek är stängda."], "2025-12-01", &["event 2025-12-06"]);
    check(
        "Kuulutus avustuksista\n\nPerjantaina 16. lokakuuta 2026\n\nKeskus ilmoittaa haettavaksi avustuksia, jotka on haettava viimeistään 30.11.2026.",
        "2026-10-16",
        &["deadline 2026-11-30"],
    );
}

/// Issue 14 (real11): a day on which the ordinary service runs "as usual"
/// is nothing; the day it does not run is a break.
#[test]
fn a_service_running_as_usual_is_nothing() {
    check_all(&["Thursday 14 May: bins are emptied as usual. Friday 15 May: the refuse collection service is not available.",
"Torstaina 14.5. jäteastiat tyhjennetään normaalisti. Perjantaina 15.5. jätehuollossa on käyttökatko.",
"Torsdag 14 maj sker hämtning som vanligt. Fredag 15 maj är sophämtningen stängd."], "2026-05-01", &["event 2026-05-15"]);
}

/// Issue 14 (real11): a deadline "for" an event with its own day names two
/// days: the event's, and the time limit after the copula or the verb.
#[test]
fn the_day_of_the_event_a_deadline_serves() {
    check_all(
        &[
            "The registration deadline for the 14 November 2026 language test is 2 October 2026.",
            "Ilmoittautuminen 14.11.2026 pidettävään kielikokeeseen päättyy 2.10.2026.",
            "Sista anmälningsdag till språkprovet den 14 november 2026 är den 2 oktober 2026.",
        ],
        "2026-09-01",
        &["deadline 2026-10-02", "event 2026-11-14"],
    );
}

/// Issue 14 (real12): a run told by a start verb before its first day and
/// an end verb after "and" is one event range, in the passive too.
#[test]
fn a_run_started_and_ended_by_verbs_is_one_range() {
    check_all(&["Advance voting will start on Wednesday 13 January 2027 and end on Tuesday 19 January 2027.",
"Ennakkoäänestys aloitetaan keskiviikkona 13.1.2027 ja lopetetaan tiistaina 19.1.2027.",
"Förtidsröstningen börjar onsdagen den 13 januari 2027 och avslutas tisdagen den 19 januari 2027."], "2026-12-20", &["event 2027-01-13 2027-01-19"]);
}

/// Issue 14 (real11): an application that "runs through" a day closes
/// then, as "open until" does; an exhibition running through a day is a
/// duration.
#[test]
fn an_application_running_through_a_day_closes_then() {
    check_all(&["The application starts Monday, 1 February and runs through Friday, 12 March at 5:00 pm.",
"Haku alkaa maanantaina 1.2. ja on käynnissä perjantaihin 12.3. klo 16 asti.",
"Ansökan öppnar måndag 1 februari och pågår till och med fredag 12 mars kl. 16."], "2027-01-10", &["deadline 2027-03-12"]);
    check(
        "The photo exhibition runs through Friday, 12 March.",
        "2027-01-10",
        &[],
    );
}

/// Issue 14 (real12): the day something turns a number of years is an
/// anniversary; the day it is celebrated is the event.
#[test]
fn an_anniversary_is_no_event_its_celebration_is() {
    check_all(&["On 14 October the town library turns 50 years, which is celebrated with a party on Saturday 17 October.",
"Kaupunginkirjasto täyttää 14.10. 50 vuotta, ja sitä juhlitaan lauantaina 17.10. pidettävässä juhlassa.",
"Den 14 oktober fyller stadsbiblioteket 50 år, vilket firas med fest lördagen den 17 oktober."], "2026-10-01", &["event 2026-10-17"]);
}

/// Issue 14 (real12): "from" after a clock time starts the day's
/// programme; after the day itself it still starts a rule (rule 5).
#[test]
fn from_a_clock_time_starts_the_programme() {
    check(
        "Iltakilpailut järjestetään tiistaina 15.12.2026 klo 18.00 alkaen.",
        "2026-12-01",
        &["event 2026-12-15"],
    );
    check(
        "Uusi maksu on voimassa 15.12.2026 alkaen.",
        "2026-12-01",
        &[],
    );
    check_all(
        &[
            "The evening race is held on Tuesday 15 December 2026 from 6 pm.",
            "Kvällstävlingen hålls tisdag 15.12.2026 från kl. 18.00.",
        ],
        "2026-12-01",
        &["event 2026-12-15"],
    );
}
