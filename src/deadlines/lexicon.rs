//! The cue words of English, Finnish and Swedish, kept as data files
//! (`lexicon/en.txt`, `fi.txt`, `sv.txt`) that a speaker of the language can
//! review and edit alone.
//!
//! Owns: reading those files into the phrase lists of each [`Category`].
//! The files are compiled in and read once, at first use. A malformed file
//! is a defect of the build, never of input: `lexicon_files_parse` in the
//! tests reads all three, so a bad edit fails `cargo test` with the file,
//! the line and what is wrong.
//!
//! Format: `[category]` headings (the names of [`Category::name`]), one
//! phrase per line under them, `#` comments. A phrase is words separated by
//! single spaces, as the tokenizer writes them: lower case, punctuation as
//! a word of its own; a word ending in `*` matches as a prefix.
//! `[category inside]` lists stems found anywhere inside a longer compound,
//! `[category ending]` stems a compound ends with.

use std::fmt;
use std::sync::OnceLock;

use super::cues::Category;

/// The lexicon files, by name.
pub(super) const FILES: [(&str, &str); 3] = [
    ("en.txt", include_str!("lexicon/en.txt")),
    ("fi.txt", include_str!("lexicon/fi.txt")),
    ("sv.txt", include_str!("lexicon/sv.txt")),
];

/// The phrases of all three languages, by category.
#[derive(Debug)]
pub(super) struct Lexicon {
    /// By [`Category::index`].
    phrases: Vec<Vec<&'static str>>,
    /// Stems found inside compounds ("päätö" in "rahoituspäätös").
    pub(super) inside: Vec<(&'static str, Category)>,
    /// Stems compounds end with ("koe" in "kielikoe").
    pub(super) ending: Vec<(&'static str, Category)>,
}

/// What is wrong in a lexicon file, and where.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct LexiconError {
    pub(super) file: &'static str,
    pub(super) line: usize,
    pub(super) problem: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "deadline lexicon src/deadlines/lexicon/{} line {}: {}",
            self.file, self.line, self.problem
        )
    }
}

impl std::error::Error for LexiconError {}

/// Where phrases under the current heading go.
#[derive(Clone, Copy)]
enum Section {
    Phrases(Category),
    Inside(Category),
    Ending(Category),
}

impl Lexicon {
    /// The phrases of `category`, in file order (English, Finnish, Swedish).
    pub(super) fn phrases(&self, category: Category) -> &[&'static str] {
        self.phrases
            .get(category.index())
            .map_or(&[], |v| v.as_slice())
    }

    /// Reads `files` (name, text) into one lexicon.
    pub(super) fn parse(files: &[(&'static str, &'static str)]) -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon {
            phrases: vec![Vec::new(); Category::ALL.len()],
            inside: Vec::new(),
            ending: Vec::new(),
        };
        for &(file, text) in files {
            let mut section = None;
            for (n, raw) in text.lines().enumerate() {
                let err = |problem: String| LexiconError {
                    file,
                    line: n + 1,
                    problem,
                };
                let line = raw.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                if let Some(heading) = line.strip_prefix('[') {
                    let heading = heading
                        .strip_suffix(']')
                        .ok_or_else(|| err(format!("heading `{line}` lacks its closing `]`")))?;
                    section = Some(parse_heading(heading).map_err(err)?);
                    continue;
                }
                let Some(section) = section else {
                    return Err(err(format!(
                        "`{line}` stands before any [category] heading"
                    )));
                };
                match section {
                    Section::Phrases(c) => {
                        check_phrase(line).map_err(err)?;
                        lex.phrases[c.index()].push(line);
                    }
                    Section::Inside(c) => {
                        check_stem(line).map_err(err)?;
                        lex.inside.push((line, c));
                    }
                    Section::Ending(c) => {
                        check_stem(line).map_err(err)?;
                        lex.ending.push((line, c));
                    }
                }
            }
        }
        Ok(lex)
    }
}

/// The lexicon compiled into the binary, read at first use.
pub(super) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| match Lexicon::parse(&FILES) {
        Ok(lex) => lex,
        // the files are part of the build and every test run parses them
        // (`lexicon_files_parse`): a failure here is a defect that test
        // reports first, never something input can cause
        Err(e) => panic!("{e}"),
    })
}

fn parse_heading(heading: &str) -> Result<Section, String> {
    let mut parts = heading.split_whitespace();
    let name = parts.next().unwrap_or("");
    let Some(category) = Category::from_name(name) else {
        let known: Vec<&str> = Category::ALL.iter().map(|c| c.name()).collect();
        return Err(format!(
            "unknown category `{name}` (known: {})",
            known.join(", ")
        ));
    };
    let section = match parts.next() {
        None => Section::Phrases(category),
        Some("inside") => Section::Inside(category),
        Some("ending") => Section::Ending(category),
        Some(other) => {
            return Err(format!(
                "`{other}` after `{name}`: a heading is `[{name}]`, `[{name} inside]` or `[{name} ending]`"
            ))
        }
    };
    if parts.next().is_some() {
        return Err(format!("heading `[{heading}]` has too many words"));
    }
    if !matches!(section, Section::Phrases(_)) && !category.masked() {
        return Err(format!(
            "`{name}` is a plain word list: it takes no `inside` or `ending` stems"
        ));
    }
    Ok(section)
}

/// A phrase the matcher can meet: single spaces between words that the
/// tokenizer can produce (a lower-case word, a number or one punctuation
/// mark), `*` only at the end of a word.
fn check_phrase(phrase: &str) -> Result<(), String> {
    for part in phrase.split(' ') {
        if part.is_empty() {
            return Err(format!(
                "`{phrase}`: words of a phrase are separated by single spaces"
            ));
        }
        let word = part.strip_suffix('*').unwrap_or(part);
        let is_word = !word.is_empty() && word.chars().all(|c| c.is_alphabetic());
        let is_number = !word.is_empty() && word.chars().all(|c| c.is_ascii_digit());
        let mut chars = part.chars();
        let is_mark = matches!((chars.next(), chars.next()), (Some(c), None) if !c.is_alphanumeric() && c != '*');
        if !(is_word || is_number || is_mark) {
            return Err(format!(
                "`{phrase}`: `{part}` can never match a word of a text (write punctuation as a word of its own: `cut - off`)"
            ));
        }
        if is_word && word.chars().any(char::is_uppercase) {
            return Err(format!(
                "`{phrase}`: `{part}` must be lower case, as texts are read in lower case"
            ));
        }
    }
    Ok(())
}

/// A compound stem: one lower-case word, no `*` (it matches inside words).
fn check_stem(stem: &str) -> Result<(), String> {
    if stem.chars().all(|c| c.is_alphabetic() && !c.is_uppercase()) {
        Ok(())
    } else {
        Err(format!(
            "`{stem}`: a compound stem is one lower-case word without `*`"
        ))
    }
}
