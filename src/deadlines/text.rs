//! Cleaning a text and cutting it into lines and sentences.
//!
//! Owns: dropping HTML tags (block tags become line breaks), decoding
//! entities, telling label and header lines apart, and sentence boundaries
//! ("Thu 7.11. Career evening" and "21.3. Kino Reginassa" stay one sentence).

mod dotted_days;
mod hour_cells;
mod month_grids;
mod pipe_days;
mod spaced_ordinals;
mod struck;
mod value_rows;
mod weekday_cells;
mod wrapped_lines;

use super::tokens::{month_cut_short, month_of, tokenize, TokenKind, WEEKDAYS};

/// Drops HTML tags (block tags become line breaks), decodes entities and
/// turns exotic spaces into plain ones.
pub(super) fn clean_text(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        // (a run of plain text is copied at once: most of a text is. The
        // spaces turned into ' ' below all start with byte 0xC2 or 0xE2, and
        // no byte inside a character is either, so the run stops only
        // there, and "ä", "ö", "å" are copied with the ASCII around them)
        let run = bytes[i..]
            .iter()
            .position(|&b| matches!(b, b'<' | b'&' | b'\t' | b'\r' | 0xC2 | 0xE2))
            .unwrap_or(bytes.len() - i);
        if run > 0 {
            out.push_str(&s[i..i + run]);
            i += run;
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        if c == '<' {
            if let Some((end, block)) = tag_end(s, i) {
                if block {
                    out.push('\n');
                }
                i = end;
                continue;
            }
        }
        if c == '&' {
            if let Some((rep, end)) = entity(s, i) {
                out.push(rep);
                i = end;
                continue;
            }
        }
        match c {
            '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}' | '\t' | '\r' | '\u{200b}' => {
                out.push(' ')
            }
            _ => out.push(c),
        }
        i += c.len_utf8();
    }
    value_rows::join(wrapped_lines::join(pipe_days::open(month_grids::spread(
        struck::keep_last(spaced_ordinals::join(out)),
    ))))
}

/// The end of an HTML tag starting at `i` and whether it breaks a block.
pub(super) fn tag_end(s: &str, i: usize) -> Option<(usize, bool)> {
    let bytes = s.as_bytes();
    let next = *bytes.get(i + 1)?;
    if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!') {
        return None;
    }
    let lim = (i + 2000).min(bytes.len());
    let rel = bytes.get(i + 1..lim)?.iter().position(|&b| b == b'>')?;
    let end = i + 1 + rel + 1;
    let name: String = bytes
        .get(i + 1..end - 1)?
        .iter()
        .skip_while(|&&b| b == b'/')
        .take_while(|b| b.is_ascii_alphanumeric())
        .map(|&b| char::from(b.to_ascii_lowercase()))
        .collect();
    const BLOCK: &[&str] = &[
        "p",
        "br",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "td",
        "th",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "dd",
        "dt",
        "dl",
        "hr",
        "blockquote",
        "time",
        "figcaption",
        "main",
        "nav",
        "aside",
    ];
    Some((end, BLOCK.contains(&name.as_str())))
}

/// Decodes the entity starting at `i` (`&nbsp;`, `&#8211;`, ...).
pub(super) fn entity(s: &str, i: usize) -> Option<(char, usize)> {
    let bytes = s.as_bytes();
    let lim = (i + 12).min(bytes.len());
    let rel = bytes.get(i + 1..lim)?.iter().position(|&b| b == b';')?;
    let body = s.get(i + 1..i + 1 + rel)?;
    let end = i + 1 + rel + 1;
    if body.is_empty() || !body.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'#') {
        return None;
    }
    let c = if let Some(num) = body.strip_prefix('#') {
        let v = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        match char::from_u32(v)? {
            '\u{a0}' => ' ',
            c => c,
        }
    } else {
        match body {
            "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
            "ndash" => '–',
            "mdash" => '—',
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" | "rsquo" | "lsquo" => '\'',
            "rdquo" | "ldquo" => '"',
            "auml" => 'ä',
            "ouml" => 'ö',
            "aring" => 'å',
            "Auml" => 'Ä',
            "Ouml" => 'Ö',
            "Aring" => 'Å',
            "eacute" => 'é',
            "hellip" => '…',
            _ => ' ',
        }
    };
    Some((c, end))
}

