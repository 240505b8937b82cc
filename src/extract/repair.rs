//! Makes the feeds the web publishes readable by a strict XML parser, the
//! way feedparser and Miniflux read them: decoded to UTF-8 by the document's
//! own declaration (BOM first, then the XML declaration, then the HTTP
//! header), the common well-formedness errors mended (a bare `&`, HTML
//! entities XML does not define, control characters), and the feed dialects
//! feed-rs does not dispatch on (an `<rss>` without `version`, RSS 0.90,
//! Atom 0.3) told in the form it does read.
//!
//! Owns: text in, text out, and where a parse error sits. Never parses items.
//! Every pass is a single linear scan: a hostile feed costs its size, no more.

use std::borrow::Cow;

/// The namespace of RSS 1.0, which feed-rs reads RSS 0.90 with too (the two
/// differ only in their namespace).
const RSS1_NS: &str = "http://purl.org/rss/1.0/";
const RSS090_NS: [&str; 2] = [
    "http://my.netscape.com/rdf/simple/0.9/",
    "http://channel.netscape.com/rdf/simple/0.9/",
];
const ATOM03_NS: &str = "http://purl.org/atom/ns#";
const ATOM10_NS: &str = "http://www.w3.org/2005/Atom";

/// What a fetched document is, judged from its first markup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// RSS, RDF or Atom XML.
    XmlFeed,
    /// JSON (a JSON Feed, we hope).
    Json,
    /// An HTML page.
    Html,
    /// Something else: other XML, plain text, nothing.
    Other,
}

/// Decodes a feed to text: a byte-order mark wins, then the encoding the XML
/// declaration names, then the HTTP header's charset, then UTF-8 (bad bytes
/// replaced, never an error). The XML declaration is blanked out (same
/// length, so line and column numbers stay those of the original), because
/// the text no longer is in the encoding it names.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> String {
    let from_bom = encoding_rs::Encoding::for_bom(bytes).map(|(e, _)| e);
    let from_decl = declared_encoding(bytes);
    let from_header = content_type
        .and_then(charset_param)
        .and_then(|c| encoding_rs::Encoding::for_label(c.trim().as_bytes()));
    let encoding = from_bom
        .or(from_decl)
        .or(from_header)
        .unwrap_or(encoding_rs::UTF_8);
    let (text, _, _) = encoding.decode(bytes);
    blank_declaration(text.into_owned())
}

/// The charset parameter of a Content-Type header.
pub fn charset_param(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches('"').trim_matches('\'').to_string())
    })
}

/// `encoding="…"` of an XML declaration at the start of the bytes. A
/// declaration claiming UTF-16 in bytes that read as ASCII is not UTF-16.
fn declared_encoding(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    let rest = &bytes[start..];
    if !rest.starts_with(b"<?xml") {
        return None;
    }
    let end = rest.windows(2).take(512).position(|w| w == b"?>")?;
    let decl = std::str::from_utf8(&rest[..end]).ok()?;
    let after = &decl[decl.find("encoding")? + "encoding".len()..];
    let value = after.trim_start().strip_prefix('=')?.trim_start();
    let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = &value[1..];
    let label = &value[..value.find(quote)?];
    let enc = encoding_rs::Encoding::for_label(label.trim().as_bytes())?;
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        return None;
    }
    Some(enc)
}

fn blank_declaration(mut text: String) -> String {
    let lead = text.len()
        - text
            .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
            .len();
    if text[lead..].starts_with("<?xml") {
        if let Some(end) = text[lead..].find("?>") {
            let range = lead..lead + end + 2;
            let blank: String = text[range.clone()]
                .chars()
                .map(|c| if c == '\n' { '\n' } else { ' ' })
                .collect();
            text.replace_range(range, &blank);
        }
    }
    if text.starts_with('\u{feff}') {
        text.replace_range(..'\u{feff}'.len_utf8(), "");
    }
    text
}

/// What the document is, from its first element (or first character for JSON).
pub fn shape(text: &str) -> Shape {
    if text
        .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
        .starts_with('{')
    {
        return Shape::Json;
    }
    let Some(root) = root_tag(text) else {
        return Shape::Other;
    };
    match local(root.name).to_ascii_lowercase().as_str() {
        // A lone Atom `<entry>` is a feed of one.
        "rss" | "rdf" | "feed" | "entry" => Shape::XmlFeed,
        "html" | "head" | "body" => Shape::Html,
        _ if text[..root.start]
            .to_ascii_lowercase()
            .contains("<!doctype html") =>
        {
            Shape::Html
        }
        _ => Shape::Other,
    }
}

