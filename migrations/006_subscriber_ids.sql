-- A subscriber's links (unsubscribe and manage, good for a year) name their id.
-- SQLite hands out the largest rowid again once its row is deleted, so a
-- newcomer could inherit a removed subscriber's id, and with it the power of
-- the removed one's old links over the newcomer (their address shown on
-- /manage, their preferences changed). Ids are never reused: the largest one
-- ever removed is kept, and a new row that would get it or less is moved past it.
CREATE TRIGGER subscribers_id_retired AFTER DELETE ON subscribers BEGIN
    INSERT OR REPLACE INTO meta (key, value)
    SELECT 'subscriber_id_retired',
           CAST(max(old.id, coalesce((SELECT CAST(value AS INTEGER) FROM meta
                                      WHERE key = 'subscriber_id_retired'), 0)) AS TEXT);
END;

CREATE TRIGGER subscribers_id_fresh AFTER INSERT ON subscribers
WHEN new.id <= coalesce((SELECT CAST(value AS INTEGER) FROM meta
                         WHERE key = 'subscriber_id_retired'), 0)
BEGIN
    UPDATE subscribers
    SET id = (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'subscriber_id_retired') + 1
    WHERE id = new.id;
END;