/// "31 March:" (a date ending in a colon) or a date range alone on its line
/// ("10 Sep–1 Oct 2018"): a label for the line after it. A single date alone
/// on its line is a header instead (a news item's date).
pub(super) fn is_label_line(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.len() > 60 {
        return false;
    }
    let toks = tokenize(t, 0);
    let only_date = toks.iter().all(|t| match t.kind {
        TokenKind::Num => true,
        TokenKind::Punct => matches!(t.word.as_str(), "." | "-" | ":" | "/" | ","),
        // ("14th – 20th February" in a list of a service's breaks: an
        // ordinal's ending is its day's, as in a header line)
        TokenKind::Word => {
            month_of(t).is_some()
                || WEEKDAYS.contains(&t.word.as_str())
                || super::tokens::ordinal_end(t)
        }
    });
    let nums = toks.iter().filter(|t| t.kind == TokenKind::Num).count();
    if only_date
        && nums >= 1
        && (t.ends_with(':') || (nums >= 2 && toks.iter().any(|t| t.word == "-")))
    {
        return true;
    }
    // "Firarfredag - 17 oktober": a short title ending in a date heads the
    // description on the next line
    let words = toks
        .iter()
        .filter(|t| t.kind == TokenKind::Word && month_of(t).is_none())
        .count();
    // (a dotted day keeps its last dot: "Torstai 7.5.")
    let n = toks.len();
    let last = if n >= 2 && toks[n - 1].word == "." && toks[n - 2].kind == TokenKind::Num {
        toks.get(n - 2)
    } else {
        toks.last()
    };
    let ends_in_date = last.is_some_and(|l| l.kind == TokenKind::Num || month_of(l).is_some());
    // "Kundtestmiljön - serviceunderhåll kl. 08.00-16.00" ends in a time,
    // not a date: it describes the day above it
    let timed = toks
        .iter()
        .any(|t| matches!(t.word.as_str(), "kl" | "klo" | "kello"));
    ends_in_date
        && !timed
        && (1..=3).contains(&words)
        && nums >= 1
        && !t.contains('|')
        && !is_header_line(t)
}

/// A heading or label with no day in it ("Application periods:",
/// "Avvikande utbetalningsdagar", "Deadline for submission of the outline",
/// "Välkommen till sällskapsmöte!"): short, not a sentence ending in a full
/// stop, and no number a day could be read from (a year may stand in it).
pub(super) fn is_heading_line(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.len() > 120 || t.ends_with('.') || t.contains('|') {
        return false;
    }
    // ("Hakuajat 2021 (UTC + 1)": the zone's hours are no day)
    let zone = t.find("(UTC").or_else(|| t.find("(GMT"));
    // (a copy only then: every line of a text is asked)
    let t: std::borrow::Cow<str> = match zone.and_then(|a| t[a..].find(')').map(|b| (a, a + b + 1)))
    {
        Some((a, b)) => format!("{}{}", &t[..a], &t[b..]).into(),
        None => t.into(),
    };
    let toks = tokenize(&t, 0);
    let words = toks.iter().filter(|t| t.kind == TokenKind::Word).count();
    (1..=16).contains(&words)
        && !toks
            .iter()
            .any(|t| t.kind == TokenKind::Num && t.digits <= 2)
        && !toks.iter().any(|t| month_of(t).is_some())
}

/// A listing header such as "14.2.2024 | News item" or a line holding only
/// a date: never a mention.
pub(super) fn is_header_line(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() {
        return true;
    }
    if t.len() > 200 {
        return false;
    }
    let toks = tokenize(t, 0);
    if !toks.iter().any(|t| t.kind == TokenKind::Num) {
        return false;
    }
    // ("14.2.2024 | News item"; not a dateline before the item's own
    // sentence: "23.9.2024 | The Police Museum will arrange a free guided
    // tour for the public on Tuesday, 29 October", real462:14)
    if t.contains('|') && t.chars().count() < 120 {
        return !t.split('|').any(|c| c.split_whitespace().count() >= 8);
    }
    // ("September 9 & 23" in a list of sessions: days joined as "and"
    // joins them, never a stamp)
    if toks.iter().any(|t| t.word == "&") {
        return false;
    }
    const HEADER: &[&str] = &[
        "published",
        "updated",
        "news",
        "item",
        "julkaistu",
        "päivitetty",
        "uutinen",
        "tiedote",
        "publicerad",
        "uppdaterad",
        "nyhet",
        "pressmeddelande",
        "klo",
        "kl",
        "at",
        // a day's note that it was moved: "July 10, 2022 (extended)"
        "extended",
        "jatkettu",
        "förlängd",
        "förlängt",
    ];
    // ("September 28th": an ordinal's ending glued to its day is the day's)
    let ordinal = |k: usize| {
        let t = &toks[k];
        k > 0
            && !t.space_before
            && toks[k - 1].kind == TokenKind::Num
            && matches!(t.word.as_str(), "th" | "st" | "nd" | "rd")
    };
    toks.iter().enumerate().all(|(k, t)| {
        t.kind != TokenKind::Word
            || HEADER.contains(&t.word.as_str())
            || month_of(t).is_some()
            || ordinal(k)
    })
}

