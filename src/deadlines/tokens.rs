//! Tokens of a clause, and the names of months and weekdays.
//!
//! Owns: cutting text into words, numbers and punctuation marks (every word
//! lower-cased, every dash written `-`), and reading month names of all
//! three languages with their Finnish case.

use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TokenKind {
    Word,
    Num,
    Punct,
}

/// The text of a token: held in place when short (most words are), so a
/// text is tokenized without an allocation a token; a longer one is boxed.
/// Reads as a `str`. (The short form's bytes are private to this module,
/// where they are only ever filled from a whole `&str`.)
#[derive(Clone)]
pub(super) struct Word(Repr);

#[derive(Clone)]
enum Repr {
    Short { len: u8, bytes: [u8; SHORT] },
    Long(Box<str>),
}

/// The longest word held in place: a `Word` stays the size of a `String`.
const SHORT: usize = 22;

impl Word {
    fn new(s: &str) -> Word {
        match u8::try_from(s.len()) {
            Ok(len) if s.len() <= SHORT => {
                let mut bytes = [0u8; SHORT];
                bytes[..s.len()].copy_from_slice(s.as_bytes());
                Word(Repr::Short { len, bytes })
            }
            _ => Word(Repr::Long(s.into())),
        }
    }

    /// `s` in lower case, without the Unicode tables where it is ASCII.
    fn lower(s: &str) -> Word {
        if s.is_ascii() {
            let mut w = Word::new(s);
            if let Repr::Short { len, bytes } = &mut w.0 {
                bytes[..usize::from(*len)].make_ascii_lowercase();
                return w;
            }
        } else if let Some(w) = Word::lower_short(s) {
            return w;
        }
        Word(Repr::Long(super::text::lower(s).into_boxed_str()))
    }

    /// `s`, known to be all ASCII, in lower case: copied and lower-cased
    /// in one pass.
    fn lower_ascii(s: &str) -> Word {
        match u8::try_from(s.len()) {
            Ok(len) if s.len() <= SHORT => {
                let mut bytes = [0u8; SHORT];
                for (d, c) in bytes.iter_mut().zip(s.as_bytes()) {
                    *d = c.to_ascii_lowercase();
                }
                Word(Repr::Short { len, bytes })
            }
            _ => Word(Repr::Long(s.to_ascii_lowercase().into_boxed_str())),
        }
    }

    /// A short word past ASCII ("Åbo", "Hakemukset jätettävä") lower-cased
    /// in place, a character at a time as `str::to_lowercase` does, with no
    /// allocation; `None` when it does not fit or holds a capital sigma
    /// (whose lower case `str::to_lowercase` reads from its neighbours).
    fn lower_short(s: &str) -> Option<Word> {
        let mut bytes = [0u8; SHORT];
        let mut len = 0;
        for c in s.chars() {
            if c == 'Σ' {
                return None;
            }
            // (Latin-1 capitals are their small letter 32 code points on,
            // as the Unicode tables tell, without asking them)
            let latin = match c {
                'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(u32::from(c) + 32),
                '\0'..='\u{ff}' => Some(c),
                _ => None,
            };
            if let Some(l) = latin {
                let n = l.len_utf8();
                l.encode_utf8(bytes.get_mut(len..len + n)?);
                len += n;
                continue;
            }
            for l in c.to_lowercase() {
                let n = l.len_utf8();
                l.encode_utf8(bytes.get_mut(len..len + n)?);
                len += n;
            }
        }
        let len = u8::try_from(len).ok()?;
        Some(Word(Repr::Short { len, bytes }))
    }

    pub(super) fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Short { len, bytes } => {
                let b = &bytes[..usize::from(*len)];
                // SAFETY: a short word is only made by `Word::new`, which
                // copies a whole `&str` (cut at its end) into `bytes`, by
                // `Word::lower`, which then only lower-cases ASCII bytes in
                // place, and by `Word::lower_short`, which writes whole
                // characters with `char::encode_utf8` one after another:
                // the first `len` bytes are valid UTF-8. (A
                // checked conversion here, on every word read, made the
                // reader slower than the allocation it saves.)
                unsafe { std::str::from_utf8_unchecked(b) }
            }
            Repr::Long(s) => s,
        }
    }
}

