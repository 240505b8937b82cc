//! Issue 14 round 17 (real31): a "|" table of usual and changed days gives
//! the changed day of each row, never the usual one.

use super::*;

#[test]
fn a_table_of_usual_and_changed_days_gives_the_changed_ones() {
    check_all(&["Bin collections over Easter\n| Usual collection day | Changed collection day |\n|---|---|\n| Friday 18 April | Saturday 19 April |\n| Monday 21 April | Tuesday 22 April |",
"Jäteastioiden tyhjennys pääsiäisenä\n| Tavallinen tyhjennyspäivä | Muutettu tyhjennyspäivä |\n|---|---|\n| pe 18.4. | la 19.4. |\n| ma 21.4. | ti 22.4. |",
"Sophämtning under påsken\n| Vanlig hämtningsdag | Ändrad hämtningsdag |\n|---|---|\n| fredag 18 april | lördag 19 april |\n| måndag 21 april | tisdag 22 april |"], "2025-03-20", &["event 2025-04-19", "event 2025-04-22"]);
}

/// A table with no column of usual days is left to the rules of "|" lines.
#[test]
fn a_table_without_a_usual_column_is_no_swap() {
    check_all(&["Club news\n| Posted | Title |\n|---|---|\n| Friday 18 April | Spring cleaning went well |",
"Kerhon uutisia\n| Julkaistu | Otsikko |\n|---|---|\n| pe 18.4. | Kevätsiivous sujui hyvin |",
"Klubbnytt\n| Publicerad | Rubrik |\n|---|---|\n| fredag 18 april | Vårstädningen gick bra |"], "2025-03-20", &[]);
}
