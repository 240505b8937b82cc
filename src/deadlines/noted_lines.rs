//! A line of a list or calendar holding one day and a short note in
//! brackets after it: "28 april (inställt)", "26 maj (tisdag)", "• 15.3.
//! (cancelled)", "3.4. (tilinpäätös)", "12.5. (ma)". The note tells
//! something of that day (its weekday, a change, what the meeting is about),
//! not the kind of line it stands on: where a run of days one a line is
//! counted (`bare_runs`, `alone_days`), the line is a day alone like the
//! lines around it, so the run goes on through it (without this, one noted
//! day cut a council's list of meeting days in two and both halves fell
//! below a run's length, real87:2). The note itself stays in the line's text
//! and is read with it ("inställt" still cancels its day). A noted line is
//! not made a dateline (`is_header_line`): a dateline alone under no heading
//! is skipped, and a note's words may be all that tells its day (tried, it
//! lost two Swedish events of a blind batch).

use super::dates::Grammar;
use super::tokens::tokenize;

/// The longest note read as a day's: a word or a short phrase ("Heldag
/// budget. Start kl. 08.30"); a longer bracket is a sentence of its own.
const NOTE_BYTES: usize = 48;

/// The part of `line` before a short note in brackets that closes it, when
/// the line is a day with such a note; `None` for any other line. The note
/// holds no day of its own ("6.3. (new deadline 20.3.)" tells two days and
/// is no day alone).
pub(super) fn day_before_note(line: &str) -> Option<&str> {
    let t = line.trim_end();
    let body = t.strip_suffix(')')?;
    let open = body.rfind('(')?;
    let (head, note) = (body[..open].trim_end(), &body[open + 1..]);
    let digit = |s: &str| s.contains(|c: char| c.is_ascii_digit());
    (!note.is_empty()
        && note.len() <= NOTE_BYTES
        && !note.contains(['(', ')'])
        && digit(head)
        && !has_day(note))
    .then_some(head)
}

/// Whether `note` holds a day (with or without its year).
fn has_day(note: &str) -> bool {
    let toks = tokenize(note, 0);
    let g = Grammar::any(&toks, 0);
    (0..toks.len()).any(|i| g.atom(i).is_some())
}
