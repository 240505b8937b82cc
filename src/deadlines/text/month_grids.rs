//! Tables whose columns are months and whose cells are only the day
//! numbers: a council's year of meetings, "Organ | Tid | Jan | Feb | Mars
//! |…\nKommunfullmäktige | 13.00 | 10* | 7 | 7 |…", "Nämnd Tid Jan Feb Mars
//! April Maj Juni\nKF 18:00 30 27 27 24 29 19(13.00)", and the same table
//! turned on its side, a month a line: "Månad Datum\nFebruari 5\nMars
//! 5\nOktober 8, 29" (real174:16, real174:30, real174:19). The month stands
//! in the header or first on the line, the day in its cell, so no date is
//! written anywhere and nothing reads one. Each such row is written out as
//! the days it holds ("Kommunfullmäktige 13.00: 10.1., 7.2., 7.3.") with
//! the table's year when the line over it names one ("Under 2018 gäller
//! följande sammanträdestider:"), and the rules read it as any line of days.

use crate::deadlines::layout_lines::pipe_rule;
use crate::deadlines::tokens::{month_from, MonthForm, FI_MONTHS};

/// The longest header or row looked at: a year's months and their days.
const ROW_BYTES: usize = 300;
/// The fewest month columns of a header: two months are a range's ends.
const MIN_MONTHS: usize = 3;
/// The fewest month-led lines read as a table turned on its side.
const MIN_LINES: usize = 3;
/// The longest month-led line: a month and a few days.
const LED_BYTES: usize = 40;
/// The most words of a header: labels and twelve months.
const HEADER_WORDS: usize = 24;
/// How many lines over a table are looked at for its year.
const YEAR_LINES: usize = 3;

/// `clean` with every row of a month table written out as its days.
pub(super) fn spread(clean: String) -> String {
    // (most texts have no such table: a line with three month names and no
    // digit, or three month-led lines, is asked for first)
    let lines: Vec<&str> = clean.split('\n').collect();
    let mut rewrites: Vec<(usize, String)> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if let Some(cols) = header(lines[i]) {
            let year = year_above(&lines, i + 1);
            let mut j = i + 1;
            while let Some(row) = lines.get(j) {
                if pipe_rule(row.trim()) {
                    j += 1;
                    continue;
                }
                let Some(days) = grid_row(row, &cols, year) else {
                    break;
                };
                rewrites.push((j, days));
                j += 1;
            }
            i = j.max(i + 1);
            continue;
        }
        if led_line(lines[i]).is_some() {
            let run = (i..lines.len())
                .take_while(|&k| led_line(lines[k]).is_some() || lines[k].trim().is_empty())
                .collect::<Vec<_>>();
            let led = run.iter().filter(|&&k| !lines[k].trim().is_empty()).count();
            let next = run.last().map_or(i + 1, |k| k + 1);
            if led >= MIN_LINES {
                let year = year_above(&lines, i);
                for &k in &run {
                    // (a month with no day, "Januari", is an empty row:
                    // left, it would read as the heading of the days under it)
                    if let Some((label, days)) = led_line(lines[k]) {
                        rewrites.push((k, written(label, &days, year)));
                    }
                }
            }
            i = next;
            continue;
        }
        i += 1;
    }
    if rewrites.is_empty() {
        return clean;
    }
    let mut out = String::with_capacity(clean.len() + rewrites.len() * 16);
    let mut next = rewrites.into_iter().peekable();
    for (k, line) in lines.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        match next.next_if(|(r, _)| *r == k) {
            Some((_, days)) => out.push_str(&days),
            None => out.push_str(line),
        }
    }
    out
}

/// The columns of a header line naming at least three months in a row
/// ("Organ | Tid | Jan | Feb | Mars |", "Nämnd Tid Jan Feb Mars April Maj
/// Juni"): for each cell, the month it names, if any. None for any other
/// line, and for a header whose months do not follow one another.
fn header(line: &str) -> Option<Vec<Option<u32>>> {
    let t = line.trim();
    if t.len() > ROW_BYTES || t.is_empty() || t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // (the cheap count first: most lines without a digit are prose)
    let words = t.split([' ', '|']).filter(|w| !w.is_empty());
    let mut n = 0;
    let mut months = 0;
    for w in words {
        n += 1;
        if n > HEADER_WORDS {
            return None;
        }
        months += usize::from(month_like(w));
    }
    if months < MIN_MONTHS {
        return None;
    }
    let cols: Vec<Option<u32>> = cells(t).iter().map(|c| cell_month(c)).collect();
    let months: Vec<u32> = cols.iter().flatten().copied().collect();
    let in_order = months.windows(2).all(|w| w[1] == w[0] + 1);
    // (the months stand together, after the labels of the row's own cells)
    let first = cols.iter().position(Option::is_some)?;
    let together = cols[first..].iter().all(Option::is_some);
    (months.len() >= MIN_MONTHS && in_order && together).then_some(cols)
}

/// The cells of a line: split at "|" when it has one, else at spaces, a
/// cell going on past a comma or a joining word ("2,30", "5, 19(08.00)",
/// "8 och 22").
fn cells(line: &str) -> Vec<String> {
    if line.contains('|') {
        let mut v: Vec<String> = line.split('|').map(|c| c.trim().to_string()).collect();
        if v.last().is_some_and(String::is_empty) {
            v.pop();
        }
        if v.first().is_some_and(String::is_empty) {
            v.remove(0);
        }
        return v;
    }
    let mut v: Vec<String> = Vec::new();
    let mut join = false;
    for w in line.split_whitespace() {
        let joiner = matches!(w, "och" | "ja" | "and" | "&" | "og");
        match v.last_mut() {
            Some(last) if join || joiner => {
                last.push(' ');
                last.push_str(w);
            }
            _ => v.push(w.to_string()),
        }
        join = w.ends_with(',') || joiner;
    }
    v
}

