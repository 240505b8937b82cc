-- What a scrape can skip. `sources.body_hash`: a hash of the body of the last
-- page stored whole, so a server that sends no validators but the same bytes
-- costs what a 304 does (no parse). `items.raw_hash`: a hash of the markup an
-- item was read from, so an item seen again exactly as it was is recognised
-- before its text, summary and dates are read again.
ALTER TABLE sources ADD COLUMN body_hash TEXT;
ALTER TABLE items ADD COLUMN raw_hash INTEGER;