/// The first element's start tag.
struct Root<'a> {
    start: usize,
    /// Byte just after the tag's name.
    name_end: usize,
    name: &'a str,
    /// The whole start tag, `<` to `>`.
    tag: &'a str,
}

/// The length of the comment or CDATA section `rest` starts with, up to and
/// including its end (all of `rest` when it never ends): markup inside it is
/// text. `None` when `rest` starts with neither.
fn unparsed_len(rest: &str) -> Option<usize> {
    let close = if rest.starts_with("<![CDATA[") {
        "]]>"
    } else if rest.starts_with("<!--") {
        "-->"
    } else {
        return None;
    };
    Some(rest.find(close).map_or(rest.len(), |e| e + close.len()))
}

/// Where the next `<` at or after `i` starts markup: past comments and CDATA
/// sections, whose `<` are text.
fn next_tag(text: &str, mut i: usize) -> Option<usize> {
    while let Some(off) = text[i..].find('<') {
        let at = i + off;
        match unparsed_len(&text[at..]) {
            Some(n) => i = at + n,
            None => return Some(at),
        }
    }
    None
}

fn root_tag(text: &str) -> Option<Root<'_>> {
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(at) = next_tag(text, i) {
        let rest = &text[at..];
        if rest.starts_with("<?") || rest.starts_with("<!") {
            i = at + rest.find('>').map_or(rest.len(), |e| e + 1);
            continue;
        }
        let name_len = name_len(&b[at + 1..]);
        if name_len == 0 {
            return None;
        }
        let end = at + rest.find('>')? + 1;
        return Some(Root {
            start: at,
            name_end: at + 1 + name_len,
            name: &text[at + 1..at + 1 + name_len],
            tag: &text[at..end],
        });
    }
    None
}

/// How long the element name (prefix included) at the start of `b` is.
fn name_len(b: &[u8]) -> usize {
    b.iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b':' | b'-' | b'_' | b'.'))
        .count()
}

fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

/// The value of `attr` in a start tag.
fn attr_value<'a>(tag: &'a str, attr: &str) -> Option<&'a str> {
    let mut rest = tag;
    while let Some(i) = rest.find(attr) {
        let before = rest[..i].chars().next_back();
        let after = rest[i + attr.len()..].trim_start();
        rest = &rest[i + attr.len()..];
        if !before.is_some_and(char::is_whitespace) {
            continue;
        }
        let Some(value) = after.strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let value = &value[1..];
        return value.find(quote).map(|e| &value[..e]);
    }
    None
}

/// Mends what makes a feed ill-formed without changing what it says: a bare
/// `&` becomes `&amp;`; an HTML entity XML lacks (`&nbsp;`, `&eacute;`) the
/// character it names; a numeric reference to a character XML forbids is
/// dropped (one in the Windows-1252 range 128–159 is read as browsers read
/// it); control characters are dropped. CDATA sections and comments keep
/// their text. Returns the text and how many mends were made.
pub fn mend_markup(text: &str) -> (Cow<'_, str>, usize) {
    let needs = text
        .bytes()
        .any(|b| b == b'&' || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')))
        || text.contains(['\u{fffe}', '\u{ffff}']);
    if !needs {
        return (Cow::Borrowed(text), 0);
    }
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut mends = 0usize;
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        // Copy up to the next character that may need work.
        let next = rest
            .find(|c: char| c == '&' || c == '<' || unfit_for_xml(c))
            .unwrap_or(rest.len());
        out.push_str(&rest[..next]);
        i += next;
        let rest = &text[i..];
        let Some(c) = rest.chars().next() else {
            break;
        };
        if c == '<' {
            // CDATA and comments keep their text (only characters XML forbids go).
            let raw_end = unparsed_len(rest).unwrap_or(1);
            let raw = &rest[..raw_end];
            if raw.contains(unfit_for_xml) {
                mends += 1;
                out.extend(raw.chars().filter(|c| !unfit_for_xml(*c)));
            } else {
                out.push_str(raw);
            }
            i += raw_end;
        } else if c == '&' {
            let (replacement, used) = mend_reference(rest);
            match replacement {
                None => out.push_str(&rest[..used]),
                Some(r) => {
                    mends += 1;
                    out.push_str(&r);
                }
            }
            i += used;
        } else {
            mends += 1;
            i += c.len_utf8();
        }
    }
    if mends == 0 {
        return (Cow::Borrowed(text), 0);
    }
    (Cow::Owned(out), mends)
}

