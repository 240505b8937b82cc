//! What introduces a run of bare days besides a heading right over it: a
//! paragraph that points to the list under it ("Our regular meeting dates
//! are listed below.", "Kokoukset pidetään seuraavina päivinä:",
//! "Fullmäktige sammanträder följande dagar:"), which names what the days
//! are as a heading would (real97:38, a council's meeting days one a bullet
//! under such a paragraph), and a line holding only the year between the
//! heading and its days ("Torsdagar\n\n2020\n\n6 februari\n5 mars",
//! real87:2), which tells when and leaves the heading over the run.

use super::tokens::{tokenize, TokenKind};

/// Does `line` say a list follows it ("below", "following", "as follows",
/// "seuraavat", "nedan", "följande", or a closing colon)? Prose that points
/// down names what the days under it are as a heading over them does.
pub(super) fn points_below(line: &str) -> bool {
    // ("… sammanträder vanligtvis sista torsdagen varje månad kl. 9.00 …,
    // om ingen annan plats anges:" over a council's days, real161:10: the
    // colon that closes a paragraph hands over to what follows)
    line.trim_end().ends_with(':')
        || tokenize(line.trim(), 0).iter().any(|t| {
            t.kind == TokenKind::Word
                && (matches!(
                    t.word.as_str(),
                    "below" | "following" | "follows" | "nedan" | "följande"
                ) || t.word.starts_with("seuraav"))
        })
}

/// Is `line` only a year ("2020", " 2024 ")? It stands between a heading
/// and the days it names without ending what the heading names.
pub(super) fn year_only(line: &str) -> bool {
    let t = line.trim();
    t.len() == 4
        && t.bytes().all(|b| b.is_ascii_digit())
        && (t.starts_with("19") || t.starts_with("20"))
}
