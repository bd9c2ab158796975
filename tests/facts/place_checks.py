"""Helpers the place tests share: distance on the globe and a place by how it is written."""

from __future__ import annotations

import math

from eventwire.schema import Place


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def find_place(places: list[Place], written: str) -> Place | None:
    """The place mentioned as ``written``, if any."""
    return next((p for p in places if p.text == written), None)