/// Characters XML 1.0 cannot carry, not even escaped.
fn unfit_for_xml(c: char) -> bool {
    (c < '\u{20}' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}')
}

fn fit_code_point(cp: u32) -> bool {
    matches!(cp, 0x9 | 0xA | 0xD | 0x20..=0xD7FF | 0xE000..=0xFFFD | 0x10000..=0x10FFFF)
}

/// Looks at a `&` and what follows: `None` when the reference is fine as it
/// is, else what to write instead; and how many bytes were looked at.
fn mend_reference(rest: &str) -> (Option<String>, usize) {
    const XML_ENTITIES: [&str; 5] = ["amp", "lt", "gt", "quot", "apos"];
    let body = &rest[1..];
    let name_len = body
        .bytes()
        .take(40)
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
        .count();
    if body.as_bytes().get(name_len) != Some(&b';') || name_len == 0 {
        return (Some("&amp;".to_string()), 1);
    }
    let name = &body[..name_len];
    let used = 1 + name_len + 1;
    if let Some(num) = name.strip_prefix('#') {
        let cp = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => num.parse::<u32>().ok(),
        };
        return match cp {
            Some(cp) if (0x80..=0x9F).contains(&cp) => {
                // Windows-1252 as browsers read it: &#150; is an en dash.
                let byte = [cp as u8];
                let (c, _, _) = encoding_rs::WINDOWS_1252.decode(&byte);
                (Some(c.into_owned()), used)
            }
            Some(cp) if fit_code_point(cp) => (None, used),
            // A reference to a character XML forbids, or no number at all.
            _ => (Some(String::new()), used),
        };
    }
    if XML_ENTITIES.contains(&name) {
        return (None, used);
    }
    let key = &body[..name_len + 1];
    match markup5ever::data::NAMED_ENTITIES.get(key) {
        Some(&(a, b)) => {
            let mut s = String::new();
            for cp in [a, b] {
                if cp != 0 && fit_code_point(cp) {
                    s.push_str(&format!("&#{cp};"));
                }
            }
            (Some(s), used)
        }
        None => (Some("&amp;".to_string()), 1),
    }
}

/// Tells feed-rs the dialects it reads under another name: an `<rss>`
/// without a version it knows is RSS 2.0 (which is a superset of 0.9x); a
/// lower-case `<rdf>` is RDF; RSS 0.90 is RSS 1.0 in another namespace; Atom
/// 0.3 is Atom 1.0 in another namespace, with `issued`/`modified` for
/// `published`/`updated`. Returns the text and what was told, if anything.
pub fn normalize_dialect(text: String) -> (String, Option<&'static str>) {
    let Some(root) = root_tag(&text) else {
        return (text, None);
    };
    let (start, name_end) = (root.start, root.name_end);
    let (full_name, tag) = (root.name.to_string(), root.tag.to_string());
    let name = local(&full_name);
    if name == "rss" {
        let version = attr_value(&tag, "version");
        if matches!(version, Some("2.0" | "0.91" | "0.92")) {
            return (text, None);
        }
        // Drop any odd version and write the one feed-rs reads all RSS 0.9x/2.0 with.
        let new_tag = match version {
            Some(v) => tag
                .replacen(&format!("version=\"{v}\""), "version=\"2.0\"", 1)
                .replacen(&format!("version='{v}'"), "version=\"2.0\"", 1),
            None => format!(
                "{} version=\"2.0\"{}",
                &tag[..name_end - start],
                &tag[name_end - start..]
            ),
        };
        let mut text = text;
        text.replace_range(start..start + tag.len(), &new_tag);
        let told = if version.is_none() {
            "an <rss> without a version read as RSS 2.0"
        } else {
            "an RSS version feed-rs does not name read as RSS 2.0"
        };
        return (text, Some(told));
    }
    if name.eq_ignore_ascii_case("rdf") {
        let mut text = text;
        let mut told = None;
        if name == "rdf" {
            let prefix_len = full_name.len() - name.len();
            let at = start + 1 + prefix_len;
            text.replace_range(at..at + 3, "RDF");
            let closing = format!("</{full_name}>");
            if let Some(end) = text.rfind(&closing) {
                let at = end + 2 + prefix_len;
                text.replace_range(at..at + 3, "RDF");
            }
            told = Some("a lower-case <rdf> root read as RSS 1.0");
        }
        for ns in RSS090_NS {
            if text.contains(ns) {
                text = text.replace(ns, RSS1_NS);
                told = Some("RSS 0.90 read as RSS 1.0");
            }
        }
        // feed-rs drops an RSS 1.0 item without a link; feed readers keep it. A link
        // to the feed itself ("#") stands in, which extraction reads as "none of its own".
        let linkless: Vec<usize> = entry_spans(&text)
            .into_iter()
            .filter(|&span| element_span(&text, span, "link").is_none())
            .filter_map(|(a, _)| text[a..].find('>').map(|g| a + g + 1))
            .filter(|&after| !text[..after].ends_with("/>"))
            .collect();
        for at in linkless.into_iter().rev() {
            text.insert_str(at, "<link>#</link>");
            told = Some("RSS 1.0 items without a link kept");
        }
        if !text.contains(RSS1_NS) && !tag.contains("xmlns=") {
            // No default namespace at all: its items are RSS 1.0's, as feedparser reads them.
            let at = start + 1 + full_name.len();
            text.insert_str(at, &format!(" xmlns=\"{RSS1_NS}\""));
            told = Some("an RDF feed without a namespace read as RSS 1.0");
        }
        return (text, told);
    }
    if name == "feed" && text.contains(ATOM03_NS) {
        let mut text = text.replace(ATOM03_NS, ATOM10_NS);
        for (old, new) in [("issued", "published"), ("modified", "updated")] {
            for (o, n) in [
                (format!("<{old}>"), format!("<{new}>")),
                (format!("</{old}>"), format!("</{new}>")),
                (format!("<{old} "), format!("<{new} ")),
            ] {
                if text.contains(&o) {
                    text = text.replace(&o, &n);
                }
            }
        }
        return (text, Some("Atom 0.3 read as Atom 1.0"));
    }
    (text, None)
}

