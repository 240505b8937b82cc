//! Issue 14 (real17/real18): opening hours and their seasons laid out by
//! lines — a dated line naming the hours heads the days under it.

use super::*;

/// A dated line naming opening hours ("Summer hours 1.6.–31.8.",
/// "Kesäaukiolo", "Sommaröppettider") is no event itself, and the days
/// listed under it with their hours are service days; a day closed is a
/// closure.
#[test]
fn a_dated_line_of_opening_hours_heads_the_days_under_it() {
    check_all(
        &[
            "Town library\nSummer hours 1 June - 31 August 2025\nMonday-Friday 9-16\nThursday 12 June 9-13\nFriday 20 June: the library is closed",
            "Kaupunginkirjasto\nKesäaukiolo 1.6.-31.8.2025\nma-pe 9-16\nto 12.6. 9-13\npe 20.6. suljettu",
            "Stadsbiblioteket\nSommaröppettider 1.6.-31.8.2025\nmån-fre 9-16\ntor 12.6. 9-13\nfre 20.6. stängt",
        ],
        "2025-05-02",
        &["event 2025-06-20"],
    );
    // a dated line opening a call is no line of hours
    check_all(
        &[
            "3 March 2025: Opening of registration\n\n4 April 2025: Registration closes",
            "3.3.2025: Ilmoittautuminen avautuu\n\n4.4.2025: Ilmoittautuminen päättyy",
            "3 mars 2025: Anmälan öppnar\n\n4 april 2025: Anmälan stänger",
        ],
        "2025-02-02",
        &["deadline 2025-04-04"],
    );
}

/// A changed opening of a service over a range of days ("Exceptions to the
/// pool's opening hours 3.–4.3.") tells hours, not an event held then.
#[test]
fn changed_opening_hours_over_days_are_no_event() {
    check_all(
        &[
            "Changes to the pool's opening hours 3.-4.3.\n\nThe pool closes at 15 on Monday 3.3. and Tuesday 4.3. for lack of staff.",
            "Muutoksia uimahallin aukiolossa 3.-4.3.\n\nUimahalli suljetaan klo 15 maanantaina 3.3. ja tiistaina 4.3. henkilökuntapulan vuoksi.",
            "Ändrade öppettider i simhallen 3.-4.3.\n\nSimhallen stänger kl. 15 måndag 3.3. och tisdag 4.3. på grund av personalbrist.",
        ],
        "2025-02-20",
        &[],
    );
}

/// A heading telling what is ahead ("Upcoming …", "Tulossa", "Kommande",
/// "Mark your calendars") makes the days listed under it events, also
/// with a place after the day or several days on one labelled line.
#[test]
fn days_listed_under_a_heading_of_what_is_ahead() {
    check_all(
        &[
            "The residents' forum changed its hours last year.\n\nUpcoming forums\n\nMay 14, 2025 - North Hall\n\nSeptember 10, 2025 - South Hall",
            "Asukasfoorumi muutti aikojaan viime vuonna.\n\nTulossa\n\n14.5.2025 - Pohjoissali\n\n10.9.2025 - Eteläsali",
            "Invånarforumet ändrade sina tider förra året.\n\nKommande forum\n\n14 maj 2025 - Norra salen\n\n10 september 2025 - Södra salen",
        ],
        "2025-03-20",
        &["event 2025-05-14", "event 2025-09-10"],
    );
    // a title naming a habit on a weekday ("upcoming Thursdays") does not
    // make the page's date under it a listed day
    check_all(
        &[
            "Bin collection changes for upcoming Thursdays\nMarch 20, 2025\nCollection moves to Friday.",
            "Jäteastioiden tyhjennys siirtyy tulevina torstaina\n20.3.2025\nTyhjennys siirtyy perjantaille.",
            "Ändrad sophämtning kommande torsdagar\n20 mars 2025\nHämtningen flyttas till fredag.",
        ],
        "2025-03-20",
        &[],
    );
}

/// A day named as the submission date of an event's proposals is the day
/// to submit by: a deadline, not the event.
#[test]
fn a_submission_date_is_a_deadline() {
    check_all(
        &[
            "The submission date for seminar papers is 12 May 2025.",
            "Seminaariesitelmien jättöpäivä on 12.5.2025.",
            "Inlämningsdatum för seminarieuppsatser är 12 maj 2025.",
        ],
        "2025-03-20",
        &["deadline 2025-05-12"],
    );
}

/// An exhibition's opening day and the day it runs until, told in one
/// clause, are one event over the days between.
#[test]
fn an_opening_day_and_the_day_a_run_lasts_until_are_one_event() {
    check_all(
        &[
            "The exhibition opens on 4 June 2025 and runs until 7 September.",
            "Näyttely avautuu 4.6.2025 ja on avoinna 7.9. asti.",
            "Utställningen öppnar 4 juni 2025 och pågår t o m 7 september.",
        ],
        "2025-05-02",
        &["event 2025-06-04 2025-09-07"],
    );
    // an opening day alone is its own day
    check_all(
        &[
            "The exhibition opens on 4 June 2025.",
            "Näyttely avautuu 4.6.2025.",
            "Utställningen öppnar 4 juni 2025.",
        ],
        "2025-05-02",
        &["event 2025-06-04"],
    );
}

/// Issue 14 round 38: a place open on a recurring weekday over a range
/// keeps its hours; no day out (real283:26).
#[test]
fn open_on_a_recurring_weekday_over_a_range_is_no_day_out() {
    check_all(
        &[
            "The main library is also open on Fridays from 1 to 31 July 2025.",
            "Huom! Pääkirjasto on lisäksi avoinna perjantaisin 1.-31.7.2025",
            "Huvudbiblioteket har dessutom öppet fredagar 1–31 juli 2025.",
        ],
        "2025-05-07",
        &[],
    );
}
