//! The phrase indexes of `cues` answer as the scans they stand in for:
//! every phrase of every category, written out alone, after other words,
//! cut short and followed by another word, is found at the same places by
//! the index and by trying each phrase in turn.

use crate::deadlines::cues::{
    ends_with, ends_with_phrase, matches_at, phrase_at, phrases, Category,
};

/// The words a reader would see for `phrase`: a stem (`ansök*`) given an
/// ending.
fn written(phrase: &str) -> Vec<String> {
    phrase
        .split(' ')
        .map(|p| match p.strip_suffix('*') {
            Some(stem) => format!("{stem}en"),
            None => p.to_string(),
        })
        .collect()
}

/// The windows a phrase is tried in.
fn windows<'a>(words: &[&'a str]) -> Vec<Vec<&'a str>> {
    let cut = &words[..words.len().saturating_sub(1)];
    vec![
        words.to_vec(),
        [&["the", "i", "den"][..], words].concat(),
        cut.to_vec(),
        [words, &["."][..]].concat(),
    ]
}

#[test]
fn phrase_indexes_answer_as_the_scans() {
    for c in Category::ALL {
        for phrase in phrases(c) {
            let owned = written(phrase);
            let words: Vec<&str> = owned.iter().map(String::as_str).collect();
            // the phrase itself is found ("ansök*" ends no window: a
            // prefix is never a phrase's last word for `ends_with`)
            if !phrase.ends_with('*') {
                assert!(
                    ends_with_phrase(&words, c),
                    "{c:?}: {phrase:?} as {words:?}"
                );
            }
            if c.masked() {
                assert!(phrase_at(&words, 0, c), "{c:?}: {phrase:?} as {words:?}");
            }
            for win in windows(&words) {
                let scan = phrases(c).iter().any(|p| ends_with(&win, p));
                assert_eq!(ends_with_phrase(&win, c), scan, "{c:?}: {win:?}");
                if !c.masked() {
                    continue;
                }
                for s in 0..=win.len() {
                    let scan = phrases(c).iter().any(|p| matches_at(&win, s, p));
                    assert_eq!(phrase_at(&win, s, c), scan, "{c:?}: {win:?} at {s}");
                }
            }
        }
    }
}
