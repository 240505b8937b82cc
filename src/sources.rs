//! Sources brought in from elsewhere: the subscriptions of an OPML file (a
//! feed reader's export) become `[[source]]` blocks of `kind = "feed"`.
//!
//! Owns: reading OPML leniently (any charset the file declares, HTML entities
//! and bare `&` in attributes, outlines nested in folders) and deciding, per
//! outline, whether it becomes a source and under which id. Never writes a
//! file: the caller appends the blocks (see `suggest::append_block`), so the
//! config keeps its comments and is checked before it is replaced.

use std::collections::HashSet;

use url::Url;

use crate::extract::repair;
use crate::suggest;

/// One subscription found in an OPML file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outline {
    pub title: String,
    pub url: String,
    /// The folders it sits in, outermost first ("News / Finland").
    pub folder: Vec<String>,
}

/// An outline left out: (what, why).
pub type Skipped = (String, String);

/// What importing a file would do.
#[derive(Debug, Default)]
pub struct Plan {
    /// (id, outline) of each source to add, in the file's order.
    pub added: Vec<(String, Outline)>,
    /// Each outline left out.
    pub skipped: Vec<Skipped>,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("not an OPML file: {0}")]
    NotOpml(String),
}

/// The subscriptions of an OPML document, and the outlines that are none
/// (a link, a folder without feeds, an address that is not a web address).
pub fn read_opml(bytes: &[u8]) -> Result<(Vec<Outline>, Vec<Skipped>), ImportError> {
    use quick_xml::events::Event;
    let text = repair::decode(bytes, None);
    let text = repair::mend_markup(&text).0.into_owned();
    let mut reader = quick_xml::Reader::from_str(&text);
    reader.config_mut().check_end_names = false;
    let mut found = Vec::new();
    let mut skipped = Vec::new();
    let mut folders: Vec<String> = Vec::new();
    let mut saw_opml = false;
    loop {
        let event = reader.read_event().map_err(|e| {
            let (line, col) =
                repair::line_col(&text, usize::try_from(reader.error_position()).unwrap_or(0));
            ImportError::NotOpml(format!("line {line}, column {col}: {e}"))
        })?;
        let (element, empty) = match &event {
            Event::Start(e) => (e.clone(), false),
            Event::Empty(e) => (e.clone(), true),
            Event::End(e) => {
                if e.local_name().into_inner().eq_ignore_ascii_case("outline") {
                    folders.pop();
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let name = element.local_name();
        if name.into_inner().eq_ignore_ascii_case("opml") {
            saw_opml = true;
            continue;
        }
        if !name.into_inner().eq_ignore_ascii_case("outline") {
            continue;
        }
        // Attribute names vary in case between exporters (xmlUrl, xmlurl, XMLURL).
        let mut attrs = std::collections::HashMap::new();
        for a in element.attributes().with_checks(false).flatten() {
            let key = a.key.local_name().into_inner().to_ascii_lowercase();
            let value = quick_xml::escape::unescape(&a.value)
                .map(|v| v.into_owned())
                .unwrap_or_else(|_| a.value.to_string());
            attrs.insert(key, value.trim().to_string());
        }
        let label = ["title", "text"]
            .iter()
            .filter_map(|k| attrs.get(*k))
            .find(|v| !v.is_empty())
            .cloned();
        match attrs.get("xmlurl").filter(|u| !u.is_empty()) {
            Some(raw) => match Url::parse(raw) {
                Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => found
                    .push(Outline {
                        title: label
                            .unwrap_or_else(|| u.host_str().unwrap_or_default().to_string()),
                        url: raw.to_string(),
                        folder: folders.clone(),
                    }),
                _ => skipped.push((
                    label.unwrap_or_else(|| raw.clone()),
                    format!("{raw:?} is not an http(s) address"),
                )),
            },
            None if !empty => {}
            None => {
                let what = label.unwrap_or_else(|| "an outline".into());
                let why = match attrs.get("type").map(|t| t.to_ascii_lowercase()) {
                    Some(t) if t == "link" => "a link, not a feed".to_string(),
                    _ => "no xmlUrl: not a feed subscription".to_string(),
                };
                skipped.push((what, why));
            }
        }
        if !empty {
            folders.push(label_or_blank(&attrs));
        }
    }
    if !saw_opml {
        return Err(ImportError::NotOpml("it has no <opml> element".into()));
    }
    Ok((found, skipped))
}

fn label_or_blank(attrs: &std::collections::HashMap<String, String>) -> String {
    ["title", "text"]
        .iter()
        .filter_map(|k| attrs.get(*k))
        .find(|v| !v.is_empty())
        .cloned()
        .unwrap_or_default()
}

/// Decides what to add: every subscription whose feed is not already a
/// source (the same address, or the same one listed twice in the file),
/// each under an id derived from its address, unique in the config.
pub fn plan(outlines: Vec<Outline>, config_text: &str, present: &[Url]) -> Plan {
    let mut taken: HashSet<String> = suggest::taken_ids(config_text);
    let mut known: Vec<Url> = present.to_vec();
    let mut out = Plan::default();
    for o in outlines {
        let Ok(url) = Url::parse(&o.url) else {
            continue;
        };
        if known.contains(&url) {
            out.skipped.push((o.url.clone(), "already a source".into()));
            continue;
        }
        let id = suggest::source_id(&url, &taken);
        taken.insert(id.clone());
        known.push(url);
        out.added.push((id, o));
    }
    out
}

/// The `[[source]]` blocks for a plan, each with a comment saying where it came from.
pub fn blocks(plan: &Plan, file_name: &str) -> String {
    let mut s = String::new();
    for (id, o) in &plan.added {
        let folder = o
            .folder
            .iter()
            .filter(|f| !f.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(" / ");
        let from = if folder.is_empty() {
            format!("# Imported from {file_name}.\n")
        } else {
            format!("# Imported from {file_name} (folder: {folder}).\n")
        };
        s.push_str(from.replace(['\n', '\r'], " ").trim_end());
        s.push('\n');
        s.push_str(&format!(
            "[[source]]\nid = {}\ntitle = {}\nurl = {}\nkind = \"feed\"\n\n",
            suggest::toml_str(id),
            suggest::toml_str(&o.title),
            suggest::toml_str(&o.url)
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subscriptions_are_read_from_folders_with_odd_outlines_left_out() {
        // Latin-1, as the declaration says: "Café" with its é as the one byte 0xE9.
        let mut opml = br#"<?xml version="1.0" encoding="ISO-8859-1"?>
<opml version="1.0"><head><title>x</title></head><body>
<outline text="News"><outline text="Caf"#
            .to_vec();
        opml.push(0xe9);
        opml.extend_from_slice(
            br#" &amp; Co" xmlUrl="https://a.example/feed?x=1&y=2" type="rss"/>
<outline title="Link only" type="link" url="https://b.example/"/></outline>
<outline XMLURL="https://c.example/atom" text=""/>
<outline text="Bad" xmlUrl="javascript:alert(1)"/>
<outline text="Empty folder"></outline>
</body></opml>"#,
        );
        let (found, skipped) = read_opml(&opml).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            found,
            [
                Outline {
                    title: "Café & Co".into(),
                    url: "https://a.example/feed?x=1&y=2".into(),
                    folder: vec!["News".into()]
                },
                Outline {
                    title: "c.example".into(),
                    url: "https://c.example/atom".into(),
                    folder: vec![]
                }
            ]
        );
        let why: Vec<&str> = skipped.iter().map(|(_, w)| w.as_str()).collect();
        assert_eq!(
            why,
            [
                "a link, not a feed",
                "\"javascript:alert(1)\" is not an http(s) address"
            ]
        );
    }

    #[test]
    fn what_is_present_or_listed_twice_is_added_once_under_a_unique_id() {
        let o = |u: &str| Outline {
            title: "t".into(),
            url: u.into(),
            folder: vec![],
        };
        let config = "[[source]]\nid = \"a-example-feed\"\nurl = \"https://a.example/old\"\n";
        let present = [Url::parse("https://a.example/old").unwrap_or_else(|e| panic!("{e}"))];
        let p = plan(
            vec![
                o("https://a.example/feed"),
                o("https://a.example/old"),
                o("https://a.example/feed"),
            ],
            config,
            &present,
        );
        let ids: Vec<&str> = p.added.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["a-example-feed-2"]);
        assert_eq!(p.skipped.len(), 2);
    }

    #[test]
    fn a_file_that_is_no_opml_says_so() {
        assert!(read_opml(b"<rss version=\"2.0\"/>").is_err());
        assert!(read_opml(b"not xml at all <<<").is_err());
    }
}
