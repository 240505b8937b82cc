//! `[source.select]`: CSS selectors compiled at load, with errors that say
//! where in the selector the problem is and what to write instead (jQuery's
//! pseudo-classes are common in what people paste).

use std::ops::Range;
use std::sync::Arc;

use scraper::Selector;

use super::error::Cx;
use super::table::Tab;
use crate::intern::Interned;

/// The compiled selectors of an HTML source.
#[derive(Debug, Clone)]
pub struct Selectors {
    pub item: Arc<Selector>,
    pub title: Pick,
    /// `None`: the rows have no page of their own; they link to the listing.
    pub link: Option<Pick>,
    pub date: Option<Pick>,
    pub summary: Option<Pick>,
}

/// "Select this within the item, and take its text (or this attribute)".
#[derive(Debug, Clone)]
pub struct Pick {
    /// `None` selects the item element itself (written as `:scope` or an empty selector).
    pub selector: Option<Arc<Selector>>,
    pub attr: Option<String>,
}

pub(super) fn read_selectors(cx: &mut Cx, t: &mut Tab, present: bool) -> Option<Selectors> {
    if !present {
        cx.problem(
            t.span.clone(),
            &t.path,
            "missing: an html source needs [source.select] with at least item and title (`tidings suggest URL` proposes them)",
        );
        return None;
    }
    let item = t.required_string(cx, "item").and_then(|(s, span)| {
        compile(&s)
            .map_err(|e| {
                let at = inside_string(cx.text, &span, &s, e.at);
                cx.problem(at, &t.key("item"), e.message)
            })
            .ok()
    });
    let pick = |cx: &mut Cx, t: &mut Tab, name: &'static str, required: bool| -> Option<Pick> {
        let (s, span) = if required {
            t.required_string(cx, name)?
        } else {
            t.string(cx, name)?
        };
        pick_at(&s)
            .map_err(|e| {
                let at = inside_string(cx.text, &span, &s, e.at);
                cx.problem(at, &t.key(name), e.message)
            })
            .ok()
    };
    let title = pick(cx, t, "title", true);
    let link = pick(cx, t, "link", false);
    let date = pick(cx, t, "date", false);
    let summary = pick(cx, t, "summary", false);
    Some(Selectors {
        item: item?,
        title: title?,
        link,
        date,
        summary,
    })
}

impl Selectors {
    /// Compiles selectors written as in `[source.select]`, exactly as the
    /// config file's are compiled (`tidings suggest` checks its own this way).
    pub fn parse(
        item: &str,
        title: &str,
        link: &str,
        date: Option<&str>,
        summary: Option<&str>,
    ) -> Result<Selectors, String> {
        Ok(Selectors {
            item: compile(item).map_err(|e| e.message)?,
            title: parse_pick(title)?,
            link: Some(parse_pick(link)?),
            date: date.map(parse_pick).transpose()?,
            summary: summary.map(parse_pick).transpose()?,
        })
    }
}

/// Why a selector does not compile, and where in it (a byte offset).
#[derive(Debug, Clone, PartialEq, Eq)]
struct SelectorError {
    at: usize,
    message: String,
}

/// The span of byte `at` of the string value `s` written at `span`, when the
/// file writes it plainly (no escapes before it); else the value's own span.
fn inside_string(text: &str, span: &Range<usize>, s: &str, at: usize) -> Range<usize> {
    let raw = text.get(span.clone()).unwrap_or_default();
    let plain = (raw.starts_with('"') || raw.starts_with('\''))
        && !raw.starts_with("\"\"\"")
        && !raw.starts_with("'''")
        && raw.get(1..1 + at) == s.get(..at);
    if plain {
        span.start + 1 + at..span.start + 1 + at
    } else {
        span.clone()
    }
}

/// Compiled selectors by their text, shared by every source that writes the
/// same one (a compiled selector costs kilobytes).
static COMPILED: Interned<Selector> = Interned::new();

