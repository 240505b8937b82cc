//! What `tidings suggest` writes: the `[[source]]` block in TOML, the
//! preview of the first items, the runners-up, and the edit that appends the
//! block to the config file with its comments and layout kept.

use std::collections::HashSet;

use chrono::NaiveDate;
use chrono_tz::Tz;
use url::Url;

use super::{Candidate, SelectorSet, PREVIEW_ITEMS};
use crate::deadlines::{self, Lang};
use crate::extract::{self, clip, Extraction, Item};
/// The language to write for a source: the page's own when tidings reads
/// it, else what its items' text looks like.
pub fn language(analysis_lang: Option<&str>, items: &[Item]) -> &'static str {
    match analysis_lang {
        Some("en") => "en",
        Some("fi") => "fi",
        Some("sv") => "sv",
        Some(_) => "auto",
        None => {
            let text: String = items
                .iter()
                .map(|i| format!("{} {}\n", i.title, i.summary.as_deref().unwrap_or_default()))
                .collect();
            match deadlines::detect_lang(&text) {
                Lang::En => "en",
                Lang::Fi => "fi",
                Lang::Sv => "sv",
                Lang::Auto => "auto",
            }
        }
    }
}

/// A source id from the URL's host and path, unique among `taken`:
/// `kotoutuminen-fi-en-information-for-authorities`.
pub fn source_id(url: &Url, taken: &HashSet<String>) -> String {
    let host = url.host_str().unwrap_or("source");
    let host = host.strip_prefix("www.").unwrap_or(host);
    let mut raw = host.to_string();
    for seg in url.path_segments().into_iter().flatten() {
        let seg = seg.rsplit_once('.').map_or(seg, |(stem, ext)| {
            if matches!(ext, "html" | "htm" | "php" | "aspx" | "asp" | "jsp" | "xml") {
                stem
            } else {
                seg
            }
        });
        if !seg.is_empty() {
            raw.push('-');
            raw.push_str(seg);
        }
    }
    let mut id = String::new();
    for c in raw.to_lowercase().chars() {
        let c = if c.is_ascii_lowercase() || c.is_ascii_digit() {
            c
        } else {
            '-'
        };
        if c == '-' && (id.is_empty() || id.ends_with('-')) {
            continue;
        }
        id.push(c);
    }
    let mut id = id.trim_end_matches('-').to_string();
    if id.is_empty() {
        id = "source".into();
    }
    const MAX: usize = 56; // room for "-99"
    if id.len() > MAX {
        let cut = id[..MAX].rfind('-').filter(|&c| c > 8).unwrap_or(MAX);
        id.truncate(cut);
    }
    if !taken.contains(&id) {
        return id;
    }
    (2..)
        .map(|n| format!("{id}-{n}"))
        .find(|c| !taken.contains(c))
        .unwrap_or(id)
}

/// A feed's own title, as plain text.
pub fn feed_title(body: &[u8]) -> Option<String> {
    let feed = feed_rs::parser::parse(body).ok()?;
    let title = extract::text_of_html(&feed.title?.content);
    (!title.is_empty()).then(|| clip(&title, 100))
}

/// A TOML basic string, escaped as the format requires.
pub fn toml_str(s: &str) -> String {
    toml_edit::Value::from(s).to_string().trim().to_string()
}

/// What the printed block says about a source.
#[derive(Debug, Clone)]
pub struct Block<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub url: &'a Url,
    pub language: &'a str,
    /// `None`: a feed source.
    pub select: Option<&'a SelectorSet>,
}

/// The `[[source]]` table, ready to paste into the config file.
pub fn source_block(b: &Block) -> String {
    let mut out = String::new();
    out.push_str("[[source]]\n");
    out.push_str(&format!("id = {}\n", toml_str(b.id)));
    out.push_str(&format!("title = {}\n", toml_str(b.title)));
    out.push_str(&format!("url = {}\n", toml_str(b.url.as_str())));
    out.push_str(&format!(
        "kind = {}\n",
        toml_str(if b.select.is_some() { "html" } else { "feed" })
    ));
    out.push_str("schedule = \"*/30 * * * *\"\n");
    out.push_str(&format!("language = {}\n", toml_str(b.language)));
    if let Some(s) = b.select {
        out.push_str("[source.select]\n");
        out.push_str(&format!("item = {}\n", toml_str(&s.item)));
        out.push_str(&format!("title = {}\n", toml_str(&s.title)));
        out.push_str(&format!("link = {}\n", toml_str(&s.link)));
        if let Some(d) = &s.date {
            out.push_str(&format!("date = {}\n", toml_str(d)));
        }
        if let Some(d) = &s.summary {
            out.push_str(&format!("summary = {}\n", toml_str(d)));
        }
    }
    out
}

