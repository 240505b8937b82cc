//! A range's end told again as an occasion with an hour of its own: "2020
//! års läger genomförs onsdagen den 17 juni till lördagen den 11 juli. …
//! Uppropet äger rum onsdagen den 17 juni kl. 16.00 … Konfirmationen äger
//! rum lördagen den 11 juli, i Brunskogs Kyrka kl. 11.00." (real21:6). The
//! roll call and the confirmation are events of their own on the camp's
//! first and last day. `finish` drops single days that repeat a range's
//! ends ("the exams run 27.–30.5. … begin on Monday 27.5."), which also
//! dropped these; a day told in another phrase with a clock time is kept.

/// Does the phrase `single`, other than the range's phrase `range`, give
/// its day a clock time ("kl. 16.00", "klo 18", "12:00", "9am")?
pub(super) fn own_occasion(single: &str, range: &str) -> bool {
    single != range && holds_hour(single)
}

fn holds_hour(text: &str) -> bool {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| ",;()".contains(c)).to_lowercase())
        .collect();
    words.iter().enumerate().any(|(k, w)| {
        let bare = w.trim_end_matches('.');
        let starts_digit = |s: &str| s.chars().next().is_some_and(|c| c.is_ascii_digit());
        (matches!(bare, "kl" | "klo" | "kello")
            && words.get(k + 1).is_some_and(|n| starts_digit(n)))
            || colon_hour(w)
            || meridiem_hour(w)
    })
}

/// "12:00", "16:30."
fn colon_hour(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    let Some((h, m)) = w.split_once(':') else {
        return false;
    };
    (1..=2).contains(&h.len())
        && h.chars().all(|c| c.is_ascii_digit())
        && m.len() == 2
        && m.chars().all(|c| c.is_ascii_digit())
}

/// "9am", "6.30pm", "11a.m.", "6pm." (the points dropped)
fn meridiem_hour(w: &str) -> bool {
    let w: String = w.chars().filter(|&c| c != '.').collect();
    let Some(stem) = w.strip_suffix("am").or_else(|| w.strip_suffix("pm")) else {
        return false;
    };
    !stem.is_empty() && stem.chars().all(|c| c.is_ascii_digit() || c == ':')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_in_each_language() {
        assert!(holds_hour(
            "Uppropet äger rum onsdagen den 17 juni kl. 16.00"
        ));
        assert!(holds_hour("Avajaiset pidetään 17.6. klo 18."));
        assert!(holds_hour("The opening is on 17 June at 6pm."));
        assert!(holds_hour("Doors open 17 June, 12:00."));
        assert!(!holds_hour("The exams begin on Monday 27.5."));
        assert!(!own_occasion("kl. 16 den 17 juni", "kl. 16 den 17 juni"));
    }
}