/// Byte ranges of the sentences of one line.
pub(super) fn sentences(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    // (a pass over the bytes: the three marks are ASCII, and no byte of a
    // longer character is one of them; decoding every character cost more
    // than the rest of the work on a line)
    for (i, &b) in line.as_bytes().iter().enumerate() {
        if !matches!(b, b'.' | b'!' | b'?') {
            continue;
        }
        let c = char::from(b);
        let mut after = i + c.len_utf8();
        // "(Pöytäkirja julkaistaan erikseen.) Palautetta voi antaa …": a
        // sentence in brackets ends with its bracket, not in the next one
        if line[after..].starts_with(')')
            && line[start..i].contains('(')
            && !date_before(&line[..i])
        {
            after += 1;
        }
        let rest = &line[after..];
        let trimmed = rest.trim_start();
        // "… den 7 februari.Vi planerar": a sentence glued to the next one
        // by a lost space (a word, a dot, a capitalised word)
        let glued = || {
            let mut cs = rest.chars();
            c == '.'
                && matches!((cs.next(), cs.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase())
                && word_ends_sentence(&line[start..i])
        };
        if trimmed.len() == rest.len() && !rest.is_empty() && !glued() {
            continue; // no whitespace after the mark
        }
        let next = trimmed.chars().next();
        let boundary = match next {
            None => true,
            Some(n) => {
                n.is_uppercase()
                    || matches!(n, '"' | '“' | '”' | '«' | '–' | '-')
                    // "12:00 p.m. (noon) on December 22" (real478:34)
                    || (n == '(' && !line[..i].ends_with(".m"))
                    || (n.is_ascii_digit() && c == '.' && word_ends_sentence(&line[start..i]))
            }
        } && !(c == '.'
            && date_before(&line[..i])
            && !year_ended(&line[..i])
            && place_after(trimmed))
            // "15.3. – 5.4.2017": a range with spaces round the dash
            && !(c == '.'
                && (date_before(&line[..i]) || day_before(&line[..i]))
                && dash_then_day(trimmed))
            && !(c == '.' && dotted_days::day_dot_month(&line[..i], trimmed))
            // "19.3., 3.4. (tilinpäätös), 23.4.": a note on one day of a list
            // goes on to the list's next day
            && !(c == '.' && date_before(&line[..i]) && noted_item(trimmed));
        // "Thu 7.11. Career evening": a weekday and a date alone are no
        // sentence, they head the words after them
        // (a short look only: a long run of dates must stay linear)
        let only_date = || {
            i - start <= 40
                && line[start..i].split_whitespace().all(|w| {
                    w.chars().all(|c| c.is_ascii_digit() || c == '.') || {
                        let w = lower(w);
                        let w = w.trim_end_matches(['.', ',']);
                        WEEKDAYS.contains(&w) || w == "to"
                    }
                })
        };
        // "6 p.m. Wednesday, May 7": the time belongs to the day after it
        let boundary = boundary
            && !(c == '.' && only_date())
            && !(c == '.' && meridiem_then_day(&line[start..i], trimmed));
        if boundary && (c != '.' || !rest.is_empty()) {
            if after > start {
                out.push((start, after));
            }
            start = after;
        }
    }
    if start < line.len() {
        out.push((start, line.len()));
    }
    out
}

/// "… får pengar i april. 2 maj: Sista dag": a full lower-case word (no
/// abbreviation, no number) before a dot, so a day written after it starts
/// a sentence of its own.
fn word_ends_sentence(before: &str) -> bool {
    let w = before.rsplit(char::is_whitespace).next().unwrap_or("");
    const ABBREVIATIONS: &[&str] = &[
        "esim", "approx", "incl", "excl", "resp", "ungef", "bland", "etc", "kpl", "noin", "prof",
        "dept", "corp",
    ];
    // (a capital only first: "in April. 2 May: …")
    let lower = lower(w);
    w.chars().count() >= 4
        && w.chars().all(char::is_alphabetic)
        && w.chars().skip(1).all(char::is_lowercase)
        && !ABBREVIATIONS.contains(&lower.as_str())
        // "Sept. 29", "Febr. 3": a month cut short
        && !month_cut_short(&lower)
}

/// Does `s` end with a dotted day and month ("21.3", "5.3.2025")?
pub(super) fn date_before(s: &str) -> bool {
    let b = s.as_bytes();
    let n = b.len();
    n >= 3 && b[n - 1].is_ascii_digit() && b[..n - 1].iter().rev().take(6).any(|&c| c == b'.')
}

/// "(tilinpäätös), 23.4.", "(cancelled); 25.3.": a short note in brackets
/// after a day, then the list goes on (a comma, a semicolon or a day).
pub(super) fn noted_item(rest: &str) -> bool {
    let Some(inner) = rest.strip_prefix('(') else {
        return false;
    };
    // (a short look: a note of a few words, not a bracketed sentence)
    let Some(close) = inner
        .char_indices()
        .take(40)
        .find(|&(_, c)| c == ')')
        .map(|(k, _)| k)
    else {
        return false;
    };
    inner[close + 1..]
        .trim_start()
        .starts_with(|c: char| matches!(c, ',' | ';') || c.is_ascii_digit())
}

/// "6 p.m" before a weekday, a month or a day number: one phrase of time.
pub(super) fn meridiem_then_day(before: &str, rest: &str) -> bool {
    // (the last three bytes compared without case, not the whole sentence
    // lower-cased: only 'A', 'P', 'M' and '.' lower-case to "a.m" or "p.m")
    let b = before.as_bytes();
    let tail = &b[b.len().saturating_sub(3)..];
    if !(tail.eq_ignore_ascii_case(b"a.m") || tail.eq_ignore_ascii_case(b"p.m")) {
        return false;
    }
    let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
    // "5:00 p.m. Eastern Time on January 31": the zone is part of the time
    const ZONES: &[&str] = &[
        "eastern",
        "central",
        "pacific",
        "mountain",
        "atlantic",
        "est",
        "edt",
        "cst",
        "cdt",
        "pst",
        "pdt",
        "et",
        "ct",
        "pt",
        "utc",
        "gmt",
        "cet",
        "cest",
        "eet",
        "eest",
        "local",
        "brussels",
        "helsinki",
        "stockholm",
    ];
    let lower = word.to_lowercase();
    word.starts_with(|c: char| c.is_ascii_digit())
        || WEEKDAYS.contains(&lower.as_str())
        || ZONES.contains(&lower.as_str())
        || tokenize(&word, 0)
            .first()
            .is_some_and(|t| t.month.is_some())
}

/// Does `s` end with a bare day number ("on 8" of "on 8. – 20.1.2020")?
pub(super) fn day_before(s: &str) -> bool {
    let digits = s.bytes().rev().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && s[..s.len() - digits]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace)
}

