//! Issue 14 round 27 (lines): a programme's day alone on its line over the
//! lines of its hours, with no event word (`timed_days.rs`).

use super::*;

/// A show's programme: each day alone, what happens then on lines led by
/// the hour, in every way of writing a clock time.
#[test]
fn a_day_over_its_hours_is_the_programmes_day() {
    let texts = [
        "Show week\n\nAugust 14\n\n9 a.m. - Cattle arrive at the barns\n\n2 p.m. - Judging of calves\n\nAugust 15\n10:30 Poultry\n12:00 Rabbits",
        "Näyttelyviikko\n\n14.8.\n\nklo 9 Nautojen saapuminen\n\nklo 14 Vasikoiden arvostelu\n\n15.8.\n10:30 Siipikarja\n12:00 Kanit",
        "Utställningsveckan\n\n14 augusti\n\nkl. 9.00 Korna anländer\n\nkl. 14.00 Bedömning av kalvar\n\n15 augusti\n10:30 Fjäderfä\n12:00 Kaniner",
    ];
    check_all(
        &texts,
        "2026-07-01",
        &["event 2026-08-14", "event 2026-08-15"],
    );
}

/// A day with its year over its hours and its place, as a society's list
/// of upcoming talks prints it.
#[test]
fn a_dated_talk_over_its_hours_is_an_event() {
    let talk_en = "Upcoming talks\n\nThe Mills of the Valley\n\nOctober 3rd, 2026\n7:00 - 8:30 pm\nParish Hall";
    let talk_fi = "Tulevat esitelmät\n\nLaakson myllyt\n\n3.10.2026\nklo 19–20.30\nSeurakuntatalo";
    let talk_sv =
        "Kommande föredrag\n\nDalens kvarnar\n\n3 oktober 2026\nkl. 19–20.30\nFörsamlingshemmet";
    check(talk_en, "2026-09-01", &["event 2026-10-03"]);
    check(talk_fi, "2026-09-01", &["event 2026-10-03"]);
    check(talk_sv, "2026-09-01", &["event 2026-10-03"]);
}

/// A news item's dateline over the time it was posted is the page's own
/// day, and a day over a line that merely holds numbers tells nothing.
#[test]
fn a_past_dateline_over_its_hour_or_numbers_is_no_event() {
    check_all(
        &[
            "Local news\n\n2 March 2026\n10:32\nThe council has placed six benches.",
            "Paikallisuutiset\n\n2.3.2026\n10:32\nKaupunki on asentanut kuusi penkkiä.",
            "Lokala nyheter\n\n2 mars 2026\n10:32\nKommunen har ställt ut sex bänkar.",
        ],
        "2026-03-02",
        &[],
    );
    check_all(
        &[
            "Results\n\n2 March 2026\n45 runners, 12 clubs",
            "Tulokset\n\n2.3.2026\n45 juoksijaa, 12 seuraa",
            "Resultat\n\n2 mars 2026\n45 löpare, 12 klubbar",
        ],
        "2026-01-02",
        &[],
    );
}
