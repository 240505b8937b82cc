-- What kind of trouble a source is in, and what the admin was last told.
-- error_kind: 'fetch' (the site did not answer well: unhealthy after several in a row)
--          or 'content' (the page answered but the items are gone or far fewer: unhealthy at once).
ALTER TABLE sources ADD COLUMN error_kind TEXT;
ALTER TABLE sources ADD COLUMN admin_told TEXT;   -- 'unhealthy' after a "source broke" mail, else NULL
