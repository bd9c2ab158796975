"""Near-duplicate articles (wire copies): MinHash signatures over word shingles, LSH bands.

The rule, exactly:

* **Shingles**: the article's cleaned ``text`` is lower-cased and split into words (``\\w+``);
  every run of ``SHINGLE`` = 3 consecutive words is a shingle (a text of 1–2 words is one
  shingle). A text without words gets no signature and is never a copy nor an original.
* **Signature**: a datasketch MinHash of the shingles, ``NUM_PERM`` = 128 permutations, scheme
  ``affine32``, seed 1 (so signatures computed in separate runs are comparable).
* **Candidates**: articles sharing at least one of ``BANDS`` = 20 LSH band keys (each a hash of
  ``ROWS`` = 6 consecutive signature values). At Jaccard 0.8 a pair is a candidate with
  probability 1 − (1 − 0.8⁶)²⁰ ≈ 0.998; at 0.5 about 0.27; at 0.3 about 0.015.
* **Match**: a candidate whose estimated Jaccard similarity with the article is
  ≥ ``THRESHOLD`` = 0.8.
* **Marking**: articles are deduplicated in the order they were stored (``ingested``, then
  insertion order within a batch). An article with matches gets ``articles.duplicate_of`` = the
  earliest-stored *original* among them (a match that is itself a copy stands for its original,
  so copies of copies point to the first article, never to another copy). Nothing is deleted;
  a mark is set once and never changed.

Persistence and cost: each deduplicated article keeps a row in ``article_signatures`` (its
512-byte signature and its similarity to its original) and 20 rows in ``article_bands``. A later
ingest reads only the new articles' texts; it finds candidates with one hash join of the new band
keys against ``article_bands`` (linear in stored articles × 20, vectorised in DuckDB) and reads the
signatures of the candidates only. Hashing costs about one SHA-1 per shingle plus 128 affine
permutations per shingle, a few milliseconds for an 800-word article.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import duckdb

if TYPE_CHECKING:
    from datasketch import MinHash

SHINGLE = 3
NUM_PERM = 128
SEED = 1
SCHEME = "affine32"
BANDS = 20
ROWS = 6
THRESHOLD = 0.8
CHUNK = 500  # articles deduplicated per transaction

_WORD = re.compile(r"\w+")

_PENDING_SQL = """
SELECT a.id, a.text, a.ingested, a.rowid AS row
FROM articles a
WHERE NOT EXISTS (SELECT 1 FROM article_signatures s WHERE s.article_id = a.id)
ORDER BY a.ingested, a.rowid
LIMIT ?
"""

_CANDIDATES_SQL = """
SELECT DISTINCT n.article_id AS new_id, b.article_id AS old_id
FROM (SELECT unnest(?::SMALLINT[]) AS band, unnest(?::BIGINT[]) AS bucket,
             unnest(?::VARCHAR[]) AS article_id) n
JOIN article_bands b ON b.band = n.band AND b.bucket = n.bucket
"""

# A stored candidate: its signature, its original (itself unless it is a copy) and the order
# in which that original was stored.
_STORED_SQL = """
SELECT s.article_id, s.signature, r.id AS root, r.ingested, r.rowid AS row
FROM article_signatures s
JOIN articles a ON a.id = s.article_id
JOIN articles r ON r.id = coalesce(a.duplicate_of, a.id)
WHERE s.article_id IN (SELECT unnest(?::VARCHAR[]))
"""

Order = tuple[datetime, int]


@dataclass(frozen=True)
class DedupResult:
    """What one deduplication pass did.

    Attributes:
        articles: articles deduplicated (given a signature row) in this pass.
        copies: of those, articles marked as near-duplicates of an earlier original.
    """

    articles: int = 0
    copies: int = 0


@dataclass
class _Known:
    """A signed article that a new article may be a copy of."""

    minhash: MinHash
    root: str
    order: Order


def shingles(text: str) -> set[bytes]:
    """Return the word shingles of a text, as UTF-8 bytes for hashing."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> MinHash | None:
    """Return the MinHash of a text's shingles, or None for a text without words."""
    from datasketch import MinHash

    found = shingles(text)
    if not found:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    minhash.update_batch(sorted(found))
    return minhash


def band_keys(minhash: MinHash) -> list[int]:
    """Return the ``BANDS`` LSH keys of a signature (signed 64-bit hashes of its bands)."""
    values = minhash.hashvalues
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=b"eventwire-lsh").digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def _load(blob: bytes) -> MinHash:
    """Rebuild a stored signature."""
    import numpy as np
    from datasketch import MinHash

    values = np.frombuffer(blob, dtype="<u4")
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=values)


