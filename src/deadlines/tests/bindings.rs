//! Issue 14 round 10 (real17/real18): what each day of one sentence binds
//! to — a limit word to its own day, an event noun to the days it names.

use super::*;

/// "Pay by D1 for the lecture on D2": the limit word makes D1 a deadline,
/// the lecture's days (one or several) are events, also when the pairs
/// run on in one long line.
#[test]
fn a_limit_day_and_the_event_it_serves_in_one_sentence() {
    check_all(
        &[
            "Please register by 3 May for the workshop on 10 May.",
            "Ilmoittaudu 3.5. mennessä 10.5. pidettävään työpajaan.",
            "Anmäl dig senast 3 maj till workshopen den 10 maj.",
        ],
        "2025-04-01",
        &["deadline 2025-05-03", "event 2025-05-10"],
    );
    check_all(
        &[
            "The fee is paid by 7 March for the lecture on 12 March by 20 March for the lectures on 26 March and 2 April",
            "Maksu suoritetaan viimeistään 7.3. luennolle 12.3. viimeistään 20.3. luennoille 26.3. ja 2.4.",
            "Avgiften betalas senast 7 mars för föreläsningen 12 mars senast 20 mars för föreläsningarna 26 mars och 2 april",
        ],
        "2025-03-01",
        &[
            "deadline 2025-03-07",
            "event 2025-03-12",
            "deadline 2025-03-20",
            "event 2025-03-26",
            "event 2025-04-02",
        ],
    );
    // a day with no event noun beside it keeps the limit word's reading
    check_all(
        &[
            "Register by 3 May, and pay by 10 May.",
            "Ilmoittaudu 3.5. mennessä ja maksa 10.5. mennessä.",
            "Anmäl dig senast 3 maj och betala senast 10 maj.",
        ],
        "2025-04-01",
        &["deadline 2025-05-03", "deadline 2025-05-10"],
    );
}

/// "Monday, May 25: Memorial Day" under "closed on the following dates:":
/// a day labelling its line is a day (no clock time), and a closure
/// heading the list makes each listed day a closure.
#[test]
fn days_listed_under_a_closure_are_closures() {
    check(
        "The pool will be closed on the following dates:\nMonday, May 26: Memorial Day\nFriday, July 4: Independence Day",
        "2025-05-02",
        &["event 2025-05-26", "event 2025-07-04"],
    );
    check_all(
        &[
            "Uimahalli on suljettu seuraavina päivinä:\nperjantai 6.6.: koulutuspäivä\nperjantai 20.6.: juhannusaatto",
            "Simhallen är stängd följande dagar:\nfredag 6 juni: utbildningsdag\nfredag 20 juni: midsommarafton",
        ],
        "2025-05-02",
        &["event 2025-06-06", "event 2025-06-20"],
    );
    // the hour of a day is no label: "May 26:30" is nothing
    check(
        "The pool will be closed on the following dates:\nMay 26:30 staff",
        "2025-05-02",
        &[],
    );
}

/// A day that is not the reader's: a service restored by a day is the
/// issuer's work, and the end named in a condition ("if your period ends
/// on …") only tells which case the rest of the sentence is about.
#[test]
fn restorations_and_conditions_are_not_the_readers_days() {
    check_all(
        &[
            "Traffic arrangements will return to normal by 22 February.",
            "Ajojärjestelyt palautuvat normaaliksi viimeistään 22.2.",
            "Trafiken återgår till det normala senast den 22 februari.",
        ],
        "2025-02-10",
        &[],
    );
    check_all(
        &[
            "If your reporting period ends on 15–16 April 2025, you are paid on 17 April 2025.",
            "Jos ilmoitusjakso päättyy 15.–16.4.2025, rahat ovat tilillä 17.4.2025.",
            "Om din period slutar 15–16 april 2025, betalas pengarna ut den 17 april 2025.",
        ],
        "2025-03-01",
        &["event 2025-04-17"],
    );
}

