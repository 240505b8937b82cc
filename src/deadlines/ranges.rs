//! Expressions of several days over the grammar of one day: ranges
//! ("14–15 November", "from 15 January to 29 February", "1.3.2024 alkaen
//! 12.4.2024 saakka"), enumerations ("5., 12. ja 19. maaliskuuta") and
//! "the end of March".
//!
//! Owns: finding every date expression of a clause, in order, and the year
//! written once for a list of days.

use super::clock::clock_word;
use super::dates::{valid_day, year_of, DayMonth, Expr, Grammar, Shape};
use super::tokens::{fi_weekday_illative, month_of, MonthForm, Token, TokenKind, WEEKDAYS};

mod bare_to;
mod dressed_ends;
mod hour_skips;
mod joiners;
mod leading_years;
pub(super) mod paired_verbs;
mod trailing;
mod weekday_ends;

pub(super) use joiners::through;
use joiners::{until_joins, up_to_and_with};
pub(super) use trailing::serial_comma;

impl Grammar<'_> {
    /// "October 28–29, 2026".
    pub(super) fn month_day_range(&self, i: usize) -> Option<(Expr, usize)> {
        let (m, j) = self.month_first(i)?;
        let (d1, k) = self.bare_day(j)?;
        let to = matches!(self.word(k), "to" | "till" | "until");
        let opened = self.range_opener(i, 0, 3);
        let conn =
            self.is_dash(k) || through(self.word(k)) || to || (self.word(k) == "and" && opened);
        if !conn {
            return None;
        }
        // "December 24 – Wednesday 26": the end's weekday before its day
        let mut at = k + 1;
        if WEEKDAYS.contains(&self.word(at)) {
            at += 1 + usize::from(self.word(at + 1) == ",");
        }
        let (d2, mut k) = self.bare_day(at)?;
        // "June 12 through July 13" is a range of two full dates
        if self.token(k).and_then(month_of).is_some() {
            return None;
        }
        // ("the campaign is May 1 to 7", real291:3: "to" needs no "from";
        // "May 1 to 7 pm", "December 2nd – 5.30-8 pm", real289:15, "to 7
        // days" end in no day)
        if self.not_a_day_after(k, to, opened) {
            return None;
        }
        let mut y = None;
        if let Some(yk) = self.year_after(k) {
            y = year_of(&self.tokens[yk]);
            k = yk + 1;
        }
        let a = DayMonth {
            day: d1,
            month: m,
            year: y,
        };
        let b = DayMonth {
            day: d2,
            month: m,
            year: y,
        };
        (d1 < d2 && valid_day(&a) && valid_day(&b)).then_some((
            Expr {
                shape: Shape::Span(a, b),
                start: i,
                end: k,
            },
            k,
        ))
    }

    /// Expressions of one clause, in order.
    pub(super) fn exprs(&self, postponed: bool) -> Vec<Expr> {
        let mut out: Vec<Expr> = Vec::new();
        let mut i = 0;
        let n = self.tokens.len();
        while i < n {
            let floor = out.last().map_or(0, |e| e.end);
            if let Some((x, next)) = self.expr_at(i, floor, postponed) {
                out.push(x);
                i = next.max(i + 1);
            } else if let Some((x, next)) = self.month_left_out(i, floor, out.last()) {
                out.push(x);
                i = next.max(i + 1);
            } else {
                i += 1;
            }
        }
        propagate_years(self, &mut out);
        leading_years::leading_year(self, &mut out);
        out
    }

    /// "välisenä aikana", "välillä" after the last day (an hour may come
    /// first): the Finnish postposition that makes "D1 ja D2" a range.
    fn between_postposition(&self, e: usize) -> bool {
        let after = self.word(self.past_hour(e));
        after.starts_with("välis") || after == "välillä"
    }

    pub(super) fn range_opener(&self, i: usize, floor: usize, reach: usize) -> bool {
        let lo = i.saturating_sub(reach).max(floor);
        (lo..i).any(|k| {
            matches!(
                self.word(k),
                "from"
                    | "between"
                    | "från"
                    | "mellan"
                    | "välillä"
                    | "fr"
                    | "starting"
                    | "beginning"
            )
        })
    }

    pub(super) fn expr_at(&self, i: usize, floor: usize, postponed: bool) -> Option<(Expr, usize)> {
        if let Some(r) = self.month_day_range(i) {
            return Some(r);
        }
        if let Some(r) = self.end_of(i) {
            return Some(r);
        }
        // (every other form starts with a number or a month's name: most
        // tokens are turned away here, before each form is tried on them)
        if self.token(i).is_some_and(|t| t.kind != TokenKind::Num) && self.month_first(i).is_none()
        {
            return None;
        }
        if let Some((a, j)) = self.atom(i) {
            return Some(self.after_atom(i, a, j, floor, postponed));
        }
        let (d, j) = self.bare_day(i)?;
        if let Some(span) = self.weekday_led_end(d, i, j, floor, None) {
            return Some(span);
        }
        // "14–15 November 2024", "14.–15.11.2024", "1.–15.8.", "5 through 9 May"
        if self.is_dash(j) || through(self.word(j)) {
            return self.bare_day_to(d, i, j + 1);
        }
        // "between 14 and 18 October", "från den 1 till den 15 augusti"
        // ("från och med den 12 till den 14 februari", real453:21)
        if !postponed
            && self.range_opener(i, floor, 3 + 2 * usize::from(self.after_with(i)))
            && matches!(self.word(j), "to" | "and" | "till" | "och" | "until" | "ja")
        {
            // (and "till och med den 14 februari")
            let mut k = j + 1 + 2 * usize::from(self.after_with(j + 3));
            k += usize::from(matches!(self.word(k), "den" | "the"));
            // ("between Friday 4 and Sunday 6 November": the last day keeps
            // its weekday)
            if WEEKDAYS.contains(&self.word(k)) {
                k += 1 + usize::from(self.word(k + 1) == ",");
            }
            if let Some(span) = self.bare_day_to(d, i, k) {
                return Some(span);
            }
        }
        // "4. ja 6. marraskuuta välisenä aikana" ("perjantain 4. ja
        // sunnuntain 6."): the range told by the postposition after it
        if !postponed && self.word(j) == "ja" {
            let k = j + 1 + usize::from(fi_weekday_genitive(self.word(j + 1)));
            if let Some((span, e)) = self.bare_day_to(d, i, k) {
                if self.between_postposition(e) {
                    return Some((span, e));
                }
            }
        }
        // "closed 6 to 7 April 2022": a range with no "from" (`bare_to.rs`)
        if !postponed {
            if let Some(span) = self.bare_day_to_date(d, i, j) {
                return Some(span);
            }
        }
        // "5., 12. ja 19. maaliskuuta 2024", "5, 12 and 19 March"
        // ("12 december kl. 21 och 13 december": an hour, not the first day
        // of a list)
        if clock_word(self.word_before(i)) {
            return None;
        }
        // ("avoinna klo 9–12 sekä 15.9.": the end of an hour range)
        if i >= 2
            && self.is_dash(i - 1)
            && self.tokens[i - 2].kind == TokenKind::Num
            && clock_word(self.word_before(i - 2))
        {
            return None;
        }
        let mut days = vec![d];
        let mut k = j;
        for _ in 0..8 {
            if !matches!(
                self.word(k),
                "," | "and" | "ja" | "och" | "sekä" | "&" | "or" | "tai" | "eller"
            ) {
                return None;
            }
            let mut k2 = k + 1;
            if self.word(k) == "," && matches!(self.word(k2), "and" | "ja" | "och") {
                k2 += 1;
            }
            // "den 3, i Kuopio den 5 och i Åbo den 10 september": a place
            // between the days of one month
            let mut skip = 0;
            // ("Wednesday, 12 and Thursday, 13 May": the next day's
            // capitalised weekday keeps its comma)
            // (and after "och" the next day's weekday, when the first day
            // has one: "torsdag den 11 och fredag den 12 juni", real533:40)
            let weekdays = self.word(k) != "," && days.len() == 1 && self.weekday_before(i);
            while skip < 4
                && self.token(k2).is_some_and(|t| {
                    matches!(t.word.as_str(), "i" | "in" | "on" | "den" | "the")
                        || (t.kind == TokenKind::Word && t.capitalized)
                        || (weekdays && WEEKDAYS.contains(&t.word.as_str()))
                        || (t.word == "," && WEEKDAYS.contains(&self.word_before(k2)))
                })
            {
                k2 += 1;
                skip += 1;
            }
            if let Some((b, e)) = self.atom(k2) {
                let mut v: Vec<DayMonth> = days
                    .iter()
                    .map(|&d| DayMonth {
                        day: d,
                        month: b.month,
                        year: b.year,
                    })
                    .filter(valid_day)
                    .collect();
                v.push(b);
                return Some((
                    Expr {
                        shape: Shape::Days(v),
                        start: i,
                        end: e,
                    },
                    e,
                ));
            }
            let (d2, k3) = self.bare_day(k2)?;
            days.push(d2);
            k = k3;
        }
        None
    }

    /// What follows a calendar day: a range end, or nothing.
    pub(super) fn after_atom(
        &self,
        i: usize,
        a: DayMonth,
        j: usize,
        floor: usize,
        postponed: bool,
    ) -> (Expr, usize) {
        let span = |b: DayMonth, e: usize| {
            (
                Expr {
                    shape: Shape::Span(a, b),
                    start: i,
                    end: e,
                },
                e,
            )
        };
        // "2.9.–4.10.2024", "30 September – 3 October 2024",
        // "14.6. klo 22 – 15.6. klo 6", "25.8. klockan 16.15 – 4.9.2017"
        let mut jd = j;
        if clock_word(self.word(jd)) || self.word(jd) == "klockan" {
            jd += 1;
            if self.glued(jd, ".") {
                jd += 1;
            }
            let mut n = 0;
            while n < 3
                && self.token(jd).is_some_and(|t| {
                    t.kind == TokenKind::Num && t.digits <= 2 || t.word == "." || t.word == ":"
                })
            {
                jd += 1;
                n += 1;
            }
            if jd == j + 1 || !self.is_dash(jd) {
                jd = j;
            }
        }
        if self.is_dash(jd) {
            if let Some((b, e)) = self.atom(jd + 1) {
                return span(b, e);
            }
            // "Torsdag 9 maj - söndag 12 maj 2024", "ti 4.11.- ke 5.11.":
            // the last day keeps its weekday too
            // ("den 30 juni – den 7 juli", "måndag den 16 maj – onsdag den
            // 18 maj": and its "den")
            let mut k = jd + 1;
            if WEEKDAYS.contains(&self.word(k)) {
                k += 1;
                if self.word(k) == "." || self.word(k) == "," {
                    k += 1;
                }
            }
            if self.word(k) == "den" {
                k += 1;
            }
            if k > jd + 1 {
                if let Some((b, e)) = self.atom(k) {
                    return span(b, e);
                }
            }
        }
        let w = self.word(j);
        // ("Thursday, April 9, through Sunday, April 12": the first day
        // keeps its closing comma too)
        let jt = j + usize::from(self.word(j) == ",");
        // ("…, 5:00 PM through Sunday, November 15": an hour before it)
        let jt = self.past_opening_hour(jt);
        // "June 12 through July 13", "Friday 21 March through Sunday 23 March",
        // "9 april till och med 12 april"
        // ("through Monday, February 15": the weekday keeps its comma)
        let joined = if through(self.word(jt)) {
            Some(jt + 1)
        } else {
            up_to_and_with(self, jt)
        };
        if let Some(mut k) = joined {
            // ("till och med den 28 januari")
            if matches!(self.word(k), "den" | "the") {
                k += 1;
            }
            if WEEKDAYS.contains(&self.word(k)) {
                k += 1 + usize::from(self.word(k + 1) == ",");
            }
            if let Some((b, e)) = self.atom(k) {
                return span(b, e);
            }
        }
        // "26.3. ja 8.4. välisenä aikana": a range told by the postposition
        // ("tiistain 4.11. ja keskiviikon 5.11. välisenä yönä": a weekday in
        // the genitive before the last day)
        // ("to 1.2. klo 16.30 ja ti 6.2. klo 8.00 välisenä aikana": an hour
        // after either day, a weekday's short form before the last)
        let ja = self.past_hour(j);
        if matches!(self.word(ja), "ja" | "sekä") {
            let next = self.word(ja + 1);
            let k = ja + 1 + usize::from(fi_weekday_genitive(next) || WEEKDAYS.contains(&next));
            if let Some((b, e)) = self.atom(k) {
                if self.between_postposition(e) {
                    return span(b, e);
                }
            }
        }
        // "maanantaista 11.11. [klo 16] keskiviikkoon 13.11.2024"
        let mut jw = j;
        if matches!(w, "klo" | "kl" | "kello") {
            jw += 1;
            while self
                .token(jw)
                .is_some_and(|t| t.kind == TokenKind::Num || t.word == "." || t.word == ":")
            {
                jw += 1;
            }
        }
        let jw_clock = jw;
        let jw = self.past_hedge(jw);
        if fi_weekday_illative(self.word(jw)) {
            if let Some((b, e)) = self.atom(jw + 1) {
                return span(b, e);
            }
        }
        // "1.3.2024 alkaen 12.4.2024 saakka" ("24.12.2021 klo 15 alkaen
        // 4.1.2022 klo 9 asti": the first day's hour before "alkaen")
        if matches!(self.word(jw_clock), "alkaen" | "lähtien") {
            if let Some((b, e)) = self.atom(jw_clock + 1) {
                let closes =
                    (e..e + 4).any(|k| matches!(self.word(k), "saakka" | "asti" | "mennessä"));
                if closes {
                    return span(b, e);
                }
            }
        }
        // "alkaa ke 2.6. ja loppuu la 5.6.", "opens 1 March and closes 5
        // April": a verb of beginning before the first day and one of
        // ending after it (`paired_verbs.rs`)
        if let Some(k) = self.paired_end(i, j, floor) {
            if let Some((b, e)) = self.atom(k) {
                return span(b, e);
            }
        }
        if !postponed {
            // "LOIs accepted: 1 November to 5 December 2025": two days
            // joined by "to" are a range without a "from" ("den 4 juli
            // klockan 09:00 till fredag den 8 juli", real329:32: the first
            // day's hour before the connective)
            let (w, j) = match self.past_hour(j) {
                // (not past a comma: "la 28.9. klo 15, to 31.10.", where
                // "to" is Thursday)
                h if h > j
                    && matches!(self.word(h), "to" | "till" | "until")
                    && self.word(h - 1) != "," =>
                {
                    (self.word(h), h)
                }
                _ => (w, j),
            };
            // ("closed on 3 October 2024 until 4 October 2024": `until_joins`)
            if matches!(w, "to" | "till") || (w == "until" && until_joins(self, i)) {
                let k = if matches!(self.word(j + 1), "the" | "den") {
                    j + 2
                } else {
                    j + 1
                };
                let kw = self.past_closing_weekday(i, k);
                let kw = self.past_closing_dress(i, kw);
                if let Some((b, e)) = self.atom(kw) {
                    return span(b, e);
                }
                // "Tuesday, 29 September, 2020 to Wednesday, 30 December,
                // 2020": a line of moved days (`weekday_led`) moves a day by
                // days, never by weeks
                if WEEKDAYS.contains(&self.word(k)) {
                    let kw = k + 1 + usize::from(matches!(self.word(k + 1), "," | "."));
                    if let Some((b, e)) = self.atom(kw) {
                        if weeks_apart(&a, &b) {
                            return span(b, e);
                        }
                    }
                }
            }
            // "10.4.:stä 24.4.:ään"
            if self.glued(j, ":") && matches!(self.word(j + 1), "stä" | "sta" | "ltä" | "lta") {
                if let Some((b, e)) = self.atom(j + 2) {
                    return span(b, e);
                }
            }
            // "from 15 January to 29 February", "från och med den 1 mars till och med den 12 april"
            // ("from 10 p.m. on Thursday, Aug. 7, to 9 a.m. on Friday": an
            // hour between the opener and its day)
            let hour_led = (i.saturating_sub(14).max(floor)..i).any(|k| {
                matches!(
                    self.word(k),
                    "from" | "between" | "från" | "mellan" | "starting" | "beginning"
                ) && self.past_hour(k + 1) > k + 1
            });
            if self.range_opener(i, floor, 8) || hour_led {
                // ("from June 24 at 6:30 a.m. until June 28 at 9 p.m.": the
                // opening day's hour stands before the connective)
                let at = j + usize::from(matches!(self.word(j), "at" | "," | "klo" | "kl"));
                let hour = self.past_hour(at);
                let j = if hour > at { hour } else { j };
                for c in j..j + 6 {
                    let cw = self.word(c);
                    let between = (i.saturating_sub(8).max(floor)..i)
                        .any(|k| matches!(self.word(k), "between" | "mellan"));
                    // ("will re-open on Monday": a hyphen inside a word
                    // joins no days)
                    let hyphen = cw == "-"
                        && self.word_before(c).chars().all(char::is_alphabetic)
                        && self.token(c).is_some_and(|t| !t.space_before)
                        && self.token(c + 1).is_some_and(|t| !t.space_before);
                    let conn = (matches!(cw, "to" | "until" | "till" | "-") && !hyphen)
                        || through(cw)
                        || (cw == "up" && up_to_and_with(self, c).is_some())
                        || (between && matches!(cw, "and" | "och"));
                    // ("från den 1 november, som längst till och med 15
                    // november": the hedge before the connective)
                    let hedged = self.past_hedge(c);
                    if hedged > c {
                        if let Some((b, e)) = self.atom(hedged) {
                            return span(b, e);
                        }
                    }
                    if conn {
                        // "from January 1 to 5:00 p.m. Eastern Time on
                        // January 31": an hour and its zone before the last day
                        let clock = self.glued(c + 2, ":") && self.glued_num(c + 3).is_some()
                            || self.past_hour(c + 1) > c + 1;
                        let reach = if clock { 14 } else { 9 };
                        // ("till och med" right after the first day, not
                        // a clause later: "gäller från och med 15 mars och
                        // du kan söka till och med 22 mars")
                        let near = (j..c).all(|k| matches!(self.word(k), "," | "som" | "längst"));
                        let from = up_to_and_with(self, c).filter(|_| near).unwrap_or(c + 1);
                        // ("to 8.45am, 2 January 2019": past the last
                        // day's hour and its comma)
                        let from = self.past_hour(self.past_hedge(from));
                        // ("from the 13th of August until the 21st",
                        // real283:14: a bare ordinal after "the" ends the
                        // range in the first day's month)
                        if let Some(b) = self.bare_ordinal_end(&a, from) {
                            return span(b.0, b.1);
                        }
                        for k in from..c + reach {
                            if let Some((b, e)) = self.atom(k) {
                                return span(b, e);
                            }
                            // ("to Monday, June 22": the closing weekday's
                            // comma ends no clause)
                            let weekday_comma =
                                self.word(k) == "," && WEEKDAYS.contains(&self.word_before(k));
                            if !weekday_comma
                                && matches!(self.word(k), "," | ";" | "and" | "och" | "ja")
                            {
                                break;
                            }
                        }
                        break;
                    }
                    if self.atom(c).is_some() {
                        break;
                    }
                }
            }
        }
        // "Jan. 6 and 13", "August 30, 31 and September 1"
        if matches!(w, "," | "and" | "&") {
            if let Some((v, e)) = self.trailing_days(i, a, j) {
                let x = Expr {
                    shape: Shape::Days(v),
                    start: i,
                    end: e,
                };
                return (x, e);
            }
        }
        (
            Expr {
                shape: Shape::One(a),
                start: i,
                end: j,
            },
            j,
        )
    }

    /// "the end of March 2025", "maaliskuun loppuun", "vuoden 2024 loppuun",
    /// "slutet av mars", "slutet av året".
    pub(super) fn end_of(&self, i: usize) -> Option<(Expr, usize)> {
        let w = self.word(i);
        let mk = |m: Option<u32>, y: Option<i32>, e: usize| {
            Some((
                Expr {
                    shape: Shape::EndOf { month: m, year: y },
                    start: i,
                    end: e,
                },
                e,
            ))
        };
        // "March", "March 2024": the month named at `j`, its year if one
        // follows, and where they end
        let month_then_year = |j: usize| {
            let Some((m, MonthForm::Plain)) = self.token(j).and_then(month_of) else {
                return None;
            };
            let y = self
                .year_after(j + 1)
                .and_then(|k| year_of(&self.tokens[k]));
            Some((m, y, if y.is_some() { j + 2 } else { j + 1 }))
        };
        if w == "end" && self.word(i + 1) == "of" {
            let j = i + 2;
            // ("by the end of July 9th", real441:21: the day's own end)
            let day = |t: &Token| t.kind == TokenKind::Num && t.digits <= 2;
            if let Some((m, y, e)) =
                month_then_year(j).filter(|_| !self.token(j + 1).is_some_and(day))
            {
                return mk(Some(m), y, e);
            }
            if let Some(t) = self.token(j).filter(|t| t.digits == 4) {
                return mk(None, Some(year_of(t)?), j + 1);
            }
            if matches!(self.word(j), "the" | "this") && self.word(j + 1) == "year" {
                let y = self
                    .year_after(j + 2)
                    .and_then(|k| year_of(&self.tokens[k]));
                return mk(None, y, if y.is_some() { j + 3 } else { j + 2 });
            }
            return None;
        }
        if matches!(w, "slutet" | "utgången") && self.word(i + 1) == "av" {
            let j = i + 2;
            if let Some((m, y, e)) = month_then_year(j) {
                return mk(Some(m), y, e);
            }
            if self.word(j) == "året" {
                return mk(None, None, j + 1);
            }
            if self.word(j) == "år" {
                let y = self
                    .year_after(j + 1)
                    .and_then(|k| year_of(&self.tokens[k]))?;
                return mk(None, Some(y), j + 2);
            }
            if let Some(t) = self.token(j).filter(|t| t.digits == 4) {
                return mk(None, Some(year_of(t)?), j + 1);
            }
            return None;
        }
        if w == "årets" && matches!(self.word(i + 1), "slut" | "utgång") {
            return mk(None, None, i + 2);
        }
        // "senast den sista oktober", "by the last day of October": the
        // month's last day
        let last_of = match w {
            "sista" => Some(i + 1),
            "last" if self.word(i + 1) == "day" && self.word(i + 2) == "of" => Some(i + 3),
            _ => None,
        };
        if let Some((m, y, e)) = last_of.and_then(month_then_year) {
            return mk(Some(m), y, e);
        }
        // Finnish: "<month>n [yyyy] loppuun", "vuoden [yyyy] loppuun"
        let month = self
            .token(i)
            .and_then(month_of)
            .filter(|(_, f)| *f == MonthForm::Gen);
        if month.is_some() || w == "vuoden" {
            let mut j = i + 1;
            let mut y = None;
            if let Some(t) = self.token(j).filter(|t| t.digits == 4) {
                y = Some(year_of(t)?);
                j += 1;
            }
            if self.word(j) == "loppuun" {
                return mk(month.map(|(m, _)| m), y, j + 1);
            }
            // "lokakuun viimeisenä päivänä": the month's last day
            let last = matches!(self.word(j), "viimeinen" | "viimeisenä" | "viimeiseen");
            if month.is_some() && last && self.word(j + 1).starts_with("päiv") {
                return mk(month.map(|(m, _)| m), y, j + 2);
            }
        }
        None
    }

    /// "the 21st" at `k`, not followed by a month or "of": the last day of a
    /// range in the month and year of its first day `a`, when later.
    fn bare_ordinal_end(&self, a: &DayMonth, k: usize) -> Option<(DayMonth, usize)> {
        if self.word(k) != "the" || !self.ordinal(k + 2) {
            return None;
        }
        let (d, e) = self.bare_day(k + 1)?;
        if self.token(e).and_then(month_of).is_some() || self.word(e) == "of" || d <= a.day {
            return None;
        }
        let b = DayMonth { day: d, ..*a };
        valid_day(&b).then_some((b, e))
    }
}

