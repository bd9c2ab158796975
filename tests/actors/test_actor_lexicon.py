"""Tests for the actor lexicon: loading, normalisation, date-aware people, data sanity."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors.lexicon import Lexicon, load_lexicon, normalise

SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "SPY", "CVL", "MED", "BUS", "EDU",
           "REL", "HLH", "NGO", "IGO"}  # fmt: skip


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


@pytest.mark.parametrize(
    ("text", "key"),
    [("the U.S.", "us"), ("Erdoğan", "erdogan"), ("U.N.", "un"), ("  The  Kremlin ", "kremlin"),
     ("Türkiye", "turkiye"), ("Yıldırım", "yildirim"), ("the", "the")],
)  # fmt: skip
def test_normalise(text: str, key: str) -> None:
    assert normalise(text) == key


def test_every_iso_country_is_loaded(lexicon: Lexicon) -> None:
    assert len(lexicon.countries) >= 249


@pytest.mark.parametrize(
    ("text", "code"),
    [("Russia", "RUS"), ("Russian Federation", "RUS"), ("Iran", "IRN"), ("Syria", "SYR"),
     ("South Korea", "KOR"), ("North Korea", "PRK"), ("Britain", "GBR"), ("UK", "GBR"),
     ("the United States", "USA"), ("U.S.", "USA"), ("US", "USA"), ("America", "USA"),
     ("Czechia", "CZE"), ("Turkey", "TUR"), ("Türkiye", "TUR"), ("the Netherlands", "NLD"),
     ("Vietnam", "VNM"), ("Taiwan", "TWN"), ("Palestine", "PSE"), ("Gaza", "PSE"),
     ("Kosovo", "XKX"), ("Russian", "RUS"), ("Russians", "RUS"), ("Ukrainian", "UKR"),
     ("British", "GBR"), ("Belarusian", "BLR"), ("Israeli", "ISR"), ("Congo", "COD"),
     ("Ivory Coast", "CIV"), ("Kiev", "UKR"), ("Elysee", "FRA")],
)  # fmt: skip
def test_resolve_country(lexicon: Lexicon, text: str, code: str) -> None:
    entry = lexicon.resolve_country(text)
    assert entry is not None and entry.code == code


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [("Kremlin", "RUS", "GOV"), ("White House", "USA", "GOV"), ("Downing Street", "GBR", "GOV"),
     ("Élysée", "FRA", "GOV"), ("Pentagon", "USA", "MIL"), ("Moscow", "RUS", "GOV"),
     ("Kyiv", "UKR", "GOV"), ("Beijing", "CHN", "GOV"), ("Tehran", "IRN", "GOV")],
)  # fmt: skip
def test_metonyms_stand_for_government(lexicon: Lexicon, text: str, code: str, sector: str) -> None:
    entry = lexicon.resolve(text)
    assert entry is not None and (entry.code, entry.sector, entry.kind) == (code, sector, "metonym")


@pytest.mark.parametrize(
    ("text", "code", "sector"),
    [("NATO", "NATO", "IGO"), ("European Union", "EU", "IGO"), ("U.N.", "UN", "IGO"),
     ("Security Council", "UNSC", "IGO"), ("IAEA", "IAEA", "IGO"), ("Red Cross", "ICRC", "NGO"),
     ("Amnesty International", "AMNESTY", "NGO"), ("Hamas", "HAMAS", "REB"),
     ("Houthis", "HOUTHIS", "REB"), ("Wagner Group", "WAGNER", "MIL"), ("ISIS", "ISIL", "REB")],
)  # fmt: skip
def test_resolve_organisation(lexicon: Lexicon, text: str, code: str, sector: str) -> None:
    entry = lexicon.resolve_organisation(text)
    assert entry is not None and (entry.code, entry.sector) == (code, sector)


@pytest.mark.parametrize(
    ("text", "sector"),
    [("troops", "MIL"), ("officials", "GOV"), ("police", "COP"), ("lawmakers", "LEG"),
     ("prosecutors", "JUD"), ("opposition", "PTY"), ("separatists", "REB"), ("spy agency", "SPY"),
     ("protesters", "CVL"), ("journalists", "MED"), ("banks", "BUS"), ("students", "EDU"),
     ("clerics", "REL"), ("doctors", "HLH"), ("defence ministry", "MIL"), ("bananas", None)],
)  # fmt: skip
def test_resolve_sector(lexicon: Lexicon, text: str, sector: str | None) -> None:
    assert lexicon.resolve_sector(text) == sector


@pytest.mark.parametrize(
    ("text", "on", "code", "sector", "role"),
    [("Olaf Scholz", "2022-06-01", "DEU", "GOV", "head of government"),
     ("Scholz", "2020-06-01", "DEU", "GOV", "finance minister"),
     ("Scholz", "2014-06-01", "DEU", None, None),
     ("Scholz", "2025-06-01", "DEU", None, None),
     ("Friedrich Merz", "2025-06-01", "DEU", "GOV", "head of government"),
     ("Joe Biden", "2022-06-01", "USA", "GOV", "head of state"),
     ("Biden", "2015-06-01", "USA", "GOV", "vice president"),
     ("Donald Trump", "2019-06-01", "USA", "GOV", "head of state"),
     ("Donald Trump", "2022-06-01", "USA", None, None),
     ("Donald Trump", "2025-06-01", "USA", "GOV", "head of state"),
     ("Antony Blinken", "2022-06-01", "USA", "GOV", "foreign minister"),
     ("Sergei Shoigu", "2023-06-01", "RUS", "MIL", "defence minister"),
     ("Shoygu", "2024-06-01", "RUS", "GOV", "secretary of the security council"),
     ("Dmytro Kuleba", "2024-10-01", "UKR", None, None),
     ("Andrii Sybiha", "2024-10-01", "UKR", "GOV", "foreign minister"),
     ("Jens Stoltenberg", "2020-06-01", "NATO", "IGO", "secretary general"),
     ("Mark Rutte", "2023-06-01", "NLD", "GOV", "head of government"),
     ("Mark Rutte", "2025-06-01", "NATO", "IGO", "secretary general"),
     ("Erdoğan", "2020-06-01", "TUR", "GOV", "head of state"),
     ("Lukashenka", "2020-06-01", "BLR", "GOV", "head of state"),
     ("Zelenskyy", "2022-06-01", "UKR", "GOV", "head of state"),
     ("Zelenskiy", "2018-06-01", "UKR", None, None),
     ("Kaja Kallas", "2025-06-01", "EU", "IGO", "high representative"),
     ("Mohammed bin Salman", "2023-06-01", "SAU", "GOV", "head of government")],
)  # fmt: skip
def test_people_by_date(
    lexicon: Lexicon, text: str, on: str, code: str, sector: str | None, role: str | None
) -> None:
    entry = lexicon.resolve_person(text, dt.date.fromisoformat(on))
    assert entry is not None
    assert (entry.code, entry.sector, entry.role) == (code, sector, role)


def test_ambiguous_surname_resolves_to_nobody(lexicon: Lexicon) -> None:
    assert lexicon.resolve_person("Johnson", dt.date(2018, 1, 1)) is None


def test_role_codes_are_known(lexicon: Lexicon) -> None:
    known = set(lexicon.countries) | {f.entry.code for f in lexicon if f.entry and f.entry.code}
    unknown = {r.code for p in lexicon.people for r in p.roles} - known
    assert not unknown


def test_roles_are_well_formed(lexicon: Lexicon) -> None:
    bad = [
        (p.name, r)
        for p in lexicon.people
        for r in p.roles
        if r.sector not in SECTORS or (r.end is not None and r.end <= r.start)
    ]
    assert not bad


def test_nationalities_are_iso_codes(lexicon: Lexicon) -> None:
    assert {p.country for p in lexicon.people} <= set(lexicon.countries)


def test_people_have_unique_names(lexicon: Lexicon) -> None:
    names = [p.name for p in lexicon.people]
    assert len(names) == len(set(names))
