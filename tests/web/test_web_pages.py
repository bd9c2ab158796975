"""Every dashboard page answers 200 with its content, and bad parameters answer short errors."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/", ["Overview", "Top dyads", "RUS-UKR", "Latest events", "Alerts"]),
        ("/events", ["Events", "matching events", "MOBILIZE", "massed"]),
        ("/events?actor=rus&type=assault", ["2 matching events", "shelled", "attacked"]),
        ("/events?q=troops", ["massed"]),
        ("/events?since=2022-02-20&until=2022-02-22&actor=&recipient=&type=&q=", ["3 matching"]),
        ("/dyads/RUS-UKR", ["Dyad RUS-UKR", "Cooperation and conflict", "Events (", "shelled"]),
        ("/dyads/ukr-rus?freq=day", ["Dyad RUS-UKR", "massed"]),
        ("/dyads/RUS-UKR?freq=month", ["Dyad RUS-UKR"]),
        ("/network", ["Actor network", "UKR-USA", "spec-network"]),
        ("/map", ["Events by country", "spec-map", "UKR"]),
        ("/quotes", ["Quotes", "We will defend every metre of our land"]),
        ("/quotes?speaker=zelensky", ["We will defend every metre"]),
        ("/articles/web-001", ["Russia masses troops near Ukraine border", "hl-actor", "MOBILIZE"]),
    ],
)
def test_page(client: Any, path: str, expected: list[str]) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    for text in expected:
        assert text in response.text


def test_event_search_counts_match_the_api(client: Any) -> None:
    page = client.get("/events?actor=UKR")
    api = client.get("/api/events?actor=UKR").json()
    assert f"{api['total']} matching events" in page.text


def test_article_page_highlights_every_kind(client: Any) -> None:
    text = client.get("/articles/web-002").text
    for kind in ("hl-actor", "hl-trigger", "hl-quote", "hl-quantity", "hl-place"):
        assert f"{kind}" in text
    assert "200,000,000 USD" in text  # the quantity list


def test_dyad_page_embeds_a_parsable_vega_lite_spec(client: Any) -> None:
    text = client.get("/dyads/RUS-UKR?freq=day").text
    match = re.search(r'<script type="application/json" id="spec-timeline">(.*?)</script>', text)
    assert match is not None
    spec = json.loads(match[1])
    assert spec["$schema"].endswith("vega-lite/v5.json")
    conflict = sum(v["events"] for v in spec["data"]["values"] if v["kind"] == "conflict")
    series = client.get("/api/signals?dyad=RUS-UKR&freq=day").json()["series"]
    assert conflict == sum(point["q3"] + point["q4"] for point in series) > 0
    assert '<script src="/static/vega-bundle.js"></script>' in text


def test_map_joins_iso3_codes_to_numeric_ids(client: Any) -> None:
    text = client.get("/map").text
    match = re.search(r'id="spec-map">(.*?)</script>', text)
    assert match is not None
    counts = json.loads(match[1])["layer"][1]["transform"][0]["from"]["data"]["values"]
    assert {"id": "804", "code": "UKR", "events": 11} in counts


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        ("/events?since=yesterday", 422, "since: expected a date"),
        ("/events?type=HUG", 422, "type: expected one of"),
        ("/events?page=0", 422, "invalid request"),
        ("/dyads/RUS", 422, "dyad: expected two codes"),
        ("/dyads/RUS-RUS", 422, "two different codes"),
        ("/dyads/RUS-UKR?freq=year", 422, "invalid request"),
        ("/articles/no-such-article", 404, "no article with this id"),
        ("/no/such/page", 404, "Not Found"),
    ],
)
def test_bad_request_is_a_short_html_error(
    client: Any, path: str, status: int, message: str
) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert message in response.text
    assert "Traceback" not in response.text


def test_static_files_are_served(client: Any) -> None:
    for name, media in [
        ("style.css", "text/css"),
        ("charts.js", "text/javascript"),
        ("favicon.svg", "image/svg+xml"),
        ("countries-110m.json", "application/json"),
    ]:
        response = client.get(f"/static/{name}")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith(media)


def test_vega_bundle_is_served_offline_with_an_etag(client: Any) -> None:
    response = client.get("/static/vega-bundle.js")
    assert response.status_code == 200
    assert "vegaEmbed" in response.text and len(response.content) > 100_000
    again = client.get(
        "/static/vega-bundle.js", headers={"If-None-Match": response.headers["etag"]}
    )
    assert again.status_code == 304


def test_no_page_references_a_cdn(client: Any) -> None:
    for path in ("/", "/dyads/RUS-UKR", "/network", "/map", "/static/charts.js"):
        text = client.get(path).text
        assert not re.search(r"(src|href)=\"https?://", text)
        assert "cdn" not in text.lower()


@pytest.mark.parametrize(
    "query", ["", "actor=RUS", "recipient=ukr&type=ASSAULT", "since=2022-02-14&until=2022-02-20"]
)
def test_events_page_total_matches_the_api(client: Any, query: str) -> None:
    total = client.get(f"/api/events?{query}").json()["total"]
    assert f"{total} matching events" in client.get(f"/events?{query}").text
