//! The items of a list under the line that introduces it: "New calls for
//! evidence:\n- Title | Committee | 30 June 2025", "Under oktober månad
//! träffas vi på våra bibliotek:\n • Älghult 1/10\n • Åseda 3/10",
//! "Valintakokeet järjestetään:\n • Alttoviulu 3.5.2019". An item is a
//! name and its day; its own words seldom tell what the day is, the line
//! over the list does, as a heading does over its rows. The intro's kind
//! is given to each item as a hint only: an item's own cue ("Nominations
//! open", "ansökan senast") still decides its day.

use super::cues::{is_word_of, Category};
use super::tokens::{tokenize, Token, TokenKind, WEEKDAYS};

/// The longest line read as a list's item: a name, a place or a title and
/// its day, not a paragraph with a bullet.
const ITEM_BYTES: usize = 200;

/// The most words of an item's label before ": " for the item to be one
/// of a list ("Round 1: Friday 24 May"); a longer label ("Deadline for
/// digital submissions: 28 November") tells its own day.
const LABEL_WORDS: usize = 2;

/// The most words of a line introducing a list: a heading or one
/// sentence ("Under oktober månad träffas vi på våra bibliotek kl.
/// 17.00-19.00."), not a paragraph, whose other words tell other days.
const INTRO_WORDS: usize = 16;

/// The marks that lead a list's items.
const BULLETS: [&str; 10] = ["•", "·", "▪", "●", "○", "►", "- ", "– ", "— ", "* "];

/// The line introducing the list being read and how many of its items
/// were seen.
#[derive(Default)]
pub(super) struct ListIntro {
    intro: Option<(usize, usize)>,
    items: usize,
}

impl ListIntro {
    /// Sees the non-empty `line` at byte `base` (`next`: the lines after
    /// it); gives the span of the line introducing the list when `line` is
    /// one of two or more items under it.
    pub(super) fn see<'a>(
        &mut self,
        line: &str,
        base: usize,
        mut next: impl Iterator<Item = &'a str>,
    ) -> Option<(usize, usize)> {
        if !is_item(line) {
            self.items = 0;
            // (a bulleted line of words is an item of its own list, not
            // what introduces the one after it)
            let bulleted = BULLETS.iter().any(|b| line.trim_start().starts_with(b));
            let short = line.split_whitespace().count() <= INTRO_WORDS;
            self.intro = (short && !bulleted).then_some((base, base + line.len()));
            return None;
        }
        // (one bulleted line alone is a note, not a list)
        let run = self.items > 0 || next.find(|l| !l.trim().is_empty()).is_some_and(is_item);
        self.items += 1;
        self.intro.filter(|_| run)
    }
}

/// Is `line` a list's item: led by a bullet, short, holding a digit and
/// no range, not a label of its own before its day, and led by a name
/// ("• Älghult 1/10") or holding its day alone ("– 21.1.2026", "- February
/// – Thursday 23rd")? A day-led item with a title ("• November 5, 2017.
/// Deadline for all entries.", "• 7/8 – Lek och lär med häst") is a
/// dateline over its title, which `dated_lists` reads by the title.
pub(super) fn is_item(line: &str) -> bool {
    let t = line.trim_start();
    let Some(rest) = BULLETS.iter().find_map(|b| t.strip_prefix(b)) else {
        return false;
    };
    if line.len() > ITEM_BYTES || !rest.bytes().any(|b| b.is_ascii_digit()) || ranged(rest) {
        return false;
    }
    let toks = tokenize(rest, 0);
    // ("- Spring round opens | 3 March": the first day of a call is never
    // reported, rule 2, though the intro names deadlines)
    let opening = toks
        .iter()
        .any(|t| t.kind == TokenKind::Word && is_word_of(Category::Opening, &t.word));
    if opening {
        return false;
    }
    let day_word = |t: &Token| t.month.is_some() || WEEKDAYS.contains(&t.word.as_str());
    let day_led = toks
        .first()
        .is_some_and(|t| t.kind == TokenKind::Num || day_word(t));
    if day_led {
        // (a day alone: its weekday, its month, a clock's words and marks)
        return toks.iter().all(|t| {
            t.kind != TokenKind::Word || day_word(t) || CLOCK_WORDS.contains(&t.word.as_str())
        });
    }
    match rest.split_once(": ") {
        Some((label, _)) => label.split_whitespace().count() <= LABEL_WORDS,
        None => true,
    }
}

