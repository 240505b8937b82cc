//! Issue 14 (real7/real8 causes): the issuer's own days and the opening
//! of a period, written as labels, with a weekday and a comma, or as what
//! should have reached the reader by a day.

use super::*;

/// A label "Applications open:" before a date opens a period; "as of
/// Monday, October 5" is a start even with the weekday's comma.
#[test]
fn openings_in_labels_and_after_a_weekday() {
    check(
        "Applying for Reception class places\n\nApplications open: 3 March 2025\n\nApplications close: 30 April 2025",
        "2025-02-01",
        &["deadline 2025-04-30"],
    );
    check_all(&["Applications for events and projects are open as of Monday, March 3, 2025 and will close on Friday, April 4, 2025.",
"Haku tapahtumille ja hankkeille on avoinna alkaen maanantaina 3.3.2025 ja päättyy perjantaina 4.4.2025.",
"Ansökan för evenemang öppnar: måndag 3 mars 2025. Ansökan stänger: fredag 4 april 2025."], "2025-02-01", &["deadline 2025-04-04"]);
}

/// What should have reached the reader by a day, and the day places are
/// offered, are the sender's: no deadline of the reader's.
#[test]
fn what_the_reader_should_have_received() {
    check(
        "You should have received your voting card by 2 May 2026.",
        "2026-04-01",
        &[],
    );
    check_all(
        &[
            "Du bör ha fått ditt röstkort senast 3 september 2026.",
            "Sinun pitäisi olla saanut äänestyskorttisi viimeistään 3.9.2026.",
        ],
        "2026-08-01",
        &[],
    );
    check("National offer day: 16 April 2026", "2026-03-01", &[]);
    check("Antagningsbesked: 9 december", "2025-11-01", &[]);
}

/// What the organiser holds by a day ("the annual meeting is held by the
/// end of May") is its own target, not a deadline of the reader's.
#[test]
fn meetings_held_by_a_day_are_the_organisers() {
    check_all(
        &[
            "The annual meeting is held each year by the end of April.",
            "Kevätkokous pidetään vuosittain huhtikuun loppuun mennessä.",
            "Årsmötet hålls varje år senast den 30 april.",
        ],
        "2026-01-10",
        &[],
    );
    // what the member must do by a day stays a deadline
    check(
        "Motions to the annual meeting must be sent by 1 February.",
        "2026-01-10",
        &["deadline 2026-02-01"],
    );
}

/// A date opening its sentence is read with the clause after its comma:
/// "On October 28th, a meeting was held" is told in the past.
#[test]
fn a_date_opening_its_clause_takes_the_tense_after_the_comma() {
    check_all(
        &[
            "On October 28, a public meeting was held at the town hall.",
            "Den 28 oktober hölls ett öppet möte i stadshuset.",
        ],
        "2026-01-10",
        &[],
    );
    check(
        "On March 12, a public meeting will be held at the town hall.",
        "2026-01-10",
        &["event 2026-03-12"],
    );
    check(
        "Lokakuun 28. päivänä, kaupungintalolla pidettiin yleisötilaisuus.",
        "2026-01-10",
        &[],
    );
}

/// Where one day of a clause carries its own deadline mark, a range with
/// none is the period applied for or reported on; two slashed days joined
/// by a dash are a range wherever they stand.
#[test]
fn a_period_beside_its_deadline_is_not_a_second_deadline() {
    check_all(
        &[
            "Aktivitetsstöd\n\n1/7–31/12 med sista ansökningsdag senast den 25/2.",
            "Activity grant\n\n1/7–31/12, applications due on 25/2.",
            "Toiminta-avustus\n\n1.7.–31.12., hakemukset viimeistään 25.2.",
        ],
        "2026-01-10",
        &["deadline 2026-02-25"],
    );
    // a range with its own action word stays the period to act in
    check(
        "Hakuaika 1.–15.3.2026 ja liitteet viimeistään 20.3.2026.",
        "2026-01-10",
        &["deadline 2026-03-15", "deadline 2026-03-20"],
    );
}

/// "Normally due on April 15": the usual day of a moved deadline is old.
#[test]
fn the_usual_day_of_a_moved_deadline_is_old() {
    check(
        "Returns normally due on April 15 are extended to June 15.",
        "2026-03-01",
        &["deadline 2026-06-15"],
    );
    check_all(&["Ilmoitukset, jotka tavallisesti on jätettävä 30.4. mennessä, voi jättää 15.5. mennessä.",
"Ansökan som normalt ska vara inne senast den 30 april kan i år lämnas senast den 15 maj."], "2026-03-01", &["deadline 2026-05-15"]);
}

/// A day on a line of its own, then a title, a colon and the time it
/// starts: the day's programme, something that takes place.
#[test]
fn a_titled_line_with_a_start_time_under_a_day() {
    check_all(
        &[
            "Thursday, May 7\nBook Club: 6 p.m. to 8 p.m., Main Library.",
            "Torstai 7.5.\nLukupiiri: 18.00–20.00, pääkirjasto.",
            "Torsdag 7 maj\nBokcirkel: 18.00–20.00, stadsbiblioteket.",
        ],
        "2026-05-01",
        &["event 2026-05-07"],
    );
}

