"""Words after a name that say which town it is: a newspaper's title ("the Washington Post")."""

from __future__ import annotations

import csv
from importlib import resources

import pytest
from spacy.language import Language

from eventwire.facts.places import Gazetteer, Place, find_places
from eventwire.facts.places.name_cues import newspaper_home


def _place(nlp: Language, gazetteer: Gazetteer, text: str, written: str) -> Place:
    place = next((p for p in find_places(nlp(text), gazetteer) if p.text == written), None)
    assert place is not None, f"{written!r} not found as a place in {text!r}"
    return place


def test_a_newspaper_is_its_home_town_whatever_state_the_story_is_in(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    for text in (
        "A hospital in Belvidere, New Jersey, found a kidney donor for a Phillipsburg teacher "
        "after her post went viral, the Washington Post reported.",
        "Farmers near Spokane and Yakima lost their wheat to hail, the Washington Post reported.",
    ):
        place = _place(nlp, gazetteer, text, "Washington")
        assert place.lat is not None and place.lon is not None
        assert abs(place.lat - 38.9) < 0.5 and abs(place.lon + 77.0) < 0.5, text  # D.C.


def test_a_newspaper_of_a_smaller_namesake_is_that_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Lobster catches fell for a third year, the Portland Press Herald reported on Friday."
    place = _place(nlp, gazetteer, text, "Portland")
    assert place.lat is not None and place.lon is not None
    assert abs(place.lat - 43.66) < 0.5 and abs(place.lon + 70.26) < 0.5  # Portland, Maine


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("The Washington Post said so.", 1, 2, "USA.DC"),
        ("The Washington Postal Workers Union said so.", 1, 2, None),
        ("The Manchester Evening News said so.", 1, 2, "GBR.ENG"),
        ("The Manchester Evening Standard said so.", 1, 2, None),
        ("Washington said so.", 0, 1, None),
    ],
)
def test_only_a_whole_known_title_names_the_home_town(
    nlp: Language, text: str, start: int, end: int, expected: str | None
) -> None:
    assert newspaper_home(nlp(text)[start:end]) == expected


def test_every_newspaper_home_is_a_town_of_that_name_in_the_gazetteer(
    gazetteer: Gazetteer,
) -> None:
    text = (resources.files("eventwire.facts") / "data" / "newspapers.tsv").read_text("utf-8")
    rows = list(csv.reader((ln for ln in text.splitlines() if ln[:1] != "#"), delimiter="\t"))
    assert len(rows) > 50
    for town, title, key in rows:
        homes = {e.admin1 for e in gazetteer.entries(town)} | {
            e.hit.country for e in gazetteer.entries(town)
        }
        assert key in homes, f"{town} {title}: no {town!r} in {key}"


def test_a_state_named_alone_is_the_state_not_a_town_named_after_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Steel mills near Pittsburgh, Altoona and Johnstown, Pennsylvania, cut shifts on Monday "
        "as orders from Indiana and Ohio dried up."
    )
    place = _place(nlp, gazetteer, text, "Indiana")
    assert place.lat is not None and place.lon is not None
    assert abs(place.lat - 40.0) < 1.5 and abs(place.lon + 86.25) < 1.5  # the state


def test_a_town_named_after_a_state_is_the_town_when_the_story_says_so(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "A fire destroyed a warehouse in Indiana, Pa., early on Sunday, police said."
    place = _place(nlp, gazetteer, text, "Indiana")
    assert place.lat is not None and place.lon is not None
    assert abs(place.lat - 40.62) < 0.3 and abs(place.lon + 79.15) < 0.3  # Indiana, Pa.


def test_a_foreign_town_named_like_a_us_state_keeps_its_own_evidence(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "The festival moves from Cavan town to Ballyjamesduff, Bailieborough and Virginia next "
        "week, Cavan County Council said."
    )
    place = _place(nlp, gazetteer, text, "Virginia")
    assert place.country == "IRL"


def test_a_state_before_counties_is_the_state_whose_counties_they_are(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "The jobless rate rose in 80 of 92 Indiana counties in March, the state agency said."
    place = _place(nlp, gazetteer, text, "Indiana")
    assert place.lat is not None and place.lon is not None
    assert abs(place.lat - 40.0) < 1.5 and abs(place.lon + 86.25) < 1.5  # the state


def test_a_country_named_only_as_a_nation_does_not_pull_a_world_city_to_its_small_towns(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "U.S. and Russian diplomats will meet in Geneva next week to discuss arms control."
    assert _place(nlp, gazetteer, text, "Geneva").country == "CHE"


def test_a_town_among_its_neighbours_keeps_their_country(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Flooding closed roads in Ithaca, Auburn and Geneva on Monday, state officials said."
    assert _place(nlp, gazetteer, text, "Geneva").country == "USA"


def test_a_large_namesake_keeps_the_weight_of_a_country_named_only_as_a_nation(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Bolivian troops were deployed to Santa Cruz after a strike paralysed the city."
    assert _place(nlp, gazetteer, text, "Santa Cruz").country == "BOL"


@pytest.mark.parametrize(
    ("text", "written", "country"),
    [
        ("Analysts doubt Sri Lankan political reforms will pass.", "Sri Lankan", "LKA"),
        ("The attacks may target South Korean interests overseas.", "South Korean", "KOR"),
        ("Sierra Leonean officials said the ferry sank off Freetown.", "Sierra Leonean", "SLE"),
        ("Togolese troops joined the regional mission on Monday.", "Togolese", "TGO"),
        ("Motswana diamond workers went on strike.", "Motswana", "BWA"),
    ],
)
def test_a_demonym_before_its_noun_names_its_country_however_it_is_tagged(
    nlp: Language, gazetteer: Gazetteer, text: str, written: str, country: str
) -> None:
    assert _place(nlp, gazetteer, text, written).country == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("North Korea fired a missile into the sea off its east coast on Thursday.", "east coast"),
        ("About 19,000 troops are taking part in the Ulchi Freedom Shield drills.", "Freedom"),
    ],
)
def test_a_common_word_or_a_word_inside_another_name_is_no_place(
    nlp: Language, gazetteer: Gazetteer, text: str, word: str
) -> None:
    places = find_places(nlp(text), gazetteer)
    assert word not in [p.text for p in places], [(p.text, p.name) for p in places]


def test_the_capitalised_coast_is_still_a_place(nlp: Language, gazetteer: Gazetteer) -> None:
    places = find_places(nlp("Storms battered the East Coast on Monday."), gazetteer)
    assert [(p.text, p.country) for p in places] == [("East Coast", "USA")]
