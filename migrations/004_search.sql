-- Full-text search over item titles and summaries (the web page's ?q=).
-- An external-content FTS5 index: the text lives in `items`, the index holds
-- only tokens, and the triggers below keep it in step with every insert,
-- edit and delete, so no code path has to remember to.
CREATE VIRTUAL TABLE items_fts USING fts5(
    title,
    summary,
    content = 'items',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Items stored before this migration.
INSERT INTO items_fts (items_fts) VALUES ('rebuild');

CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
    INSERT INTO items_fts (rowid, title, summary) VALUES (new.id, new.title, new.summary);
END;

CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
    INSERT INTO items_fts (items_fts, rowid, title, summary) VALUES ('delete', old.id, old.title, old.summary);
END;

CREATE TRIGGER items_fts_update AFTER UPDATE OF title, summary ON items BEGIN
    INSERT INTO items_fts (items_fts, rowid, title, summary) VALUES ('delete', old.id, old.title, old.summary);
    INSERT INTO items_fts (rowid, title, summary) VALUES (new.id, new.title, new.summary);
END;
