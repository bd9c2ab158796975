"""CSV and Parquet exports: the store's tables, flattened for analysis, written by DuckDB's COPY.

Both formats hold the same tables with the same columns (docs/exports.md lists them); they differ
in two ways. List columns (``context``, ``actor_codes``, ``warnings``, ``spans``…) are native lists
in Parquet and text in CSV (codes and names joined by ``;``, free text as a JSON array). The full
article ``text`` is in Parquet only: a CSV export is meant for spreadsheets, and its events carry
their evidence sentence.

Parquet events are partitioned Hive-style by the year and month (integers) of the event's date,
or the article's published date when the event has none:
``events/year=2022/month=2/data_0.parquet``; undated events are in
``year=__HIVE_DEFAULT_PARTITION__``.

The queries join to the selection tables of :mod:`eventwire.export.selection`; the only text
spliced into them is this module's own constants and the output path, quoted as a SQL literal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb

from eventwire.export.staging import ExportError

_ORDER_ARTICLES = "a.published NULLS LAST, a.id"


@dataclass(frozen=True)
class _Style:
    """How a list column is written: natively (Parquet) or as text (CSV)."""

    native: bool

    def codes(self, expression: str) -> str:
        """A list of codes or names: native, or joined by ``;``."""
        listed = f"coalesce({expression}, []::VARCHAR[])"
        return listed if self.native else f"array_to_string({listed}, ';')"

    def json(self, expression: str) -> str:
        """A list of free text or numbers: native, or as JSON text."""
        return expression if self.native else f"CAST(to_json({expression}) AS VARCHAR)"


def _articles(style: _Style) -> str:
    text = ",\n       a.text" if style.native else ""
    return f"""
SELECT a.id, a.title, a.outlet, a.url, a.published, a.language,
       length(a.text) AS text_length, a.coder_version, a.config_hash, a.doc_schema,
       a.run_id, a.ingested, {style.json("a.warnings")} AS warnings,
       (SELECT count(*) FROM events x WHERE x.article_id = a.id) AS event_count,
       (SELECT count(*) FROM quotes x WHERE x.article_id = a.id) AS quote_count,
       (SELECT count(*) FROM quantities x WHERE x.article_id = a.id) AS quantity_count,
       (SELECT count(*) FROM places x WHERE x.article_id = a.id) AS place_count{text}
FROM articles a JOIN export_articles s ON s.id = a.id
ORDER BY {_ORDER_ARTICLES}
"""


def _events(style: _Style, *, partitions: bool = False) -> str:
    partition_columns = (
        ",\n       year(coalesce(e.date, a.published)) AS year,"
        "\n       month(coalesce(e.date, a.published)) AS month"
        if partitions
        else ""
    )
    return f"""
WITH names AS (
    SELECT x.article_id, x.event_id, x.role,
           list(coalesce(x.name, x.text) ORDER BY x.position) AS names
    FROM actors x JOIN export_events s ON s.article_id = x.article_id AND s.id = x.event_id
    GROUP BY x.article_id, x.event_id, x.role
)
SELECT e.article_id, e.id AS event_id, e.position, a.published, e.date, e.date_text,
       e.date_basis, e.type, e.mode, {style.codes("e.context")} AS context,
       e.polarity, e.status,
       {style.codes("e.actor_codes")} AS actor_codes,
       {style.codes("an.names")} AS actor_names,
       {style.codes("e.recipient_codes")} AS recipient_codes,
       {style.codes("rn.names")} AS recipient_names,
       e.attributed_text, e.attributed_name, e.attributed_code, e.attributed_sector,
       e.attributed_role, e.attributed_start, e.attributed_end,
       e.location_text, e.location_name, e.location_geonameid, e.location_country,
       e.location_lat, e.location_lon, e.location_start, e.location_end,
       e.sentence, e.sentence_start, e.sentence_end, e.trigger, e.trigger_start, e.trigger_end,
       e.cameo, e.goldstein, e.plover_score, e.quad, e.confidence{partition_columns}
FROM events e
JOIN export_events s ON s.article_id = e.article_id AND s.id = e.id
JOIN articles a ON a.id = e.article_id
LEFT JOIN names an ON an.article_id = e.article_id AND an.event_id = e.id AND an.role = 'actor'
LEFT JOIN names rn
       ON rn.article_id = e.article_id AND rn.event_id = e.id AND rn.role = 'recipient'
ORDER BY a.published NULLS LAST, e.article_id, e.position
"""


def _actors(style: _Style) -> str:
    return """
SELECT x.article_id, x.event_id, x.role, x.position, x.text, x.name, x.code, x.sector,
       x.role_title, x.span_start, x.span_end
