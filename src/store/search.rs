//! Full-text search over items: a visitor's words as an FTS5 query, one
//! page of what matches, and the index kept over titles and plain text.
//!
//! Owns: the `items_fts` index. It holds the title and the plain text made
//! at extraction, never the summary's markup, so `href` finds nothing. It
//! is written by `apply_scrape` in one statement per scrape (see
//! `migrations/007_search_per_scrape.sql`).

use rusqlite::params;

use super::items::row_to_item;
use super::{Result, Store, StoredItem};

impl Store {
    /// One page of the newest items of `sources` (all of them when `query`
    /// is `None`, else those whose title or plain text matches it: see
    /// [`search_terms`]), and how many match in all.
    pub fn items_page(
        &self,
        sources: &[String],
        query: Option<&str>,
        offset: usize,
        limit: usize,
    ) -> Result<(Vec<StoredItem>, usize)> {
        let terms = query.and_then(search_terms);
        if sources.is_empty() || (query.is_some() && terms.is_none()) {
            return Ok((Vec::new(), 0));
        }
        let json = serde_json::to_string(sources).unwrap_or_else(|_| "[]".into());
        let filter = "source_id IN (SELECT value FROM json_each(?1))
               AND (?2 IS NULL OR id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?2))";
        let total: i64 = self
            .conn
            .prepare_cached(&format!("SELECT count(*) FROM items WHERE {filter}"))?
            .query_row(params![json, terms], |r| r.get(0))?;
        // Page through (sort_time, id) alone, which the index covers, and
        // read whole rows only for the page: a deep page stays cheap.
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT id, source_id, uid, title, link, summary, published, first_seen, updated, baseline, text
             FROM items WHERE id IN (
                 SELECT id FROM items WHERE {filter}
                 ORDER BY sort_time DESC, id DESC
                 LIMIT ?3 OFFSET ?4)
             ORDER BY sort_time DESC, id DESC"
        ))?;
        let rows = stmt.query_map(
            params![json, terms, limit as i64, offset as i64],
            row_to_item,
        )?;
        let mut items = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        self.attach_mentions(&mut items)?;
        Ok((items, usize::try_from(total).unwrap_or(0)))
    }

    /// Gives items stored before plain text was kept (migration 008) their
    /// text, once, and indexes it in place of their markup.
    pub(super) fn fill_missing_text(&mut self) -> Result<()> {
        // Once per database: afterwards every item is stored with its text.
        if self.meta("text_filled")?.is_some() {
            return Ok(());
        }
        let tx = self.conn.transaction()?;
        let rows: Vec<(i64, String)> = tx
            .prepare("SELECT id, summary FROM items WHERE text IS NULL AND summary IS NOT NULL")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        {
            let mut unindex = tx.prepare(
                "INSERT INTO items_fts (items_fts, rowid, title, text)
                 SELECT 'delete', id, title, text FROM items WHERE id = ?1",
            )?;
            let mut set = tx.prepare("UPDATE items SET text = ?2 WHERE id = ?1")?;
            let mut index = tx.prepare(
                "INSERT INTO items_fts (rowid, title, text) SELECT id, title, text FROM items WHERE id = ?1",
            )?;
            for (id, summary) in &rows {
                unindex.execute([id])?;
                set.execute(params![id, crate::extract::text_of_html(summary)])?;
                index.execute([id])?;
            }
        }
        tx.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('text_filled', ?1)",
            [rows.len().to_string()],
        )?;
        tx.commit()?;
        if !rows.is_empty() {
            tracing::info!(
                items = rows.len(),
                "kept the plain text of items stored before"
            );
        }
        Ok(())
    }
}

