//! The rules of `docs/DEADLINES.md` one by one: who acts, payment days,
//! validity, statistics, periods, meetings, enumerations and year inference.

use super::*;

/// Issue 14: only the reader's own actions are deadlines; what the
/// issuer will do by a date (send, contact, decide) is its own target.
#[test]
fn issuer_targets_are_not_deadlines() {
    check(
        "We will send the instructions by 15 March 2025.",
        "2025-01-10",
        &[],
    );
    check(
        "The invitations to the second phase will be sent on 28 June and the deadline for applications is 27 September.",
        "2025-05-01",
        &["deadline 2025-09-27"],
    );
    check_all(
        &[
            "You will receive the decision by 30 April 2025.",
            "Vi skickar anvisningarna senast den 15 mars 2025.",
            "Ohjeet lähetetään osallistujille 15.3.2025 mennessä.",
            "Lähetämme päätökset hakijoille viimeistään 15.3.2025.",
        ],
        "2025-01-10",
        &[],
    );
    // the reader's action stays a deadline, in the Finnish passive too
    check_all(
        &[
            "Hakemukset toimitetaan 15.3.2025 mennessä kirjaamoon.",
            "Send your application by 15 March 2025.",
        ],
        "2025-01-10",
        &["deadline 2025-03-15"],
    );
}

/// Issue 14: a payment day, also "the last payment day", is an event.
#[test]
fn payment_days_are_events() {
    check_all(
        &[
            "The last payment day of the energy aid is 20 December 2024.",
            "Energiatuen viimeinen maksupäivä on 20.12.2024.",
            "Den sista utbetalningsdagen för energistödet är den 20 december 2024.",
        ],
        "2024-12-01",
        &["event 2024-12-20"],
    );
    check(
        "Veronpalautukset maksetaan 23.12.2024.",
        "2024-12-01",
        &["event 2024-12-23"],
    );
    // paying is the reader's action: a deadline
    check(
        "Jäännösvero on maksettava viimeistään 1.2.2025.",
        "2024-12-01",
        &["deadline 2025-02-01"],
    );
}

/// Issue 14: what stays in force or goes on until a date is no deadline.
#[test]
fn validity_and_duration_ends_are_not_reported() {
    check_all(
        &[
            "The restrictions remain unchanged until 31 March 2025.",
            "The arrangement will continue until 30 June 2025.",
            "Rajoitukset ovat jatketusti voimassa 13.5.2025 asti.",
            "Järjestely jatkuu 30.6.2025 saakka.",
            "Arrangemanget fortsätter fram till den 30 juni 2025.",
        ],
        "2025-01-10",
        &[],
    );
}

/// Issue 14: reporting periods and reference days are statistics.
#[test]
fn statistical_periods_are_not_reported() {
    check_all(
        &[
            "The statistics cover the period 1 January to 30 June 2025.",
            "Tilasto kattaa ajanjakson 1.1.–30.6.2025.",
            "Statistiken gäller perioden 1.1–30.6.2025.",
            "Luvut kuvaavat tilannetta 31.12.",
        ],
        "2025-01-10",
        &[],
    );
}

/// Issue 14: "accepted from … to …" is an application period.
#[test]
fn accepted_from_to_is_a_deadline() {
    check_all(
        &[
            "Applications will be accepted from 14 March to 31 December 2025.",
            "Hakemuksia otetaan vastaan 14.3.–31.12.2025.",
            "Ansökningar tas emot från den 14 mars till den 31 december 2025.",
        ],
        "2025-01-10",
        &["deadline 2025-12-31"],
    );
}

/// Issue 14: meetings told in the future tense are events.
#[test]
fn future_meetings_are_events() {
    check_all(
        &[
            "EU ministers will meet on 12 March 2025 in Brussels.",
            "Ministerit tapaavat 12.3.2025 Brysselissä.",
            "Ministrarna träffas den 12 mars 2025 i Bryssel.",
        ],
        "2025-01-10",
        &["event 2025-03-12"],
    );
}

/// Issue 14: Finnish weekday-prefixed dates in case forms.
#[test]
fn finnish_weekday_prefixed_dates() {
    check(
        "Sunnuntaina 9. maaliskuuta järjestettävä tilaisuus on kaikille avoin.",
        "2025-01-10",
        &["event 2025-03-09"],
    );
    check(
        "Keskiviikkona 14. toukokuuta klo 18 pidetään asukasilta.",
        "2025-01-10",
        &["event 2025-05-14"],
    );
    check(
        "Torstaina 13.3. klo 17 järjestettävään infoon voi tulla paikan päälle.",
        "2025-01-10",
        &["event 2025-03-13"],
    );
}

/// Issue 14: enumerations sharing one trailing month or year.
#[test]
fn enumerations_share_a_trailing_year() {
    check_all(&["Info sessions will be held in Oulu on 3 September, in Kuopio on 5 September and in Turku on 10 September 2025.",
"Infotilaisuudet järjestetään Oulussa 3.9., Kuopiossa 5.9. ja Turussa 10.9.2025.",
"Informationsmöten ordnas i Uleåborg den 3, i Kuopio den 5 och i Åbo den 10 september 2025."], "2025-01-10", &["event 2025-09-03", "event 2025-09-05", "event 2025-09-10"]);
}

/// Issue 14: event listings with abbreviated weekdays and no year.
#[test]
fn listings_with_abbreviated_weekdays() {
    check_all(
        &[
            "Thu 7.11. Career evening at the library\nFri 8.11. Language café",
            "To 7.11. Urailta kirjastossa\nPe 8.11. Kielikahvila",
            "To 7.11. Karriärkväll på biblioteket\nFre 8.11. Språkcafé",
        ],
        "2024-10-20",
        &["event 2024-11-07", "event 2024-11-08"],
    );
}

/// Issue 14: "by the end of March 2025" is the last day of March.
#[test]
fn end_of_month_deadlines() {
    check_all(
        &[
            "Applications must be submitted by the end of March 2025.",
            "Hakemukset on jätettävä maaliskuun 2025 loppuun mennessä.",
            "Ansökan ska lämnas in senast i slutet av mars 2025.",
        ],
        "2025-01-10",
        &["deadline 2025-03-31"],
    );
    // the end of a day is that day (real441:21)
    check_rules(
        "Applications must be in by the end of March 9.",
        "2025-01-10",
        &["deadline 2025-03-09"],
    );
}

/// Issue 14: the new date of a postponed event is an event.
#[test]
fn postponed_event_new_date() {
    check_all(
        &[
            "The seminar has been postponed from 5 March to 12 March 2025.",
            "Seminaari siirtyy 5.3. pidettäväksi 12.3.2025.",
            "Seminariet flyttas från den 5 mars till den 12 mars 2025.",
        ],
        "2025-01-10",
        &["event 2025-03-12"],
    );
}
