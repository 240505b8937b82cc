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
/// their next sibling starts: they do not add to the depth however they are
/// written. (Compared as one `match` on the lower-cased name: a scan of a
/// list at every tag was most of the pre-scan's cost.)
fn is_flat(name: &[u8]) -> bool {
    let mut lower = [0u8; 8];
    if name.len() > lower.len() {
        return false;
    }
    for (l, c) in lower.iter_mut().zip(name) {
        *l = c.to_ascii_lowercase();
    }
    matches!(
        &lower[..name.len()],
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"param"
            | b"source"
            | b"track"
            | b"wbr"
            | b"li"
            | b"p"
            | b"td"
            | b"th"
            | b"tr"
            | b"dt"
            | b"dd"
            | b"option"
            | b"optgroup"
            | b"tbody"
            | b"thead"
            | b"tfoot"
            | b"colgroup"
            | b"rb"
            | b"rt"
            | b"rp"
    )
}

/// True when the markup nests elements deeper than `limit`, by a linear scan
/// of the tags (the text of `script` and `style` skipped).
pub fn too_deep(html: &str, limit: usize) -> bool {
    let b = html.as_bytes();
    let is = |name: &[u8], word: &str| name.eq_ignore_ascii_case(word.as_bytes());
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
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
        if is_flat(name) {
            continue;
        }
        let end = memchr::memchr(b'>', &b[start..]).map(|p| start + p);
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
                    match memchr::memmem::find(&b[j..], b"</") {
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
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
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
