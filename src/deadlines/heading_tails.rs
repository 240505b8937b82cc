//! Where a heading line's last sentence starts.
//!
//! A short line without a closing full stop is read as a heading over the
//! lines under it, and its words are the context of every day listed there.
//! When such a line holds a finished sentence before its last phrase ("The
//! Kenilworth Chess Club Calendar has been updated. Highlights include the
//! following:", "Drop in any time during library opening hours. Any age"),
//! the finished sentence tells about the page or the item above, not about
//! the days below: only the last phrase heads them (a past "updated" or an
//! "opening hours" of the sentence before would veto or swallow every day
//! of the list).

/// The byte offset in `line` where its last sentence starts: after the last
/// ". ", "! " or "? " followed by a capital letter, when the word before the
/// stop is a lower-case word of three letters or more (not "St." or "Dr.",
/// nor an initial). 0 when the line is one sentence, or when `next` (the
/// line under it) opens with a lower-case letter: then the line is prose
/// wrapped in the middle of its last sentence ("… purkuleirille.
/// Rakennusleiri on ennen\nleiriä 6.6.–8.6.", "… möten. Fullmäktige
/// kommer under\nvåren …"), no heading, and its words stay as they were
/// (a line ending in a colon is never wrapped prose).
pub(super) fn last_sentence(line: &str, next: Option<&str>) -> usize {
    // (a line ending in a colon introduces what follows: "Aukioloajat:\nma
    // 9–16")
    let wrapped = !line.trim_end().ends_with(':')
        && next
            .and_then(|n| n.trim_start().chars().next())
            .is_some_and(char::is_lowercase);
    if wrapped {
        return 0;
    }
    let b = line.as_bytes();
    let mut start = 0;
    for (i, &c) in b.iter().enumerate() {
        if !matches!(c, b'.' | b'!' | b'?') || b.get(i + 1) != Some(&b' ') {
            continue;
        }
        let rest = &line[i + 1..];
        let next = rest.trim_start();
        if !next.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let word: String = line[..i]
            .chars()
            .rev()
            .take_while(|ch| ch.is_alphabetic())
            .collect();
        if word.chars().count() < 3 || !word.chars().all(char::is_lowercase) {
            continue;
        }
        start = line.len() - next.len();
    }
    start
}