impl std::ops::Deref for Word {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for Word {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq<str> for Word {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Word {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

#[derive(Debug, Clone)]
pub(super) struct Token {
    pub(super) kind: TokenKind,
    /// Lower-cased text; digits for numbers; `-` for every dash.
    pub(super) word: Word,
    /// Starts with an upper-case letter.
    pub(super) capitalized: bool,
    /// Byte range in the text.
    pub(super) start: usize,
    pub(super) end: usize,
    /// Whitespace before the token.
    pub(super) space_before: bool,
    /// Value of a number (saturating).
    pub(super) value: u32,
    /// Number of digits of a number.
    pub(super) digits: usize,
    /// The month a word names, if any.
    pub(super) month: Option<(u32, MonthForm)>,
}

impl Token {
    /// A token of `kind` over the bytes `at`: not capitalized, no number, no month.
    fn at(kind: TokenKind, word: Word, at: std::ops::Range<usize>, space_before: bool) -> Token {
        Token {
            kind,
            word,
            capitalized: false,
            start: at.start,
            end: at.end,
            space_before,
            value: 0,
            digits: 0,
            month: None,
        }
    }
}

/// A word that puts a clock time after it: "klo 18", "kl. 13.30", "kello
/// 9", "at 7pm".
pub(super) fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '–' | '—' | '‑' | '‐' | '−' | '\u{2012}' | '\u{2015}'
    )
}

pub(super) fn tokenize(s: &str, base: usize) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    tokenize_into(&mut out, s, base);
    out
}

/// Appends the tokens of `s` to `out`, so the words over a sentence and the
/// sentence's own share one vector.
pub(super) fn tokenize_into(out: &mut Vec<Token>, s: &str, base: usize) {
    // (news prose has a token every five or six bytes: one allocation for
    // most sentences instead of a doubling every few words; a text denser
    // than that still grows as before)
    out.reserve(s.len() / 6 + 1);
    let mut sp = true;
    // (a byte walk, the characters decoded only past ASCII: news text is
    // mostly ASCII, and the Unicode tables cost more than the rest of the
    // tokenizing)
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(c) = char_at(s, i) {
        let mut end = i + c.len_utf8();
        if c.is_whitespace() {
            sp = true;
            i = end;
            continue;
        }
        let tok = if c.is_ascii_digit() {
            let mut v: u32 = u32::from(b[i] - b'0');
            let mut n = 1;
            while let Some(&d) = b.get(end).filter(|d| d.is_ascii_digit()) {
                v = v.saturating_mul(10).saturating_add(u32::from(d - b'0'));
                n += 1;
                end += 1;
            }
            Token {
                value: v,
                digits: n,
                ..Token::at(
                    TokenKind::Num,
                    Word::new(&s[i..end]),
                    base + i..base + end,
                    sp,
                )
            }
        } else if alphabetic(c) {
            // (the ASCII letters in a tight byte loop, characters decoded
            // only from the first byte past ASCII; a word found all ASCII is
            // lower-cased as it is copied, with no second pass over it)
            while b.get(end).is_some_and(u8::is_ascii_alphabetic) {
                end += 1;
            }
            let ascii = c.is_ascii() && b.get(end).is_none_or(u8::is_ascii);
            if !ascii {
                while let Some(d) = char_at(s, end).filter(|d| alphabetic(*d)) {
                    end += d.len_utf8();
                }
            }
            let word = match ascii {
                true => Word::lower_ascii(&s[i..end]),
                false => Word::lower(&s[i..end]),
            };
            Token {
                capitalized: c.is_uppercase(),
                ..Token::at(TokenKind::Word, word, base + i..base + end, sp)
            }
        } else {
            let w = if is_dash(c) {
                Word::new("-")
            } else {
                Word::new(c.encode_utf8(&mut [0u8; 4]))
            };
            Token::at(TokenKind::Punct, w, base + i..base + end, sp)
        };
        let mut tok = tok;
        if tok.kind == TokenKind::Word {
            tok.month = month_from(&tok.word, tok.capitalized);
        }
        out.push(tok);
        sp = false;
        i = end;
    }
}

/// `char::is_alphabetic`, with the letters of Latin-1 (å, ä, ö, é…) told
/// without the Unicode tables: Nordic text has one in most words.
#[inline]
fn alphabetic(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7f}' => false,
        // every character of U+00C0..U+00FF is a letter but × and ÷
        '\u{c0}'..='\u{ff}' => c != '×' && c != '÷',
        // General Punctuation (dashes, quotes, spaces) holds no letter
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphabetic(),
    }
}

