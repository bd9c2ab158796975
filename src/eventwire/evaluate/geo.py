"""Geoparsing scores on GeoWebNews and LGL.

Two measures per corpus, both over gold toponyms that carry coordinates:

- **given gold spans**: each gold toponym's text is geocoded with ``Gazetteer.lookup``, using the
  countries the article names (``article_countries``); acc@161 is the share whose coordinates fall
  within 161 km (100 miles) of the gold point;
- **end to end**: ``find_places`` runs on the article; a system mention matches a gold toponym
  when their character spans overlap. Precision is the share of system mentions that overlap any
  gold toponym (of any type); recall the share of gold toponyms with coordinates that some system
  mention overlaps; acc@161 counts a missed toponym as wrong.
"""

from __future__ import annotations

import math
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from eventwire.errors import EvalError
from eventwire.facts.places import Gazetteer, article_countries, find_places

_EARTH_KM = 6371.0
_RADIUS_KM = 161.0


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


def _score(articles: list[_Article], nlp: Language) -> dict[str, float | int]:
    gazetteer = Gazetteer()
    started = time.perf_counter()
    gold_total = gold_hits = system_total = system_good = found = e2e_hits = 0
    for article in articles:
        doc = nlp(article.text)
        countries = article_countries(doc, gazetteer)
        places = find_places(doc, gazetteer)
        mentions = [(s, e, p.lat, p.lon) for p in places for s, e in p.spans]
        system_total += len(mentions)
        system_good += sum(
            any(s < t.end and t.start < e for t in article.toponyms) for s, e, _, _ in mentions
        )
        for gold in article.toponyms:
            if gold.lat is None or gold.lon is None:
                continue
            gold_total += 1
            hit = gazetteer.lookup(article.text[gold.start : gold.end], countries=countries)
            gold_hits += hit is not None and _near(hit.lat, hit.lon, gold)
            overlapping = [m for m in mentions if m[0] < gold.end and gold.start < m[1]]
            found += bool(overlapping)
            e2e_hits += bool(overlapping) and _near(overlapping[0][2], overlapping[0][3], gold)
    return {
        "articles": len(articles),
        "gold_toponyms": gold_total,
        "acc161_gold_spans": round(gold_hits / max(gold_total, 1), 4),
        "mentions": system_total,
        "precision": round(system_good / max(system_total, 1), 4),
        "recall": round(found / max(gold_total, 1), 4),
        "acc161_end_to_end": round(e2e_hits / max(gold_total, 1), 4),
        "seconds": round(time.perf_counter() - started, 1),
    }


def evaluate_geowebnews(path: str | Path, nlp: Language) -> dict[str, float | int]:
    """Score geocoding and place finding on GeoWebNews (``GWN.xml``).

    Args:
        path: the GeoWebNews XML file.
        nlp: the loaded spaCy pipeline.

    Returns:
        Counts and scores: ``acc161_gold_spans``, ``precision``, ``recall``,
        ``acc161_end_to_end`` and the number of gold toponyms with coordinates.

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
