//! "Deadline: 15 March 2024" on a line of its own is a whole unit: the
//! label before the colon names the limit and the day after it is the
//! limit's. A short title ending in a day ("Firarfredag - 17 oktober")
//! heads the description on the next line and is read with it; a closing
//! label is not, or the next line's words ("was held", "enters into force",
//! "is held") decide its day, and a deadline beside a past event or a
//! publication line is lost.

use super::classify::Reader;
use super::Kind;

/// The longest label read as naming a limit.
const LABEL_BYTES: usize = 80;

/// Whether `line` is "Label: day" with a label that tells a deadline.
pub(super) fn names_its_deadline(line: &str, reader: &Reader) -> bool {
    let t = line.trim().trim_start_matches(['•', '-', '*', '–', ' ']);
    let Some((label, day)) = t.split_once(':') else {
        return false;
    };
    label.len() <= LABEL_BYTES
        && !label.chars().any(|c| c.is_ascii_digit())
        && day.chars().any(|c| c.is_ascii_digit())
        // ("Viimeinen hakupäivä": "päivä" inside the compound is also a
        // word of taking place, which the timeline's step reading leaves out)
        && (reader.heading_hint(label) == Some(Kind::Deadline) || reader.step_deadline(label))
}

#[cfg(test)]
mod tests {
    use crate::deadlines::{find, Kind, Lang};
    use chrono::NaiveDate;

    fn deadlines(text: &str) -> Vec<(Kind, NaiveDate)> {
        let today = NaiveDate::from_ymd_opt(2024, 1, 10).unwrap_or_default();
        find(text, Lang::Auto, today)
            .iter()
            .map(|m| (m.kind, m.date))
            .collect()
    }

    #[test]
    fn a_closing_label_keeps_its_day_beside_a_past_line() {
        let want = NaiveDate::from_ymd_opt(2024, 3, 15).map(|d| (Kind::Deadline, d));
        for text in [
            "Deadline: 15 March 2024\nThe seminar was held on 19 April.",
            "Viimeinen hakupäivä: 15.3.2024\nSeminaari pidettiin 19.4.",
            "Viimeinen hakupäivä: 15. maaliskuuta\nHallitus päättää asiasta.",
            "Sista ansökningsdag: 15 mars 2024\nSeminariet hölls 19 april.",
        ] {
            assert_eq!(
                deadlines(text),
                want.into_iter().collect::<Vec<_>>(),
                "{text}"
            );
        }
    }
}
