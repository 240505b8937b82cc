//! What a page may cost before it is parsed: how deep its elements nest and
//! how many there are, both found by a linear scan of the raw text.
//!
//! Owns: the limits every parse in `extract` checks first ([`MAX_DEPTH`],
//! [`MAX_ELEMENTS`]). Never parses: a hostile page must cost its size, no more.

/// Deeper nesting than this is refused. Browsers stop nesting at 512; the
/// HTML parser's cost grows with the square of the depth, so a hostile page of
/// a few megabytes of `<div>`s would otherwise keep a core busy for hours.
pub const MAX_DEPTH: usize = 1024;

/// Elements that never hold others, or that the parser closes by itself when
/// their next sibling starts: they do not add to the depth however they are written.
const FLAT: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "li", "p", "td", "th", "tr", "dt", "dd", "option", "optgroup", "tbody",
    "thead", "tfoot", "colgroup", "rb", "rt", "rp",
];

/// True when the markup nests elements deeper than `limit`, by a linear scan
/// of the tags (the text of `script` and `style` skipped).
pub fn too_deep(html: &str, limit: usize) -> bool {
    let b = html.as_bytes();
    let is = |name: &[u8], word: &str| name.eq_ignore_ascii_case(word.as_bytes());
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        i += off + 1;
        let closing = b.get(i) == Some(&b'/');
        let start = if closing { i + 1 } else { i };
        let name_len = b[start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if name_len == 0 {
            continue; // "<!--", "<!doctype", "< " and the like
        }
        let name = &b[start..start + name_len];
        if FLAT.iter().any(|f| is(name, f)) {
            continue;
        }
        let end = b[start..]
            .iter()
            .position(|&c| c == b'>')
            .map(|p| start + p);
        let self_closing = end.is_some_and(|e| e > 0 && b[e - 1] == b'/');
        if closing {
            depth = depth.saturating_sub(1);
        } else if !self_closing {
            depth += 1;
            if depth > limit {
                return true;
            }
            if is(name, "script") || is(name, "style") {
                // Raw text: jump to its end tag.
                let mut j = end.unwrap_or(i);
                loop {
                    match b[j..].windows(2).position(|w| w == b"</") {
                        Some(p) => {
                            j += p + 2;
                            if b.len() >= j + name_len
                                && is(
                                    &b[j..j + name_len],
                                    if is(name, "script") {
                                        "script"
                                    } else {
                                        "style"
                                    },
                                )
                            {
                                i = j;
                                depth = depth.saturating_sub(1);
                                break;
                            }
                        }
                        None => return false,
                    }
                }
            }
        }
    }
    false
}

/// A page is read up to its this-many-th element. The parsed tree costs about
/// 300 bytes an element, so a page of a million tags would take hundreds of
/// MB before any cap on items could apply; real listings, even long archive
/// pages, hold a few tens of thousands.
pub const MAX_ELEMENTS: usize = 100_000;

/// The start of `html` that holds at most `max` start tags, and whether
/// anything was cut. A linear scan that, like the parser, counts `<` and a
/// letter as a tag wherever it stands (in a script too): it may cut a little
/// early, never late, and the parser closes whatever the cut leaves open.
pub fn first_elements(html: &str, max: usize) -> (&str, bool) {
    let b = html.as_bytes();
    let mut seen = 0usize;
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        let at = i + off;
        i = at + 1;
        if b.get(i).is_some_and(|c| c.is_ascii_alphabetic()) {
            seen += 1;
            if seen > max {
                // `<` is ASCII, so `at` is a character boundary.
                return (&html[..at], true);
            }
        }
    }
    (html, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_read_up_to_its_element_cap() {
        let page = "<p>a</p><p>b</p><script>x<y</script><p>c</p>";
        assert_eq!(first_elements(page, 10), (page, false));
        assert_eq!(first_elements(page, 2), ("<p>a</p><p>b</p>", true));
        // A "<" and a letter in a script counts too: the cut comes early, never late.
        assert_eq!(first_elements(page, 3), ("<p>a</p><p>b</p><script>x", true));
        assert_eq!(first_elements("a < b <", 0), ("a < b <", false));
        assert_eq!(first_elements("<é<a", 0), ("<é", true));
    }
}