fn compile(s: &str) -> Result<Arc<Selector>, SelectorError> {
    COMPILED.get_or_build(s, || {
        if let Some((at, message)) = jquery_pseudo(s) {
            return Err(SelectorError { at, message });
        }
        Selector::parse(s).map_err(|e| {
            let (at, reason) = explain_selector_error(s, &e);
            SelectorError {
                at,
                message: format!("{s:?} is not a CSS selector: {reason}"),
            }
        })
    })
}

/// CSS pseudo-classes the selector engine knows; anything else after a `:` is not CSS here.
const CSS_PSEUDO: &[&str] = &[
    "not",
    "is",
    "where",
    "has",
    "nth-child",
    "nth-last-child",
    "nth-of-type",
    "nth-last-of-type",
    "first-child",
    "last-child",
    "only-child",
    "first-of-type",
    "last-of-type",
    "only-of-type",
    "root",
    "empty",
    "scope",
    "link",
    "any-link",
];

/// Each `:name` in a selector outside quotes and brackets: (byte offset of
/// the colon, the name in lower case, its argument when it has one).
fn pseudo_classes(s: &str) -> Vec<(usize, String, Option<String>)> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut quote: Option<u8> = None;
    let mut bracket = 0usize;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) if c == b'\\' => i += 1,
            Some(_) => {}
            None => match c {
                b'"' | b'\'' => quote = Some(c),
                b'\\' => i += 1,
                b'[' => bracket += 1,
                b']' => bracket = bracket.saturating_sub(1),
                b':' if bracket == 0 => {
                    if b.get(i + 1) == Some(&b':') {
                        i += 2; // a pseudo-element
                        continue;
                    }
                    let start = i + 1;
                    let len = b[start..]
                        .iter()
                        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-' || **c == b'_')
                        .count();
                    let name = s[start..start + len].to_ascii_lowercase();
                    let mut arg = None;
                    if b.get(start + len) == Some(&b'(') {
                        let open = start + len + 1;
                        let mut depth = 1;
                        let mut j = open;
                        while j < b.len() && depth > 0 {
                            match b[j] {
                                b'(' => depth += 1,
                                b')' => depth -= 1,
                                _ => {}
                            }
                            j += 1;
                        }
                        let close = if depth == 0 { j - 1 } else { j };
                        arg = s.get(open..close).map(|a| a.trim().to_string());
                    }
                    out.push((i, name, arg));
                }
                _ => {}
            },
        }
        i += 1;
    }
    out
}

/// jQuery's own pseudo-classes, which CSS does not have: where the first
/// one is, and what to write instead.
fn jquery_pseudo(s: &str) -> Option<(usize, String)> {
    for (at, name, arg) in pseudo_classes(s) {
        let n = arg.as_deref().and_then(|a| a.parse::<u64>().ok());
        let written = match &arg {
            Some(a) => format!(":{name}({a})"),
            None => format!(":{name}"),
        };
        let instead = match (name.as_str(), n) {
            ("eq" | "nth", Some(n)) => format!(
                "use `:nth-of-type({})` (or `:nth-child({})`): CSS counts from 1, jQuery from 0",
                n + 1,
                n + 1
            ),
            ("gt", Some(n)) => format!(
                "use `:nth-of-type(n+{})`: CSS counts from 1, jQuery from 0",
                n + 2
            ),
            ("lt", Some(n)) => {
                format!("use `:nth-of-type(-n+{n})`: CSS counts from 1, jQuery from 0")
            }
            ("eq" | "nth" | "gt" | "lt", None) => {
                "use `:nth-of-type(…)` with a position counted from 1".to_string()
            }
            ("first", _) => "use `:first-of-type` (or `:first-child`)".to_string(),
            ("last", _) => "use `:last-of-type` (or `:last-child`)".to_string(),
            ("even", _) => {
                "use `:nth-of-type(odd)`: jQuery counts from 0, so its even ones are CSS's odd ones"
                    .to_string()
            }
            ("odd", _) => {
                "use `:nth-of-type(even)`: jQuery counts from 0, so its odd ones are CSS's even ones"
                    .to_string()
            }
            ("contains", _) => "CSS cannot select by text; select the element by its tag or \
                                class and tidings takes its text, or use `:has(…)` to pick \
                                items by what they hold"
                .to_string(),
            ("header", _) => "use `h1, h2, h3, h4, h5, h6`".to_string(),
            ("parent", _) => "use `:not(:empty)`".to_string(),
            ("visible" | "hidden" | "animated", _) => {
                "tidings reads the page's HTML without styles or scripts: leave it out".to_string()
            }
            (
                "input" | "text" | "password" | "radio" | "checkbox" | "submit" | "reset"
                | "image" | "file" | "button" | "selected" | "checked",
                _,
            ) => "use a tag or attribute selector such as `input[type=checkbox]`".to_string(),
            _ => continue,
        };
        return Some((
            at,
            format!("{s:?}: `{written}` is jQuery, not CSS; {instead}"),
        ));
    }
    None
}

