//! Issue 14 (real5/real6 causes): lists and what announces them, periods
//! and durations, issuer notices, and cue words kept to their own phrase.

use super::*;

/// Issue 14 (real5/real6): a bare day, a dot and a spaced dash before a
/// full date is one period ("8. – 20.1.2020"), not a sentence end.
#[test]
fn spaced_range_after_a_bare_day() {
    check_all(
        &[
            "Ilmoittautumisaika kouluun on 3. - 14.2.2025. Hakemukset käsitellään sen jälkeen.",
            "Anmälan till förskoleklass görs 3. – 14.2.2025. Därefter skickas besked.",
            "Registration for the course is open 3. – 14.2.2025. Late entries are not accepted.",
        ],
        "2025-01-20",
        &["deadline 2025-02-14"],
    );
}

/// Issue 14 (real5/real6): a slashed day and month without a year is a
/// date where a date stands (first, in brackets, after a weekday), never
/// 24/7 or a fraction.
#[test]
fn slashed_day_month_without_year() {
    check_all(&["Författaren Anna Berg (12/11) och poeten Karl Lind (19/11) gästar bibliotekets föredragsserie.",
"Kirjailija Anna Berg (12/11) ja runoilija Karl Lind (19/11) esiintyvät kirjaston illassa."], "2024-10-01", &["event 2024-11-12", "event 2024-11-19"]);
    check(
        "Tuesday 12/11 the author Anna Berg gives a talk at the library.",
        "2024-10-01",
        &["event 2024-11-12"],
    );
    check(
        "The help desk answers 24/7 and 3/4 of the calls are solved at once.",
        "2024-10-01",
        &[],
    );
}

/// Issue 14 (real6): a bulleted item ending in a date does not swallow the
/// next item of the same list as its description.
#[test]
fn bulleted_items_stay_apart() {
    check_all(
        &[
            "- Notification of acceptance: 26 March 2025\n- Deadline for full papers: 3 June 2025.",
            "- Tieto valinnasta: 26.3.2025\n- Lopullinen artikkeli viimeistään: 3.6.2025",
            "- Besked om antagning: 26 mars 2025\n- Sista dag för artikeln: 3 juni 2025",
        ],
        "2025-01-05",
        &["deadline 2025-06-03"],
    );
}

/// Issue 14 (real5/real6): a weekday heading a listed line under a heading
/// ("TALKS\nThursday 12 May 2.30pm - …") and a clock time before the day
/// ("6 p.m. Wednesday, May 7") tell that something takes place; a weekday
/// and a date alone are a news item's date.
#[test]
fn times_and_weekdays_of_listed_events() {
    check(
        "TALKS\n\nThursday 12 June 2.30pm - The history of the harbour, with a local historian.",
        "2025-05-01",
        &["event 2025-06-12"],
    );
    check(
        "Garden Party: 6 p.m. Wednesday, June 11. Bring the whole family.",
        "2025-05-01",
        &["event 2025-06-11"],
    );
    check_all(&["OHJELMA\n\nTorstai 12.6. klo 14 - Sataman historia, kertojana paikallishistorioitsija.",
"PROGRAM\n\nTorsdag 12 juni kl. 14 - Hamnens historia, med en lokalhistoriker."], "2025-05-01", &["event 2025-06-12"]);
    check(
        "Kuulutus avustuksista\n\nPerjantaina 16. toukokuuta 2025\n\nAvustuksia voi hakea.",
        "2025-05-16",
        &[],
    );
}

/// Issue 14 (real5/real6): theme weeks, talks and election days are held.
#[test]
fn theme_weeks_talks_and_elections() {
    check(
        "Den 14 oktober inleds biblioteksveckan med ett föredrag om stadens historia.",
        "2024-09-01",
        &["event 2024-10-14"],
    );
    check(
        "Söndag den 8 september 2024 är det allmänt val till kommunfullmäktige.",
        "2024-08-01",
        &["event 2024-09-08"],
    );
    check_all(
        &[
            "Kirjastoviikko alkaa 14.10. kirjailijavieraalla.",
            "The author's talk on 14 October opens the season of the library.",
        ],
        "2024-09-01",
        &["event 2024-10-14"],
    );
    // a week alone is no event, and week numbers are never dates
    check("Vecka 42 är skolorna stängda.", "2024-09-01", &[]);
}

/// Issue 14 (real5): a cue word reaches its own clause. An in-force word
/// behind a comma, an old-date word far before the date and "the last"
/// of a series of meetings do not decide a date.
#[test]
fn cue_words_reach_their_own_phrase() {
    check(
        "Hakuaika on käynnissä niin kauan, kunnes kaikki setelit on otettu käyttöön, enintään kuitenkin 31.5.2025 asti.",
        "2025-01-25",
        &["deadline 2025-05-31"],
    );
    check_all(&["Våra ledamöter samlas inför gamla styrelsens sista sammanträde och inför fullmäktiges budgetmöte 10 december.",
"Members meet before the old board's last session and before the council's budget meeting on 10 December.",
"Valtuutetut kokoontuvat ennen vanhan hallituksen viimeistä istuntoa ja valtuuston budjettikokousta 10.12."], "2024-11-01", &["event 2024-12-10"]);
    // the upper bound of a possible extension is no deadline
    check_all(&["Hakuaika päättyy 30.9.2025. Hakuaikaa voidaan jatkaa, kunnes rahat on käytetty, kuitenkin enintään 30.11.2025 saakka.",
"Ansökningstiden går ut den 30 september 2025. Den kan förlängas tills pengarna är slut, dock längst till den 30 november 2025.",
"Applications close on 30 September 2025. The period may be extended until the funds run out, at most until 30 November 2025."], "2025-02-01", &["deadline 2025-09-30"]);
    // still: an old date right before the new one
    check(
        "Sista dag för ansökan är nu 20 mars (tidigare 10 mars).",
        "2025-01-10",
        &["deadline 2025-03-20"],
    );
}