/// Are two days more than two weeks apart, the second after the first
/// (months counted as 31 days, a year's turn when the month goes back)?
fn weeks_apart(a: &DayMonth, b: &DayMonth) -> bool {
    let at = |d: &DayMonth| i64::from(d.month) * 31 + i64::from(d.day);
    let turn = if b.month < a.month { 12 * 31 } else { 0 };
    at(b) + turn - at(a) > 14
}

/// "on 5 March, 12 March and 19 March 2024": the year written once holds
/// for the days listed before it.
pub(super) fn propagate_years(g: &Grammar, xs: &mut [Expr]) {
    for k in (0..xs.len().saturating_sub(1)).rev() {
        let (left, right) = xs.split_at_mut(k + 1);
        let (a, b) = (&mut left[k], &right[0]);
        let y = match &b.shape {
            Shape::One(d) => d.year,
            Shape::Days(v) => v.first().and_then(|d| d.year),
            _ => None,
        };
        let Some(y) = y else { continue };
        let Shape::One(ref mut da) = a.shape else {
            continue;
        };
        if da.year.is_some() || b.start < a.end || b.start - a.end > 5 {
            continue;
        }
        let gap = &g.tokens[a.end..b.start];
        if enumeration_gap(gap) {
            let first = first_day(&b.shape);
            if first.is_some_and(|f| (da.month, da.day) <= (f.month, f.day)) {
                da.year = Some(y);
            }
        }
    }
}

