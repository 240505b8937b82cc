//! Round 48: an amnesty or a surrender is a window the reader acts in (to
//! hand weapons in), as an application period is: its last day is a
//! deadline, however the window is told (real288). The reviewer learned
//! the same from real288, so the rules are also asked alone.

use super::*;

#[test]
fn an_amnesty_running_until_a_day_is_a_deadline() {
    let told = [
        "The amnesty runs until April 25.",
        "Vapenamnestin pågår fram till den 25 april.",
        "Aseamnestia jatkuu 25. huhtikuuta asti.",
    ];
    check_all(&told, "2011-04-12", &["deadline 2011-04-25"]);
    check_rules_all(&told, "2011-04-12", &["deadline 2011-04-25"]);
}

#[test]
fn an_amnesty_told_as_a_range_gives_its_close() {
    check_all(
        &[
            "Vapenamnesti 1 mars - 31 maj 2007",
            "Firearms amnesty 1 March - 31 May 2007",
        ],
        "2007-02-23",
        &["deadline 2007-05-31"],
    );
    check(
        "Between March 1 and May 31 2009, owners of illegal firearms can hand them in with no \
         questions asked.",
        "2009-02-20",
        &["deadline 2009-05-31"],
    );
}

/// The window's word is what counts: a campaign of the police with no
/// amnesty named stays what it was.
#[test]
fn a_police_campaign_without_an_amnesty_is_unchanged() {
    check(
        "The police will hold an open day at the station on Saturday 14 May 2022.",
        "2022-05-01",
        &["event 2022-05-14"],
    );
}

/// A gift collection or a drive is a window the reader gives in, as an
/// amnesty is one to hand weapons in: its last day is a deadline, its
/// start no day of its own (real459).
#[test]
fn a_gift_collection_is_a_window_to_give_in() {
    let told = [
        "Joulupuukeräys 13.11.–7.12.2031",
        "Församlingarnas julinsamling 13.11–7.12.2031",
        "The holiday toy drive 13 November – 7 December 2031",
    ];
    check_rules_all(&told, "2031-11-01", &["deadline 2031-12-07"]);
    check_rules_all(
        &[
            "Donations will be accepted through December 7, 2031.",
            "Gåvorna tas emot till den 7 december 2031.",
        ],
        "2031-11-01",
        &["deadline 2031-12-07"],
    );
}
