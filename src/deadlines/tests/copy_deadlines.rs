//! Issue 14 round 20 (real36): a table laid out with spaces whose header
//! names a deadline's column and the issuer's own day beside it
//! ("Stoppdatum för material Utdelningsdatum"): each row's days take their
//! column's kind before any weekday reads them.

use super::*;

/// Issue 14 round 20 (real36): under "Deadline … Publication date", each
/// row's first day is the deadline and the issue's day is not reported,
/// rows opening with their number and month.
#[test]
fn a_material_deadline_column_beside_the_issue_day() {
    check_all(
        &[
            "Deadlines for the village newsletter 2021\n\nIssue Month Deadline for material Publication date\n4/2021 April Thursday 11 March 2021 Thursday 25 March 2021\n5/2021 May Thursday 15 April 2021 Thursday 29 April 2021",
            "Kyläsanomien aineistopäivät 2021\n\nNumero Kuukausi Aineistopäivä Ilmestymispäivä\n4/2021 huhtikuu torstai 11.03.2021 torstai 25.03.2021\n5/2021 toukokuu torstai 15.04.2021 torstai 29.4.2021",
            "Stopptider för infobladet 2021\n\nNummer Månad Stoppdatum för material Utdelningsdatum\n4/2021 april torsdag 11.03.2021 torsdag 25.03.2021\n5/2021 maj torsdag 15.04.2021 torsdag 29.4.2021",
        ],
        "2021-03-01",
        &["deadline 2021-03-11", "deadline 2021-04-15"],
    );
}

/// Issue 14 round 20: a publication day's column with no deadline's
/// beside it makes no row's day a deadline.
#[test]
fn an_issue_day_column_alone_makes_no_deadline() {
    for input in [
        "Newsletter 2021\n\nIssue Month Publication date Delivery date\n4/2021 April Thursday 11 March 2021 Thursday 25 March 2021",
        "Kyläsanomat 2021\n\nNumero Kuukausi Julkaisupäivä Jakelupäivä\n4/2021 huhtikuu torstai 11.03.2021 torstai 25.03.2021",
        "Infobladet 2021\n\nNummer Månad Utgivningsdatum Utdelningsdatum\n4/2021 april torsdag 11.03.2021 torsdag 25.03.2021",
    ] {
        let found = find(input, Lang::Auto, day("2021-03-01"));
        assert!(
            found.iter().all(|m| m.kind != Kind::Deadline),
            "input: {input}\nfound: {found:?}"
        );
    }
}
