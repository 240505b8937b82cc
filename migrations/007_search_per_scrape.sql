-- The full-text index is written by `Store::apply_scrape` in one statement per
-- scrape instead of by these triggers: FTS5 flushes its pending index at every
-- statement of a transaction it takes part in, and with a trigger per item
-- insert that flushing cost more than storing the items. Deletes keep their
-- trigger (nothing deletes items in bulk), so the index stays exact.
DROP TRIGGER items_fts_insert;
DROP TRIGGER items_fts_update;