/// Days listed under a heading of opening hours are opening days: neither
/// events nor calls. Closures listed beside them are breaks.
#[test]
fn days_listed_under_an_opening_heading() {
    check(
        "Opening hours over the holidays\nOPEN\nMon 29.12.2025 10–17\nMon 5.1.2026 10–17",
        "2025-12-10",
        &[],
    );
    check_all(&["SULJETTU\nKe 24.12.2025 – jouluaatto\nAVOINNA\nMa 29.12.2025 klo 10–17\nMa 5.1.2026 klo 10–17",
"STÄNGT\nOns 24.12.2025 – julafton\nÖPPET\nMån 29.12.2025 kl. 10–17\nMån 5.1.2026 kl. 10–17"], "2025-12-10", &["event 2025-12-24"]);
}

/// A date labelling the words after its colon is read with them: what
/// the issuer sends then is its own doing.
#[test]
fn a_dated_label_reads_the_words_after_its_colon() {
    check_all(&["Key dates: 2–6 March: Tax returns will be sent to digital mailboxes.",
"Tärkeät päivät: 2.–6.3.: Veroilmoitukset lähetetään digitaalisiin postilaatikoihin ja ne ovat nähtävissä OmaVerossa.",
"Viktiga datum: 2–6 mars: Deklarationen skickas till digitala brevlådor."], "2026-02-01", &[]);
}

/// Meetings announced by the sentence above and listed as a day and a
/// time ("31.8.2026 klo 18.00") are events, also in the Finnish plural
/// ("kokoukset", "kokouksessa").
#[test]
fn meetings_listed_as_a_day_and_a_time() {
    check_all(&["Valtuuston kokoukset pidetään syksyllä seuraavasti:\n31.8.2026 klo 18.00\n28.9.2026 klo 18.00",
"The council meetings this autumn are held as follows:\n31.8.2026 at 18.00\n28.9.2026 at 18.00",
"Fullmäktiges sammanträden hålls enligt följande:\n31.8.2026 kl. 18.00\n28.9.2026 kl. 18.00"], "2026-06-01", &["event 2026-08-31", "event 2026-09-28"]);
}

/// A validity word whose subject is the dates listed ("gäller de här
/// utbetalningsdatumen:") names them; it ends no validity.
#[test]
fn a_validity_word_naming_the_listed_dates() {
    check_all(&["För läsåret gäller de här utbetalningsdatumen:\n\n  • 30 september 2026\n  • 30 oktober 2026",
"For the school year, these payment dates apply:\n\n  • 30 September 2026\n  • 30 October 2026",
"Lukuvuonna ovat voimassa seuraavat maksupäivät:\n\n  • 30.9.2026\n  • 30.10.2026"], "2026-09-01", &["event 2026-09-30", "event 2026-10-30"]);
}

/// The reader's own paper sent by a day is the reader's act, whatever the
/// verb of sending ("Hakemus jätetään/postitetaan … viimeistään",
/// real166:48, as "Anmälan skickas" and "applications must be posted"),
/// while the issuer's instructions sent by a day stay its own target.
#[test]
fn the_readers_application_posted_by_a_day_is_a_deadline() {
    check_all(
        &[
            "Applications are to be handed in or posted to the Council's office no later than 31.01.2018.",
            "Hakemus jätetään/postitetaan Tornionlaakson Neuvoston kansliaan viimeistään 31.01.2018.",
            "Ansökan lämnas in eller postas till rådets kansli senast 31.01.2018.",
        ],
        "2017-12-01",
        &["deadline 2018-01-31"],
    );
    for input in [
        "Ilmoittautumisohjeet lähetetään osallistujille viimeistään 31.1.2018.",
        "Kutsut postitetaan jäsenille viimeistään 31.1.2018.",
    ] {
        assert!(
            written(input, Lang::Fi, day("2017-12-01")).is_empty(),
            "{input}"
        );
    }
}

/// Entries the reader can send in over a range (real415:36): the range is
/// the window to act in, one deadline on its close. What the reader
/// receives while the issuer sends is none (real261:29).
#[test]
fn entries_the_reader_can_send_over_a_range_close_on_its_last_day() {
    check_rules_all(
        &[
            "Photos can be sent between 18 January and 26 March 2021.",
            "Kuvia voi lähettää 18.1.–26.3.2021 välisenä aikana.",
            "Bilder kan skickas in 18.1–26.3.2021.",
        ],
        "2021-01-10",
        &["deadline 2021-03-26"],
    );
    check_rules(
        "Till personer som redan får pension från Sverige skickas kuvertet 9-14.1.2020.",
        "2019-12-20",
        &[],
    );
}
