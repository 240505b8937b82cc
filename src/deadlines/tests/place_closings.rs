//! Issue 14 (stop 34): a place that closes on a day is a service break,
//! and the day it opens again is nothing (`classify/place_closings.rs`).

use super::*;

/// A library, an office or a pool closing on a day: the closure is the
/// event, as "closed" on the day is (real183:16, real185:47, real183:27).
#[test]
fn a_place_closing_on_a_day_is_a_break() {
    check_all(
        &[
            "Brierley Hill Library will be closing on Saturday 15th April for refurbishment.",
            "The town hall will close on Saturday 15 April for refurbishment.",
            "Kirjasto sulkeutuu lauantaina 15.4. remontin ajaksi.",
            "Svartå filialbibliotek stänger 15.4 inför rivning.",
            "Myrbacka biblioteks stora sal stängs 15.4.2023 medan tidningssalen har öppet.",
        ],
        "2023-04-10",
        &["event 2023-04-15"],
    );
}

/// Closing at an hour and opening again on a later day: the hour starts
/// the break, so its day is the closure; the reopening is nothing
/// (real185:9, real184:49, real185:25).
#[test]
fn closing_at_an_hour_before_a_reopening_gives_the_closing_day() {
    check_all(
        &[
            "The Library will close for Christmas at 5pm on Friday 20 December 2019 and re-open at 9am on Monday 6 January 2020.",
            "Customer service centres will close from 12:00 PM on Friday 20 December 2019. Normal business hours will resume from 8:30 AM on Monday 6 January 2020.",
            "We will be closing at 12.00pm on Friday the 20th of December and opening again on Monday the 6th of January at 8.00am.",
            "Kirjasto sulkeutuu perjantaina 20.12.2019 klo 16 ja avataan uudelleen maanantaina 6.1.2020.",
            "Biblioteket stänger kl. 16 fredag 20.12.2019 och öppnar igen måndag 6.1.2020.",
        ],
        "2019-12-01",
        &["event 2019-12-20"],
    );
}

/// A closing at an hour with no reopening after it, or "earlier than
/// usual", only shortens the day's opening hours: nothing (real20:4).
#[test]
fn a_closing_at_an_hour_alone_is_shorter_hours() {
    check_all(
        &[
            "Libraries close at 4pm on Tuesday 24 December.",
            "On 24 December most libraries close earlier than usual.",
            "Kirjastot suljetaan kello 16 tiistaina 24.12.",
            "Biblioteken stänger kl. 16 tisdag 24.12.",
        ],
        "2019-12-01",
        &[],
    );
}

/// The day service resumes or a place opens again is the ordinary
/// restored, no event (real186:45, real183:11, real184:35).
#[test]
fn resuming_service_is_no_event() {
    check_all(
        &[
            "County offices will be closed for Labor Day, Monday, and resume operations on Tuesday, Sept. 8.",
            "Usual service will be resuming on Tuesday 8 September.",
            "Verksamheten planerar att kunna öppna igen den 8 september.",
        ],
        "2020-09-04",
        &[],
    );
}

/// A call's closing stays the reader's last day, even where a place is
/// named beside it.
#[test]
fn a_call_closing_stays_a_deadline() {
    check_all(
        &[
            "Applications close on Friday 20 December 2019.",
            "The online application system at the library closes on 20 December 2019.",
            "Ansökan till biblioteket stänger 20.12.2019.",
            "Kirjaston kysely sulkeutuu 20.12.2019.",
        ],
        "2019-12-01",
        &["deadline 2019-12-20"],
    );
}

/// A closure list names the place between its dash and "closed", and a
/// closure told after two weekday-led days joined by "to" makes them its
/// span (real200:3).
#[test]
fn a_closure_list_reads_its_places_and_spans() {
    check_all(
        &[
            "2019 Closures\n• Thursday 12th September - sports hall closed\n• Thursday 26th to Friday 27th September - all facilities closed\n",
            "2019 Closures\n• Thursday 12 September - sports hall closed\n• Thursday 26 to Friday 27 September - all facilities closed\n",
        ],
        "2019-09-01",
        &["event 2019-09-12", "event 2019-09-26 2019-09-27"],
    );
}

/// Without a closure or a "from", two weekday-led days joined by "to"
/// stay a window to act in (real27:1), no event span.
#[test]
fn weekday_days_joined_by_to_without_a_closure_are_no_span() {
    let got = written(
        "Monday 4th to Monday 11th July: sign up for the summer scheme.",
        Lang::Auto,
        day("2022-06-20"),
    );
    assert!(
        !got.iter().any(|m| m.starts_with("event 2022-07-04 ")),
        "an event span: {got:?}"
    );
}

