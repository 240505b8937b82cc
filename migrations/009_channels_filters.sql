-- Filters (issue 15): what a subscriber wants to hear about, as JSON
-- (`filter::Filter`: only_dated, any, none); '{}' lets everything through.
ALTER TABLE subscribers ADD COLUMN filter TEXT NOT NULL DEFAULT '{}';

-- Channels (issue 15): chat rooms and webhooks from `[[channel]]` in the
-- config. A channel's message is an outbox row beside mail, with the same
-- UNIQUE key rule, claims and retries; `channel` names it (NULL for mail),
-- `recipient` holds the channel id too, `body_text` the exact request body.
ALTER TABLE outbox ADD COLUMN channel TEXT;
CREATE INDEX outbox_channel_due ON outbox (channel, state, next_attempt, id);

-- Where each configured channel is: like a subscriber's cursor and digest
-- slot, so joining never floods and a restart never repeats. A channel gone
-- from the config loses its row (and its queued messages); added again, it
-- starts afresh.
CREATE TABLE channels (
    id          TEXT PRIMARY KEY,
    mode        TEXT NOT NULL CHECK (mode IN ('immediate', 'daily', 'weekly')),
    item_cursor INTEGER NOT NULL,
    digest_slot INTEGER,
    created     INTEGER NOT NULL
) STRICT;
