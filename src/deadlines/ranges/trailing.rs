//! Days written after a month-first day, sharing its month: "Jan. 6 and
//! 13", "Dec. 2 and 3, 2022", "August 30, 31 and September 1". English
//! writes the month once before a list of days where Finnish and Swedish
//! write it once after ("6. ja 13.1.", "den 6 och 13 januari", read by
//! `expr_at`); each day is one single-day mention (rule 4).

use super::super::dates::{valid_day, year_of, DayMonth, Grammar};
use super::super::tokens::{month_of, Token, TokenKind, WEEKDAYS};

/// The most days read after the first: a list of dates is short, and the
/// look-around stays constant.
const MAX_DAYS: usize = 6;

/// A word that may follow the last day of such a list: a place or an hour
/// ("Jan. 6 and 13 at the church"). Anything else after a number is what
/// the number counts ("March 5 and 12 others", "May 2 and 3 hours").
fn may_follow_list(w: &str) -> bool {
    matches!(
        w,
        "at" | "in"
            | "from"
            | "on"
            | "for"
            | "with"
            | "when"
            | "during"
            | "starting"
            | "beginning"
            | "until"
            | "till"
            | "to"
            // ("on May 22, 23, and 24 if necessary", real87:24)
            | "if"
            | "unless"
            // a clause going on after the list: "closed on December 26
            // and 27 due to the holidays", "December 26 and 27 closed"
            | "due"
            | "because"
            | "as"
            | "but"
            | "while"
            | "or"
            | "is"
            | "are"
            | "will"
            | "only"
            | "also"
            | "respectively"
            | "inclusive"
            | "closed"
            | "open"
            | "between"
            | "before"
            | "after"
            | "by"
    )
}

impl Grammar<'_> {
    /// Is the day at `i` told with its weekday ("torsdag den 11",
    /// "torstaina 11.", "Thursday 11")?
    pub(super) fn weekday_before(&self, i: usize) -> bool {
        let w = |k: usize| i >= k && WEEKDAYS.contains(&self.word(i - k));
        w(1) || (w(2) && matches!(self.word(i - 1), "den" | "the" | ","))
    }

    /// The days written after the month-first day `a` (the month name at
    /// `i`, the day read up to `j`): every day of the list, `a` first, and
    /// where the list ends. `None` when no bare day follows.
    pub(super) fn trailing_days(
        &self,
        i: usize,
        a: DayMonth,
        j: usize,
    ) -> Option<(Vec<DayMonth>, usize)> {
        // only a month written before its day, with no year between the
        // day and the list ("January 6, 2024 and 13" is no list)
        self.token(i).and_then(month_of)?;
        if a.year.is_some() {
            return None;
        }
        let mut days = vec![a];
        let mut k = j;
        for _ in 0..MAX_DAYS {
            let mut n = k;
            match self.word(n) {
                "," => {
                    n += 1;
                    if matches!(self.word(n), "and" | "&") {
                        n += 1;
                    }
                }
                "and" | "&" => n += 1,
                _ => break,
            }
            // "…, 31 and September 1": a full day of the next month closes
            // the list
            if days.len() > 1 {
                if let Some((b, e)) = self.atom(n) {
                    days.push(b);
                    return Some((days, e));
                }
            }
            let Some((d, e)) = self.bare_day(n) else {
                break;
            };
            let last = days.last().map_or(0, |x| x.day);
            let next = DayMonth {
                day: d,
                month: a.month,
                year: None,
            };
            // (a list of days runs forward: "May 5 and 2" is something else)
            if d <= last || !valid_day(&next) {
                break;
            }
            days.push(next);
            k = e;
        }
        if days.len() < 2 {
            return None;
        }
        let after = self.token(k);
        // (a colon before a label, not an hour's: "December 26 and 27:
        // closed", not "May 2 and 3:30")
        let label_colon = after.is_some_and(|t| t.word == ":")
            && self
                .token(k + 1)
                .is_none_or(|n| n.kind != TokenKind::Num || n.space_before);
        let ends_well = label_colon
            || after.is_none_or(|t| {
                (t.kind == TokenKind::Punct && !matches!(t.word.as_str(), "-" | "/" | "%" | ":"))
                    || may_follow_list(&t.word)
            });
        // "Dec. 2 and 3, 2022": the year written once after the list
        if let Some(yk) = self.year_after(k) {
            let y = year_of(&self.tokens[yk]);
            for d in &mut days {
                d.year = y;
            }
            return Some((days, yk + 1));
        }
        ends_well.then_some((days, k))
    }
}

/// Is the comma at `comma` the serial comma inside a run of days ("June 2,
/// 9, 16, and 30", "den 3, 5, och 7 maj")? Such a comma and its "and"
/// join the list's last day, and start no clause of its own.
pub(in crate::deadlines) fn serial_comma(toks: &[Token], comma: usize) -> bool {
    let day = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == TokenKind::Num && t.digits <= 2 && (1..=31).contains(&t.value)
        })
    };
    let Some(d) = comma.checked_sub(1) else {
        return false;
    };
    // (a run of three or more, or a month right before: "June 14, and 15")
    let run = d >= 1 && (toks[d - 1].word == "," || month_of(&toks[d - 1]).is_some());
    let hour = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.word.as_str(), ":" | ".") && !t.space_before)
            && toks
                .get(k + 1)
                .is_some_and(|n| n.kind == TokenKind::Num && !n.space_before && n.digits == 2)
    };
    run && day(d)
        && toks
            .get(comma + 1)
            .is_some_and(|t| matches!(t.word.as_str(), "and" | "och" | "ja"))
        && day(comma + 2)
        // (not an hour: "14, and 15.30")
        && !hour(comma + 3)
}
