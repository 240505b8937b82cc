//! Issue 14 round 32 (prose-deadlines): who sends. A Swedish passive of
//! sending is the issuer's ("Beslutet skickas senast …") unless the text
//! tells the reader sends: "in" a word or two after it ("Skickas i år in
//! senast 15/11", real47:2), a need before it ("Svaret behöver skickas
//! senast", real26:15), or the reader's own entry as its subject
//! ("Anmälan skickas till tävlingsledningen senast", real56:11).

use super::*;

/// The reader's answer, needed by a day, is a deadline.
#[test]
fn an_answer_that_needs_sending() {
    check_all(
        &[
            "Svaret behöver skickas senast den 22 juni 2022. Ange beteckning 501-1905-2022",
            "Vastaus on lähetettävä lääninhallitukseen viimeistään 22.6.2022.",
            "The answer must be sent to the county board by 22 June 2022.",
        ],
        "2022-04-04",
        &["deadline 2022-06-22"],
    );
}

/// "in" a word or two after the passive, and an entry as its subject.
#[test]
fn sent_in_and_an_entry_sent() {
    check(
        "ÄLGOBS\nSkickas i år in senast 15/11",
        "2022-09-15",
        &["deadline 2022-11-15"],
    );
    check(
        "Anmälan skickas till tävlingsledningen (se nedan) senast den 4 oktober 2017.",
        "2017-09-18",
        &["deadline 2017-10-04"],
    );
    check(
        "The report is sent in this year by 15/11",
        "2022-09-15",
        &["deadline 2022-11-15"],
    );
}

/// What the issuer sends stays its own target.
#[test]
fn the_issuer_still_sends() {
    check_all(
        &[
            "Beslutet skickas senast den 4 oktober 2017.",
            "Päätökset lähetetään viimeistään 4.10.2017.",
            "Decisions will be sent by 4 October 2017.",
        ],
        "2017-09-18",
        &[],
    );
}
