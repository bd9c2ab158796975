"""Facilities and local features: "MetroHealth Medical Center", "Kingsley Road", "Neches River".

No gazetteer holds them, but a reader knows where they are: in the place named right after them
("the New Bilibid Prison in Muntinlupa", "Farmers Service Centre, in Goodlands"), in a place that
owns them ("Derry's Altnagelvin Hospital"), or else in the town the story is about. Geoparsing gold
sets (GeoWebNews) count them as toponyms located there, and an event "at the hospital" took place
in that town. A facility is reported as a mention of that place (its ``text`` is the facility's
name, its ``name`` and coordinates the town's), never of a state or country: those are too large
to say where a building is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span

from eventwire.datafiles import load_yaml
from eventwire.facts.places.homonyms import GeoHit

_LABELS = frozenset({"FAC", "ORG", "LOC"})
_TOWN_KINDS = frozenset({"city"})
_WITHIN = frozenset({"in", "at", "near", "outside"})


@cache
def facility_words() -> frozenset[str]:
    """Head nouns of facilities and local features, from ``data/facilities.yaml`` (read once)."""
    path = resources.files("eventwire.facts") / "data" / "facilities.yaml"
    raw = load_yaml(path.read_text(encoding="utf-8"), "facilities.yaml")
    return frozenset(str(word) for word in raw["facility_words"])


def find_facilities(doc: Doc, taken: Iterable[tuple[int, int]]) -> list[Span]:
    """Named facilities and features not already found as places, in text order.

    Args:
        doc: the parsed article (entities needed).
        taken: token bounds ``(start, end)`` of place mentions already found; a facility that
            holds one ("Dublin Community Center") is left to it.
    """
    used = {i for start, end in taken for i in range(start, end)}
    words = facility_words()
    found = []
    for ent in doc.ents:
        start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
        span = doc[start : ent.end]
        while len(span) > 1 and (span[-1].is_punct or span[-1].tag_ == "POS"):
            span = doc[span.start : span.end - 1]
        if ent.label_ not in _LABELS or len(span) < 2 or span[-1].lower_ not in words:
            continue
        if any(i in used for i in range(span.start, span.end)) or not span[0].text[:1].isupper():
            continue
        found.append(span)
    return found


def locate(
    facility: Span, places: list[tuple[Span, GeoHit]], focus: GeoHit | None
) -> GeoHit | None:
    """The town a facility is in: one named just after or just before it, else the focus."""
    doc = facility.doc
    for span, hit in places:
        if hit.kind not in _TOWN_KINDS:
            continue
        between = doc[facility.end : span.start]
        if 0 <= len(between) <= 4 and (
            any(t.lower_ in _WITHIN for t in between) or [t.text for t in between] == [","]
        ):
            return hit
        owner = span.end == facility.start or (
            span.end + 1 == facility.start and doc[span.end].tag_ == "POS"
        )
        if owner:
            return hit  # "Derry's Altnagelvin Hospital", "Cleveland Clinic"
    return focus


def focus_town(places: list[tuple[Span, GeoHit]]) -> GeoHit | None:
    """The town an article is about: its most often named town, the first on a tie."""
    counts: Counter[GeoHit] = Counter(hit for _, hit in places if hit.kind in _TOWN_KINDS)
    if not counts:
        return None
    top = max(counts.values())
    return next(hit for _, hit in places if counts.get(hit) == top)
