-- The plain text of an item's summary, made once at extraction and kept
-- beside the sanitized HTML: deadlines are read from it, excerpts show it,
-- and the full-text index holds it instead of the markup (so `href` or
-- `nofollow` find nothing). Rows stored before are given their text when the
-- store opens (`Store::fill_missing_text`), which also indexes it.
ALTER TABLE items ADD COLUMN text TEXT;

DROP TRIGGER items_fts_delete;
DROP TABLE items_fts;

CREATE VIRTUAL TABLE items_fts USING fts5(
    title,
    text,
    content = 'items',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Titles at once; texts as `fill_missing_text` writes them.
INSERT INTO items_fts (items_fts) VALUES ('rebuild');

CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
    INSERT INTO items_fts (items_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