/// The character starting at byte `i` of `s`, ASCII read without decoding.
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(i..).and_then(|r| r.chars().next()),
        None => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MonthForm {
    /// English or Swedish name, Finnish nominative.
    Plain,
    /// Finnish genitive ("helmikuun").
    Gen,
    /// Finnish inessive ("helmikuussa": in February, never a day).
    Iness,
    /// Any other Finnish inflection ("helmikuuta").
    Other,
}

pub(super) const FI_MONTHS: [&str; 12] = [
    "tammikuu",
    "helmikuu",
    "maaliskuu",
    "huhtikuu",
    "toukokuu",
    "kesäkuu",
    "heinäkuu",
    "elokuu",
    "syyskuu",
    "lokakuu",
    "marraskuu",
    "joulukuu",
];
/// Swedish month names, as written after a day ("18 februari"); also how pages print dates.
pub(crate) const SV_MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];
pub(super) const EN_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/// "Sept", "Febr", "helmik": a lower-case word cut from a month name (a
/// Finnish month as written after a day, "helmikuuta"), so a dot after it
/// shortens the word and does not end a sentence.
/// Could `w` be read by [`month_from`]: does it start with the first two
/// letters of a month name, an abbreviation or a Finnish month's stem? (A
/// bit a pair of letters, set from the lists once: every word is asked, and
/// most are turned away here instead of by fifty comparisons.)
fn month_start(w: &str) -> bool {
    fn pair(w: &str) -> Option<usize> {
        match w.as_bytes() {
            [a @ b'a'..=b'z', b @ b'a'..=b'z', _, ..] => {
                Some(usize::from(a - b'a') * 26 + usize::from(b - b'a'))
            }
            _ => None,
        }
    }
    static PAIRS: OnceLock<[u64; 11]> = OnceLock::new();
    let pairs = PAIRS.get_or_init(|| {
        let mut bits = [0u64; 11];
        let names = SV_MONTHS.iter().chain(&EN_MONTHS).chain(&FI_MONTHS);
        for p in names
            .chain(ABBR_MONTHS.iter().map(|(a, _)| a))
            .filter_map(|m| pair(m))
        {
            bits[p / 64] |= 1 << (p % 64);
        }
        bits
    });
    pair(w).is_some_and(|p| pairs[p / 64] & (1 << (p % 64)) != 0)
}

pub(super) fn month_cut_short(lower: &str) -> bool {
    EN_MONTHS
        .iter()
        .chain(&SV_MONTHS)
        .any(|m| m.len() > lower.len() && m.starts_with(lower))
        || FI_MONTHS.iter().any(|m| match lower.strip_prefix(m) {
            Some(rest) => rest.is_empty() || rest == "t",
            None => m.starts_with(lower),
        })
}
pub(super) const ABBR_MONTHS: [(&str, u32); 13] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("okt", 10),
    ("nov", 11),
    ("dec", 12),
];

pub(super) fn month_of(t: &Token) -> Option<(u32, MonthForm)> {
    t.month
}

