"""Dyad time series, an escalation index and alerts, computed in DuckDB from stored events.

What is counted: **story events**, not mentions (:mod:`eventwire.store.mentions`). The same
happening reported by several articles, or by wire copies of one article, is one story event and
counts once, however many mentions it has; a story event is described by its founding mention
(type, codes, quad class, Goldstein and PLOVER scores, sentence), dated by the story's date (its
founding mention's date, else that article's publication date) and weighted by the highest
confidence among its mentions. An event not yet assigned to a story (a database written without
``eventwire ingest``) counts as a story event of its own.

Which story events count: asserted ones whose status is ``actual`` (negated, future, hypothetical
and historical events are stored but are not things that happened in the period). A story event
belongs to every (actor, recipient) pair of codes it holds; a reciprocal one (several actors,
no recipient) to every pair of its actors. Dyads are unordered: ``RUS-UKR`` collects events in
both directions, and the series say how many went each way (``a_to_b``, ``b_to_a``).

Per dyad and period (day, ISO week starting Monday, or month):

* ``events``; counts by quad class ``q1`` verbal cooperation … ``q4`` material conflict;
* ``goldstein_sum``, ``goldstein_mean``, ``plover_sum``;
* ``escalation``: the confidence-weighted mean of −Goldstein, in [−10, 10]; above 0 the
  period's events are on balance conflictual, below 0 cooperative:
  ``escalation = −Σ(goldstein_i × confidence_i) / Σ confidence_i``.

Alerts: a dyad's period is flagged when its conflict count (q3 + q4 story events) is at least
``threshold`` (default 2.0) standard deviations *above* the dyad's own baseline — the mean of the
``window`` periods before it (default 7; periods without events count as 0; the timeline starts
at the dyad's first event) — with the deviation floored at 1 event so a quiet dyad's first clash
is measured against ±1: ``score = (count − mean) / max(1, sd) ≥ threshold``, and the count is at
least ``min_events`` (default 3). A dyad needs three periods of history (or ``window``, if
smaller) before it can raise an alert. The same test on cooperation (q1 + q2) flags
de-escalation. Each alert lists the story events that drove it (its conflict or cooperation
story events in the period, most severe first), each with its founding sentence, its counts
(``mentions``, ``articles``, ``originals``, ``outlets``) and ``mention_ids``
(``article_id:event_id`` of every mention).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import duckdb

from eventwire.errors import StoreError
from eventwire.store.stories import STORY_UNITS_SQL

FREQUENCIES = {"day": "day", "week": "week", "month": "month"}
MIN_BASELINE = 3  # periods of history a dyad needs before it can raise an alert

_PAIRS_SQL = f"""
WITH counted AS (
    SELECT u.* FROM ({STORY_UNITS_SQL}) u
    WHERE u.polarity = 'asserted' AND u.status = 'actual'
),
directed AS (
    SELECT c.*, x.code AS source, y.code AS target
    FROM counted c, unnest(c.actor_codes) AS x(code), unnest(c.recipient_codes) AS y(code)
    WHERE x.code <> y.code
    UNION ALL
    SELECT c.*, x.code AS source, y.code AS target
    FROM counted c, unnest(c.actor_codes) AS x(code), unnest(c.actor_codes) AS y(code)
    WHERE len(c.recipient_codes) = 0 AND x.code < y.code
)
SELECT *, least(source, target) AS a, greatest(source, target) AS b,
       date_trunc(?, day)::DATE AS period
