//! Issue 14 (real3/real4 causes): payout frames, headings over listed
//! dates, spaced and verbal ranges, tense and actor clause by clause, and
//! cancellations.

use super::*;

/// Issue 14 (real3/real4 causes): money received, transferred or shared
/// out is a payment day; the old day of a moved payment and a day with
/// no payment are not reported.
#[test]
fn payout_frames() {
    check(
        "The housing allowance is transferred to your bank account on 12 March 2025.",
        "2025-01-10",
        &["event 2025-03-12"],
    );
    check(
        "Those owed money get their refunds on 7 August 2025.",
        "2025-06-01",
        &["event 2025-08-07"],
    );
    check(
        "Avustukset jaetaan hakijoille 14.4.2025.",
        "2025-01-10",
        &["event 2025-04-14"],
    );
    check(
        "Om utbetalningsdagen är en söndag kommer pengarna den 16 mars 2025.",
        "2025-01-10",
        &["event 2025-03-16"],
    );
    check(
        "Ersättning som skulle kommit den 25 december kommer den 23 december 2025.",
        "2025-11-01",
        &["event 2025-12-23"],
    );
    check(
        "Ändrade dagar:\n1 maj utbetalas 30 april,\n6 juni utbetalas 5 juni,",
        "2025-01-10",
        &["event 2025-04-30", "event 2025-06-05"],
    );
    check(
        "Eftersom det är helgdag utbetalas bidraget inte fredagen 6.6.2025. Bidraget utbetalas torsdagen 5.6.2025.",
        "2025-05-01",
        &["event 2025-06-05"],
    );
    check(
        "Because of the holiday, benefits are not paid out on 24 December 2025.",
        "2025-11-01",
        &[],
    );
}

/// Issue 14: a heading or label carries its cue to the days listed under
/// it, line by line.
#[test]
fn headings_carry_to_dates_below() {
    check(
        "Poikkeavat maksupäivät:\n\n19.6.2025\n23.12.2025",
        "2025-01-10",
        &["event 2025-06-19", "event 2025-12-23"],
    );
    check(
        "Registration deadline for the summer school\n\n30 April 2025",
        "2025-01-10",
        &["deadline 2025-04-30"],
    );
    check(
        "Sista anmälningsdag\nvår: 10 mars\nhöst: 10 oktober",
        "2025-01-10",
        &["deadline 2025-03-10", "deadline 2025-10-10"],
    );
    check(
        "Hakuajat ovat seuraavat:\n\nMaisteriohjelmat:\n1.2.2025 – 28.2.2025\n\nTohtoriohjelmat:\n1.4.2025 – 30.4.2025",
        "2025-01-10",
        &["deadline 2025-02-28", "deadline 2025-04-30"],
    );
    // a news title over its publication date is no label
    check(
        "Seminar season opens in the city library\n\n14.2.2025\n\nThe library has new opening hours.",
        "2025-01-10",
        &[],
    );
}

/// Issue 14: a range with spaces round the dash, and one told by a start
/// and an end verb.
#[test]
fn spaced_and_verbal_ranges() {
    check(
        "Hakuaika on 3.3. – 17.3.2025 klo 15.",
        "2025-01-10",
        &["deadline 2025-03-17"],
    );
    check(
        "The fair is held 3.3. – 5.3.2025 in Tampere.",
        "2025-01-10",
        &["event 2025-03-03 2025-03-05"],
    );
    check(
        "Ansökningstiden är 1.9. – 30.9.2025.",
        "2025-01-10",
        &["deadline 2025-09-30"],
    );
    check(
        "Kirjamessut alkaa to 2.10. ja loppuu su 5.10.2025.",
        "2025-01-10",
        &["event 2025-10-02 2025-10-05"],
    );
    check(
        "Festivalen börjar den 4 juli och slutar den 6 juli 2025.",
        "2025-01-10",
        &["event 2025-07-04 2025-07-06"],
    );
    check(
        "The application period opens on 1 March and closes on 15 April 2025.",
        "2025-01-10",
        &["deadline 2025-04-15"],
    );
}

/// Issue 14: "planned for" a day tells when something takes place.
#[test]
fn planned_for_is_an_event() {
    check_all(
        &[
            "Nästa styrelsemöte är planerat till den 9 december 2025.",
            "The next council meeting is scheduled for 9 December 2025.",
        ],
        "2025-11-01",
        &["event 2025-12-09"],
    );
}

/// Issue 14: tense and who acts, read clause by clause.
#[test]
fn tense_and_actor_by_clause() {
    // money the reader receives is a payment day, not the issuer's target
    check_all(
        &[
            "Most pensioners will receive their refunds on 5 August 2025.",
            "Useimmat saavat veronpalautuksensa tilille 5.8.2025.",
        ],
        "2025-06-01",
        &["event 2025-08-05"],
    );
    // a relative clause after a past main clause has its own tense
    check_all(
        &[
            "Luonnos lähetettiin lausunnolle, joka päättyy 14.3.2025.",
            "The draft was sent out for comments, which close on 14 March 2025.",
        ],
        "2025-01-10",
        &["deadline 2025-03-14"],
    );
    // a participle naming what is on time is no past story
    check_all(
        &[
            "Ansökningar som kommit in senast den 1 april 2025 tar vi ställning till under våren.",
            "Applications received by 1 April 2025 are considered in the spring.",
        ],
        "2025-01-10",
        &["deadline 2025-04-01"],
    );
    // but a past story stays past
    check(
        "The applications were received by 1 April 2025.",
        "2025-01-10",
        &[],
    );
}

