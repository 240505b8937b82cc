//! A programme's clock times read as days: "• 09.00 Rektor … hälsar alla
//! välkomna\n• 09.05 Surikaterna kommer i bil\n• 09.10 Musikunderhållning"
//! (real443:38), "9:00 Välkomna.\n\n9.05 Jonna Bornemark" (real449:37).
//! "09.05" alone is as good a day and month as a time, but under a line
//! opened by a clock time of the same hour it is the next item's time.

use super::super::clock;
use super::super::tokens::tokenize;

/// Is the day written at bytes `fs..fe` of `text` a bare "H.MM" opening
/// its line, under a line opened by a clock time of the same hour?
pub(super) fn clock_line(text: &str, fs: usize, fe: usize) -> bool {
    let Some(own) = text.get(fs..fe) else {
        return false;
    };
    let Some(hour) = time_at(own).filter(|_| own.len() <= 5) else {
        return false;
    };
    let Some(before) = text.get(..fs) else {
        return false;
    };
    let line_start = before.rfind('\n').map_or(0, |k| k + 1);
    if !lead(&before[line_start..]).is_empty() {
        return false;
    }
    // the last line above that holds anything (a bounded look back)
    let above = before[..line_start.saturating_sub(1)]
        .rsplit('\n')
        .take(3)
        .find(|l| !l.trim().is_empty());
    above.is_some_and(|l| time_at(lead(l)) == Some(hour))
}

/// What is left of a line once its bullet and spaces are cut.
fn lead(line: &str) -> &str {
    line.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '•' | '-' | '–' | '*' | '·'))
}

/// The hour of a clock time "H.MM", "HH.MM", "H:MM" starting `s` (a
/// clock word before it allowed: "klo 9.00"), read by the clock's own
/// recognisers.
fn time_at(s: &str) -> Option<u32> {
    let t = tokenize(s, 0);
    let i = clock::after_clock_word(&t, 0).unwrap_or(0);
    let parted = t
        .get(i + 1)
        .is_some_and(|p| matches!(p.word.as_str(), "." | ":"));
    (clock::hour(&t, i) && parted && clock::glued_minutes(&t, i + 2)).then(|| t[i].value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_under_a_time_of_its_hour() {
        let text = "Program\n• 09.00 Rektor hälsar välkomna\n• 09.05 Surikaterna\n";
        let fs = text.find("09.05").unwrap_or(0);
        assert!(clock_line(text, fs, fs + 5));
        let text = "9:00  Välkomna.\n\n9.05 Jonna Bornemark";
        let fs = text.find("9.05").unwrap_or(0);
        assert!(clock_line(text, fs, fs + 4));
        // (a day under a line of another kind, or not first on its line)
        let text = "Kokous\n09.05 Vuosikokous";
        let fs = text.find("09.05").unwrap_or(0);
        assert!(!clock_line(text, fs, fs + 5));
        let text = "• 09.00 Rektor\nmöte 09.05 i salen";
        let fs = text.find("09.05").unwrap_or(0);
        assert!(!clock_line(text, fs, fs + 5));
    }
}
