//! A day first on its line and followed there by the name of what happens
//! on it ("4.9. Ilmasto ja ihminen", "1 okt Vinet – dess historia",
//! "13th September – Council Matters meets"): an entry of a programme or
//! a diary, the day of what the entry names. Asked only of a day nothing
//! else decided, after the clock-time and own-line defaults
//! (`undecided.rs`); the same words a reader gives against an own line
//! (a limit, validity, publication, opening or a past tense) hold here.

use super::super::dates::Expr;
use super::super::tokens::{Token, TokenKind};

/// How far back on its line a day is looked at, in bytes: a list mark or
/// an indent, not a sentence.
const LEAD: usize = 12;

/// Is the `k`th date of the clause (tokens `t`, dates `xs`) first on its
/// line in `text` and followed on the same line by a capitalized word or a
/// quoted title, past at most a dash or a colon?
pub(super) fn entry_day(text: &str, t: &[Token], xs: &[Expr], k: usize) -> bool {
    let x = &xs[k];
    // two days in one entry are a row of a table or a run, read elsewhere
    if xs.len() > 1 {
        return false;
    }
    let Some(first) = t.get(x.start) else {
        return false;
    };
    let bytes = text.as_bytes();
    let lead = super::undecided::line_before(text, first.start, LEAD + 1).len();
    // (a text of one line is a sentence, not an entry)
    let first_on_line = lead <= LEAD
        && lead < first.start
        && !bytes[first.start - lead..first.start]
            .iter()
            .any(|b| b.is_ascii_alphanumeric());
    if !first_on_line {
        return false;
    }
    let mut j = x.end;
    while t
        .get(j)
        .is_some_and(|y| matches!(y.word.as_str(), "-" | ":" | ","))
    {
        j += 1;
    }
    let Some(next) = t.get(j) else {
        return false;
    };
    let same_line = text
        .get(t[x.end.saturating_sub(1)].end..next.start)
        .is_some_and(|g| !g.contains('\n'));
    let quoted = text
        .get(..next.start)
        .and_then(|s| s.chars().next_back())
        .is_some_and(|c| matches!(c, '"' | '”' | '“' | '»' | '\''));
    same_line
        && next.kind == TokenKind::Word
        && (next.capitalized || quoted)
        && !duty_or_notice(t)
        && !numbered_section(text, first)
}

/// Does the entry tell a duty ("8 september - Redovisningen ska vara hos
/// kommunen", "must be returned") or a result made known ("9 augusti
/// Andra antagningen visas"): a limit to meet or news to read, nothing
/// held on the day?
fn duty_or_notice(t: &[Token]) -> bool {
    t.iter().any(|y| {
        matches!(
            y.word.as_str(),
            "must"
                | "should"
                | "ska"
                | "skall"
                | "måste"
                | "bör"
                | "tulee"
                | "pitää"
                | "täytyy"
                | "oltava"
                | "visas"
                | "publiceras"
                | "meddelas"
                | "published"
                | "announced"
                | "julkaistaan"
                | "ilmoitetaan"
        )
    })
}

/// Is the day's first number the number of the section heading on the line
/// above ("4 FEES" over "4.1 Required Fees"): a clause number of a
/// document, no day at all?
pub(super) fn numbered_section(text: &str, first: &Token) -> bool {
    let above = text[..first.start].trim_end_matches(|c: char| c != '\n');
    let above = above.strip_suffix('\n').unwrap_or(above);
    let line = above.rsplit('\n').next().unwrap_or("").trim_start();
    let digits: String = line.chars().take_while(char::is_ascii_digit).collect();
    !digits.is_empty()
        && digits.parse::<u32>().ok() == Some(first.value)
        && line[digits.len()..].starts_with([' ', '\t'])
}