/// Line and column (both from 1, the column in characters) of a byte offset.
pub fn line_col(text: &str, pos: usize) -> (usize, usize) {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    let before = &text[..pos];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// The entries (`<item>` or `<entry>` elements, any prefix) of a feed, as
/// byte ranges, in order. Nested entries (an Atom `<source>` has none, but a
/// broken feed may) count once, by their outermost element.
pub fn entry_spans(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while let Some(at) = next_tag(text, i) {
        let rest = &text[at..];
        let name_len = name_len(&b[at + 1..]);
        let name = &text[at + 1..at + 1 + name_len];
        let lname = local(name);
        if lname == "item" || lname == "entry" {
            let open_end = rest.find('>').map_or(rest.len(), |e| e + 1);
            if rest[..open_end].ends_with("/>") {
                spans.push((at, at + open_end));
                i = at + open_end;
                continue;
            }
            let closing = format!("</{name}");
            let end = match text[at + open_end..].find(&closing) {
                Some(e) => {
                    let close_at = at + open_end + e;
                    close_at
                        + text[close_at..]
                            .find('>')
                            .map_or(text.len() - close_at, |g| g + 1)
                }
                None => text.len(),
            };
            spans.push((at, end));
            i = end;
        } else {
            i = at + 1;
        }
    }
    spans
}

/// The byte range of the first element named `name` (any prefix) within
/// `span` of `text`, closing tag included.
pub fn element_span(text: &str, span: (usize, usize), name: &str) -> Option<(usize, usize)> {
    let part = &text[span.0..span.1];
    let mut i = 0;
    while let Some(off) = part[i..].find('<') {
        let at = i + off;
        let rest = &part[at + 1..];
        let name_len = name_len(rest.as_bytes());
        let tag_name = &rest[..name_len];
        if local(tag_name) == name {
            let open_end = at + part[at..].find('>')? + 1;
            if part[at..open_end].ends_with("/>") {
                return Some((span.0 + at, span.0 + open_end));
            }
            let closing = format!("</{tag_name}");
            let close_at = open_end + part[open_end..].find(&closing)?;
            let end = close_at + part[close_at..].find('>')? + 1;
            return Some((span.0 + at, span.0 + end));
        }
        i = at + 1;
    }
    None
}

/// The `xml:base` of the document's root element, if it sets one.
pub fn root_base(text: &str) -> Option<String> {
    let root = root_tag(text)?;
    attr_value(root.tag, "xml:base").map(str::to_string)
}

/// Whether the entry's `<guid>` is its permalink: RSS 2.0 makes every guid
/// one unless it says `isPermaLink="false"`. `None` when it has no guid.
pub fn guid_is_permalink(text: &str, entry: (usize, usize)) -> Option<bool> {
    let (a, b) = element_span(text, entry, "guid")?;
    let tag = &text[a..b];
    let open = &tag[..tag.find('>').unwrap_or(tag.len())];
    Some(!matches!(
        attr_value(open, "isPermaLink").map(|v| v.trim().to_ascii_lowercase()),
        Some(v) if v == "false"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bom_then_the_declaration_then_the_header_decide_the_encoding() {
        let latin =
            b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><t>F\xf6rderung</t></rss>";
        let text = decode(latin, Some("application/xml; charset=utf-8"));
        assert!(text.contains("Förderung"), "{text}");
        assert!(
            !text.contains("<?xml"),
            "the declaration no longer tells the truth"
        );
        let undeclared = b"<rss><t>F\xf6rderung</t></rss>";
        assert!(decode(undeclared, Some("text/xml; charset=ISO-8859-1")).contains("Förderung"));
        assert!(decode(undeclared, None).contains("F\u{fffd}rderung"));
        let bom = b"\xef\xbb\xbf<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>\xc3\xa4</rss>";
        assert!(decode(bom, None).contains('ä'));
    }

    #[test]
    fn blanking_the_declaration_keeps_lines_and_columns() {
        let text = decode(b"<?xml version=\"1.0\"?>\n<rss>\n<x/></rss>", None);
        let at = text.find("<x/>").unwrap_or(0);
        assert_eq!(line_col(&text, at), (3, 1));
    }

    #[test]
    fn bare_ampersands_html_entities_and_control_characters_are_mended() {
        let (t, n) = mend_markup(
            "<t>Fish & Chips &amp; &nbsp;caf&eacute; &#150; &#1; a\u{1}b &unknown; &#x1F600;</t>",
        );
        assert_eq!(
            t,
            "<t>Fish &amp; Chips &amp; &#160;caf&#233; \u{2013}  ab &amp;unknown; &#x1F600;</t>"
        );
        assert_eq!(n, 7);
        let (t, _) = mend_markup("<![CDATA[a & b &nbsp;]]> & c");
        assert_eq!(t, "<![CDATA[a & b &nbsp;]]> &amp; c");
        assert!(matches!(
            mend_markup("<t>fine &amp; well</t>").0,
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn dialects_feed_rs_does_not_name_are_told_in_one_it_does() {
        let (t, told) = normalize_dialect("<rss><channel/></rss>".to_string());
        assert_eq!(t, "<rss version=\"2.0\"><channel/></rss>");
        assert!(told.is_some());
        let (t, _) = normalize_dialect("<rss version=\"0.94\"><channel/></rss>".to_string());
        assert_eq!(t, "<rss version=\"2.0\"><channel/></rss>");
        let (t, told) = normalize_dialect("<rss version=\"2.0\"/>".to_string());
        assert_eq!((t.as_str(), told), ("<rss version=\"2.0\"/>", None));
        let (t, _) = normalize_dialect("<rdf><item/></rdf>".to_string());
        assert_eq!(t, "<RDF xmlns=\"http://purl.org/rss/1.0/\"><item/></RDF>");
        let (t, _) = normalize_dialect(
            "<feed xmlns=\"http://purl.org/atom/ns#\"><entry><issued>x</issued></entry></feed>"
                .to_string(),
        );
        assert!(
            t.contains(ATOM10_NS) && t.contains("<published>x</published>"),
            "{t}"
        );
    }

    #[test]
    fn entries_are_found_by_their_outer_element() {
        let text = "<rss><channel><item><title>a</title></item><!-- <item> --><item/><item>b</item></channel></rss>";
        let spans = entry_spans(text);
        let parts: Vec<&str> = spans.iter().map(|(a, b)| &text[*a..*b]).collect();
        assert_eq!(
            parts,
            ["<item><title>a</title></item>", "<item/>", "<item>b</item>"]
        );
        let c = element_span(text, spans[0], "title").map(|(a, b)| &text[a..b]);
        assert_eq!(c, Some("<title>a</title>"));
    }

    #[test]
    fn shapes() {
        assert_eq!(shape("  <rss version=\"2.0\">"), Shape::XmlFeed);
        assert_eq!(shape("<!-- c --><rdf:RDF>"), Shape::XmlFeed);
        assert_eq!(shape("<!DOCTYPE html><html>"), Shape::Html);
        assert_eq!(shape("{\"version\": 1}"), Shape::Json);
        assert_eq!(
            shape(" {\"items\": [{\"content_html\": \"<p>x</p>\"}]}"),
            Shape::Json
        );
        assert_eq!(shape("<svg/>"), Shape::Other);
        assert_eq!(shape(""), Shape::Other);
    }
}
