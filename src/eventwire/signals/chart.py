"""Charts of dyad series: a Vega-Lite spec built with Altair, rendered offline by vl-convert.

One panel pair per dyad (the ``MAX_DYADS`` dyads with the most story events, most first):
cooperation (q1 + q2) and conflict (q3 + q4) story events per period, and below it the
escalation index with its zero line. The data are inlined in the spec, and vl-convert renders
PNG or SVG in-process with its bundled Vega and fonts: nothing is fetched from the network.

::

    rows = series(db.con, dyad="RUS-UKR", freq="week")
    write_chart(rows, Path("rus-ukr.png"), title="RUS-UKR by week")
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from eventwire.errors import ConfigError

FORMATS = (".png", ".svg")
MAX_DYADS = 8
COLOURS = {"cooperation": "#2b8cbe", "conflict": "#d7301f"}


def chart_data(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Return the chart's records: one per dyad and period, for the busiest dyads."""
    totals: dict[str, int] = {}
    for row in rows:
        totals[row["dyad"]] = totals.get(row["dyad"], 0) + int(row["events"])
    kept = sorted(totals, key=lambda dyad: (-totals[dyad], dyad))[:MAX_DYADS]
    return [
        {
            "dyad": row["dyad"],
            "period": row["period"],
            "cooperation": int(row["q1"]) + int(row["q2"]),
            "conflict": int(row["q3"]) + int(row["q4"]),
            "escalation": row["escalation"],
        }
        for row in rows
        if row["dyad"] in kept
    ]


def chart_spec(rows: Sequence[Mapping[str, Any]], *, title: str | None = None) -> dict[str, Any]:
    """Return the Vega-Lite spec (a dict) of rows from :func:`eventwire.signals.series`."""
    import altair as alt

    records = chart_data(rows)
    dyads = list(dict.fromkeys(record["dyad"] for record in records))
    periods = sorted(record["period"] for record in records)
    domain = [periods[0], periods[-1]] if periods else alt.Undefined
    x = alt.X(
        "period:T",
        title="period",
        scale=alt.Scale(domain=domain),
        axis=alt.Axis(format="%Y-%m-%d", labelAngle=-30),
    )
    panels: list[Any] = []
    for dyad in dyads or ["(no events)"]:
        values = [record for record in records if record["dyad"] == dyad]
        base = alt.Chart(alt.InlineData(values=values)).properties(width=560)
        counts = (
            base.transform_fold(["cooperation", "conflict"], as_=["kind", "story events"])
            .mark_line(point=True)
            .encode(
                x=x,
                y=alt.Y("story events:Q", title="story events"),
                color=alt.Color(
                    "kind:N",
                    scale=alt.Scale(domain=list(COLOURS), range=list(COLOURS.values())),
                    title=None,
                ),
                tooltip=["period:T", "kind:N", "story events:Q"],
            )
            .properties(height=160, title=dyad)
        )
        zero = base.mark_rule(color="#999999").encode(y=alt.datum(0))
        escalation = base.mark_line(point=True, color="#54278f").encode(
            x=x,
            y=alt.Y("escalation:Q", title="escalation index", scale=alt.Scale(domain=[-10, 10])),
            tooltip=["period:T", "escalation:Q"],
        )
        panels.append(alt.vconcat(counts, alt.layer(zero, escalation).properties(height=110)))
    chart = alt.vconcat(*panels).properties(title=title or "dyad series")
    spec: dict[str, Any] = chart.to_dict()
    return spec


def write_chart(rows: Sequence[Mapping[str, Any]], path: Path, *, title: str | None = None) -> Path:
    """Render the chart of ``rows`` to ``path``: PNG or SVG by the file's suffix.

    Raises:
        ConfigError: the suffix is not ``.png`` or ``.svg``, or the file cannot be written.
    """
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ConfigError(f"chart {path}: expected a file name ending in .png or .svg")
    import vl_convert

    spec = chart_spec(rows, title=title)
    try:
        if suffix == ".png":
            path.write_bytes(vl_convert.vegalite_to_png(spec, scale=2))
        else:
            path.write_text(vl_convert.vegalite_to_svg(spec), encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"chart {path}: cannot write the file ({error})") from error
    return path
