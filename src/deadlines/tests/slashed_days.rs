//! Issue 14 round 29 (broad): a slashed day and month without a year
//! ("14/5", "1/7") is read as a date where a clock time follows it or a
//! word of a last day or of a day stands before it (`slashed_days.rs`),
//! even when its two numbers could make a fraction; a fraction stays one.

use super::*;

/// A clock time right after a slashed day places it, whatever word
/// stands before it.
#[test]
fn a_slashed_day_before_a_clock_time_is_a_day() {
    let texts = [
        "Spring clean-up of the allotments 16/5 at 10-13.",
        "Siivoustalkoot siirtolapuutarhassa 16/5 klo 10-13.",
        "Vårstädning av kolonilotterna 16/5 kl. 10-13.",
    ];
    check_all(&texts, "2026-04-20", &["event 2026-05-16"]);
    let texts = [
        "Parents' meeting in the hall, 22/9 18:30.",
        "Vanhempainilta juhlasalissa, 22/9 18:30.",
        "Föräldramöte i aulan, 22/9 18:30.",
    ];
    check_all(&texts, "2026-09-01", &["event 2026-09-22"]);
}

/// "by 1/7", "den 3/6": a last day's or a day's word before two one-digit
/// numbers makes them a day, though they could be read as a fraction.
#[test]
fn a_fraction_shaped_day_after_a_deadline_word_is_a_day() {
    let texts = [
        "Applications must be sent by 1/7.",
        "Hakemukset on lähetettävä viimeistään 1/7.",
        "Ansökan ska skickas in senast 1/7.",
    ];
    check_all(&texts, "2026-05-10", &["deadline 2026-07-01"]);
    let texts = [
        "Two thirds 2/3 of the members voted at 18:30.",
        "Kaksi kolmasosaa 2/3 jäsenistä äänesti.",
        "Två tredjedelar 2/3 av medlemmarna röstade.",
    ];
    check_all(&texts, "2026-01-10", &[]);
}

/// Round 45 (events grid): a verb of taking place before a slashed day
/// places it as "den" or "on" does; a verb of paying does not, since what
/// it takes may be a share of an amount.
#[test]
fn a_slashed_day_after_a_verb_of_taking_place_is_a_day() {
    let texts = [
        "The concert is scheduled for 15/3.",
        "Konsertti järjestetään jälleen 15/3.",
        "Konserten går av stapeln 15/3.",
    ];
    check_all(&texts, "2024-01-10", &["event 2024-03-15"]);
    let texts = [
        "Members pay 2/12 of the annual fee extra.",
        "Jäsenet maksavat 2/12 vuosimaksusta lisää.",
        "Medlemmarna betalar 2/12 av årsavgiften extra.",
    ];
    check_all(&texts, "2024-01-10", &[]);
}

/// Issue 14 round 46 (joined grid): a slashed day joined by "and" to a
/// clause with another slashed day is a day, so the words of its own clause
/// (entry into force, a past) stay with it and do not decide the next day.
#[test]
fn a_slashed_day_joined_to_another_is_a_day() {
    check(
        "The original deadline was 15/3 and the tournament will be held on 22/3.",
        "2024-01-10",
        &["event 2024-03-22"],
    );
    check(
        "Laki tulee voimaan 15/3 ja lähetä hakemus 22/3 mennessä.",
        "2024-01-10",
        &["deadline 2024-03-22"],
    );
    check(
        "Ändringen gäller fr.o.m. 15/3 och ansök senast 22/3.",
        "2024-01-10",
        &["deadline 2024-03-22"],
    );
}

/// A period of two slashed days without a year ("10/4 - 1/5", real161:13):
/// the day after the dash is the period's last day, no fraction, and the
/// period gives one deadline on it.
#[test]
fn a_slashed_period_without_a_year_closes_on_its_last_day() {
    check_all(
        &[
            "The application period is 10/4 - 1/5.",
            "Hakuaika on 10/4 - 1/5.",
            "Ansökningsperioden gäller 10/4 - 1/5.",
        ],
        "2024-04-02",
        &["deadline 2024-05-01"],
    );
}

/// A slashed day right after the name of an occasion or of a body that
/// meets is that day (stop 33, real176:26); a one-digit day after a noun
/// may be a share and stays unread.
#[test]
fn a_slashed_day_after_an_occasion_or_a_body_is_its_day() {
    check_all(
        &[
            "Matters to go before the council meeting 13/11",
            "Asiat, jotka menevät valtuuston kokoukseen 13/11",
            "Ärenden som ska till beslut i kommunfullmäktige 13/11",
        ],
        "2026-11-01",
        &["event 2026-11-13"],
    );
    check_all(&["Ärenden till kommunfullmäktige 2/3"], "2026-11-01", &[]);
}

/// "Måndag 4/7 kl 9-10": a weekday before a slashed day makes it a day,
/// whatever its numbers could make (stop 42, real338:16, a programme's
/// day lines).
#[test]
fn a_slashed_day_after_a_weekday_is_a_day() {
    check_all(
        &[
            "Monday 4/7 at 9-10, breakfast seminar on new toxins in drinking water.",
            "Maanantaina 4/7 klo 9-10 aamiaisseminaari juomaveden uusista myrkyistä.",
            "Måndag 4/7 kl 9-10, frukostseminarium om nya gifter i dricksvattnet.",
        ],
        "2016-06-29",
        &["event 2016-07-04"],
    );
}