FROM actors x
JOIN export_events s ON s.article_id = x.article_id AND s.id = x.event_id
JOIN articles a ON a.id = x.article_id
JOIN events e ON e.article_id = x.article_id AND e.id = x.event_id
ORDER BY a.published NULLS LAST, x.article_id, e.position, x.role, x.position
"""


def _quotes(style: _Style) -> str:
    return f"""
SELECT q.article_id, q.n, q.speaker_text, q.speaker_name, q.speaker_code, q.speaker_sector,
       q.speaker_role, q.speaker_mention_start, q.speaker_mention_end, q.speaker_start,
       q.speaker_end, q.cue, q.text, q.kind, q.span_start, q.span_end
FROM quotes q JOIN export_articles s ON s.id = q.article_id JOIN articles a ON a.id = q.article_id
ORDER BY {_ORDER_ARTICLES}, q.n
"""


def _quantities(style: _Style) -> str:
    return f"""
SELECT q.article_id, q.n, q.value, q.unit, q.currency, q.approx, q.counts, q.text,
       q.span_start, q.span_end, q.event_id, q.high
FROM quantities q
JOIN export_articles s ON s.id = q.article_id JOIN articles a ON a.id = q.article_id
ORDER BY {_ORDER_ARTICLES}, q.n
"""


def _places(style: _Style) -> str:
    return f"""
SELECT p.article_id, p.n, p.text, p.name, p.geonameid, p.country, p.lat, p.lon,
       {style.json("p.spans")} AS spans
FROM places p JOIN export_articles s ON s.id = p.article_id JOIN articles a ON a.id = p.article_id
ORDER BY {_ORDER_ARTICLES}, p.n
"""


def _runs(style: _Style) -> str:
    return """
SELECT r.id, r.started, r.finished, r.coder_version, r.config_hash, r.config_json, r.command,
       r.articles_new, r.articles_skipped, r.failures
FROM runs r
WHERE r.id IN (SELECT a.run_id FROM articles a JOIN export_articles s ON s.id = a.id)
ORDER BY r.started, r.id
"""


_TABLES: dict[str, Callable[[_Style], str]] = {
    "articles": _articles,
    "events": _events,
    "actors": _actors,
    "quotes": _quotes,
    "quantities": _quantities,
    "places": _places,
    "runs": _runs,
}
TABLES: tuple[str, ...] = tuple(_TABLES)
"""The tables of a CSV or Parquet export, in the order they are written."""

_CSV_OPTIONS = "FORMAT csv, HEADER true, DELIMITER ',', QUOTE '\"', ESCAPE '\"', NULL ''"
_PARQUET_OPTIONS = "FORMAT parquet, COMPRESSION zstd"


def _literal(path: Path) -> str:
    """Quote a path as a SQL string literal (COPY takes no parameter for its target)."""
    return "'" + str(path).replace("'", "''") + "'"


def _copy(con: duckdb.DuckDBPyConnection, sql: str, target: Path, options: str) -> int:
    """Run one COPY and return the number of rows written."""
    try:
        row = con.execute(f"COPY ({sql}) TO {_literal(target)} ({options})").fetchone()
    except (duckdb.Error, OSError) as error:
        raise ExportError(f"cannot write {target.name}: {error}") from error
    return int(row[0]) if row is not None else 0


def write_csv(con: duckdb.DuckDBPyConnection, folder: Path) -> dict[str, int]:
    """Write one ``<table>.csv`` per table into ``folder``; return rows per file name."""
    style = _Style(native=False)
    return {
        f"{name}.csv": _copy(con, query(style), folder / f"{name}.csv", _CSV_OPTIONS)
        for name, query in _TABLES.items()
    }


def write_parquet(con: duckdb.DuckDBPyConnection, folder: Path, *, events: int) -> dict[str, int]:
    """Write one ``<table>.parquet`` per table and the partitioned ``events/`` folder.

    ``events`` is the number of selected events: with none, ``events/data_0.parquet`` holds the
    empty table so that ``read_parquet('events/**/*.parquet')`` still finds the columns.
    """
    style = _Style(native=True)
    written: dict[str, int] = {}
    for name, query in _TABLES.items():
        if name != "events":
            target = folder / f"{name}.parquet"
            written[target.name] = _copy(con, query(style), target, _PARQUET_OPTIONS)
        elif events:
            options = f"{_PARQUET_OPTIONS}, PARTITION_BY (year, month)"
            sql = _events(style, partitions=True)
            written["events/"] = _copy(con, sql, folder / "events", options)
        else:
            (folder / "events").mkdir()
            target = folder / "events" / "data_0.parquet"
            written["events/"] = _copy(con, _events(style), target, _PARQUET_OPTIONS)
    return written