FROM directed
WHERE day IS NOT NULL
"""


@dataclass
class Alert:
    """A period in which a dyad departed from its own recent baseline."""

    dyad: str
    period: str
    kind: str  # "escalation" or "de-escalation"
    count: int
    baseline_mean: float
    baseline_sd: float
    score: float
    events: list[dict[str, Any]] = field(default_factory=list)


def _dyad(text: str) -> tuple[str, str]:
    parts = [p.strip().upper() for p in text.replace("–", "-").split("-") if p.strip()]
    if len(parts) != 2 or parts[0] == parts[1]:
        raise StoreError(f"dyad {text!r}: expected two different codes like RUS-UKR")
    first, second = sorted(parts)
    return first, second


def _pairs(
    con: duckdb.DuckDBPyConnection,
    freq: str,
    dyad: str | None,
    since: str | None,
    until: str | None,
) -> str:
    """Create the temporary view of (event, dyad, period) rows; return its name."""
    if freq not in FREQUENCIES:
        raise StoreError(f"frequency {freq!r}: choose day, week or month")
    filters, params = ["TRUE"], [FREQUENCIES[freq]]
    if dyad is not None:
        a, b = _dyad(dyad)
        filters.append("a = ? AND b = ?")
        params += [a, b]
    for value, op in ((since, ">="), (until, "<=")):
        if value is not None:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise StoreError(f"date {value!r}: expected YYYY-MM-DD") from None
            filters.append(f"day {op} ?::DATE")
            params.append(value)
    sql = f"SELECT * FROM ({_PAIRS_SQL}) WHERE {' AND '.join(filters)}"
    con.execute("CREATE OR REPLACE TEMP TABLE signal_pairs AS " + sql, params)
    return "signal_pairs"


def series(
    con: duckdb.DuckDBPyConnection,
    *,
    freq: str = "day",
    dyad: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[dict[str, Any]]:
    """Per dyad and period: counts by quad class, Goldstein and PLOVER sums, escalation index.

    Raises:
        StoreError: an unknown frequency, a malformed dyad or date.
    """
    table = _pairs(con, freq, dyad, since, until)
    cursor = con.execute(
        f"""
        SELECT a || '-' || b AS dyad, strftime(period, '%Y-%m-%d') AS period,
               count(*) AS events,
               count(*) FILTER (WHERE source = a) AS a_to_b,
               count(*) FILTER (WHERE source = b) AS b_to_a,
               count(*) FILTER (WHERE quad = 1) AS q1, count(*) FILTER (WHERE quad = 2) AS q2,
               count(*) FILTER (WHERE quad = 3) AS q3, count(*) FILTER (WHERE quad = 4) AS q4,
               round(sum(goldstein), 2) AS goldstein_sum,
               round(avg(goldstein), 3) AS goldstein_mean,
               round(sum(plover_score), 2) AS plover_sum,
               round(-sum(goldstein * confidence) / nullif(sum(confidence), 0), 3) AS escalation
        FROM {table}
        GROUP BY a, b, period
        ORDER BY dyad, period
        """
    )
    names = [c[0] for c in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def alerts(
    con: duckdb.DuckDBPyConnection,
    *,
    freq: str = "day",
    dyad: str | None = None,
    since: str | None = None,
    until: str | None = None,
    window: int = 7,
    threshold: float = 2.0,
    min_events: int = 3,
) -> list[Alert]:
    """Periods where a dyad's conflict (or cooperation) count departs from its own baseline.

    The baseline is the ``window`` periods before, counting periods without events as 0 (see
    the module docstring for the test).
    """
    rows = series(con, freq=freq, dyad=dyad, since=since, until=until)
    by_dyad: dict[str, dict[str, dict[str, Any]]] = {}
    for row in rows:
        by_dyad.setdefault(row["dyad"], {})[row["period"]] = row
    found: list[Alert] = []
    for name, periods in sorted(by_dyad.items()):
        timeline = _timeline(sorted(periods), freq)
        for kind, quads in (("escalation", ("q3", "q4")), ("de-escalation", ("q1", "q2"))):
            counts = [sum(periods.get(p, {}).get(q, 0) for q in quads) for p in timeline]
            for i, period in enumerate(timeline):
                alert = _test(name, period, kind, counts, i, window, threshold, min_events)
                if alert is not None:
                    alert.events = _drivers(con, name, period, quads)
                    found.append(alert)
    return sorted(found, key=lambda a: (a.period, a.dyad, a.kind))


def _timeline(periods: Sequence[str], freq: str) -> list[str]:
    """Every period from the first to the last, including the empty ones."""
    if not periods:
        return []
    con = duckdb.connect()
    step = {"day": "1 day", "week": "7 days", "month": "1 month"}[freq]
    rows = con.execute(
        f"SELECT strftime(d, '%Y-%m-%d') FROM range(?::DATE, ?::DATE + INTERVAL {step}, "
        f"INTERVAL {step}) AS t(d)",
        [periods[0], periods[-1]],
    ).fetchall()
    con.close()
    return [row[0] for row in rows]


def _test(
    dyad: str,
    period: str,
    kind: str,
    counts: list[int],
    i: int,
    window: int,
    threshold: float,
    min_events: int,
) -> Alert | None:
    count = counts[i]
    before = counts[max(0, i - window) : i]
    if count < min_events or len(before) < min(window, MIN_BASELINE):
        return None
    mean = sum(before) / len(before) if before else 0.0
    variance = sum((c - mean) ** 2 for c in before) / len(before) if before else 0.0
    sd = max(1.0, math.sqrt(variance))
    score = (count - mean) / sd
    if score < threshold:
        return None
    return Alert(dyad, period, kind, count, round(mean, 3), round(sd, 3), round(score, 2))


def _drivers(
    con: duckdb.DuckDBPyConnection, dyad: str, period: str, quads: tuple[str, str]
) -> list[dict[str, Any]]:
    a, b = dyad.split("-")
    wanted = [int(q[1]) for q in quads]
    cursor = con.execute(
        """
        SELECT DISTINCT p.story_id, p.article_id, p.id, p.type, p.mode, p.source, p.target,
               strftime(p.day, '%Y-%m-%d') AS date, p.goldstein, p.confidence, p.sentence,
               p.mentions, p.articles, p.originals, p.outlets,
               coalesce((SELECT list(m.article_id || ':' || m.event_id
                                     ORDER BY m.article_id, m.event_id)
                         FROM event_mentions m WHERE m.story_id = p.story_id),
                        [p.article_id || ':' || p.id]) AS mention_ids
        FROM signal_pairs p
        WHERE p.a = ? AND p.b = ? AND strftime(p.period, '%Y-%m-%d') = ? AND p.quad IN (?, ?)
        ORDER BY p.goldstein ASC, p.article_id, p.id
        """,
        [a, b, period, *wanted],
    )
    names = [c[0] for c in cursor.description or []]
    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    if quads == ("q1", "q2"):
        rows.reverse()
    return rows


def dyad_totals(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Return every dyad's totals over all time, most active first.

    Built from :func:`series` (asserted, actual events; unordered dyads), so
    the numbers agree with ``eventwire signals``.
    """
    totals: dict[str, dict[str, Any]] = {}
    for period in series(con, freq="month"):
        row = totals.setdefault(
            period["dyad"],
            {"dyad": period["dyad"], "events": 0, "q1": 0, "q2": 0, "q3": 0, "q4": 0},
        )
        for key in ("events", "q1", "q2", "q3", "q4"):
            row[key] += int(period[key])
        row.setdefault("first_month", period["period"])
        row["last_month"] = period["period"]
    return sorted(totals.values(), key=lambda row: (-row["events"], row["dyad"]))