/// Could `w` name a month: its first three letters, any case, begin one
/// of the names `cell_month` reads. Asked of every word of a short line
/// with no digit, so no allocation.
fn month_like(w: &str) -> bool {
    // ("mar" begins "marras" too, "jou" is "joulu")
    const STEMS: [&str; 25] = [
        "jan", "feb", "mar", "apr", "maj", "may", "jun", "jul", "aug", "sep", "okt", "oct", "nov",
        "dec", "tam", "hel", "maa", "huh", "tou", "kes", "hei", "elo", "syy", "lok", "jou",
    ];
    w.len() <= 12
        && w.get(..3)
            .is_some_and(|p| STEMS.iter().any(|s| s.eq_ignore_ascii_case(p)))
}

/// The month a header cell names: a month's name or its short form
/// ("Mars", "Augusti", "Jan", "Sept.", "Tammi", "Helmi").
fn cell_month(cell: &str) -> Option<u32> {
    let w = cell.trim().trim_end_matches('.').to_lowercase();
    if w.is_empty() || w.contains(' ') {
        return None;
    }
    if let Some((m, MonthForm::Plain)) = month_from(&w, true) {
        return Some(m);
    }
    // (a Finnish month cut short is its name without "kuu": "tammi")
    let i = FI_MONTHS
        .iter()
        .position(|m| m.strip_suffix("kuu") == Some(w.as_str()))?;
    u32::try_from(i + 1).ok()
}

/// The days a cell holds ("10*", "2,30", "22**,27", "19(13.00)", "5, 19",
/// "8 och 22"): None when it holds anything else; empty for "-" or nothing.
fn cell_days(cell: &str) -> Option<Vec<u32>> {
    let mut days = Vec::new();
    // (an hour in brackets is the day's own time; a star marks a note)
    let mut plain = String::with_capacity(cell.len());
    let mut depth = 0usize;
    for c in cell.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '*' => {}
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    // ("-": no meeting that month; a dash between days is a range, no list)
    if matches!(plain.trim(), "-" | "–") {
        return Some(days);
    }
    for part in plain.split([',', ' ', '&']) {
        let p = part.trim();
        if p.is_empty() || matches!(p, "och" | "ja" | "and" | "og") {
            continue;
        }
        let d: u32 = p.parse().ok()?;
        if !(1..=31).contains(&d) || p.len() > 2 {
            return None;
        }
        days.push(d);
    }
    Some(days)
}

/// A row under a month header written out as its days: its label cells,
/// then each month cell's days. None when the row does not fit the header
/// (another cell count, a cell that is no days, no day at all).
fn grid_row(line: &str, cols: &[Option<u32>], year: Option<i32>) -> Option<String> {
    let t = line.trim();
    if t.is_empty() || t.len() > ROW_BYTES || !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let cs = cells(t);
    if cs.len() != cols.len() {
        return None;
    }
    let mut label: Vec<&str> = Vec::new();
    let mut days: Vec<(u32, u32)> = Vec::new();
    for (c, m) in cs.iter().zip(cols) {
        match m {
            Some(m) => days.extend(cell_days(c)?.into_iter().map(|d| (d, *m))),
            None => label.push(c),
        }
    }
    if days.is_empty() {
        return None;
    }
    Some(written(&label.join(" "), &days, year))
}

/// A line led by a month and holding only its days ("Februari 5", "Oktober
/// 8, 29", "March 4 and 18"): the month's word and its days; a month alone
/// ("Januari", no meeting that month) has none.
fn led_line(line: &str) -> Option<(&str, Vec<(u32, u32)>)> {
    let t = line.trim();
    if t.len() > LED_BYTES || !t.starts_with(|c: char| c.is_alphabetic()) {
        return None;
    }
    let (word, rest) = t.split_once(' ').unwrap_or((t, ""));
    if !rest.is_empty() && !rest.starts_with(|c: char| c.is_ascii_digit()) || !month_like(word) {
        return None;
    }
    let m = cell_month(word)?;
    let days = cell_days(rest)?;
    Some((word, days.into_iter().map(|d| (d, m)).collect()))
}

/// A row's days as the rules read them: "Kommunfullmäktige 13.00: 10.1.,
/// 7.2." (with the table's year, "5.2.2018"); the label is left out when
/// it is the month itself.
fn written(label: &str, days: &[(u32, u32)], year: Option<i32>) -> String {
    let mut s = String::new();
    if !label.is_empty() && cell_month(label).is_none() {
        s.push_str(label);
        s.push_str(": ");
    }
    for (n, (d, m)) in days.iter().enumerate() {
        if n > 0 {
            s.push_str(", ");
        }
        match year {
            Some(y) => s.push_str(&format!("{d}.{m}.{y}")),
            None => s.push_str(&format!("{d}.{m}.")),
        }
    }
    s
}

/// The year the lines over a table name ("Sammanträdestider 2023",
/// "Under 2018 gäller följande sammanträdestider:", "Januari - juli
/// 2023"): the last four-digit year in the few non-blank lines above
/// line `at`, nearest first.
fn year_above(lines: &[&str], at: usize) -> Option<i32> {
    lines[..at.min(lines.len())]
        .iter()
        .rev()
        .filter(|l| !l.trim().is_empty())
        .take(YEAR_LINES + 1)
        .find_map(|l| {
            l.split(|c: char| !c.is_ascii_digit())
                .filter(|w| w.len() == 4)
                .filter_map(|w| w.parse::<i32>().ok())
                .rfind(|y| (1900..=2100).contains(y))
        })
}