/// "– 5.4.2017", "- 27.3.": a dash and the day that ends a range.
pub(super) fn dash_then_day(rest: &str) -> bool {
    let mut cs = rest.chars();
    if !matches!(cs.next(), Some('–' | '-' | '—')) {
        return false;
    }
    let after = cs.as_str().trim_start();
    // ("pe 1.3. – pe 15.3.2024": the closing day keeps its weekday too)
    let word_end = after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len());
    let after = if word_end > 0 && WEEKDAYS.contains(&lower(&after[..word_end]).as_str()) {
        after[word_end..]
            .trim_start_matches(['.', ','])
            .trim_start()
    } else {
        after
    };
    after.starts_with(|c: char| c.is_ascii_digit())
}

/// Does `before` end with a date's four-digit year ("9.4.2017")? A dot
/// after it ends the sentence, whatever word follows: "Kuntavaalit
/// toimitetaan sunnuntaina 9.4.2017. Vaaleissa sovelletaan …" (real221:8),
/// where a listing's place would follow a day with no year ("12.3.
/// Helsingissä").
fn year_ended(before: &str) -> bool {
    let b = before.as_bytes();
    b.len() >= 5 && b[b.len() - 5] == b'.' && b[b.len() - 4..].iter().all(u8::is_ascii_digit)
}

