-- newsgraph knowledge base, schema 1. Every span is [start, end) into articles.text.

CREATE TABLE articles (
    id          TEXT PRIMARY KEY,          -- content hash of text
    sha256      TEXT NOT NULL,
    source      TEXT NOT NULL,             -- path, URL or record id it was first read from
    url         TEXT,
    outlet      TEXT,
    title       TEXT,
    author      TEXT,
    published   TEXT,                      -- YYYY-MM-DD
    language    TEXT,
    text        TEXT NOT NULL,
    analysis    TEXT NOT NULL,             -- the newsgraph.analysis/1 record without the text
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet ON articles (outlet);

-- Every place an article's exact text was read from (wire copies, re-crawls).
CREATE TABLE article_sources (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    source     TEXT NOT NULL,
    url        TEXT,
    outlet     TEXT,
    published  TEXT,
    seen_at    TEXT NOT NULL,
    PRIMARY KEY (article_id, source)
);

CREATE TABLE rejected (
    id      INTEGER PRIMARY KEY,
    source  TEXT NOT NULL,
    stage   TEXT NOT NULL,
    code    TEXT NOT NULL,
    label   TEXT NOT NULL,
    reason  TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    UNIQUE (source, stage, code)
);
CREATE INDEX rejected_code ON rejected (code);

CREATE TABLE zones (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL
);
CREATE INDEX zones_article ON zones (article_id);

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    actor_code TEXT,
    country    TEXT,
    sector     TEXT,
    kb_id      TEXT,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_name ON entities (name, type);
CREATE INDEX entities_actor ON entities (actor_code);
CREATE INDEX entities_kb ON entities (kb_id);

CREATE TABLE mentions (
    article_id TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    FOREIGN KEY (article_id, entity_id) REFERENCES entities (article_id, entity_id) ON DELETE CASCADE
);
CREATE INDEX mentions_entity ON mentions (article_id, entity_id);

CREATE TABLE quotes (
    article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    quote_id      TEXT NOT NULL,
    kind          TEXT NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    speaker       TEXT,                    -- entity_id
    speaker_start INTEGER,
    speaker_end   INTEGER,
    cue           TEXT,
    cue_start     INTEGER,
    cue_end       INTEGER,
    channel       TEXT,                    -- entity_id
    repeat_of     TEXT,
    PRIMARY KEY (article_id, quote_id)
);
CREATE INDEX quotes_speaker ON quotes (article_id, speaker);

CREATE TABLE events (
    article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_id       TEXT NOT NULL,
    type           TEXT NOT NULL,
    mode           TEXT,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    date_value     TEXT,
    date_precision TEXT,
    place          TEXT,
    attributed_to  TEXT,
    aux            TEXT,
    cameo          TEXT,
    quad           INTEGER,
    score          REAL,
    confidence     REAL,
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_date ON events (date_value);

-- Who did what to whom: one row per actor or recipient of an event (the dyad index).
CREATE TABLE event_participants (
    article_id TEXT NOT NULL,
    event_id   TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
    FOREIGN KEY (article_id, event_id) REFERENCES events (article_id, event_id) ON DELETE CASCADE
);
CREATE INDEX event_participants_entity ON event_participants (article_id, entity_id, role);

CREATE TABLE times (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    type       TEXT NOT NULL,
    value      TEXT
);
CREATE INDEX times_value ON times (value);

CREATE TABLE places (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    place_id    TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    name        TEXT NOT NULL,
    country     TEXT,
    lat         REAL,
    lon         REAL,
    geonames_id INTEGER,
    feature     TEXT,
    PRIMARY KEY (article_id, place_id)
);
CREATE INDEX places_country ON places (country);
