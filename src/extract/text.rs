//! The HTML and the text we keep of what others wrote: sanitized markup,
//! plain text of markup, whitespace folded, escaping, clipping.
//!
//! Owns: that no script, event handler or `javascript:` URL survives into a
//! summary, and that nothing XML cannot carry reaches a feed. Never fetches.

use scraper::{ElementRef, Html};
use url::Url;

use super::limits::{too_deep, MAX_DEPTH};

/// Sanitizes HTML we did not write: no script, no event handler, no
/// `javascript:` URL survives; relative URLs are made absolute.
pub(super) struct Cleaner<'a> {
    base: Url,
    /// Built on first use: pages whose summaries are all plain text never need it.
    builder: std::cell::OnceCell<ammonia::Builder<'a>>,
}

impl<'a> Cleaner<'a> {
    pub(super) fn new(base: &Url) -> Self {
        Cleaner {
            base: base.clone(),
            builder: std::cell::OnceCell::new(),
        }
    }

    fn builder(&self) -> &ammonia::Builder<'a> {
        self.builder.get_or_init(|| {
            let mut builder = ammonia::Builder::default();
            builder
                .url_relative(ammonia::UrlRelative::RewriteWithBase(self.base.clone()))
                .link_rel(Some("noopener noreferrer nofollow"))
                .rm_tags(["img"]);
            builder
        })
    }

    pub(super) fn clean(&self, html: &str) -> String {
        if is_plain_text(html) {
            // Parsing and serializing it again would give back the same string.
            return collapse_ws_html(html);
        }
        collapse_ws_html(&self.builder().clean(html).to_string())
    }
}

/// True when `html` is text that an HTML parser reads as one text node of
/// exactly these characters, and that a serializer writes back unchanged: no
/// markup, no character reference, nothing the parser rewrites (CR, NUL) and
/// nothing the serializer escapes (`<`, `>`, `&`, no-break space). Such text
/// is already sanitized, and most listing summaries are such text.
fn is_plain_text(html: &str) -> bool {
    !html.contains(['<', '>', '&', '\u{a0}', '\r', '\0'])
}

/// Characters XML 1.0 cannot carry, not even escaped (most control
/// characters, U+FFFE, U+FFFF): one of them in a title would make every feed
/// that holds it unreadable, so they are dropped from what we keep.
fn unfit_for_xml(c: char) -> bool {
    (c.is_control() && !c.is_whitespace()) || matches!(c, '\u{fffe}' | '\u{ffff}')
}

fn collapse_ws_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_ws = false;
    for c in s.chars().filter(|&c| !unfit_for_xml(c)) {
        if c.is_whitespace() {
            in_ws = true;
        } else {
            if in_ws && !out.is_empty() {
                out.push(' ');
            }
            in_ws = false;
            out.push(c);
        }
    }
    out
}