/// The words between two listed days: separators, place names, fillers.
pub(super) fn enumeration_gap(gap: &[Token]) -> bool {
    // "6.8.2022 / 10:00 - 7.8.2022": a slash before a time of day joins a
    // day to its hour, no second day of a pair
    if gap.iter().any(|t| t.word == "/") && gap.iter().any(|t| t.kind == TokenKind::Num) {
        return false;
    }
    // "28 Apr at 16.15 (letters of intent), 8 Sep": a time and a remark in
    // parentheses belong to the date before the separator
    let mut depth = 0usize;
    let kept: Vec<&Token> = gap
        .iter()
        .filter(|t| {
            match t.word.as_str() {
                "(" => depth += 1,
                ")" => {
                    depth = depth.saturating_sub(1);
                    return false;
                }
                _ => {}
            }
            depth == 0
                && !(t.kind == TokenKind::Num
                    || matches!(t.word.as_str(), "." | ":" | "-" | "at" | "klo" | "kl"))
        })
        .collect();
    if kept.len() > 5 {
        return false;
    }
    let gap = kept;
    let sep = gap.iter().any(|t| {
        matches!(
            t.word.as_str(),
            "," | "and" | "ja" | "och" | "sekä" | "samt" | "&" | "or" | "tai" | "eller"
            // "senast 1 maj och/eller 1 december", "senast 15 januari,
            // respektive 15 augusti": one limit a term, the days paired
                | "/"
                | "respektive"
                | "respectively"
                | "vastaavasti"
        )
    });
    let filler = gap.iter().all(|t| {
        matches!(
            t.word.as_str(),
            "," | "and"
                | "ja"
                | "och"
                | "sekä"
                | "&"
                | "or"
                | "tai"
                | "eller"
                | "on"
                | "in"
                | "i"
                | "den"
                | "the"
                | "also"
                | "myös"
                | "även"
                | "samt"
                | "/"
                | "respektive"
                | "respectively"
                | "vastaavasti"
        ) || WEEKDAYS.contains(&t.word.as_str())
            || (t.kind == TokenKind::Word
                && (t.capitalized
                    || t.word.ends_with("ssa")
                    || t.word.ends_with("ssä")
                    || t.word.ends_with("lla")
                    || t.word.ends_with("llä")))
    });
    sep && filler
}

pub(super) fn first_day(s: &Shape) -> Option<DayMonth> {
    match s {
        Shape::One(d) => Some(*d),
        Shape::Days(v) => v.first().copied(),
        _ => None,
    }
}

/// A Finnish weekday in the genitive ("tiistain", "keskiviikon"), as it
/// stands before a day in "tiistain 4.11. ja keskiviikon 5.11. välisenä".
fn fi_weekday_genitive(w: &str) -> bool {
    matches!(
        w,
        "maanantain"
            | "tiistain"
            | "keskiviikon"
            | "torstain"
            | "perjantain"
            | "lauantain"
            | "sunnuntain"
    )
}