/// A closure from a day with no end told starts on that day: the day is
/// the closure (real190:38, real200:6), as "closed on" is; "from" alone
/// would open a window, as opening hours "from 1 June" do.
#[test]
fn a_place_closed_from_a_day_is_a_break_on_it() {
    check_all(
        &[
            "The after hours library chute will be closed from Monday 30 March.",
            "Graignamanagh Library will be closing from Monday 30 March for a period of six weeks.",
            "Biblioteket kommer att vara stängt från måndag 30 mars.",
        ],
        "2020-03-27",
        &["event 2020-03-30"],
    );
}

#[test]
fn a_place_closed_from_a_day_in_finnish_breaks_on_that_day() {
    // (real346:29, real234:55: "alkaen" after a closing is the break's
    // first day, no practice entering into force)
    check_rules(
        "Kirjastot suljetaan keskiviikosta 18.3. alkaen ja kunnanviraston ovet on toistaiseksi lukittu.",
        "2020-03-17",
        &["event 2020-03-18"],
    );
    // (a rule from a day is still no event)
    check_rules("Uusi hinnasto on voimassa 18.3. alkaen.", "2020-03-17", &[]);
}

/// A park, a playground or a skatepark closing on a day is a service
/// break as a library's is (stop 42, real366:40, :18, :46).
#[test]
fn a_park_or_a_playground_closing_on_a_day_is_a_break() {
    check_all(
        &[
            "The skatepark in Thurmaninpuisto will close on 3rd of September, 2024, and remain closed until the end of 2025.",
            "Parken kommer byggas om och stänger tisdagen den 3 september 2024.",
            "All outdoor municipal playgrounds will be closing for the season on Tuesday, September 3, 2024.",
        ],
        "2024-08-20",
        &["event 2024-09-03"],
    );
}

/// A closing at an hour whose reopening the next sentence tells on a later
/// day ("… will close at 12pm on Friday 22 December. The Library branches …
/// will reopen on Tuesday 2 January 2024", real481:3) is the closure's day;
/// with a closed day of its own after it, the hour only shortens the day
/// (real421:49).
#[test]
fn a_closing_at_an_hour_reopened_in_the_next_sentence_is_the_closure() {
    let reopened = "Penrith Civic Centre and St Marys Office will close at 12pm on Friday 22 December.\nThe Library branches, Civic Centre and St Marys Office will reopen on Tuesday 2 January 2024 with normal operating hours recommencing.";
    check_rules(reopened, "2023-12-05", &["event 2023-12-22"]);
    check(reopened, "2023-12-05", &["event 2023-12-22"]);
    let closed_after = "The library will close at 5pm on Wednesday, July 3, and remain closed all day on Thursday, July 4. Regular hours will resume on Friday, July 5, at 9am.";
    check_rules(closed_after, "2024-06-20", &["event 2024-07-04"]);
}

/// A closure told to start on a day ("effective", "starting", "alkaen") is
/// a break from that day: its first day is the event, no rule entering
/// into force (real538:21, real486:6, real544:36).
#[test]
fn a_closure_starting_on_a_day_is_a_break_from_it() {
    check_rules_all(
        &[
            "Effective April 8, 2021, all Township facilities will be closed to the public.",
            "The Dog Park will be closed effective Thursday, April 8 due to the festival.",
            "Voipaalan taidekeskus sulkeutuu 8.4. alkaen.",
        ],
        "2021-04-01",
        &["event 2021-04-08"],
    );
}

/// A rule, not a place, entering into force on the day stays nothing, and
/// so does a closure's first day with its span told after it.
#[test]
fn a_rule_effective_on_a_day_is_still_nothing() {
    check_rules_all(
        &[
            "Effective April 8, 2021, the new parking fees apply in the town centre.",
            "Uudet maksut ovat voimassa 8.4. alkaen.",
        ],
        "2021-04-01",
        &[],
    );
}

/// "Centre closed 23 December 2019 to 3 January 2020": a place's state
/// told of the day, no story in the past tense (real542:19).
#[test]
fn closed_before_a_day_is_no_past_tense() {
    check_rules(
        "City Child Care Centre\n\nCLOSED 23 December 2019 to 3 January 2020 inclusive, reopening 6 January 2020",
        "2019-12-21",
        &["event 2019-12-23 2020-01-03"],
    );
}
