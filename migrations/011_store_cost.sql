-- What every stored item cost and no query needed.
--
-- The full-text index merges its segments 16 at a time, not 4: each scrape
-- commits a small segment of its own, and merging them four by four was a
-- third of what storing a page cost (callgrind: `fts5IndexMerge` 1.5 G
-- instructions over 21,000 items, 0.4 G at 16). A search reads at most 16
-- segments a level instead of 4; it stays exact.
INSERT INTO items_fts (items_fts, rank) VALUES ('automerge', 16);

-- No query reads these (every query's plan: `items_by_source_time` and
-- `mentions_unique` serve them), and every insert wrote them.
DROP INDEX items_by_time;
DROP INDEX mentions_by_date;

-- Content hashes become SipHash-1-3 (`store::items::content_hash_of`): this
-- migration's hook (`items::rehash_contents`) makes every stored one again
-- from the columns it covers, so no stored item looks edited after the upgrade.
