-- eventwire store, schema version 3: one event, many mentions; near-duplicate articles.
-- Source: written for eventwire (Apache-2.0), after the GDELT 2.0 Events + Mentions design.
-- Filled by eventwire.store.mentions.update_story_events() at the end of every ingest; the
-- rules (story key, date window, MinHash threshold, counts) are documented in that module and
-- in docs/exports.md.

-- The article this one is a near-duplicate (wire copy) of: the earliest-stored original, never
-- another copy. NULL for an original. Set once, when the article is first deduplicated.
ALTER TABLE articles ADD COLUMN duplicate_of VARCHAR;

-- One row per deduplicated article: its MinHash signature (datasketch, scheme affine32, seed 1,
-- 128 permutations: 128 little-endian uint32 = 512 bytes) and its Jaccard estimate against the
-- original when it is a copy. A row here means "already deduplicated".
CREATE TABLE article_signatures (
    article_id VARCHAR PRIMARY KEY,
    signature BLOB,
    similarity DOUBLE
);

-- The LSH band keys of each signature (20 bands of 6 values), to find candidate copies with one
-- join instead of reading every signature.
CREATE TABLE article_bands (
    band SMALLINT NOT NULL,
    bucket BIGINT NOT NULL,
    article_id VARCHAR NOT NULL
);

-- One row per story event: the same happening reported by one or more articles.
-- id is the GDELT-style GlobalEventID of the story's first (founding) mention.
CREATE TABLE story_events (
    id BIGINT PRIMARY KEY,
    type VARCHAR NOT NULL,
    actor_key VARCHAR,
    recipient_key VARCHAR,
    polarity VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    date DATE,
    article_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    mentions INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    originals INTEGER NOT NULL,
    outlets INTEGER NOT NULL,
    confidence DOUBLE NOT NULL,
    added TIMESTAMP NOT NULL
);

-- One row per stored event: which story event it mentions, and where.
CREATE TABLE event_mentions (
    article_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    story_id BIGINT NOT NULL,
    sentence_index INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    actor_offset INTEGER,
    recipient_offset INTEGER,
    confidence DOUBLE NOT NULL,
    PRIMARY KEY (article_id, event_id)
);
