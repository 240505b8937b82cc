//! Issue 14 round 32 (missed events): a day written in prose after "on"
//! (Finnish "on", "is") or Swedish "den", in a clause that names
//! something and says nothing against it, is the day something happens
//! on. A denied clause ("no", "ingen"), a Swedish s-passive (a thing done
//! to something: "görs", "fördelas") or a line that stops at the day
//! gives nothing. (A Finnish denial drops "on": "ei ole", so only the
//! positive case is Finnish.)

use super::*;

/// "Närmast är det Anna Berg den 15 juli": a guest on a day.
#[test]
fn a_day_after_on_or_den_is_an_event() {
    check_all(
        &[
            "Chess club news.\nOur guest this season is Anna Berg on 15 July 2029, with her talk.",
            "Kerhon uutisia.\nSeuraavan diakonian virkaan vihkiminen on 15.7.2029\n\nLisätietoja kirkkoherralta.",
            "Klubbnytt.\nNärmast är det Anna Berg den 15 juli 2029, känd som författare.",
        ],
        "2029-04-02",
        &["event 2029-07-15"],
    );
}

/// A denied clause or a thing done to something names no day held.
#[test]
fn a_denied_or_passive_clause_gives_nothing() {
    check_all(
        &[
            "Chess club news.\nOur guest this season is not Anna Berg on 15 July 2029, sadly.",
            "Klubbnytt.\nDet blir ingen samling den 15 juli 2029.",
            "Klubbnytt.\nSlutbesiktning görs den 15 juli 2029.",
        ],
        "2029-04-02",
        &[],
    );
}

/// The Swedish day without "den" is not read by this default.
#[test]
fn the_day_without_den_gives_nothing() {
    check_all(
        &["Klubbnytt.\nNärmast är det Anna Berg, 15 juli 2029, känd som författare."],
        "2029-04-02",
        &[],
    );
}