def deduplicate(con: duckdb.DuckDBPyConnection) -> DedupResult:
    """Sign and mark every article not yet deduplicated, oldest first, in chunks.

    Each chunk is one transaction, so an interrupted pass leaves whole chunks done and the next
    pass goes on from there; a pass with nothing new changes nothing.
    """
    total = DedupResult()
    while True:
        pending = con.execute(_PENDING_SQL, [CHUNK]).fetchall()
        if not pending:
            return total
        con.begin()
        try:
            done = _chunk(con, pending)
            con.commit()
        except BaseException:
            con.rollback()
            raise
        total = DedupResult(total.articles + done.articles, total.copies + done.copies)


def _chunk(con: duckdb.DuckDBPyConnection, pending: Sequence[tuple[Any, ...]]) -> DedupResult:
    """Deduplicate one chunk of (id, text, ingested, rowid) rows; the caller commits."""
    signed: list[tuple[str, MinHash | None, list[int], Order]] = []
    for article_id, text, ingested, row in pending:
        minhash = signature(str(text))
        keys = band_keys(minhash) if minhash is not None else []
        signed.append((str(article_id), minhash, keys, (ingested, int(row))))
    stored = _stored_candidates(con, signed)
    in_batch: dict[tuple[int, int], list[str]] = {}
    known: dict[str, _Known] = {}
    marks: list[tuple[str, str]] = []
    rows: list[tuple[str, bytes | None, float | None]] = []
    bands: list[tuple[int, int, str]] = []
    for article_id, minhash, keys, order in signed:
        if minhash is None:
            rows.append((article_id, None, None))
            continue
        earlier = {c for band, key in enumerate(keys) for c in in_batch.get((band, key), [])}
        candidates = [*stored.get(article_id, {}).values(), *(known[c] for c in sorted(earlier))]
        root, root_order, similarity_to_root = article_id, order, None
        for candidate in candidates:
            similarity = float(minhash.jaccard(candidate.minhash))
            if similarity < THRESHOLD:
                continue
            better = (candidate.order, -similarity) < (root_order, -(similarity_to_root or 0.0))
            if root == article_id or better:
                root, root_order, similarity_to_root = candidate.root, candidate.order, similarity
        if root != article_id:
            marks.append((article_id, root))
        known[article_id] = _Known(minhash, root, root_order)
        for band, key in enumerate(keys):
            in_batch.setdefault((band, key), []).append(article_id)
            bands.append((band, key, article_id))
        blob = minhash.hashvalues.astype("<u4").tobytes()
        rows.append((article_id, blob, similarity_to_root))
    _write(con, rows, bands, marks)
    return DedupResult(len(signed), len(marks))


def _stored_candidates(
    con: duckdb.DuckDBPyConnection, signed: Sequence[tuple[str, MinHash | None, list[int], Order]]
) -> dict[str, dict[str, _Known]]:
    """Return, per new article, the already-signed articles sharing a band key with it."""
    band_list, key_list, id_list = [], [], []
    for article_id, _, keys, _ in signed:
        for band, key in enumerate(keys):
            band_list.append(band)
            key_list.append(key)
            id_list.append(article_id)
    if not id_list:
        return {}
    pairs = con.execute(_CANDIDATES_SQL, [band_list, key_list, id_list]).fetchall()
    old_ids = sorted({str(old) for _, old in pairs})
    if not old_ids:
        return {}
    loaded = {
        str(old): _Known(_load(blob), str(root), (ingested, int(row)))
        for old, blob, root, ingested, row in con.execute(_STORED_SQL, [old_ids]).fetchall()
        if blob is not None
    }
    found: dict[str, dict[str, _Known]] = {}
    for new, old in pairs:
        if str(old) in loaded:
            found.setdefault(str(new), {})[str(old)] = loaded[str(old)]
    return found


def _write(
    con: duckdb.DuckDBPyConnection,
    rows: list[tuple[str, bytes | None, float | None]],
    bands: list[tuple[int, int, str]],
    marks: list[tuple[str, str]],
) -> None:
    """Store the signatures, band keys and duplicate marks of one chunk."""
    con.execute(
        "INSERT INTO article_signatures (article_id, signature, similarity)"
        " SELECT unnest(?::VARCHAR[]), unnest(?::BLOB[]), unnest(?::DOUBLE[])",
        [[r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]],
    )
    if bands:
        con.execute(
            "INSERT INTO article_bands (band, bucket, article_id)"
            " SELECT unnest(?::SMALLINT[]), unnest(?::BIGINT[]), unnest(?::VARCHAR[])",
            [[b[0] for b in bands], [b[1] for b in bands], [b[2] for b in bands]],
        )
    if marks:
        con.execute(
            "UPDATE articles SET duplicate_of = m.original"
            " FROM (SELECT unnest(?::VARCHAR[]) AS id, unnest(?::VARCHAR[]) AS original) m"
            " WHERE articles.id = m.id",
            [[m[0] for m in marks], [m[1] for m in marks]],
        )