/// Collapses runs of whitespace (non-breaking spaces included) and trims;
/// drops what XML cannot carry.
pub fn normalize_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    let mut rest = s;
    while !rest.is_empty() {
        // Runs of visible ASCII are most of any text: copied whole, not
        // decoded a character at a time.
        let run = rest
            .bytes()
            .position(|b| !(0x21..=0x7e).contains(&b))
            .unwrap_or(rest.len());
        if run > 0 {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push_str(&rest[..run]);
            rest = &rest[run..];
            continue;
        }
        let Some(c) = rest.chars().next() else {
            break;
        };
        rest = &rest[c.len_utf8()..];
        if c.is_whitespace() {
            space = true;
        } else if !unfit_for_xml(c) {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// Plain text of an HTML fragment.
pub fn text_of_html(html: &str) -> String {
    if !html.contains('<') && !html.contains('&') {
        return normalize_ws(html);
    }
    if too_deep(html, MAX_DEPTH) {
        return String::new();
    }
    visible_text(Html::parse_fragment(html).root_element())
}

/// The text a reader sees in `root`: no script, style or template, and words
/// apart where a block or a line break separates them.
fn visible_text(root: ElementRef) -> String {
    texts_of(root).1
}

/// Every text node of `root` joined as written, and [`visible_text`], in one walk.
pub(super) fn texts_of(root: ElementRef) -> (String, String) {
    fn hides(node: &scraper::Node) -> bool {
        node.as_element()
            .is_some_and(|e| matches!(e.name(), "script" | "style" | "template"))
    }
    let mut all = String::new();
    let mut out = String::new();
    // Elements that hide their text, open around the current node: counted
    // on the way down and up, so no text node walks its ancestors.
    let mut hidden = 0usize;
    for edge in root.traverse() {
        let (node, closing) = match edge {
            ego_tree::iter::Edge::Open(n) => (n, false),
            ego_tree::iter::Edge::Close(n) => (n, true),
        };
        match node.value() {
            scraper::Node::Text(t) if !closing => {
                all.push_str(t);
                if hidden == 0 {
                    out.push_str(t);
                }
            }
            v if hides(v) => {
                if closing {
                    hidden = hidden.saturating_sub(1);
                } else {
                    hidden += 1;
                }
            }
            // Inline markup joins its text as written ("1930ft<sup>2</sup>" is "1930ft2");
            // a block or a line break separates words.
            scraper::Node::Element(e) if separates_words(e.name()) => out.push(' '),
            _ => {}
        }
    }
    if root.ancestors().any(|a| hides(a.value())) {
        out.clear();
    }
    (normalize_ws(&all), normalize_ws(&out))
}

fn separates_words(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "br"
            | "dd"
            | "details"
            | "dialog"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hr"
            | "img"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "td"
            | "th"
            | "tr"
            | "ul"
            | "caption"
            | "tbody"
            | "thead"
            | "tfoot"
            | "option"
    )
}

/// Text made safe for HTML and XML, in element content and in quoted
/// attributes alike (& < > " '): the one escaper of feeds, pages and summaries.
/// Borrows when there is nothing to escape, which is most text.
pub fn escape_html(s: &str) -> std::borrow::Cow<'_, str> {
    let special = |c: char| matches!(c, '&' | '<' | '>' | '"' | '\'');
    let Some(first) = s.find(special) else {
        return std::borrow::Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len() + 16);
    out.push_str(&s[..first]);
    for c in s[first..].chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// At most `max` characters of `s`, with "…" when cut.
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut c: String = s.chars().take(max).collect();
        c.push('…');
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::url;

    #[test]
    fn whitespace_folds_to_single_spaces_and_what_xml_cannot_carry_is_dropped() {
        assert_eq!(
            normalize_ws("  One\t\n two\u{a0}\u{2003}three  "),
            "One two three"
        );
        // Dropped characters join nothing and leave no double space.
        assert_eq!(normalize_ws("a \u{1} b\u{7f}c \u{fffe}"), "a bc");
        assert_eq!(normalize_ws("\u{1}\u{2}"), "");
        assert_eq!(
            normalize_ws("Hakemukset 18.2.2024 mennessä – ärrä"),
            "Hakemukset 18.2.2024 mennessä – ärrä"
        );
        assert_eq!(normalize_ws("x\u{85}y"), "x y");
    }

    #[test]
    fn inline_markup_joins_its_text_and_blocks_separate_words() {
        assert_eq!(text_of_html("1930ft<sup>2</sup> house"), "1930ft2 house");
        assert_eq!(text_of_html("<p>One</p><p>Two</p>"), "One Two");
        assert_eq!(text_of_html("a<br>b <em>c</em>d"), "a b cd");
        assert_eq!(text_of_html("x<script>bad()</script>y"), "xy");
    }

    #[test]
    fn plain_text_is_cleaned_without_a_round_trip_and_to_the_same_result() {
        let cleaner = Cleaner::new(&url("https://s.example/dir/"));
        let full = |s: &str| collapse_ws_html(&cleaner.builder().clean(s).to_string());
        for s in [
            "",
            "  ",
            "Plain words. Hakemukset on jätettävä viimeistään 18.3.2024!",
            " tabs\tand\nnew lines\x0c form feed ",
            "quotes \" ' = / ` and ; : ? # % + — “curly” ‘single’ and emoji 🎉",
            "\u{1} \u{7f} \u{80} \u{fffd} \u{feff} \u{200b} zero-width",
            "a&amp;b",
            "x < y",
            "x > y",
            "no\u{a0}break",
            "cr\r\nlf",
            "nul\0char",
            "<b>bold</b> and <script>alert(1)</script>",
        ] {
            assert_eq!(cleaner.clean(s), full(s), "{s:?}");
        }
        // And on strings of characters chosen to upset a parser.
        let alphabet: Vec<char> =
            "ab Z9.\t\n\x0c\x0b\u{1}\"'=/`!-?#;:\\ä€🎉\u{fffd}\u{2028}\u{85}\u{ad}"
                .chars()
                .collect();
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..2000 {
            let s: String = (0..(seed % 24) as usize)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    alphabet[(seed % alphabet.len() as u64) as usize]
                })
                .collect();
            assert_eq!(cleaner.clean(&s), full(&s), "{s:?}");
        }
        assert!(is_plain_text("Apply by 14 February 2024."));
        assert!(!is_plain_text("a &amp; b"));
    }
}