/// The first items as TOML comments: title, link, date, summary and the
/// deadlines and events read from them.
pub fn preview(items: &[Item], tz: Tz) -> String {
    let mut out = String::new();
    for (n, i) in items.iter().take(PREVIEW_ITEMS).enumerate() {
        out.push_str(&format!("# {:>2}. {}\n", n + 1, one_line(&i.title, 110)));
        out.push_str(&format!("#     link:    {}\n", i.link));
        match i.published {
            Some(p) => out.push_str(&format!(
                "#     date:    {}\n",
                p.with_timezone(&tz).format("%Y-%m-%d")
            )),
            None => out.push_str("#     date:    (none)\n"),
        }
        if let Some(s) = &i.summary {
            out.push_str(&format!(
                "#     summary: {}\n",
                one_line(&extract::text_of_html(s), 100)
            ));
        }
        for m in &i.mentions {
            out.push_str(&format!(
                "#     {} — {}\n",
                crate::publish::mention_label(m),
                one_line(&m.text, 80)
            ));
        }
    }
    if items.len() > PREVIEW_ITEMS {
        out.push_str(&format!(
            "#     … and {} more\n",
            items.len() - PREVIEW_ITEMS
        ));
    }
    out
}

fn one_line(s: &str, max: usize) -> String {
    clip(&extract::normalize_ws(s), max)
}

/// The other blocks found, as comments: each with its selectors and first titles.
pub fn runners_up(candidates: &[Candidate]) -> String {
    let mut out = String::new();
    for c in candidates {
        let titles: Vec<String> = c
            .extraction
            .items
            .iter()
            .take(3)
            .map(|i| format!("{:?}", clip(&i.title, 50)))
            .collect();
        out.push_str(&format!(
            "#   item = {}  ({} items: {})\n",
            toml_str(&c.select.item),
            c.extraction.items.len(),
            titles.join(", ")
        ));
        let mut rest = format!(
            "#     title = {}, link = {}",
            toml_str(&c.select.title),
            toml_str(&c.select.link)
        );
        if let Some(d) = &c.select.date {
            rest.push_str(&format!(", date = {}", toml_str(d)));
        }
        if let Some(s) = &c.select.summary {
            rest.push_str(&format!(", summary = {}", toml_str(s)));
        }
        out.push_str(&rest);
        out.push('\n');
    }
    out
}

/// Fills in the deadlines and events of the items, as a scrape would.
pub fn read_mentions(ex: &mut Extraction, language: &str, today: NaiveDate, tz: Tz) {
    let lang = match language {
        "en" => Lang::En,
        "fi" => Lang::Fi,
        "sv" => Lang::Sv,
        _ => Lang::Auto,
    };
    extract::read_mentions(ex, lang, today, tz, |_| false);
}

/// Appends `block` to the config file's text, keeping everything in it as
/// it is; fails when the result is not TOML. (The caller checks it as a config.)
pub fn append_block(config_text: &str, block: &str) -> Result<String, String> {
    config_text
        .parse::<toml_edit::DocumentMut>()
        .map_err(|e| format!("the config file is not valid TOML: {}", e.message()))?;
    let mut out = config_text.to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    if !out.is_empty() && !out.ends_with("\n\n") {
        out.push('\n');
    }
    out.push_str(block);
    let doc = out.parse::<toml_edit::DocumentMut>().map_err(|e| {
        format!(
            "the new source would not fit the config file: {}",
            e.message()
        )
    })?;
    if doc
        .get("source")
        .and_then(|s| s.as_array_of_tables())
        .is_none()
    {
        return Err(
            "the config file writes `source` in a form a [[source]] table cannot extend".into(),
        );
    }
    Ok(out)
}

/// The ids of sources and `[[feed]]`s in a config file, read with toml_edit.
pub fn taken_ids(config_text: &str) -> HashSet<String> {
    let Ok(doc) = config_text.parse::<toml_edit::DocumentMut>() else {
        return HashSet::new();
    };
    ["source", "feed"]
        .iter()
        .filter_map(|k| doc.get(k).and_then(|v| v.as_array_of_tables()))
        .flat_map(|a| a.iter())
        .filter_map(|t| t.get("id").and_then(|v| v.as_str()).map(str::to_string))
        .collect()
}
