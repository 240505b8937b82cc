//! Issue 14 round 16: an event card (a title, the day with its hours, the
//! place with its street address, one a line) tells an event on that day;
//! a day with its hours over prose stays a news item's dateline.

use super::*;

/// The day and hours on one line, the place with its address under them.
#[test]
fn a_day_with_hours_over_an_address_is_an_event() {
    check_all(
        &[
            "Evening of carols\n20.12.2031 at 18:00\nSt Mary's Church, High Street 12, 00530 Oxford",
            "Kauneimmat joululaulut\n20.12.2031 klo 18:00\nMikaelin kirkko, Kirkkotie 12, 00530 Helsinki",
            "Julsånger i kyrkan\n20.12.2031 kl 18:00\nMikaels kyrka, Kyrkvägen 12, 11530 Stockholm",
        ],
        "2031-12-01",
        &["event 2031-12-20"],
    );
}

/// The hours on a line of their own between the day and the place.
#[test]
fn hours_on_their_own_line_between_day_and_place() {
    check_all(
        &[
            "Winter recital\n9.1.2032\n13.00 - 13.45\nCity Library, Main Street 3, 33100 Tampere",
            "Talvinen konsertti\n9.1.2032\n13.00 - 13.45\nPääkirjasto, Pirkankatu 3, 33100 Tampere",
            "Vinterkonsert\n9.1.2032\n13.00 - 13.45\nStadsbiblioteket, Storgatan 3, 33100 Tammerfors",
        ],
        "2031-12-01",
        &["event 2032-01-09"],
    );
}

/// A dateline with its hours over the news text is no event: the place
/// is what makes a card.
#[test]
fn a_dateline_over_prose_is_no_event() {
    check_all(
        &[
            "Council news\n20.12.2031 at 10:15\nThe council met on Monday, and the budget was approved.",
            "Kunnan uutiset\n20.12.2031 klo 10:15\nValtuusto kokoontui maanantaina, ja talousarvio hyväksyttiin.",
            "Kommunens nyheter\n20.12.2031 kl 10:15\nFullmäktige sammanträdde i måndags och budgeten godkändes.",
        ],
        "2031-12-01",
        &[],
    );
}
