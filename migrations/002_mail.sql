-- People who get mail, and what they asked for.
CREATE TABLE subscribers (
    id              INTEGER PRIMARY KEY,
    email           TEXT NOT NULL UNIQUE,     -- normalised: trimmed, domain lower-cased
    state           TEXT NOT NULL CHECK (state IN ('pending', 'confirmed', 'unsubscribed')),
    feeds           TEXT NOT NULL DEFAULT '[]', -- JSON list of source or [[feed]] ids; empty = everything
    mode            TEXT NOT NULL CHECK (mode IN ('immediate', 'daily', 'weekly')),
    reminders       INTEGER NOT NULL DEFAULT 1,
    lang            TEXT NOT NULL DEFAULT 'en' CHECK (lang IN ('en', 'fi', 'sv')),
    created         INTEGER NOT NULL,
    updated         INTEGER NOT NULL,
    confirmed_at    INTEGER,
    unsubscribed_at INTEGER,
    item_cursor     INTEGER NOT NULL DEFAULT 0, -- items with a larger id are new to this subscriber
    digest_slot     INTEGER,                  -- the digest slot (unix time) last handled
    confirm_sent_at INTEGER                   -- the last confirmation mail, for the once-an-hour limit
) STRICT;

-- Every mail, rendered when queued, so a resend is byte-for-byte the same message.
-- `key` says what the mail is about; UNIQUE makes queueing the same thing twice impossible.
CREATE TABLE outbox (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,       -- item:<sub>:<item> | digest:<mode>:<sub>:<slot> | reminder:<sub>:<item>:<date>:<days> | confirm:<sub>:<hour> | admin:...
    kind          TEXT NOT NULL,              -- item | digest | reminder | confirm | admin
    subscriber_id INTEGER REFERENCES subscribers (id),
    recipient     TEXT NOT NULL,
    message_id    TEXT NOT NULL,
    subject       TEXT NOT NULL,
    body_text     TEXT NOT NULL,
    body_html     TEXT NOT NULL,
    headers       TEXT NOT NULL DEFAULT '[]', -- JSON list of [name, value]
    state         TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'failed', 'cancelled')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT,
    next_attempt  INTEGER NOT NULL,
    created       INTEGER NOT NULL,
    sent_at       INTEGER
) STRICT;

CREATE INDEX outbox_due ON outbox (state, next_attempt, id);
