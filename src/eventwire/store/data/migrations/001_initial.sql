-- eventwire store, schema version 1: the tables one coded document is written into.
-- Source: written for eventwire from the eventwire.document/1 contract (schema.py).
-- Licence: Apache-2.0, as the rest of eventwire.
--
-- Spans are [start, end) character offsets into articles.text, stored as span_start/span_end
-- (the names avoid the SQL keyword END). Timestamps are UTC. Child rows are keyed by
-- (article_id, position) and are never updated: an article is written once, whole.

CREATE TABLE runs (
    id VARCHAR PRIMARY KEY,
    started TIMESTAMP NOT NULL,
    finished TIMESTAMP,
    coder_version VARCHAR NOT NULL,
    config_hash VARCHAR NOT NULL,
    config_json VARCHAR NOT NULL,
    command VARCHAR NOT NULL,
    articles_new INTEGER,
    articles_skipped INTEGER,
    failures INTEGER
);

CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    title VARCHAR,
    outlet VARCHAR,
    url VARCHAR,
    published DATE,
    language VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    run_id VARCHAR NOT NULL,
    coder_version VARCHAR NOT NULL,
    config_hash VARCHAR NOT NULL,
    doc_schema VARCHAR NOT NULL,
    warnings VARCHAR[] NOT NULL,
    ingested TIMESTAMP NOT NULL
);

CREATE TABLE events (
    article_id VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    type VARCHAR NOT NULL,
    mode VARCHAR,
    context VARCHAR[] NOT NULL,
    polarity VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    attributed_text VARCHAR,
    attributed_name VARCHAR,
    attributed_code VARCHAR,
    attributed_sector VARCHAR,
    attributed_role VARCHAR,
    attributed_start INTEGER,
    attributed_end INTEGER,
    date DATE,
    date_text VARCHAR,
    location_text VARCHAR,
    location_name VARCHAR,
    location_geonameid BIGINT,
    location_country VARCHAR,
    location_lat DOUBLE,
    location_lon DOUBLE,
    location_start INTEGER,
    location_end INTEGER,
    sentence VARCHAR NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    trigger VARCHAR NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    cameo VARCHAR,
    goldstein DOUBLE,
    plover_score DOUBLE,
    quad INTEGER,
    confidence DOUBLE NOT NULL,
    -- Convenience copies of the actors table for filtering: the distinct non-null codes in
    -- mention order, and the first of them.
    actor_codes VARCHAR[] NOT NULL,
    recipient_codes VARCHAR[] NOT NULL,
    actor_code VARCHAR,
    recipient_code VARCHAR,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE actors (
    article_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    role VARCHAR NOT NULL CHECK (role IN ('actor', 'recipient')),
    position INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    name VARCHAR,
    code VARCHAR,
    sector VARCHAR,
    role_title VARCHAR,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    PRIMARY KEY (article_id, event_id, role, position)
);

CREATE TABLE quotes (
    article_id VARCHAR NOT NULL,
    n INTEGER NOT NULL,
    speaker_text VARCHAR,
    speaker_name VARCHAR,
    speaker_code VARCHAR,
    speaker_sector VARCHAR,
    speaker_role VARCHAR,
    -- speaker_mention_*: the speaker ActorMention's own span; speaker_*: the quote's speaker_span.
    speaker_mention_start INTEGER,
    speaker_mention_end INTEGER,
    speaker_start INTEGER,
    speaker_end INTEGER,
    cue VARCHAR,
    text VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    PRIMARY KEY (article_id, n)
);

CREATE TABLE quantities (
    article_id VARCHAR NOT NULL,
    n INTEGER NOT NULL,
    value DOUBLE NOT NULL,
    unit VARCHAR NOT NULL,
    currency VARCHAR,
    approx VARCHAR,
    counts VARCHAR,
    text VARCHAR NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    PRIMARY KEY (article_id, n)
);

CREATE TABLE places (
    article_id VARCHAR NOT NULL,
    n INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    geonameid BIGINT,
    country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    spans INTEGER[][] NOT NULL,
    PRIMARY KEY (article_id, n)
);