/// A visitor's search words as an FTS5 query: every word must occur, each
/// also as the start of a longer word ("deadl" finds "deadline"); FTS5
/// syntax typed by the visitor is taken literally. `None` when no word is left.
pub fn search_terms(query: &str) -> Option<String> {
    let terms: Vec<String> = query
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .take(16)
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Item;

    use crate::store::fixtures::{fresh_store, item, scraped, t};

    #[test]
    fn search_finds_words_and_prefixes_and_follows_edits() {
        let (_dir, mut store) = fresh_store();
        let mut a = item("a", "Webinar on the Integration Act");
        a.summary = Some("<p>Registration is <b>open</b>.</p>".into());
        a.text = Some("Registration is open.".into());
        scraped(&mut store, &[a, item("b", "Funding call")], t(0));
        let s = vec!["s".to_string()];
        let find = |store: &Store, q: &str| {
            let (items, total) = store
                .items_page(&s, Some(q), 0, 10)
                .unwrap_or_else(|e| panic!("{q}: {e}"));
            assert_eq!(items.len(), total, "{q}");
            items.into_iter().map(|i| i.title).collect::<Vec<_>>()
        };
        assert_eq!(find(&store, "webin"), ["Webinar on the Integration Act"]);
        assert_eq!(
            find(&store, "registration OPEN"),
            ["Webinar on the Integration Act"]
        );
        assert!(find(&store, "\"unbalanced AND (").is_empty());
        assert!(find(&store, "*").is_empty());
        scraped(&mut store, &[item("b", "Funding call for webinars")], t(60));
        assert_eq!(find(&store, "webinar").len(), 2, "an edit is searchable");
        let (all, total) = store
            .items_page(&s, None, 1, 1)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((all.len(), total), (1, 2));
    }

    #[test]
    fn the_search_index_written_once_per_scrape_matches_the_items_exactly() {
        let (_dir, mut store) = fresh_store();
        let page: Vec<Item> = (0..30)
            .map(|n| item(&format!("i{n}"), &format!("Webinar number {n}")))
            .collect();
        scraped(&mut store, &page, t(0));
        let mut edited = page.clone();
        edited[3].title = "Funding call".into();
        edited.push(item("new", "Consultation"));
        scraped(&mut store, &edited, t(60));
        // FTS5 compares an external-content index with its table, token by token.
        store
            .check_search_index()
            .unwrap_or_else(|e| panic!("the index differs from the items: {e}"));
        let s = vec!["s".to_string()];
        let count = |q: &str| {
            store
                .items_page(&s, Some(q), 0, 100)
                .unwrap_or_else(|e| panic!("{e}"))
                .1
        };
        assert_eq!(
            count("webinar"),
            29,
            "the edited item left under its old words"
        );
        assert_eq!((count("funding"), count("consultation")), (1, 1));
    }

    #[test]
    fn search_finds_the_words_a_reader_sees_and_never_markup() {
        let (_dir, mut store) = fresh_store();
        let mut a = item("a", "Funding call");
        a.summary = Some(
            "<p>Apply <a href=\"https://example.org/form\" rel=\"nofollow noopener\">here</a>.</p>"
                .into(),
        );
        a.text = Some("Apply here.".into());
        scraped(&mut store, &[a], t(0));
        let s = vec!["s".to_string()];
        let count = |store: &Store, q: &str| {
            store
                .items_page(&s, Some(q), 0, 10)
                .unwrap_or_else(|e| panic!("{e}"))
                .1
        };
        assert_eq!(count(&store, "apply here"), 1);
        for markup in ["nofollow", "href", "noopener", "rel", "https"] {
            assert_eq!(count(&store, markup), 0, "{markup} is markup, not text");
        }
        store
            .check_search_index()
            .unwrap_or_else(|e| panic!("the index differs from the items: {e}"));
    }

    #[test]
    fn items_stored_before_plain_text_was_kept_get_it_once_and_are_searchable_by_it() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("t.db");
        {
            let mut store = Store::open(&path).unwrap_or_else(|e| panic!("{e}"));
            let mut a = item("a", "Webinar");
            a.summary = Some("<p>Sign up <b>today</b> <a href=\"/x\">via the form</a></p>".into());
            scraped(&mut store, &[a], t(0));
            // As a database written before migration 008 left it.
            store
                .conn
                .execute_batch(
                    "INSERT INTO items_fts (items_fts, rowid, title, text)
                         SELECT 'delete', id, title, text FROM items;
                     UPDATE items SET text = NULL;
                     INSERT INTO items_fts (rowid, title, text) SELECT id, title, text FROM items;
                     DELETE FROM meta WHERE key = 'text_filled';",
                )
                .unwrap_or_else(|e| panic!("{e}"));
        }
        let store = Store::open(&path).unwrap_or_else(|e| panic!("{e}"));
        let items = store
            .latest_items(&["s".into()], 10)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(items[0].text.as_deref(), Some("Sign up today via the form"));
        let s = vec!["s".to_string()];
        let count = |q: &str| {
            store
                .items_page(&s, Some(q), 0, 10)
                .unwrap_or_else(|e| panic!("{e}"))
                .1
        };
        assert_eq!((count("today form"), count("href")), (1, 0));
        store
            .check_search_index()
            .unwrap_or_else(|e| panic!("the index differs from the items: {e}"));
    }
}