/// The words a day alone may hold besides its weekday and month.
pub(super) const CLOCK_WORDS: [&str; 12] = [
    "kl", "klo", "klockan", "at", "am", "pm", "noon", "den", "st", "nd", "rd", "th",
];

/// Does `item` hold a range of days or hours ("28.-29.11.", "10:00-13:00",
/// "1 – 3 May")? A period's kind is its own words' (a period to act in, an
/// event's days), which a list's intro does not tell.
fn ranged(item: &str) -> bool {
    let b = item.as_bytes();
    let dash = |k: usize| b[k] == b'-' || item[k..].starts_with('–');
    (0..b.len()).any(|k| {
        item.is_char_boundary(k) && dash(k) && {
            let before = item[..k].trim_end().trim_end_matches('.');
            let after = item[k..].trim_start_matches(['-', '–']).trim_start();
            before.ends_with(|c: char| c.is_ascii_digit())
                && after.starts_with(|c: char| c.is_ascii_digit())
        }
    })
}

/// Whether the words of the intro `line` may stand before its items' as
/// a heading's do (the year and the kind they give, "Meetings of Council
/// … for the year 2023"): not when it tells a day of its own, whose words
/// are that day's ("(Observera att tidigare inplanerat sammanträde 30
/// augusti är inställt)" cancels the 30 August, not the list under it).
pub(super) fn intro_words_reach(line: &str) -> bool {
    let toks = tokenize(line, 0);
    let numeric_day = toks.windows(3).any(|w| {
        w[0].kind == TokenKind::Num
            && w[0].digits <= 2
            && matches!(w[1].word.as_str(), "." | "/")
            && w[2].kind == TokenKind::Num
            && w[2].digits <= 2
            && !w[1].space_before
            && !w[2].space_before
    });
    !numeric_day && !toks.iter().any(|t| t.month.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_short_bulleted_dated_lines() {
        assert!(is_item(
            "- Civil service pensions | Public Accounts Committee | 23 June 2025"
        ));
        assert!(is_item("  • Älghult 1/10"));
        assert!(is_item(" • Alttoviulu 3.5.2019"));
        assert!(is_item("• Round 1: Friday 24 May 2019"));
        assert!(!is_item(
            "• Deadline for digital submissions: 28 November 2025"
        ));
        assert!(!is_item("• Suomi"));
        assert!(!is_item("Älghult 1/10"));
        assert!(is_item(" • 15 februari"));
        assert!(is_item("    – 21.1.2026"));
        assert!(is_item("- February – Thursday 23rd"));
        assert!(!is_item("  • lördag 17 oktober kl 10:00-13:00"));
        assert!(!is_item(" • Vapepa-foorumi Lappeenrannassa 28.-29.11."));
        assert!(!is_item("• 7/8 – Lek och lär med häst"));
        assert!(!is_item(
            "  • November 5, 2017, 5pm. Deadline for all entries."
        ));
    }

    #[test]
    fn the_line_over_two_items_introduces_them() {
        let text = "Valintakokeet järjestetään:\n • Alttoviulu 3.5.2019\n • Fagotti 2.5.2019";
        let lines: Vec<&str> = text.split('\n').collect();
        let mut intro = ListIntro::default();
        let mut base = 0;
        let mut got = Vec::new();
        for (k, l) in lines.iter().enumerate() {
            got.push(intro.see(l, base, lines[k + 1..].iter().copied()));
            base += l.len() + 1;
        }
        let first = text.find('\n');
        let intro = first.map(|e| (0, e));
        assert_eq!(got, [None, intro, intro]);
    }

    #[test]
    fn one_bulleted_line_alone_is_no_list() {
        let mut intro = ListIntro::default();
        assert_eq!(intro.see("Kokous pidetään:", 0, std::iter::empty()), None);
        assert_eq!(
            intro.see(" • 3.5.2019", 17, ["Tervetuloa!"].into_iter()),
            None
        );
    }
}