pub(super) fn month_from(w: &str, cap: bool) -> Option<(u32, MonthForm)> {
    if !month_start(w) {
        return None;
    }
    let num = |i: usize| u32::try_from(i + 1).ok();
    if let Some(i) = SV_MONTHS.iter().position(|m| *m == w) {
        return Some((num(i)?, MonthForm::Plain));
    }
    if let Some(i) = EN_MONTHS.iter().position(|m| *m == w) {
        // English month names are capitalised; "may", "march" and
        // "august" are words too (the others, written lower-case, stay
        // months: "from 30 june to 7th of July", real469:23)
        return (cap || !matches!(w, "may" | "march" | "august"))
            .then_some((num(i)?, MonthForm::Plain));
    }
    if let Some(&(_, m)) = ABBR_MONTHS.iter().find(|(a, _)| *a == w) {
        return Some((m, MonthForm::Plain));
    }
    for (i, stem) in FI_MONTHS.iter().enumerate() {
        if let Some(rest) = w.strip_prefix(stem) {
            let form = match rest {
                "" => MonthForm::Plain,
                "n" => MonthForm::Gen,
                "ssa" | "ssä" => MonthForm::Iness,
                _ => MonthForm::Other,
            };
            return Some((num(i)?, form));
        }
    }
    None
}

/// The names of weekdays, as a list and as a `match` made from the same
/// list: they are asked about for most words of a text, and a scan of the
/// list cost more than the rest of the test.
pub(super) struct Weekdays(&'static [&'static str]);

macro_rules! weekdays {
    ($($w:literal),* $(,)?) => {
        pub(super) const WEEKDAYS: Weekdays = Weekdays(&[$($w),*]);

        impl Weekdays {
            /// Does `w` name a weekday?
            pub(super) fn contains(&self, w: &&str) -> bool {
                matches!(*w, $($w)|*)
            }

            pub(super) fn iter(&self) -> std::slice::Iter<'static, &'static str> {
                self.0.iter()
            }
        }
    };
}

weekdays!(
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "maanantai",
    "maanantaina",
    "tiistai",
    "tiistaina",
    "keskiviikko",
    "keskiviikkona",
    "torstai",
    "torstaina",
    "perjantai",
    "perjantaina",
    "lauantai",
    "lauantaina",
    "sunnuntai",
    "sunnuntaina",
    "ma",
    "ti",
    "ke",
    "pe",
    "la",
    "su",
    "måndag",
    "måndagen",
    "tisdag",
    "tisdagen",
    "onsdag",
    "onsdagen",
    "torsdag",
    "torsdagen",
    "fredag",
    "fredagen",
    "lördag",
    "lördagen",
    "söndag",
    "söndagen",
    "mån",
    "tis",
    "ons",
    "tors",
    "fre",
    "lör",
    "sön",
);

/// A Finnish weekday in the illative ("keskiviikkoon"): the end of a range.
pub(super) fn fi_weekday_illative(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "maanantai",
        "tiistai",
        "keskiviikko",
        "torstai",
        "perjantai",
        "lauantai",
        "sunnuntai",
    ];
    STEMS.iter().any(|s| w.starts_with(s)) && (w.ends_with("hin") || w.ends_with("koon"))
}

/// An ordinal's ending glued to its day ("24th", "1st"): part of the day.
pub(super) fn ordinal_end(t: &Token) -> bool {
    !t.space_before && matches!(t.word.as_str(), "th" | "st" | "nd" | "rd")
}

#[cfg(test)]
mod word_tests {
    use super::*;

    /// A token's text held in place must cost no more memory than the
    /// `String` it replaced (the reader's memory bound in the README).
    #[test]
    fn a_word_is_no_larger_than_a_string() {
        assert!(std::mem::size_of::<Word>() <= std::mem::size_of::<String>());
    }

    /// Short and long, ASCII and not: a word reads back lower-cased, as
    /// `to_lowercase` writes it.
    #[test]
    fn a_word_reads_back_lower_cased() {
        for s in [
            "Deadline",
            "LÖRDAG",
            "Hakemukset",
            "Sammanträdesdagarna",
            "Tutkimusrahoitushakemuksista",
            "ÅÄÖ",
            "",
        ] {
            assert_eq!(Word::lower(s).as_str(), s.to_lowercase(), "{s}");
            assert_eq!(Word::new(s).as_str(), s, "{s}");
        }
    }
}
