//! A sentence whose subject is the time limit itself, told far from its
//! day: "The closing date for receipt of completed applications with
//! supporting documentation is Thursday, 14 April 2022" (real27:14), "The
//! closing date for Community Funding Grant Applications (Round 1), is
//! 9:00am on Friday 31 July 2020" (real64:51), "Sista ansökningsdag för
//! bidraget är fredag 5 februari".
//!
//! The limit's noun names the day, but what it limits stands between them,
//! so the noun falls out of the words read beside the date and the day
//! was read as an event (its hour) or nothing. The copula joining the
//! subject to its day carries the noun's meaning to the day: it is marked
//! as a deadline word. Only the present or future copula is read so ("the
//! closing date was" is a past), only when a number follows it closely,
//! and only when the subject names no month (a day of its own).

use super::super::cues::Category;
use super::super::tokens::{Token, TokenKind};

/// Heads of a limit's noun phrase: one word, or two read together.
fn limit_at(words: &[&str], k: usize) -> bool {
    let next = words.get(k + 1).copied().unwrap_or("");
    match words[k] {
        "deadline" | "cut-off" | "cutoff" => true,
        "closing" | "due" | "last" | "final" => matches!(next, "date" | "day"),
        w => {
            w.starts_with("sista") && (next.starts_with("dag") || next == "datum")
                || w.starts_with("sista") && w.ends_with("dag")
        }
    }
}

/// The copula right after the subject: "is", "will be", "är".
fn copula(words: &[&str], j: usize) -> Option<usize> {
    match words[j] {
        "is" | "är" => Some(j),
        "will" if words.get(j + 1) == Some(&"be") => Some(j + 1),
        _ => None,
    }
}

/// Marks the copula of a limit's subject as a deadline word when a number
/// follows it within a few words.
pub(super) fn mark(words: &[&str], toks: &[Token], masks: &mut [u64]) {
    let Some(k) = (0..words.len()).find(|&k| limit_at(words, k)) else {
        return;
    };
    // the subject runs up to its copula: no other verb of being, no past,
    // and no day of its own ("The voter registration deadline for the
    // November 3, 2020 general election is October 9", real11:17: the
    // marked copula would make the election's day a limit too)
    for j in k + 1..words.len().min(k + 18) {
        let month = toks.get(j).is_some_and(|t| t.month.is_some());
        if month || matches!(words[j], "was" | "were" | "var" | "has" | "had" | ";") {
            return;
        }
        let Some(c) = copula(words, j) else {
            continue;
        };
        let number = toks
            .iter()
            .skip(c + 1)
            .take(6)
            .any(|t| t.kind == TokenKind::Num);
        if number {
            masks[c] |= Category::Deadline.sure();
        }
        return;
    }
}
