"""Geoparsing scores on GeoWebNews and LGL.

Three measures per corpus, all over gold toponyms that carry coordinates:

- **given gold spans** (``acc161_gold_spans``): each gold toponym's text is geocoded on its own
  with ``Gazetteer.lookup``, using the countries the article names (``article_countries``);
  acc@161 is the share whose coordinates fall within 161 km (100 miles) of the gold point;
- **given gold spans, in context** (``acc161_gold_spans_in_context``): the gold spans are
  geocoded together with ``geocode_spans``, the two-pass resolver ``find_places`` uses, so each
  name also draws on the article's other places;
- **end to end** (``acc161_end_to_end``): ``find_places`` runs on the article; a system mention
  matches a gold toponym when their character spans overlap. Precision is the share of system
  mentions that overlap any gold toponym (of any type); recall the share of gold toponyms with
  coordinates that some system mention overlaps; acc@161 counts a missed toponym as wrong.

Neither corpus ships a train/test split. eventwire's rules were tuned on a fixed ``dev`` part
(every article whose position in the file is not a multiple of 5) and the ``test`` part (positions
0, 5, 10, …) was kept for checking; the ``dev_*`` and ``test_*`` keys report the two parts.
"""

from __future__ import annotations

import math
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.errors import EvalError
from eventwire.facts.places import Gazetteer, article_countries, find_places, geocode_spans

_EARTH_KM = 6371.0
_RADIUS_KM = 161.0
_TEST_EVERY = 5  # articles 0, 5, 10, … form the held-out test part


@dataclass(frozen=True)
class _Toponym:
    start: int
    end: int
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class _Article:
    text: str
    toponyms: list[_Toponym]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def _float(node: ET.Element | None) -> float | None:
    text = node.text if node is not None else None
    return float(text) if text and text.strip() else None


def _parse(path: Path) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except (OSError, ET.ParseError) as err:
        raise EvalError(f"{path}: cannot read the gold set ({err})") from err


def _read_geowebnews(path: Path) -> list[_Article]:
    articles = []
    for node in _parse(path).iter("article"):
        toponyms = [
            _Toponym(
                int(t.findtext("start", "0")),
                int(t.findtext("end", "0")),
                _float(t.find("latitude")),
                _float(t.find("longitude")),
            )
            for t in node.iter("toponym")
        ]
        articles.append(_Article(node.findtext("text", ""), toponyms))
    return articles


def _read_lgl(path: Path) -> list[_Article]:
    articles = []
    for node in _parse(path).iter("article"):
        toponyms = [
            _Toponym(
                int(t.findtext("start", "0")),
                int(t.findtext("end", "0")),
                _float(t.find("gaztag/lat")),
                _float(t.find("gaztag/lon")),
            )
            for t in node.iter("toponym")
        ]
        articles.append(_Article(node.findtext("text", ""), toponyms))
    return articles


def _near(lat: float | None, lon: float | None, gold: _Toponym) -> bool:
    if lat is None or lon is None or gold.lat is None or gold.lon is None:
        return False
    return _km(lat, lon, gold.lat, gold.lon) <= _RADIUS_KM


def _count(article: _Article, doc: Doc, gazetteer: Gazetteer) -> Counter[str]:
    """Counts for one article: gold toponyms, mentions, and hits under each measure."""
    counts: Counter[str] = Counter()
    countries = article_countries(doc, gazetteer)
    places = find_places(doc, gazetteer)
    mentions = [(s, e, p.lat, p.lon) for p in places for s, e in p.spans]
    counts["mentions"] += len(mentions)
    counts["good"] += sum(
        any(s < t.end and t.start < e for t in article.toponyms) for s, e, _, _ in mentions
    )
    golds = [t for t in article.toponyms if t.lat is not None and t.lon is not None]
    in_context = geocode_spans(doc, gazetteer, [(t.start, t.end) for t in golds])
    for gold, hit in zip(golds, in_context, strict=True):
        counts["gold"] += 1
        alone = gazetteer.lookup(article.text[gold.start : gold.end], countries=countries)
        counts["spans"] += alone is not None and _near(alone.lat, alone.lon, gold)
        counts["context"] += hit is not None and _near(hit.lat, hit.lon, gold)
        overlapping = [m for m in mentions if m[0] < gold.end and gold.start < m[1]]
        counts["found"] += bool(overlapping)
        counts["e2e"] += bool(overlapping) and _near(overlapping[0][2], overlapping[0][3], gold)
    return counts


def _ratio(counts: Counter[str], key: str, total: str = "gold") -> float:
    return round(counts[key] / max(counts[total], 1), 4)


def _score(articles: list[_Article], nlp: Language) -> dict[str, float | int]:
    gazetteer = Gazetteer()
    started = time.perf_counter()
    parts: dict[str, Counter[str]] = {"dev": Counter(), "test": Counter()}
    for i, (article, doc) in enumerate(
        zip(articles, nlp.pipe(a.text for a in articles), strict=True)
    ):
        parts["test" if i % _TEST_EVERY == 0 else "dev"] += _count(article, doc, gazetteer)
    total = parts["dev"] + parts["test"]
    metrics: dict[str, float | int] = {
        "articles": len(articles),
        "gold_toponyms": total["gold"],
        "acc161_gold_spans": _ratio(total, "spans"),
        "acc161_gold_spans_in_context": _ratio(total, "context"),
        "mentions": total["mentions"],
        "precision": _ratio(total, "good", "mentions"),
        "recall": _ratio(total, "found"),
        "acc161_end_to_end": _ratio(total, "e2e"),
    }
    for name, counts in parts.items():
        metrics[f"{name}_acc161_gold_spans"] = _ratio(counts, "spans")
        metrics[f"{name}_acc161_gold_spans_in_context"] = _ratio(counts, "context")
        metrics[f"{name}_acc161_end_to_end"] = _ratio(counts, "e2e")
    metrics["seconds"] = round(time.perf_counter() - started, 1)
    return metrics


def evaluate_geowebnews(path: str | Path, nlp: Language) -> dict[str, float | int]:
    """Score geocoding and place finding on GeoWebNews (``GWN.xml``).

    Args:
        path: the GeoWebNews XML file.
        nlp: the loaded spaCy pipeline.

    Returns:
        Counts and scores: ``acc161_gold_spans``, ``acc161_gold_spans_in_context``,
        ``precision``, ``recall``, ``acc161_end_to_end``, the same acc@161 scores for the
        ``dev_`` and ``test_`` parts, and the number of gold toponyms with coordinates.

    Raises:
        EvalError: the file cannot be read as GeoWebNews XML.
    """
    return _score(_read_geowebnews(Path(path)), nlp)


def evaluate_lgl(path: str | Path, nlp: Language) -> dict[str, float | int]:
    """Score geocoding and place finding on LGL (``lgl.xml``).

    Args:
        path: the LGL XML file.
        nlp: the loaded spaCy pipeline.

    Returns:
        The same keys as ``evaluate_geowebnews``.

    Raises:
        EvalError: the file cannot be read as LGL XML.
    """
    return _score(_read_lgl(Path(path)), nlp)