/// A reason a person can act on for a selector that does not parse, and
/// where it is when that can be told.
fn explain_selector_error(s: &str, e: &scraper::error::SelectorErrorKind) -> (usize, String) {
    use scraper::error::SelectorErrorKind as K;
    if let Some((at, name, _)) = pseudo_classes(s)
        .into_iter()
        .find(|(_, name, _)| !CSS_PSEUDO.contains(&name.as_str()))
    {
        let reason = if name.is_empty() {
            "a `:` must be followed by a pseudo-class name such as `first-child`".to_string()
        } else {
            format!(
                "`:{name}` is not a pseudo-class tidings knows (it knows {})",
                CSS_PSEUDO
                    .iter()
                    .map(|p| format!(":{p}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            )
        };
        return (at, reason);
    }
    let reason = match e {
        K::UnexpectedToken => {
            "a character or word where none can be (a stray quote, comma or bracket?)"
        }
        K::EndOfLine => {
            "it ends too early (an unclosed `[` or `(`, or a combinator with nothing after it?)"
        }
        K::ExpectedColonOnPseudoElement | K::ExpectedIdentityOnPseudoElement => {
            "pseudo-elements such as `::before` are not part of a page's HTML"
        }
        K::UnexpectedSelectorParseError(_) => {
            // The selector engine's own kinds; only their names are public.
            let name = format!("{e:?}");
            let has = |k: &str| name.contains(k);
            if has("EmptySelector") {
                "it is empty (a stray comma?)"
            } else if has("DanglingCombinator") {
                "a combinator (`>`, `+`, `~`) with nothing after it"
            } else if has("Attr") {
                "a malformed attribute selector: write `[name]`, `[name=value]` or `[name=\"a value\"]`"
            } else if has("ClassNeedsIdent") {
                "a `.` must be followed by a class name"
            } else if has("Pseudo") {
                "an unknown pseudo-class or pseudo-element"
            } else {
                "not a selector this engine reads"
            }
        }
        _ => "not a selector this engine reads",
    };
    (0, reason.to_string())
}

/// `"h3 a"`, `"a@href"`, `"@data-href"` (attribute of the item itself), `":scope"`.
pub fn parse_pick(s: &str) -> Result<Pick, String> {
    pick_at(s).map_err(|e| e.message)
}

fn pick_at(s: &str) -> Result<Pick, SelectorError> {
    let (sel, attr) = match s.rsplit_once('@') {
        Some((sel, attr))
            if !attr.is_empty()
                && attr
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == ':') =>
        {
            (sel, Some(attr.to_string()))
        }
        Some((sel, _)) => {
            return Err(SelectorError {
                at: sel.len(),
                message: format!(
                    "{s:?}: write an attribute as \"selector@attribute\", e.g. \"a@href\""
                ),
            })
        }
        None => (s, None),
    };
    let lead = sel.len() - sel.trim_start().len();
    let sel = sel.trim();
    let selector = if sel.is_empty() || sel == ":scope" {
        None
    } else {
        Some(compile(sel).map_err(|e| SelectorError {
            at: e.at + lead,
            message: e.message,
        })?)
    };
    Ok(Pick { selector, attr })
}
