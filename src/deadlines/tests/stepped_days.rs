//! Issue 14 round 36 (timelines): a run of days each alone on its line
//! with its step on the line under it, the step naming a time limit or the
//! reader's act ("5.1.\n\nRakentamisilmoitusten määräpäivä", real86:30;
//! "May 15\nFinal paper due.", real5:24), gives each such day as a deadline
//! (`stepped_days.rs`).

use super::*;

/// A tax calendar: each day over its item, blank lines between.
#[test]
fn days_over_their_deadline_steps_are_deadlines() {
    check_all(
        &[
            "January 2018\n\n2.1.\n\nThe agency recommends that the forms are available\n\n5.1.\n\nDue date of the November building reports\n\n12.1.\n\nDue date of self-assessed taxes",
            "Tammikuu 2018\n\n2.1.\n\nVerohallinto suosittelee, että lomakkeet ovat käytettävissä\n\n5.1.\n\nMarraskuun 2017 rakentamisilmoitusten määräpäivä\n\n12.1.\n\nOma-aloitteisten verojen eräpäivä",
            "Januari 2018\n\n2.1.\n\nSkatteverket rekommenderar att blanketterna finns tillgängliga\n\n5.1.\n\nSista dag för byggrapporterna\n\n12.1.\n\nSista dag för skatterna",
        ],
        "2017-12-29",
        &["deadline 2018-01-05", "deadline 2018-01-12"],
    );
}

/// A conference's key dates, each day over its step with no blank line.
#[test]
fn a_timeline_without_heading_reads_its_steps() {
    check_all(
        &[
            "Intro\n\nMarch 5\nDeadline for abstracts\nMarch 12\nAuthors notified of the decision.",
            "Johdanto\n\n5.3.\nTiivistelmien määräaika\n12.3.\nKirjoittajille ilmoitetaan päätöksestä.",
            "Inledning\n\n5 mars\nSista dag för sammanfattningar\n12 mars\nFörfattarna meddelas beslutet.",
        ],
        "2024-01-10",
        &["deadline 2024-03-05"],
    );
}

/// Labels each over its day (blank lines after each day) are not steps
/// under the day above them.
#[test]
fn labels_over_their_days_are_not_steps() {
    check_all(
        &[
            "Key dates\n\nNominations open\n6 December 2019\n\nNominations close\n7 February 2020\n\nVoting opens\n9 March 2020",
            "Aikataulu\n\nEhdokasasettelu alkaa\n6.12.2019\n\nEhdokasasettelu päättyy\n7.2.2020\n\nÄänestys alkaa\n9.3.2020",
            "Tidplan\n\nNomineringen öppnar\n6 december 2019\n\nNomineringen stänger\n7 februari 2020\n\nRöstningen öppnar\n9 mars 2020",
        ],
        "2019-12-10",
        &["deadline 2020-02-07"],
    );
}

/// A news listing's datelines, their years past, are no timeline.
#[test]
fn past_datelines_over_headlines_are_nothing() {
    check_all(
        &[
            "News\n\n14.2.2024\nDeadline for applications extended\n\n13.2.2024\nRegistration deadline approaching",
            "Uutiset\n\n14.2.2024\nHakemusten määräaikaa jatkettu\n\n13.2.2024\nIlmoittautumisen määräaika lähestyy",
            "Nyheter\n\n14.2.2024\nSista ansökningsdag förlängd\n\n13.2.2024\nSista anmälningsdag närmar sig",
        ],
        "2024-03-01",
        &[],
    );
}

/// A timeline's "|" rows led by their days: a step naming the reader's act
/// gives a deadline, an opening nothing (real86:28).
#[test]
fn rows_led_by_days_read_their_steps() {
    check_all(
        &[
            "1 August | Applications open online. |\n14 August | Applications due for new students. |\n15 August | Closing date for scholarships. |",
            "1.8. | Haku avautuu verkossa. |\n14.8. | Uusien opiskelijoiden hakemusten määräpäivä. |\n15.8. | Apurahojen viimeinen hakupäivä. |",
            "1 augusti | Ansökan öppnar på webben. |\n14 augusti | Sista ansökningsdag för nya studenter. |\n15 augusti | Sista dag att söka stipendier. |",
        ],
        "2021-07-26",
        &["deadline 2021-08-14", "deadline 2021-08-15"],
    );
}

/// A news listing's rows, their years past, stay unread.
#[test]
fn past_listing_rows_are_nothing() {
    check_all(
        &[
            "14.2.2024 | Application deadline extended |\n13.2.2024 | Registration deadline near |",
            "14.2.2024 | Hakemusten määräaikaa jatkettu |\n13.2.2024 | Ilmoittautumisen määräaika lähestyy |",
            "14.2.2024 | Sista ansökningsdag förlängd |\n13.2.2024 | Sista anmälningsdag närmar sig |",
        ],
        "2024-03-01",
        &[],
    );
}