/// "Kino Reginassa", "Helsingissä": a Finnish place (capitalised, in a
/// locative case) right after a date belongs to the same sentence.
pub(super) fn place_after(rest: &str) -> bool {
    let mut words = rest
        .split(|c: char| !c.is_alphabetic() && c != '-')
        .filter(|w| !w.is_empty())
        .take(2);
    // "Osassa", "Kaikissa", "Näissä": a pronoun or quantifier, no place
    const NO_PLACE: &[&str] = &[
        "osassa", "osalla", "kaikissa", "useissa", "monissa", "muissa", "näissä", "niissä",
        "tässä", "siinä", "joissa", "jossa", "lisäksi", "kaikilla", "useilla", "monilla",
    ];
    let loc = |w: &str| {
        w.chars().count() > 4
            && ["ssa", "ssä", "lla", "llä"].iter().any(|e| w.ends_with(e))
            && !NO_PLACE.contains(&w.to_lowercase().as_str())
    };
    match (words.next(), words.next()) {
        (Some(a), b) if a.chars().next().is_some_and(char::is_uppercase) => {
            loc(a) || b.is_some_and(|b| loc(b) && b.chars().next().is_some_and(char::is_uppercase))
        }
        _ => false,
    }
}

/// `w` in lower case, without the Unicode tables where it is ASCII (most
/// words are; "Lördag" still goes through `to_lowercase`).
pub(super) fn lower(w: &str) -> String {
    if w.is_ascii() {
        w.to_ascii_lowercase()
    } else {
        w.to_lowercase()
    }
}

/// Does a sentence introduce the lines after it: it ends in a colon, or
/// points to what follows ("below", "the following", "nedan", "följande",
/// "seuraavat")?
pub(super) fn introduces(sentence: &str) -> bool {
    const WORDS: [&str; 7] = [
        "below",
        "following",
        "nedan",
        "nedanstående",
        "följande",
        "seuraavat",
        "seuraavina",
    ];
    // (an ASCII word compared without lower-casing it; any other lower-cased
    // into one string kept for the sentence, as `str::to_lowercase` would:
    // no word asked holds a sigma, whose lower case alone depends on its
    // neighbours)
    let (t, mut w) = (sentence.trim_end(), String::new());
    // (a pass over the bytes first: a word lower-casing to one of the list
    // holds one of these ASCII runs, in any case, since no character past
    // ASCII lower-cases to one of their letters; most sentences hold none,
    // and splitting them into words cost more than the rest of the test)
    const RUNS: [&[u8]; 4] = [b"low", b"nedan", b"ljande", b"seuraav"];
    let b = t.as_bytes();
    let runs_at = |i: usize| {
        RUNS.iter().any(|r| {
            b.get(i..i + r.len())
                .is_some_and(|x| x.eq_ignore_ascii_case(r))
        })
    };
    // (`| 0x20` lower-cases an ASCII letter; only 'L' and 'l' give 'l')
    let holds = (0..b.len()).any(|i| matches!(b[i] | 0x20, b'l' | b'n' | b's') && runs_at(i));
    t.ends_with(':')
        || holds
            && t.split(|c: char| !c.is_alphabetic())
                .filter(|x| !x.is_empty())
                .any(|x| {
                    if x.is_ascii() {
                        return WORDS.iter().any(|c| x.eq_ignore_ascii_case(c));
                    }
                    w.clear();
                    w.extend(x.chars().flat_map(char::to_lowercase));
                    WORDS.contains(&w.as_str())
                })
}

/// The lower-cased words of a heading or a header line, split also where a
/// page glued two labels ("DateClosing", "ItemSubmissions"); `None` when it
/// has more than `max` words (prose, not labels).
pub(super) fn glued_words(h: &str, max: usize) -> Option<Vec<String>> {
    let mut words: Vec<String> = Vec::new();
    for w in h
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let mut cur = String::new();
        let mut lower = false;
        for c in w.chars() {
            if c.is_uppercase() && lower {
                words.push(cur.to_lowercase());
                cur.clear();
            }
            lower = c.is_lowercase();
            cur.push(c);
        }
        words.push(cur.to_lowercase());
        if words.len() > max {
            return None;
        }
    }
    Some(words)
}
