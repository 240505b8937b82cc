-- Sources as the store knows them: fetch validators, baseline and health.
-- A row appears on the first scrape attempt; config stays the source of truth for what exists.
CREATE TABLE sources (
    id                   TEXT PRIMARY KEY,
    fingerprint          TEXT,            -- hash of the source's config when the validators were saved
    etag                 TEXT,
    last_modified        TEXT,
    baseline_at          INTEGER,         -- unix time of the first successful scrape (promise 2)
    last_attempt         INTEGER,
    last_success         INTEGER,
    last_error           TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    last_item_count      INTEGER,         -- items seen on the last good scrape
    usual_item_count     INTEGER          -- smoothed item count, to notice a selector that suddenly matches far fewer
) STRICT;

-- Every item ever seen, once per (source, identity).
CREATE TABLE items (
    id           INTEGER PRIMARY KEY,
    source_id    TEXT NOT NULL,
    identity     TEXT NOT NULL,           -- feed guid, else canonical link, else hash of title+date
    uid          TEXT NOT NULL UNIQUE,    -- public id in feeds: never changes across runs or edits
    title        TEXT NOT NULL,
    link         TEXT NOT NULL,
    summary      TEXT,                    -- sanitized HTML
    published    INTEGER,                 -- unix time from the page or feed; NULL when unknown
    first_seen   INTEGER NOT NULL,
    last_seen    INTEGER NOT NULL,
    updated      INTEGER NOT NULL,        -- first_seen, or when title/summary/link last changed
    sort_time    INTEGER NOT NULL,        -- published, else first_seen: newest first in feeds
    content_hash TEXT NOT NULL,
    baseline     INTEGER NOT NULL DEFAULT 0, -- 1 when found by the source's first scrape: never mailed as new
    UNIQUE (source_id, identity)
) STRICT;

CREATE INDEX items_by_source_time ON items (source_id, sort_time DESC, id DESC);
CREATE INDEX items_by_time ON items (sort_time DESC, id DESC);

-- Deadlines and events read out of an item's text; replaced whenever the text changes.
CREATE TABLE mentions (
    item_id  INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    kind     TEXT NOT NULL CHECK (kind IN ('deadline', 'event')),
    date     TEXT NOT NULL,               -- YYYY-MM-DD
    end_date TEXT,                        -- last day of a multi-day event; NULL for one day
    text     TEXT NOT NULL
) STRICT;

-- One row per (item, kind, date, end); NULL ends compare equal here.
CREATE UNIQUE INDEX mentions_unique ON mentions (item_id, kind, date, coalesce(end_date, ''));
CREATE INDEX mentions_by_date ON mentions (date);

-- Small key/value facts the service keeps about itself (the link-signing secret, ...).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