/// Issue 14 (real6): "the following dates apply for 2025" names the year
/// of the dates listed, not the end of a validity.
#[test]
fn dates_that_apply_for_a_year() {
    check_all(
        &[
            "Följande datum gäller för 2025\n\nStyrelsemöten\n\n13 jan, 10 feb och 10 mars.",
            "These dates apply for 2025\n\nBoard meetings\n\n13 Jan, 10 Feb and 10 March.",
            "Hallituksen kokoukset vuonna 2025\n\n13.1., 10.2. ja 10.3.",
        ],
        "2024-12-20",
        &["event 2025-01-13", "event 2025-02-10", "event 2025-03-10"],
    );
    // a validity still ends on its date
    check("Kortet gäller till den 31 mars 2025.", "2024-12-20", &[]);
}

/// Issue 14 (real5/real6): what the reader is told or paid by a date —
/// a notification of acceptance, "kommer få besked", "will be notified",
/// "utbetalning sker senast" — is the issuer's target.
#[test]
fn notices_and_payouts_by_a_date_are_the_issuers() {
    check(
        "• Abstracts due: 1 October 2025\n• Notification of acceptance to present at the conference: 1 December 2025",
        "2025-08-01",
        &["deadline 2025-10-01"],
    );
    check(
        "Applicants will be notified of their admission and their scholarship by 27 March 2026.",
        "2025-12-01",
        &[],
    );
    check(
        "Du som söker kommer få besked om platsen till din e-post senast 8 maj.",
        "2025-03-25",
        &[],
    );
    check(
        "Ansökan ska vara inne senast 28 februari. Utbetalning sker senast 30 juni.",
        "2025-01-15",
        &["deadline 2025-02-28"],
    );
    check(
        "Hakijat saavat tiedon valinnasta sähköpostiin viimeistään 8.5.",
        "2025-03-25",
        &[],
    );
    check(
        "- Abstraktit viimeistään 1.10.2025\n- Tieto valinnasta 1.12.2025",
        "2025-08-01",
        &["deadline 2025-10-01"],
    );
    // the reader's own sending stays a deadline
    check(
        "Questions can be sent until 5 February 2026.",
        "2026-01-10",
        &["deadline 2026-02-05"],
    );
}

/// Issue 14 (real5): a sentence or heading that announces a list ("…
/// specified below", "följande datum:", "Seuraavat illat:") tells what the
/// listed dates are when the items carry no cue of their own; a heading
/// "the call closes" tells it for a date alone under it.
#[test]
fn announcing_sentences_head_their_lists() {
    check(
        "All deadlines for applications listed below end at 12.00 noon.\n\nTeacher mobility 5 February 2026\nStudent mobility 30 April 2026",
        "2025-11-15",
        &["deadline 2026-02-05", "deadline 2026-04-30"],
    );
    check(
        "Formuläret är öppet året runt men vi går igenom inkomna ansökningar följande datum:\n\n31 januari – för resor under våren.\n30 april – för resor under hösten.",
        "2026-01-10",
        &["deadline 2026-01-31", "deadline 2026-04-30"],
    );
    check(
        "Seuraavat illat:\n24.3. Kirjailija Anna Virta - Kirjoittamisesta\n21.4. Kuoro Laulurastaat - Kevään lauluja",
        "2026-03-10",
        &["event 2026-03-24", "event 2026-04-21"],
    );
    check_all(
        &[
            "Utlysningen stänger\n\n27 februari 2026 (kl. 14.00)",
            "Haku sulkeutuu\n\n27.2.2026 klo 14",
        ],
        "2026-01-20",
        &["deadline 2026-02-27"],
    );
    // a plain heading over prose is no list: its dates keep their own cues
    check(
        "Ansökan\n\nUtlysning sker 15 mars 2026.\n\nSista ansökningsdag: 16 april 2026.",
        "2026-03-01",
        &["deadline 2026-04-16"],
    );
}

/// Issue 14 (real5/real6): periods. Two days joined by "to" are a range
/// without a "from"; a named application period or something open for a
/// period closes on its last day, even with a time after it; the span a
/// grant covers is a duration; "no lecture on" is no event.
#[test]
fn periods_durations_and_days_without_events() {
    check(
        "Letters of intent accepted: 1 November to 5 December 2025",
        "2025-10-20",
        &["deadline 2025-12-05"],
    );
    check(
        "Skolvalet till förskoleklassen är öppet 25 oktober till 14 november.",
        "2025-10-20",
        &["deadline 2025-11-14"],
    );
    check_all(&["The application period for the scholarships is from 3 January to 17 January 2026 (15.00 GMT +2).",
"Apurahojen hakuaika on 3.1.–17.1.2026 (klo 15 Suomen aikaa)."], "2025-12-15", &["deadline 2026-01-17"]);
    check_all(&["Sista ansökningsdag: 16 april 2026.\n\nStipendieperiod\n\n1 september 2026 – 31 augusti 2027",
"Hakuaika päättyy 16.4.2026. Apurahakausi on 1.9.2026–31.8.2027.",
"Applications close on 16 April 2026. The grant period is 1 September 2026 – 31 August 2027."], "2026-03-01", &["deadline 2026-04-16"]);
    check_all(
        &[
            "Talks follow on 10 November (there is no lecture on 24 November due to the holiday).",
            "Föreläsning den 10 november (ingen föreläsning den 24 november).",
            "Luento pidetään 10.11. Ei luentoa 24.11. pyhäpäivän vuoksi.",
        ],
        "2025-10-27",
        &["event 2025-11-10"],
    );
}
