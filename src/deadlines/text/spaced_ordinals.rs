//! An ordinal's ending set off from its day: "Saturday 18 th August 2018",
//! "FRIDAY 5 th AUGUST 2016", "not later than Wednesday 29 th August".
//! Text copied out of a printed show schedule or handbook (village shows,
//! agricultural shows, regattas) keeps the superscript "th" as a word of its
//! own, so the day no longer reads as "18th" and the whole date is lost.
//! The ending is glued back to its day before anything reads the text.

/// `clean` with every spaced ordinal ending moved onto its day: "18 th
/// August" becomes "18th  August" (the space goes after the ending, so
/// every offset stays put).
pub(super) fn join(mut clean: String) -> String {
    let spots = spots(clean.as_bytes());
    if spots.is_empty() {
        return clean;
    }
    // (the bytes moved are ASCII: a space and two letters; each is
    // replaced in place, not by checking the whole text again as UTF-8)
    for at in spots {
        let b = clean.as_bytes();
        let moved = [b[at + 1], b[at + 2], b' '];
        if let Ok(m) = std::str::from_utf8(&moved) {
            clean.replace_range(at..at + 3, m);
        }
    }
    clean
}

/// The offsets of the spaces that part a day from its ordinal ending.
fn spots(b: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let last = b.len().saturating_sub(2);
    // (only the spaces are tried, found by `memchr`: a byte loop over the
    // whole text cost as much as the rest of cleaning it)
    for at in memchr::memchr_iter(b' ', b) {
        if at >= last {
            break;
        }
        if at == 0 || !b[at - 1].is_ascii_digit() {
            continue;
        }
        let Some(day) = day_before(b, at) else {
            continue;
        };
        let end = [b[at + 1], b[at + 2]];
        // ("5 th", "5 TH": never "St" of a saint's or a street's name)
        let lower = end.map(|c| c.to_ascii_lowercase());
        if !(end == lower || end == lower.map(|c| c.to_ascii_uppercase())) {
            continue;
        }
        // the ending must stand alone ("18 thousand" is no day) and be the
        // one its day takes ("1 st", "22 nd", "13 th"): anything else is a
        // count and a word
        if b.get(at + 3).is_some_and(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        if lower == ending(day) {
            out.push(at);
        }
    }
    out
}

/// A day of one or two digits ending at `at` (standing alone before it).
fn day_before(b: &[u8], at: usize) -> Option<u32> {
    let mut s = at;
    while s > 0 && b[s - 1].is_ascii_digit() {
        s -= 1;
    }
    if at - s > 2 || (s > 0 && (b[s - 1].is_ascii_alphanumeric() || b[s - 1] == b'.')) {
        return None;
    }
    let day = b[s..at]
        .iter()
        .fold(0, |n, &c| n * 10 + u32::from(c - b'0'));
    (1..=31).contains(&day).then_some(day)
}

/// The English ordinal ending of a day: 1st, 2nd, 3rd, 11th, 21st, 23rd.
fn ending(day: u32) -> [u8; 2] {
    match (day % 10, day / 10) {
        (1, d) if d != 1 => *b"st",
        (2, d) if d != 1 => *b"nd",
        (3, d) if d != 1 => *b"rd",
        _ => *b"th",
    }
}

#[cfg(test)]
mod tests {
    use super::join;

    #[test]
    fn glues_the_ending_to_its_day() {
        assert_eq!(
            join("Saturday 18 th August".into()),
            "Saturday 18th  August"
        );
        assert_eq!(join("FRIDAY 5 TH AUGUST".into()), "FRIDAY 5TH  AUGUST");
        assert_eq!(join("on the 31 st August".into()), "on the 31st  August");
        assert_eq!(
            join("Saturday 23 rd September".into()),
            "Saturday 23rd  September"
        );
    }

    #[test]
    fn leaves_counts_names_and_numbers() {
        for s in [
            "119 TH SUMMER SHOW",
            "1 St Andrews Road",
            "5 st sittplatser",
            "3 th",
            "12 thousand",
            "klo 15.30 th",
            "15 h March",
        ] {
            assert_eq!(join(s.into()), s, "{s}");
        }
    }
}
