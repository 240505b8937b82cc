//! Issue 14 round 43 (who acts and when): a limit on what is done to the
//! reader is no deadline of the reader's (`classify/patient_days.rs`):
//! "30.6. mennessä hyväksyttyjen tulee vastaanottaa…" (real111:46), "31.7.
//! mennessä 15 vuotta täyttäville" (real112:27), "successful applicants
//! notified by April 5" (real36:47).

use super::*;

/// Those admitted by a day must act by another: only the second is a
/// deadline.
#[test]
fn admitted_by_a_day_is_a_condition() {
    check_all(
        &[
            "Successful applicants will be notified by 30 June and must accept the place by 14 July.",
            "30.6. mennessä hyväksyttyjen tulee vastaanottaa opiskelupaikka viimeistään 14.7.",
            "De som har antagits senast 30 juni ska tacka ja till platsen senast den 14 juli.",
        ],
        "2024-06-01",
        &["deadline 2024-07-14"],
    );
}

/// An age turned by a day tells whom a voucher is for, not a limit.
#[test]
fn an_age_turned_by_a_day_is_no_deadline() {
    check(
        "Opinto-ohjaajat jakavat kesätyösetelit 31.7. mennessä 15 vuotta täyttäville koululaisille.",
        "2024-03-01",
        &[],
    );
    check(
        "Applications will close on 15 February, with successful applicants notified by 5 April.",
        "2025-01-10",
        &["deadline 2025-02-15"],
    );
    check(
        "Jos sinut on hyväksytty viimeistään 4.7.2024, sinun täytyy toimittaa asiakirjasi viimeistään 11.7.2024.",
        "2024-06-01",
        &["deadline 2024-07-11"],
    );
}

/// The reader's own limit in the same shape stays a deadline.
#[test]
fn the_readers_own_limit_stays() {
    check_all(
        &[
            "Applicants must submit the approved budget by 31 March 2025.",
            "Hyväksytyn hankkeen hakemus on jätettävä viimeistään 31.3.2025.",
            "Den som får bidrag ska lämna in det godkända bokslutet senast 31 mars 2025.",
        ],
        "2025-01-10",
        &["deadline 2025-03-31"],
    );
}
