//! Issue 14: the recognisers of clock times in `clock.rs`, one home for
//! the forms the rules of days read, and the forms each choice refuses.

use super::super::clock::{self, Cell};
use super::super::tokens::tokenize;

/// Whether the tokens of `s` hold a clock word whose hour follows it.
fn led(s: &str) -> bool {
    let t = tokenize(s, 0);
    (0..t.len()).any(|k| clock::after_clock_word(&t, k).is_some_and(|j| clock::hour(&t, j)))
}

/// Whether the tokens of `s` hold an hour, a colon and glued minutes.
fn coloned(s: &str) -> bool {
    let t = tokenize(s, 0);
    (0..t.len()).any(|k| {
        clock::hour(&t, k)
            && t.get(k + 1).is_some_and(|c| c.word == ":")
            && clock::glued_minutes(&t, k + 2)
    })
}

/// Whether the tokens of `s` hold an hour and its meridiem.
fn meridiem(s: &str) -> bool {
    let t = tokenize(s, 0);
    (0..t.len()).any(|k| clock::hour(&t, k) && clock::meridiem(&t, k + 1))
}

#[test]
fn a_clock_word_leads_an_hour_in_finnish_swedish_and_english() {
    for s in ["klo 18", "kl. 9.30", "kello 10", "kl 13", "at 7"] {
        assert!(led(s), "{s}");
    }
    // (no hour after the word, or a number too big for an hour)
    for s in ["klo", "at the hall", "klo 25", "kello 100"] {
        assert!(!led(s), "{s}");
    }
}

#[test]
fn klockan_and_kello_are_no_words_of_a_line_of_hours() {
    assert!(clock::clock_word("kello"));
    assert!(!clock::line_clock_word("kello"));
    assert!(clock::clock_word("klockan"));
    assert!(!clock::line_clock_word("klockan"));
    for w in ["klo", "kl", "at"] {
        assert!(clock::line_clock_word(w), "{w}");
    }
}

#[test]
fn a_colon_with_glued_minutes_is_a_clock_time() {
    assert!(coloned("18:00"));
    assert!(coloned("ovet 9:45"));
    // (minutes past 59, a space after the colon, a three-digit hour)
    for s in ["18:75", "kl. 14: 30 deltagare", "180:00"] {
        assert!(!coloned(s), "{s}");
    }
}

#[test]
fn an_hour_with_its_meridiem_is_a_clock_time() {
    for s in ["7 pm", "7pm", "4 p.m.", "11 a.m."] {
        assert!(meridiem(s), "{s}");
    }
    for s in ["7 p", "page 7", "p.m."] {
        assert!(!meridiem(s), "{s}");
    }
}

#[test]
fn a_cell_of_a_row_of_days_holds_hours_only_with_a_colon_or_a_dot() {
    for s in [
        "8:45 am",
        "klo 18.00",
        "kl. 19.00",
        "14.00–16.00",
        "at 7.30",
    ] {
        assert!(clock::hours_cell(s, Cell::Punctuated), "{s}");
    }
    // (a bare "18" beside days is a day number; words are no hours)
    for s in ["18", "klo 18", "10–14", "Tuesday", "kello 18.00", "2021"] {
        assert!(!clock::hours_cell(s, Cell::Punctuated), "{s}");
    }
}

#[test]
fn a_cell_after_an_occasion_holds_hours_when_a_colon_or_clock_word_marks_them() {
    for s in [
        "6PM-8PM",
        "12 pm – 4 pm",
        "klo 11:00 – 18:00",
        "kl. 18.00–20.00",
        "klo 18–20",
        "kello 10",
    ] {
        assert!(clock::hours_cell(s, Cell::Marked), "{s}");
    }
    // ("10–14" and "13.12" alone could be days; "at" starts no such cell)
    for s in ["10–14", "13.12", "at 7", "Main hall"] {
        assert!(!clock::hours_cell(s, Cell::Marked), "{s}");
    }
}

#[test]
fn a_clock_time_alone_on_a_line_is_two_numbers_or_a_word_and_one() {
    for s in ["14.00", "18:00", "kl. 10", "klo 9", "at 7"] {
        assert!(clock::alone(s), "{s}");
    }
    // (a day with its year, a word that is no clock word, a lone number)
    for s in ["13.12.2026", "kello 10", "18", "Årsmöte 14.00"] {
        assert!(!clock::alone(s), "{s}");
    }
}

/// Whether `s` is an hour, a dot and minutes a bare dotted hour takes.
fn dotted(s: &str) -> bool {
    let t = tokenize(s, 0);
    clock::hour(&t, 0) && t.get(1).is_some_and(|d| d.word == ".") && clock::quarter_minutes(&t, 2)
}

#[test]
fn a_bare_dotted_hour_is_on_the_quarter_and_a_dotted_day_is_not() {
    for s in ["18.30", "9.00", "14.15", "20.45"] {
        assert!(dotted(s), "{s}");
    }
    // ("13.12", "23.10", "1.11": a day and its month; "18. 30" parted)
    for s in ["13.12", "23.10", "1.11", "18. 30"] {
        assert!(!dotted(s), "{s}");
    }
}

#[test]
fn a_whole_meridiem_word_is_am_or_pm() {
    assert!(clock::meridiem_word("am") && clock::meridiem_word("pm"));
    assert!(!clock::meridiem_word("p") && !clock::meridiem_word("klo"));
}
