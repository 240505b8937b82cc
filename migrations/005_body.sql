-- The text of an item's own page, for sources with follow = true: fetched once,
-- when the item is new, so its deadlines are read again whenever the item changes.
ALTER TABLE items ADD COLUMN body TEXT;
