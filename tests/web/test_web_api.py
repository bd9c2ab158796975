"""The JSON API returns exactly the matching rows (checked with direct SQL) and validates input."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest


def _sql_ids(db: Path, where: str, params: list[Any]) -> list[tuple[str, str]]:
    """The (article_id, event id) pairs a hand-written SQL filter selects."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT e.article_id, e.id FROM events e JOIN articles a ON a.id = e.article_id "
            f"WHERE {where}",
            params,
        ).fetchall()
    finally:
        con.close()
    return sorted((str(a), str(b)) for a, b in rows)


@pytest.mark.parametrize(
    ("query", "where", "params"),
    [
        ("", "TRUE", []),
        ("actor=RUS", "list_contains(e.actor_codes, ?)", ["RUS"]),
        ("actor=rus", "list_contains(e.actor_codes, ?)", ["RUS"]),
        ("recipient=UKR", "list_contains(e.recipient_codes, ?)", ["UKR"]),
        ("type=ASSAULT", "e.type = ?", ["ASSAULT"]),
        (
            "actor=UKR&recipient=RUS&type=ACCUSE",
            "list_contains(e.actor_codes, ?) AND list_contains(e.recipient_codes, ?)"
            " AND e.type = ?",
            ["UKR", "RUS", "ACCUSE"],
        ),
        ("since=2022-02-14", "coalesce(e.date, a.published) >= ?::DATE", ["2022-02-14"]),
        (
            "since=2022-02-07&until=2022-02-15",
            "coalesce(e.date, a.published) BETWEEN ?::DATE AND ?::DATE",
            ["2022-02-07", "2022-02-15"],
        ),
        ("actor=XYZ", "list_contains(e.actor_codes, ?)", ["XYZ"]),
    ],
)
def test_event_filters_return_exactly_the_matching_events(
    client: Any, web_db: Path, query: str, where: str, params: list[Any]
) -> None:
    expected = _sql_ids(web_db, where, params)
    body = client.get(f"/api/events?{query}&limit=1000").json()
    assert body["total"] == len(expected)
    assert sorted((e["article_id"], e["id"]) for e in body["events"]) == expected


def test_event_paging_covers_every_event_once(client: Any) -> None:
    total = client.get("/api/events?limit=0").json()["total"]
    seen = []
    for offset in range(0, total, 4):
        page = client.get(f"/api/events?limit=4&offset={offset}").json()
        assert page["total"] == total
        seen += [(e["article_id"], e["id"]) for e in page["events"]]
    assert len(seen) == len(set(seen)) == total


def test_events_carry_their_evidence(client: Any) -> None:
    event = client.get("/api/events?type=MOBILIZE").json()["events"][0]
    assert event["evidence"]["sentence"].startswith("Russia has massed")
    assert event["actor"][0]["code"] == "RUS"


def test_quotes_filter_by_speaker(client: Any) -> None:
    body = client.get("/api/quotes?speaker=Zelensky").json()
    assert body["total"] == len(body["quotes"]) >= 1
    assert all("Zelensky" in (q["speaker"]["name"] or "") for q in body["quotes"])
    assert client.get("/api/quotes").json()["total"] >= body["total"]


def test_article_is_the_stored_document(client: Any) -> None:
    body = client.get("/api/articles/web-002").json()
    assert body["schema"] == "eventwire.document/1"
    assert body["article"]["title"] == "Biden speaks with Zelensky, pledges aid"
    assert {q["unit"] for q in body["quantities"]} == {"USD"}


def test_dyads_are_conflictual_or_cooperative_as_written(client: Any) -> None:
    dyads = {row["dyad"]: row for row in client.get("/api/dyads").json()}
    assert dyads["RUS-UKR"]["q3"] + dyads["RUS-UKR"]["q4"] >= 3
    assert dyads["RUS-UKR"]["q1"] + dyads["RUS-UKR"]["q2"] == 0
    assert dyads["UKR-USA"]["q1"] >= 1


@pytest.mark.parametrize("freq", ["day", "week", "month"])
def test_signals_series_sum_to_the_dyad_total(client: Any, freq: str) -> None:
    total = {row["dyad"]: row for row in client.get("/api/dyads").json()}["RUS-UKR"]["events"]
    body = client.get(f"/api/signals?dyad=UKR-RUS&freq={freq}").json()
    assert body["dyad"] == "RUS-UKR" and body["freq"] == freq
    assert sum(point["events"] for point in body["series"]) == total


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/events?since=2022-02-30", 422),
        ("/api/events?until=tomorrow", 422),
        ("/api/events?type=HUG", 422),
        ("/api/events?limit=-1", 422),
        ("/api/events?limit=100000", 422),
        ("/api/events?offset=-3", 422),
        ("/api/signals", 422),
        ("/api/signals?dyad=RUS", 422),
        ("/api/signals?dyad=RUS-UKR&freq=hour", 422),
        ("/api/signals?dyad=RUS-UKR&since=no", 422),
        ("/api/articles/no-such-article", 404),
        ("/api/nothing-here", 404),
    ],
)
def test_bad_parameters(client: Any, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert set(response.json()) == {"detail"}
    assert "Traceback" not in response.text


def test_openapi_documents_the_response_models(client: Any) -> None:
    schema = client.get("/openapi.json").json()
    assert set(schema["paths"]) == {
        "/api/events",
        "/api/quotes",
        "/api/articles/{article_id}",
        "/api/dyads",
        "/api/signals",
    }
    for name in ("EventsPage", "QuotesPage", "Document", "DyadTotal", "Signals"):
        assert name in schema["components"]["schemas"]
