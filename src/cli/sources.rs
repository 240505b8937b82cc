//! `tidings suggest` and `tidings sources import`: new sources for the
//! config, printed or appended to it.
//!
//! Owns: fetching the page a suggestion is for, what is printed about it,
//! and appending to the config only what passes `tidings check`. Finding
//! items and selectors is `suggest`'s; reading OPML is `sources`'.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use chrono::Utc;

use super::load;
use crate::config::Config;
use crate::fetch::Fetcher;

/// `tidings suggest URL`: a ready `[[source]]` block for a page on stdout,
/// with a preview of what it reads and the other blocks found, as comments.
pub(super) async fn suggest_cmd(
    path: &Path,
    raw: &str,
    write: bool,
    html: bool,
) -> anyhow::Result<ExitCode> {
    use crate::suggest::{self, Block};
    let url = url::Url::parse(raw.trim())
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
        .ok_or_else(|| anyhow::anyhow!("{raw:?} is not an http(s) URL"))?;
    let config = if path.exists() {
        load(path)?
    } else if write {
        anyhow::bail!(
            "no config file at {}: --write adds to an existing one (copy config/tidings.toml to start)",
            path.display()
        );
    } else {
        // Without a config file, fetch as a default config would.
        Config::parse("", path).map_err(|e| anyhow::anyhow!("{e}"))?
    };
    let tz = config.mail.timezone;
    let today = Utc::now().with_timezone(&tz).date_naive();
    let taken: std::collections::HashSet<String> = config
        .sources
        .iter()
        .map(|s| s.id.clone())
        .chain(config.feeds.iter().map(|f| f.id.clone()))
        .collect();
    let fetcher = Fetcher::new(&config.fetch)?;
    let robots = config.fetch.robots_txt;
    let page = fetch_one(&fetcher, &url, robots).await?;
    let mut out = String::new();
    let block: String;

    if let Some(mut ex) = read_as_feed(&page) {
        let language = dated(&mut ex, None, today, tz);
        let title = suggest::feed_title(&page.bytes).unwrap_or_else(|| host_of(&page.url));
        let id = suggest::source_id(&page.url, &taken);
        out.push_str(&format!(
            "# {} is a feed, not a page: tidings reads it with kind = \"feed\", no selectors needed.\n",
            page.url
        ));
        let source = Block {
            id: &id,
            title: &title,
            url: &page.url,
            language,
            select: None,
        };
        block = push_block(&mut out, &source, "from the feed", &ex, tz);
    } else {
        let text = page.text();
        let (final_url, analysis) = {
            let u = page.url.clone();
            let t = text.clone();
            let a = tokio::task::spawn_blocking(move || suggest::analyse(&t, &u, tz)).await?;
            (page.url.clone(), a)
        };
        if let Some(why) = &analysis.refused {
            anyhow::bail!("unable to read {final_url}: {why}");
        }
        let page_title = analysis
            .title
            .clone()
            .unwrap_or_else(|| host_of(&final_url));
        // The advertised feed, when it can be read, is the better source.
        let mut feed_note = String::new();
        let mut feed_block = None;
        if !html {
            for f in &analysis.feeds {
                match fetch_one(&fetcher, &f.url, robots).await {
                    Ok(fp) => match read_as_feed(&fp) {
                        Some(ex) => {
                            feed_block = Some((f.clone(), fp, ex));
                            break;
                        }
                        None => feed_note.push_str(&format!(
                            "# The page advertises a feed at {}, but what it serves is not one that tidings reads.\n",
                            f.url
                        )),
                    },
                    Err(e) => feed_note.push_str(&format!(
                        "# The page advertises a feed at {}, but it could not be fetched: {e:#}\n",
                        f.url
                    )),
                }
            }
        }
        if let Some((f, fp, mut ex)) = feed_block {
            let language = dated(&mut ex, analysis.lang.as_deref(), today, tz);
            let title = f
                .title
                .clone()
                .or_else(|| suggest::feed_title(&fp.bytes))
                .unwrap_or(page_title);
            let id = suggest::source_id(&final_url, &taken);
            out.push_str(&format!(
                "# {final_url} advertises a feed ({}): {}\n# tidings reads the feed with kind = \"feed\": no selectors to keep up when the page changes.\n",
                f.format, fp.url
            ));
            let source = Block {
                id: &id,
                title: &title,
                url: &fp.url,
                language,
                select: None,
            };
            block = push_block(&mut out, &source, "from the feed", &ex, tz);
            let others: Vec<_> = analysis.feeds.iter().filter(|o| o.url != f.url).collect();
            if !others.is_empty() {
                out.push_str("#\n# Other feeds the page advertises:\n");
                for o in others {
                    out.push_str(&format!(
                        "#   {} ({}{})\n",
                        o.url,
                        o.format,
                        o.title
                            .as_deref()
                            .map(|t| format!(", {t:?}"))
                            .unwrap_or_default()
                    ));
                }
            }
            if !analysis.candidates.is_empty() {
                out.push_str("#\n# Without the feed, the page's items would be read with these selectors\n# (`tidings suggest --html` prints the whole block):\n");
                out.push_str(&suggest::runners_up(&analysis.candidates[..1]));
            }
        } else {
            let Some(best) = analysis.candidates.first() else {
                anyhow::bail!(
                    "found no repeating block of items with links on {final_url}: the page may build its list with JavaScript (tidings reads the HTML as served), or list fewer than three items; try the site's feed or another listing page"
                );
            };
            let mut ex = best.extraction.clone();
            let language = dated(&mut ex, analysis.lang.as_deref(), today, tz);
            let id = suggest::source_id(&final_url, &taken);
            let n = ex.items.len();
            let dated = ex.items.iter().filter(|i| i.published.is_some()).count();
            let summed = ex.items.iter().filter(|i| i.summary.is_some()).count();
            out.push_str(&feed_note);
            out.push_str(&format!(
                "# The best of {} repeating blocks on {final_url}: {n} items in {:?} ({dated} with a date, {summed} with a summary).\n",
                analysis.candidates.len(),
                best.select.item
            ));
            if html && !analysis.feeds.is_empty() {
                out.push_str(&format!(
                    "# The page also advertises a feed: {} (run without --html to use it).\n",
                    analysis.feeds[0].url
                ));
            }
            let source = Block {
                id: &id,
                title: &page_title,
                url: &final_url,
                language,
                select: Some(&best.select),
            };
            block = push_block(&mut out, &source, "with these selectors", &ex, tz);
            if analysis.candidates.len() > 1 {
                out.push_str("#\n# Runner-up candidates (to use one, put its selectors in [source.select]):\n");
                let end = analysis.candidates.len().min(4);
                out.push_str(&suggest::runners_up(&analysis.candidates[1..end]));
            }
        }
    }
    print!("{out}");
    if write {
        add_to_config(path, &url, &block)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The language of what `ex` read (`hint`: what the page says it is), with
/// the items' dates read in it as a scrape would on `today` in `tz`.
fn dated(
    ex: &mut crate::extract::Extraction,
    hint: Option<&str>,
    today: chrono::NaiveDate,
    tz: chrono_tz::Tz,
) -> &'static str {
    let language = crate::suggest::language(hint, &ex.items);
    crate::suggest::read_mentions(ex, language, today, tz);
    language
}

/// Appends the `[[source]]` block, then a preview of what it reads (`from`
/// says how); returns the block, for `--write`.
fn push_block(
    out: &mut String,
    source: &crate::suggest::Block,
    from: &str,
    ex: &crate::extract::Extraction,
    tz: chrono_tz::Tz,
) -> String {
    let block = crate::suggest::source_block(source);
    out.push_str(&block);
    push_preview(out, from, ex, tz);
    block
}

fn push_preview(out: &mut String, from: &str, ex: &crate::extract::Extraction, tz: chrono_tz::Tz) {
    out.push_str(&format!(
        "#\n# Preview: what `tidings scrape` reads {from}: {} items\n",
        ex.items.len()
    ));
    for s in ex.skipped.iter().take(3) {
        out.push_str(&format!("#   skipped {s}\n"));
    }
    out.push_str(&crate::suggest::preview(&ex.items, tz));
}

fn host_of(url: &url::Url) -> String {
    url.host_str().unwrap_or("source").to_string()
}

/// One GET, as a scrape makes it (robots.txt, limits, User-Agent).
async fn fetch_one(
    fetcher: &Fetcher,
    url: &url::Url,
    robots: bool,
) -> anyhow::Result<crate::fetch::Page> {
    match fetcher.get(url, None, robots).await? {
        crate::fetch::Fetched::Page(p) => Ok(p),
        crate::fetch::Fetched::NotModified => {
            anyhow::bail!("unable to fetch {url}: the server answered 304 to a plain GET")
        }
    }
}

/// The entries of a fetched document when it is a feed (by its type or its
/// first bytes), else `None`.
fn read_as_feed(page: &crate::fetch::Page) -> Option<crate::extract::Extraction> {
    let ct = page
        .content_type
        .as_deref()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if ct.contains("html") {
        return None;
    }
    let head: String = String::from_utf8_lossy(&page.bytes[..page.bytes.len().min(512)])
        .trim_start_matches('\u{feff}')
        .trim_start()
        .to_ascii_lowercase();
    let typed = ["xml", "rss", "atom", "json"]
        .iter()
        .any(|t| ct.contains(t));
    let sniffed = ["<?xml", "<rss", "<feed", "<rdf:rdf", "{"]
        .iter()
        .any(|p| head.starts_with(p));
    if !(typed || sniffed) {
        return None;
    }
    crate::extract::feed(&page.bytes, page.content_type.as_deref(), &page.url).ok()
}

/// Appends a suggested block to the config file, keeping all it holds; the
/// result must pass `tidings check` or nothing is written.
fn add_to_config(path: &Path, url: &url::Url, block: &str) -> anyhow::Result<()> {
    let added = format!("# Added by `tidings suggest {url}`.\n{block}");
    append_to_config(path, &added)?;
    let id = block
        .lines()
        .find_map(|l| l.strip_prefix("id = "))
        .unwrap_or_default();
    eprintln!("added source {id} to {}", path.display());
    Ok(())
}

/// `tidings sources import FILE`: a source per subscription not yet present.
pub(super) fn import_cmd(
    config_path: &Path,
    file: &Path,
    dry_run: bool,
) -> anyhow::Result<ExitCode> {
    let config = load(config_path)?;
    let bytes =
        std::fs::read(file).with_context(|| format!("unable to read {}", file.display()))?;
    let (outlines, odd) = crate::sources::read_opml(&bytes)
        .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    let text = std::fs::read_to_string(config_path)
        .with_context(|| format!("unable to read {}", config_path.display()))?;
    let present: Vec<url::Url> = config.sources.iter().map(|s| s.url.clone()).collect();
    let plan = crate::sources::plan(outlines, &text, &present);
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let blocks = crate::sources::blocks(&plan, &name);
    let mut out = std::io::stdout().lock();
    for (id, o) in &plan.added {
        writeln!(
            out,
            "{} {id}  {}",
            if dry_run { "would add" } else { "added" },
            o.url
        )?;
    }
    for (what, why) in plan.skipped.iter().chain(&odd) {
        writeln!(out, "skipped {what}: {why}")?;
    }
    if dry_run {
        writeln!(out, "\n{blocks}")?;
    } else if !plan.added.is_empty() {
        append_to_config(config_path, &blocks)?;
    }
    writeln!(
        out,
        "{} {} of {} subscriptions to {}",
        if dry_run { "would add" } else { "added" },
        plan.added.len(),
        plan.added.len() + plan.skipped.len(),
        config_path.display()
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Appends TOML to the config file, keeping everything in it, only when the
/// result passes `tidings check`; written whole and renamed.
fn append_to_config(path: &Path, added: &str) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("unable to read {}", path.display()))?;
    let new = crate::suggest::append_block(&text, added)
        .map_err(|e| anyhow::anyhow!("not adding the source to {}: {e}", path.display()))?;
    Config::parse(&new, path).map_err(|e| {
        anyhow::anyhow!(
            "not adding the source to {}: the result would not pass `tidings check`:\n{e}",
            path.display()
        )
    })?;
    // Written whole and renamed, so a running service never reads half a file.
    let tmp = path.with_extension("toml.suggest-tmp");
    std::fs::write(&tmp, new).with_context(|| format!("unable to write {}", tmp.display()))?;
    if let Ok(meta) = std::fs::metadata(path) {
        let _ = std::fs::set_permissions(&tmp, meta.permissions());
    }
    std::fs::rename(&tmp, path).with_context(|| format!("unable to replace {}", path.display()))?;
    Ok(())
}
