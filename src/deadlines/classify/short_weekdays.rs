//! A weekday written short before its day: cut with a dot ("Onsd. 15
//! jan.", "Sat. Sept. 3", "Thurs. 4 May", "ke. 5.6.") or in the two
//! letters Swedish club and parish calendars use ("Må 8.5", "Lö 10.6").
//! The reader takes it as the weekday it stands for, so the day is read
//! as `weekday_default.rs` reads a day led by its weekday name: a day
//! something takes place on. The dot made the weekday invisible to that
//! reader, which looks only at the words right before the day.

use super::super::tokens::WEEKDAYS;

/// Swedish weekdays cut after more letters than `WEEKDAYS` holds, or to
/// the two letters of a calendar column.
const SHORT: &[&str] = &[
    "månd", "tisd", "onsd", "torsd", "fred", "lörd", "sönd", "må", "lö", "sö",
];

/// Is the day whose first byte is `at` in `text` written right after a
/// short weekday on its line, with or without its dot? The text is read,
/// not the clause's words: the dot of "Onsd." ends a sentence for the
/// splitter, so the weekday stands in the clause before. A known weekday
/// name counts only with the dot (without it `weekday_before` has
/// already read it); a full name before a stop ("torsdag. 9 juli.") is
/// read the same, as the day's own weekday.
pub(super) fn short_weekday_before(text: &str, at: usize) -> bool {
    let Some(line) = text.get(..at).and_then(|b| b.rsplit('\n').next()) else {
        return false;
    };
    let lead = line.trim_end();
    let bare = lead.strip_suffix('.');
    let dotted = bare.is_some();
    let lead = bare.unwrap_or(lead);
    let word_at = lead
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(lead.len(), |(i, _)| i);
    let word = lead[word_at..].to_lowercase();
    if word.is_empty() {
        return false;
    }
    let named = (dotted && WEEKDAYS.contains(&word.as_str())) || SHORT.contains(&word.as_str());
    // "pe 12. – la 13.7.": the end of a range the reader did not join
    let before = lead[..word_at].trim_end();
    named && !before.ends_with(['–', '-', '—'])
}
