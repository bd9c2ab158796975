"""Seas, straits and rivers from the project's own list (facts/data/regions.yaml), in sentences
written for these tests: each is found and placed within 100 km of its listed point."""

from __future__ import annotations

import pytest
from place_checks import distance_km

import eventwire


@pytest.mark.parametrize(
    ("text", "written", "at"),
    [
        (
            "Greece and Turkey resumed talks on their dispute in the Aegean Sea.",
            "Aegean Sea",
            (38.5, 25.0),
        ),
        ("A coast guard ship shadowed the tanker across the Sulu Sea.", "Sulu Sea", (8.0, 120.0)),
        ("Floods along the Brahmaputra displaced thousands in Assam.", "Brahmaputra", (26.2, 91.7)),
        (
            "Migrant boats crossed the Strait of Gibraltar overnight.",
            "Strait of Gibraltar",
            (35.95, -5.6),
        ),
        ("Drones struck a refinery on the Volga River.", "Volga River", (53.0, 48.0)),
        ("Israeli troops advanced toward the Litani River.", "Litani River", (33.3, 35.4)),
        ("A cyclone formed in the Bay of Bengal on Sunday.", "Bay of Bengal", (15.0, 88.0)),
        # disputed features of the South China Sea
        (
            "Chinese ships blocked a resupply run to Second Thomas Shoal.",
            "Second Thomas Shoal",
            (9.73, 115.86),
        ),
        (
            "Manila protested new buoys near Scarborough Shoal.",
            "Scarborough Shoal",
            (15.15, 117.76),
        ),
    ],
)
def test_a_sea_strait_or_river_is_placed(text: str, written: str, at: tuple[float, float]) -> None:
    places = eventwire.extract(text, published="2025-03-04").places
    found = [p for p in places if p.text == written]
    assert found, [p.text for p in places]
    assert found[0].lat is not None and found[0].lon is not None
    assert distance_km(found[0].lat, found[0].lon, *at) < 100


def test_a_first_name_is_no_river() -> None:
    places = eventwire.extract("Don Ellison spoke to reporters in Texas.", published="2025-03-04")
    assert [p.text for p in places.places] == ["Texas"]
