"""Vega-Lite specs for the dashboard's charts, and their safe embedding in a page.

Specs are plain dicts (Vega-Lite v5). A page embeds each one as JSON inside
``<script type="application/json">``; :func:`spec_json` escapes ``<``, ``>`` and ``&`` as
``\\u003c``-style JSON escapes, so no text in the data can close the element (``</script>``) or
open a comment (``<!--``), and ``static/charts.js`` draws it with vega-embed.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import cache
from typing import Any

from markupsafe import Markup

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
COOPERATION, CONFLICT = "cooperation", "conflict"
COLOURS = {COOPERATION: "#2b7bb9", CONFLICT: "#c0392b"}

Spec = dict[str, Any]


def spec_json(spec: Spec) -> Markup:
    """Return ``spec`` as JSON that is safe inside a ``<script type="application/json">``."""
    text = json.dumps(spec, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return Markup(text)  # every character HTML acts on is JSON-escaped


def dyad_timeline(series: Sequence[dict[str, Any]], *, freq: str) -> Spec:
    """Cooperation (quads 1–2) and conflict (quads 3–4) events per period, side by side.

    Args:
        series: rows of :func:`eventwire.signals.series` for one dyad.
        freq: ``day``, ``week`` or ``month`` (labels the x axis).
    """
    values = [
        {"period": row["period"], "kind": kind, "events": int(row[first]) + int(row[second])}
        for row in series
        for kind, first, second in ((COOPERATION, "q1", "q2"), (CONFLICT, "q3", "q4"))
    ]
    return {
        "$schema": SCHEMA,
        "description": f"Cooperation and conflict events per {freq}",
        "width": 640,
        "height": 260,
        "data": {"values": values},
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "x": {"field": "period", "type": "ordinal", "title": f"{freq} starting"},
            "xOffset": {"field": "kind", "type": "nominal"},
            "y": {"field": "events", "type": "quantitative", "title": "events"},
            "color": {
                "field": "kind",
                "type": "nominal",
                "scale": {"domain": list(COLOURS), "range": list(COLOURS.values())},
                "title": None,
            },
        },
    }


def network(dyads: Sequence[dict[str, Any]], *, top: int = 60) -> Spec:
    """Actors as nodes on a circle, dyads as edges whose width is the event count.

    Edges are coloured by their share of conflict events; the ``top`` most active dyads are drawn.
    """
    shown = list(dyads[:top])
    degree: dict[str, int] = {}
    for row in shown:
        for code in row["dyad"].split("-", 1):
            degree[code] = degree.get(code, 0) + int(row["events"])
    codes = sorted(degree)
    position = {
        code: (
            round(math.cos(2 * math.pi * i / max(len(codes), 1)), 4),
            round(math.sin(2 * math.pi * i / max(len(codes), 1)), 4),
        )
        for i, code in enumerate(codes)
    }
    nodes = [
        {"code": code, "x": position[code][0], "y": position[code][1], "events": degree[code]}
        for code in codes
    ]
    edges = []
    for row in shown:
        a, b = row["dyad"].split("-", 1)
        conflict = int(row["q3"]) + int(row["q4"])
        edges.append(
            {
                "dyad": row["dyad"],
                "x": position[a][0],
                "y": position[a][1],
                "x2": position[b][0],
                "y2": position[b][1],
                "events": int(row["events"]),
                "conflict_share": round(conflict / max(int(row["events"]), 1), 3),
            }
        )
    scale = {"domain": [-1.25, 1.25]}
    axis = {"field": "x", "type": "quantitative", "scale": scale, "axis": None}
    yaxis = {"field": "y", "type": "quantitative", "scale": scale, "axis": None}
    return {
        "$schema": SCHEMA,
        "description": "Actor network: dyads weighted by event count",
        "width": 520,
        "height": 520,
        "layer": [
            {
                "data": {"values": edges},
                "mark": {"type": "rule", "tooltip": True},
                "encoding": {
                    "x": axis,
                    "y": yaxis,
                    "x2": {"field": "x2"},
                    "y2": {"field": "y2"},
                    "strokeWidth": {
                        "field": "events",
                        "type": "quantitative",
                        "scale": {"range": [1, 8]},
                        "title": "events",
                    },
                    "color": {
                        "field": "conflict_share",
                        "type": "quantitative",
                        "scale": {"domain": [0, 1], "range": list(COLOURS.values())},
                        "title": "conflict share",
                    },
                },
            },
            {
                "data": {"values": nodes},
                "mark": {"type": "circle", "color": "#333", "tooltip": True},
                "encoding": {
                    "x": axis,
                    "y": yaxis,
                    "size": {"field": "events", "type": "quantitative", "legend": None},
                },
            },
            {
                "data": {"values": nodes},
                "mark": {"type": "text", "dy": -12, "fontWeight": "bold"},
                "encoding": {"x": axis, "y": yaxis, "text": {"field": "code"}},
            },
        ],
    }


@cache
def _numeric_ids() -> dict[str, str]:
    """ISO 3166-1 alpha-3 → numeric code (the TopoJSON's feature ids), from pycountry."""
    import pycountry

    return {country.alpha_3: country.numeric for country in pycountry.countries}


def country_counts(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep the rows whose code is an ISO alpha-3 country, adding its numeric ``id``."""
    ids = _numeric_ids()
    return [
        {"id": ids[row["code"]], "code": row["code"], "events": int(row["events"])}
        for row in rows
        if row["code"] in ids
    ]


def country_map(counts: Sequence[dict[str, Any]], *, topojson_url: str) -> Spec:
    """A choropleth of events per country (countries without events in grey).

    Args:
        counts: rows from :func:`country_counts`.
        topojson_url: where the browser fetches countries-110m.json (our own static route).
    """
    shapes = {"url": topojson_url, "format": {"type": "topojson", "feature": "countries"}}
    return {
        "$schema": SCHEMA,
        "description": "Asserted events per country (as actor or recipient)",
        "width": 760,
        "height": 400,
        "projection": {"type": "equalEarth"},
        "layer": [
            {
                "data": shapes,
                "mark": {"type": "geoshape", "fill": "#e3e7eb", "stroke": "#fff"},
            },
            {
                "data": shapes,
                "transform": [
                    {
                        "lookup": "id",
                        "from": {
                            "data": {"values": list(counts)},
                            "key": "id",
                            "fields": ["events", "code"],
                        },
                    }
                ],
                "mark": {"type": "geoshape", "stroke": "#fff", "tooltip": True},
                "encoding": {
                    "color": {
                        "field": "events",
                        "type": "quantitative",
                        "scale": {"scheme": "reds", "domainMin": 0},
                        "title": "events",
                    },
                },
            },
        ],
    }
