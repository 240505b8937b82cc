//! An occasion's day alone under its title: "Award Ceremony\nOctober 25",
//! "Vårens regatta\n\n14 mars 2026", "Kevään konsertti\n\n14.3.2026". A
//! poster, a club's notice or a programme names its occasion on one line
//! and sets its day alone on the next. A day alone under a headline is
//! otherwise read as a news item's dateline; a short title naming an
//! occasion over it and a day still to come tell it is that occasion's
//! day.

use chrono::NaiveDate;

use super::cues::{cue_mask, is_word_of, Category};
use super::tokens::{tokenize, TokenKind};

mod top_titles;

/// Whether the date line `line` (one day, at most its clock time) is the
/// day of the occasion named by `title`, the line over it (blank lines
/// between), given the lines `after` it. At the `top` of a text "Board
/// meeting\n\n13 December 2022" is a news item's headline and dateline;
/// there the day needs its hours ([`top_titles::hours_given`]).
pub(super) fn under_title<'a>(
    line: &str,
    title: Option<&str>,
    top: bool,
    after: impl Iterator<Item = &'a str>,
    today: NaiveDate,
) -> bool {
    // (a day that is today or past is the page's own: "Hallitus
    // kokoontui\n\n6.4.2018" dates a news item)
    let Some(title) = title else {
        return false;
    };
    if super::parse_date(line).is_some_and(|d| d <= today)
        || (top && !top_titles::hours_given(line, after))
        || !super::titled_days::one_day(line)
        || !super::titled_days::title_line(title)
    {
        return false;
    }
    // (the title must name an occasion: a headline "Council approves
    // budget" over a day does not; a compound's stem names one as well,
    // "Syyskonsertti", "Höstkonserten")
    tokenize(title, 0)
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .any(|t| {
            is_word_of(Category::Event, &t.word) || cue_mask(&t.word) & Category::Event.sure() != 0
        })
}
