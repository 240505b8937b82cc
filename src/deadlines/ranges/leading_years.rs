//! A year written once before the days it dates: "Sammanträdestider 2021:
//! 10 februari, 14 april, …", "Kommunfullmäktige har under år 2021
//! sammanträden den 24 februari, 28 april …", "In 2021 the council meets on
//! 24 February …", "Valtuusto kokoontuu vuonna 2021 24.2., …". The days
//! are that year's, so those before `--today` are past, not next year's
//! (rule 7 guesses a year only where the text gives none).

use super::super::dates::{DayMonth, Expr, Grammar, Shape};
use super::super::tokens::TokenKind;

/// Dates the yearless days after a leading year in a clause with it.
pub(super) fn leading_year(g: &Grammar, xs: &mut [Expr]) {
    let Some(first) = xs.first() else { return };
    let Some(y) = (0..first.start)
        .rev()
        .find_map(|k| year_before(g, k, first.start))
    else {
        return;
    };
    for x in xs.iter_mut() {
        match &mut x.shape {
            Shape::One(d) => {
                if !date(d, y) {
                    return;
                }
            }
            Shape::Days(v) => {
                for d in v.iter_mut() {
                    if !date(d, y) {
                        return;
                    }
                }
            }
            // (a span may turn the year, "20 December – 5 January": its
            // days take the year only when they keep to it)
            Shape::Span(a, b) => {
                if a.year.is_some() || b.year.is_some() {
                    return;
                }
                if (a.month, a.day) <= (b.month, b.day) {
                    a.year = Some(y);
                    b.year = Some(y);
                }
            }
            Shape::EndOf { year, .. } => {
                if year.is_some() {
                    return;
                }
                *year = Some(y);
            }
        }
    }
}

/// Gives `d` the year `y` unless it has one (then the leading year's
/// reach ends: the days after it are dated by what the text says there).
fn date(d: &mut DayMonth, y: i32) -> bool {
    if d.year.is_some() {
        return false;
    }
    d.year = Some(y);
    true
}

/// The year at `k` when it leads the days from `first`: after "in",
/// "during", "år", "under" or "vuonna", or followed by a colon and then
/// the days ("Sammanträdestider 2021: 10 februari").
fn year_before(g: &Grammar, k: usize, first: usize) -> Option<i32> {
    let t = g.tokens.get(k)?;
    if t.kind != TokenKind::Num || t.digits != 4 || !(1990..=2100).contains(&t.value) {
        return None;
    }
    let y = i32::try_from(t.value).ok()?;
    // ("2021–2022", "2021/22": a span of years names a term, not the days'
    // year)
    if matches!(g.word(k + 1), "-" | "/") || k > 0 && matches!(g.word(k - 1), "-" | "/") {
        return None;
    }
    // (a few words between, no second clause: "renovated in 2019 and
    // reopens on 5 March" dates the renovation only)
    let near = first - k <= 5
        && (k + 1..first).all(|j| {
            !matches!(
                g.word(j),
                "," | "and" | "ja" | "och" | "." | ";" | "!" | "?"
            )
        });
    // (English "in" only opening its clause: "the council elected in 2019
    // meets on 24 February" dates the election)
    let opens = k < 2 || matches!(g.word(k - 2), "," | "." | ":" | ";");
    let led = k > 0
        && match g.word(k - 1) {
            "in" | "during" => opens,
            w => matches!(w, "år" | "under" | "vuonna"),
        };
    let colon = g.word(k + 1) == ":" && k + 2 == first;
    (led && near || colon).then_some(y)
}
