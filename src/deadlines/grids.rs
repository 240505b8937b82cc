//! Layouts that carry a heading past the lines that would end it: the items
//! of one bulleted list with notes between them, and a grid of days under a
//! text's title with prose between them.

use super::tokens::{tokenize, TokenKind};

/// Headings over the lines read, as `find` keeps them.
pub(super) type Heads = [Option<(usize, usize)>; 2];

/// The headings the first dated item of a bulleted list was read under
/// ("Kommunfullmäktige sammanträder:\n • 5 februari\n +\n Dagordning
/// publiceras …\n • 5 mars"): a later item with the same bullet is read
/// under them again, as one list's items share one heading.
#[derive(Default)]
pub(super) struct ListHeads(Option<(char, Heads)>);

impl ListHeads {
    /// Notes the headings of a dated bulleted item, or gives back those of
    /// its list to an item that is its date `alone` when prose between the
    /// items dropped them (an item with words of its own tells its day).
    pub(super) fn carry(
        &mut self,
        bullet: Option<char>,
        alone: impl FnOnce() -> bool,
        heads: &mut Heads,
    ) {
        let Some(b) = bullet else {
            return;
        };
        if heads.iter().any(Option::is_some) {
            self.0 = Some((b, *heads));
        } else if let Some((c, h)) = self.0 {
            if c == b && alone() {
                *heads = h;
            }
        }
    }

    /// A new heading starts a new list.
    pub(super) fn clear(&mut self) {
        self.0 = None;
    }
}

/// A line of days and nothing else, at least two of them ("18 januari 20
/// maj 20 september"): a grid of days laid out in columns.
pub(super) fn day_grid(line: &str) -> bool {
    let toks = tokenize(line.trim(), 0);
    let months = toks.iter().filter(|t| t.month.is_some()).count();
    months >= 2
        && toks.iter().all(|t| match t.kind {
            TokenKind::Num => true,
            TokenKind::Punct => matches!(t.word.as_str(), "." | "," | "|"),
            TokenKind::Word => t.month.is_some(),
        })
}

/// A word naming a school term ("vårterminen", "semester", "lukukausi").
pub(super) fn term_word(w: &str) -> bool {
    w.contains("termin") || w.contains("semester") || w.contains("lukukau") || w == "term"
}

/// The most blank bytes over a text's title.
const TITLE_LEAD: usize = 16;

/// The heading that tells what a date alone on its line is: the nearest
/// one, or the one above it when the nearest is a bare name
/// ("Sammanträdesdagar … följande dagar:\n\nKommunfullmäktige\n\n31
/// januari, 28 februari").
pub(super) fn telling(
    clean: &str,
    near: Option<(usize, usize)>,
    above: Option<(usize, usize)>,
    tells: impl Fn(&str) -> bool,
) -> Option<&str> {
    let text = |h: Option<(usize, usize)>| h.and_then(|(a, b)| clean.get(a..b));
    let name = text(near).is_some_and(bare_name);
    // (only a few bytes looked at: a title has at most blank lines over it)
    let title = near.is_some_and(|(a, _)| {
        a < TITLE_LEAD && clean.get(..a).is_some_and(|p| p.trim().is_empty())
    });
    [text(near), text(above.filter(|_| name))]
        .into_iter()
        .flatten()
        // (a duty's label, but not the text's title: a title naming a duty
        // over its dateline is no label of the day)
        .find(|h| tells(h) || (!title && super::dated_lists::duty_head(h)))
}

/// "Kommunfullmäktige", "Kirkkovaltuusto": a sub-heading naming a body,
/// with no cue word but an event's, that leaves the telling of the days
/// under it to the heading above (not "Publication of call").
fn bare_name(h: &str) -> bool {
    use super::cues::{cue_mask, Category};
    let toks = tokenize(h, 0);
    let words = || toks.iter().filter(|t| t.kind == TokenKind::Word);
    let event = [Category::Event, Category::Happen]
        .iter()
        .fold(0, |m, c| m | c.bit() | c.sure());
    (1..=3).contains(&words().count())
        && toks.iter().all(|t| t.kind != TokenKind::Num)
        && words().all(|t| cue_mask(&t.word) & !event == 0)
}

/// "- Kaupunkirakennelautakunta\n13.1.2026, 20.1.2026, 17.2.2026" under
/// "Kokoukset" (real562:30–32): a line listing only days, under a heading
/// naming a body or its meetings, gives the body's sessions.
/// `occasion` tells whether a heading names an occasion.
pub(super) fn meeting_days(
    clean: &str,
    line: &str,
    heads: [Option<(usize, usize)>; 2],
    occasion: impl Fn(&str) -> bool,
) -> bool {
    // (the cheap tests first: most lines under a heading are no such list)
    heads.iter().any(Option::is_some)
        && line.contains(',')
        && day_list(line)
        && heads
            .iter()
            .flatten()
            .filter_map(|&(a, b)| clean.get(a..b))
            .any(|h| body_heading(h) || occasion(h))
}

/// A line of two days or more and nothing else: "9.2.2026, 23.3.2026",
/// "10 March 2026, 21 April 2026".
fn day_list(line: &str) -> bool {
    let toks = tokenize(line, 0);
    let nums = toks.iter().filter(|t| t.kind == TokenKind::Num).count();
    line.contains(',')
        && nums >= 4
        && toks.iter().all(|t| {
            t.kind != TokenKind::Word
                || t.month.is_some()
                || matches!(t.word.as_str(), "ja" | "och" | "and")
        })
}

/// A heading that is a body's name: "Kaupunginvaltuusto", "- Tarkastus-
/// lautakunta", "Byggnadsnämnden", "Planning Committee".
fn body_heading(h: &str) -> bool {
    let words: Vec<String> = h
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    (1..=4).contains(&words.len())
        && !h.contains(|c: char| c.is_ascii_digit())
        && words.last().is_some_and(|w| {
            [
                "valtuusto",
                "lautakunta",
                "jaosto",
                "hallitus",
                "toimikunta",
                "nämnd",
                "nämnden",
                "styrelse",
                "styrelsen",
                "fullmäktige",
                "committee",
                "council",
                "board",
                "cabinet",
            ]
            .iter()
            .any(|b| w.ends_with(b))
        })
}