/// Issue 14: a cancellation the reader makes can have a time limit, and
/// what is held instead of a cancelled meeting takes place.
#[test]
fn cancellations_by_the_reader_and_replacements() {
    check_all(
        &[
            "Cancellations are accepted until 15 May 2025.",
            "Peruutukset on tehtävä viimeistään 15.5.2025.",
            "Avbokning ska göras senast den 15 maj 2025.",
        ],
        "2025-01-10",
        &["deadline 2025-05-15"],
    );
    check(
        "Styrelsen har beslutat att ställa in mötet den 3 mars 2025 för att istället hålla ett möte den 10 mars 2025.",
        "2025-01-10",
        &["event 2025-03-10"],
    );
    check(
        "The seminar on 3 March 2025 is cancelled.",
        "2025-01-10",
        &[],
    );
}

/// Issue 14: words that looked like past tense or a place, and a
/// publication date with a time.
#[test]
fn false_past_and_place_words() {
    // "huomioi" (note!) and "-potti" (a pot) are no past tense
    check(
        "Huomioi huoltokatko 14.2.2025 klo 8–10.",
        "2025-01-10",
        &["event 2025-02-14"],
    );
    check(
        "Perjantaina 7. maaliskuuta jaetaan palkintopotti.",
        "2025-01-10",
        &["event 2025-03-07"],
    );
    // "Osassa" (in some) is no place holding the sentence together
    check(
        "Ennakkoäänestys järjestetään 2.4.–8.4. Osassa paikkoja aika on lyhyempi.",
        "2025-01-10",
        &["event 2025-04-02 2025-04-08"],
    );
    check("Publication date 14.2.2025 10.15", "2025-01-10", &[]);
}

/// Issue 14 (real7/real8): a payment that comes earlier than its usual
/// day — in brackets after it, after "then", or listed with other usual
/// days — is paid on the new day only.
#[test]
fn payments_moved_to_an_earlier_day() {
    check(
        "Payment dates at Easter\n- April 18 (Will be paid on April 16)\n- April 21 (Will be paid on April 17)",
        "2025-04-01",
        &["event 2025-04-16", "event 2025-04-17"],
    );
    check(
        "If your pension is due on Friday, May 1 or Saturday, May 2, then you will receive your money on Thursday, April 30.",
        "2026-04-01",
        &["event 2026-04-30"],
    );
    // ("you will get your payment on": the reader's own payment)
    check_all(
        &[
            "You will get your payment earlier than usual, on Friday December 24.",
            "Saat eläkkeesi tilillesi perjantaina 24. joulukuuta.",
            "Du får din pension utbetald fredagen den 24 december.",
        ],
        "2021-10-13",
        &["event 2021-12-24"],
    );
    check_all(
        &[
            "Jos eläke maksetaan tavallisesti 24.12., rahat maksetaan jo 22.12.",
            "Den som normalt får bidraget den 27 december får det i stället den 22 december.",
        ],
        "2025-12-01",
        &["event 2025-12-22"],
    );
    // a later day in the same frame is another payment, not a move
    check(
        "Rahat maksetaan 5.6. ja 5.7.",
        "2025-05-01",
        &["event 2025-06-05", "event 2025-07-05"],
    );
}

/// Two rounds in one sentence, each a cut-off for what arrives by its day
/// and a step of the issuer after it with no day of its own (real167:21):
/// the later round's day is its own cut-off, not the earlier step's day.
#[test]
fn two_received_by_rounds_in_one_sentence_are_two_deadlines() {
    check_all(
        &[
            "Applications received by 26 May 2025 are processed in August and those received by 15 September 2025 in October.",
            "26.5.2025 mennessä saapuneet hakemukset käsitellään elokuussa ja 15.9.2025 mennessä saapuneiden hakemusten päätökset tehdään loka–marraskuun aikana.",
            "Ansökningar som kommit in senast den 26 maj 2025 behandlas i augusti och de som kommit in senast den 15 september 2025 i oktober.",
        ],
        "2025-03-20",
        &["deadline 2025-05-26", "deadline 2025-09-15"],
    );
}

/// Issue 14 round 37: a list of days under "Pension dates:" or "The pay
/// dates … are:" are the days the pension is paid, as under
/// "maksupäivät" and "utbetalningsdagar".
#[test]
fn days_listed_as_pension_or_pay_dates_are_payouts() {
    check_all(
        &[
            "Pension dates:\n31/10/2023\n30/11/2023",
            "The pay dates for your pension for the next months are:\n31 October 2023\n30 November 2023",
            "Eläkkeiden maksupäivät:\n31.10.2023\n30.11.2023",
            "Pensionens utbetalningsdagar:\n31 oktober 2023\n30 november 2023",
        ],
        "2023-10-02",
        &["event 2023-10-31", "event 2023-11-30"],
    );
}

/// A pay-date table's rows, each in its language's form: the English row
/// names the month and its year, then the weekday and the day ("October
/// 2024 Tuesday 15th").
#[test]
fn a_pay_date_tables_rows_are_payouts() {
    check_all(
        &[
            "Pay Dates\n\nMonth Pay Date\nOctober 2024 Tuesday 15th\nNovember 2024 Friday 15th",
            "The pay dates for your pension are:\n\nOctober 2024      Tuesday 15th\n\nNovember 2024     Friday 15th",
            "Eläkkeen maksupäivät\n\nLokakuu: tiistai 15.10.2024\nMarraskuu: perjantai 15.11.2024",
            "Utbetalningsdagar för pension\n\nOktober: tisdag 15 oktober 2024\nNovember: fredag 15 november 2024",
        ],
        "2024-10-01",
        &["event 2024-10-15", "event 2024-11-15"],
    );
}