/// Church services, harvest festivals, blood drives and vernissages are
/// gatherings on their day, in every language.
#[test]
fn services_harvests_and_blood_drives_are_events() {
    check_all(
        &[
            "The next blood drive is 26 June at the community hall.",
            "Seuraava verenluovutus on 26.6. seurojentalolla.",
            "Nästa blodgivning är 26 juni i bygdegården.",
        ],
        "2025-06-01",
        &["event 2025-06-26"],
    );
    check_all(
        &[
            "Our harvest festival is on 5 October, with a church service on 25 December.",
            "Sadonkorjuujuhla on 5.10. ja jumalanpalvelus 25.12.",
            "Skördefesten är 5 oktober och gudstjänsten 25 december.",
        ],
        "2025-09-01",
        &["event 2025-10-05", "event 2025-12-25"],
    );
    check_all(
        &[
            "Welcome to the vernissage, 10 October.",
            "Tervetuloa näyttelyn avajaisiin 10.10.",
            "Välkomna på vernissage 10 oktober.",
        ],
        "2025-09-01",
        &["event 2025-10-10"],
    );
}

/// Days listed under a heading of a programme or of a season's events
/// ("Autumn programme", "Syksyn ohjelma", "Föreläsningar hösten 2025") are
/// the programme's events, whatever each line names.
#[test]
fn days_listed_under_a_programme_heading_are_its_events() {
    check_all(
        &[
            "Our club meets in the parish hall.\n\nAutumn programme\n\n17.9. Guided tour of the manor at 17-18\n\n1.10. Visit to the music centre at 14.30",
            "Kerho kokoontuu seurakuntatalolla.\n\nSyksyn ohjelma\n\n17.9. Opastettu tutustuminen kartanoon klo 17-18\n\n1.10. Tutustuminen musiikkitaloon klo 14.30",
            "Klubben träffas i församlingshemmet.\n\nHöstens program\n\n17.9. Guidad tur på herrgården kl. 17-18\n\n1.10. Besök på musikhuset kl. 14.30",
        ],
        "2025-08-20",
        &["event 2025-09-17", "event 2025-10-01"],
    );
    // a limit word on a listed line keeps its deadline
    check_all(
        &[
            "Autumn programme\n\n10.9. Last day to sign up for the trip\n\n17.9. Trip to the lake at 9",
            "Syksyn ohjelma\n\n10.9. Viimeinen ilmoittautumispäivä retkelle\n\n17.9. Retki järvelle klo 9",
            "Höstens program\n\n10.9. Sista anmälningsdag till resan\n\n17.9. Resa till sjön kl. 9",
        ],
        "2025-08-20",
        &["deadline 2025-09-10", "event 2025-09-17"],
    );
}

/// Weekdays with their dates one a line under a sentence pointing to them
/// ("Mark your calendars! See the dates below.") are the days it tells of;
/// each line is a day of its own, not the heading of the next.
#[test]
fn days_one_a_line_under_a_pointing_sentence() {
    check_all(
        &[
            "Mark your calendars! See the dates below.\n\nSaturday, May 20\n\nSaturday, July 22",
            "Merkitse kalenteriin! Päivät alla:\n\nlauantai 20.5.\n\nlauantai 22.7.",
            "Boka in i kalendern! Se datum nedan.\n\nlördag 20 maj\n\nlördag 22 juli",
        ],
        "2023-02-24",
        &["event 2023-05-20", "event 2023-07-22"],
    );
}

/// Slashed days listed together ("29/10, 26/11 and 17/12") are days after
/// any word, while fractions listed the same way stay amounts.
#[test]
fn slashed_days_listed_together_are_days() {
    check_all(
        &[
            "The monthly meetings 29/10, 26/11 and 17/12 are held at the theatre.",
            "Kuukausikokoukset 29/10, 26/11 ja 17/12 pidetään teatterissa.",
            "Månadsmötena 29/10, 26/11 och 17/12 hålls på teatern.",
        ],
        "2023-08-28",
        &["event 2023-10-29", "event 2023-11-26", "event 2023-12-17"],
    );
    check_all(
        &[
            "The meeting is held when 1/2, 1/3 and 1/4 of the members are present.",
            "Kokous pidetään, kun 1/2, 1/3 ja 1/4 jäsenistä on paikalla.",
            "Mötet hålls när 1/2, 1/3 och 1/4 av medlemmarna är där.",
        ],
        "2023-08-28",
        &[],
    );
}
