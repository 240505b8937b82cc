//! Two halves of a sentence joined by ", and" with one subject: the
//! second half starts with its verb, and tells of what the first names.

/// Does the word at `k`, right after ", and", go on with the subject before
/// it ("Applications can be submitted here, and are open until November
/// 14th", real582:18)? Then the two halves are one clause: what the first
/// names is what the second tells of.
pub(super) fn goes_on(words: &[&str], k: usize) -> bool {
    words.get(k).is_some_and(|w| {
        matches!(
            *w,
            "are"
                | "is"
                | "will"
                | "can"
                | "must"
                | "should"
                | "remain"
                | "remains"
                | "är"
                | "kan"
                | "ska"
                | "måste"
        )
    })
}
