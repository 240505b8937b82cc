//! A table of days copied one cell a line: "1.5.2024 vappu\nSuljettu\n
//! 8.5.2024 helatorstain aatto\n10.00–15.00". Each day's line is followed by
//! its value, the day's hours or its closing; read as one row, "1.5.2024
//! vappu Suljettu", the day closed is a closure and the day with its hours
//! a service day, as where the table keeps its rows on one line.

/// Turns the line break between a day's line and the line of its value
/// into a space. (Lengths are kept: the reader's spans index the text.)
pub(super) fn join(mut clean: String) -> String {
    let mut at = Vec::new();
    let mut start = 0;
    let mut prev: Option<&str> = None;
    for line in clean.split('\n') {
        if let Some(p) = prev {
            // (hours under a date alone are an event card's time: "28.7.2025
            // \n18.30 - 20.00\nLaikunlava, …"; a named day's are its hours)
            let named = || {
                p.split_whitespace()
                    .any(|w| w.chars().all(char::is_alphabetic))
            };
            if value_line(line) && day_line(p) && (closed_word(line.trim()) || named()) {
                at.push(start - 1);
            }
        }
        prev = Some(line);
        start += line.len() + 1;
    }
    for i in at {
        clean.replace_range(i..i + 1, " ");
    }
    clean
}

/// A short line led by a day ("1.5.2024 vappu", "24 december julafton")
/// that carries no value of its own.
fn day_line(line: &str) -> bool {
    let t = line.trim();
    t.len() <= 60
        && t.starts_with(|c: char| c.is_ascii_digit())
        && !value_line(t)
        && !ends_with_value(t)
}

/// Does the line already end with its value ("1.5. suljettu", "30.4. 10–15")?
fn ends_with_value(t: &str) -> bool {
    let last = t.rsplit(' ').next().unwrap_or(t);
    closed_word(last) || hours(last)
}

/// A line holding only a day's value: closed, or its hours.
fn value_line(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && t.len() <= 24 && (closed_word(t) || hours(t))
}

/// A day's closing: the words a closed row of a table says it with
/// (`closed_rows::is_closure`).
fn closed_word(t: &str) -> bool {
    crate::deadlines::closed_rows::is_closure(&t.trim_end_matches(['.', '!']).to_lowercase())
}

/// "10.00–15.00", "klo 10-16", "kl. 10.00 - 14.00", "10:00-15:00".
fn hours(t: &str) -> bool {
    let t = t.trim();
    let t = ["klo ", "kl. ", "kl "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .unwrap_or(t);
    let mut parts = t.splitn(2, ['-', '–', '—']);
    let (Some(a), Some(b)) = (parts.next(), parts.next()) else {
        return false;
    };
    let clock = |s: &str| {
        let s = s.trim();
        !s.is_empty()
            && s.len() <= 5
            && s.chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ':')
            && s.starts_with(|c: char| c.is_ascii_digit())
    };
    clock(a) && clock(b)
}

#[cfg(test)]
mod tests {
    use super::join;

    #[test]
    fn a_days_value_under_it_joins_its_line() {
        assert_eq!(
            join("1.5.2024 vappu\nSuljettu\n8.5.2024 aatto\n10.00–15.00".into()),
            "1.5.2024 vappu Suljettu\n8.5.2024 aatto 10.00–15.00"
        );
        // (a row with its value, or prose under a day, stays as it is)
        assert_eq!(
            join("1.5. suljettu\nClosed".into()),
            "1.5. suljettu\nClosed"
        );
        assert_eq!(
            join("1.5.2024\nKirjasto on suljettu".into()),
            "1.5.2024\nKirjasto on suljettu"
        );
        assert_eq!(join("Aukioloajat\n10-16".into()), "Aukioloajat\n10-16");
        assert_eq!(
            join("28.7.2025\n18.30 - 20.00".into()),
            "28.7.2025\n18.30 - 20.00"
        );
        assert_eq!(join("28.7.2025\nClosed".into()), "28.7.2025 Closed");
    }
}
