//! A label naming the days of the reader's own action, over the days it
//! lists: "Senaste ansökningsdatum:\n • 31 januari\n • 30 april",
//! "Application dates:", "Hakupäivät:". The list's days are each a day the
//! reader must act by, so each is a deadline. Without this the days,
//! three or more bare in a row, were read as a calendar's occasions
//! (`bare_runs.rs`), as the label has no word of a time limit ("sista",
//! "deadline") for the heading to tell them by.

/// Whether a heading `h` is such a label: it ends in a colon (it
/// introduces what follows), it names an action of the reader (`apply`:
/// "ansökan", "application", "haku") and days ("-datum", "dates",
/// "-päivät", `days`), and nothing in it opens or starts (`opens`:
/// "Application opening dates:" lists the first days, never reported).
pub(super) fn action_label(h: &str, apply: bool, days: bool, opens: bool) -> bool {
    apply && days && !opens && h.trim_end().ends_with(':')
}
