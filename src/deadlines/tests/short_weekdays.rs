//! Issue 14 round 32 (missed events): a weekday written short before its
//! day, cut with a dot ("Sat. 12 May", "la. 12.5.", "lör. 12 maj") or in
//! the two letters of a Swedish calendar ("Lö 12 maj"), is read like the
//! full weekday name: the day something takes place on. Without it the
//! same day stays silent; after a dash it is a range's far end.

use super::*;

/// "Next up: Sat. 12 May & Sun. 13 May": two days, each its weekday.
#[test]
fn a_dotted_weekday_before_its_day_is_an_event() {
    check_all(
        &[
            "Chess club news.\nMembers played well last week. Next up: Sat. 12 May & Sun. 13 May with Tony.",
            "Kerhon uutisia.\nJäsenet pelasivat hyvin. Seuraavaksi la. 12.5. ja su. 13.5. Tonyn kanssa.",
            "Klubbnytt.\nMedlemmarna spelade bra. Nästa gång lör. 12 maj och sön. 13 maj med Tony.",
            "Klubbnytt.\nMedlemmarna spelade bra. Nästa gång Lö 12 maj och Sö 13 maj med Tony.",
        ],
        "2029-04-02",
        &["event 2029-05-12", "event 2029-05-13"],
    );
}

/// The same days without a weekday give nothing.
#[test]
fn the_same_days_without_a_weekday_give_nothing() {
    check_all(
        &[
            "Chess club news.\nMembers played well last week. Next up: 12 May & 13 May with Tony.",
            "Kerhon uutisia.\nJäsenet pelasivat hyvin. Seuraavaksi 12.5. ja 13.5. Tonyn kanssa.",
            "Klubbnytt.\nMedlemmarna spelade bra. Nästa gång 12 maj och 13 maj med Tony.",
        ],
        "2029-04-02",
        &[],
    );
}

/// After a dash the short weekday leads a range's far end, not a day.
#[test]
fn a_short_weekday_after_a_dash_is_no_day_of_its_own() {
    check_all(
        &[
            "Chess club news.\nMembers played well last week. Next up – Sat. 12 May with Tony.",
            "Kerhon uutisia.\nJäsenet pelasivat hyvin. Seuraavaksi – la. 12.5. Tonyn kanssa.",
            "Klubbnytt.\nMedlemmarna spelade bra. Nästa gång – lör. 12 maj med Tony.",
        ],
        "2029-04-02",
        &[],
    );
}
