"""Security: headers on every answer, read-only methods, body limit, no traversal, escaping, 503."""

from __future__ import annotations

import http.client
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from web_articles import XSS
from web_client import TestClient

from eventwire.web import create_app
from eventwire.web.charts import spec_json
from eventwire.web.security import CSP

ROUTES = [
    "/",
    "/events",
    "/events?q=Geneva",
    "/dyads/RUS-UKR",
    "/network",
    "/map",
    "/quotes",
    "/articles/web-xss",
    "/api/events",
    "/api/quotes",
    "/api/articles/web-xss",
    "/api/dyads",
    "/api/signals?dyad=RUS-UKR",
    "/openapi.json",
    "/static/style.css",
    "/static/vega-bundle.js",
    "/no/such/page",
    "/api/events?since=bad",
]
EXPECTED_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


@pytest.mark.parametrize("path", ROUTES)
def test_security_headers_on_every_answer(client: Any, path: str) -> None:
    response = client.get(path)
    assert response.headers["content-security-policy"] == EXPECTED_CSP == CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"])
@pytest.mark.parametrize("path", ["/", "/api/events", "/static/style.css"])
def test_only_get_and_head_are_served(client: Any, method: str, path: str) -> None:
    response = client.request(method, path)
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD"
    assert response.headers["content-security-policy"] == CSP


def test_head_answers_headers_without_a_body(client: Any) -> None:
    response = client.head("/api/events")
    assert response.status_code == 200
    assert response.content == b""
    assert response.headers["content-security-policy"] == CSP


def test_request_body_is_limited(client: Any) -> None:
    response = client.request("GET", "/api/events", content=b"x" * 5000)
    assert response.status_code == 413
    assert "too large" in response.json()["detail"]


TRAVERSALS = [
    "/static/../../etc/passwd",
    "/static/..%2F..%2Fetc%2Fpasswd",
    "/static/%2e%2e/%2e%2e/etc/passwd",
    "/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/static/..%5c..%5cetc%5cpasswd",
    "/static/%252e%252e%252fetc%252fpasswd",
    "/static/style.css/../../../../etc/passwd",
    "/static//etc/passwd",
    "/static/%2fetc%2fpasswd",
    "/static/....//....//etc/passwd",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_static_traversal_is_refused(client: Any, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "root:" not in response.text


@pytest.mark.parametrize("path", TRAVERSALS)
def test_static_traversal_is_refused_on_the_wire(live_server: str, path: str) -> None:
    """The same paths sent verbatim (no client-side normalisation) to the real server."""
    address = urlsplit(live_server)
    connection = http.client.HTTPConnection(address.hostname or "", address.port, timeout=10)
    try:
        connection.putrequest("GET", path, skip_accept_encoding=True)
        connection.endheaders()
        response = connection.getresponse()
        body = response.read()
    finally:
        connection.close()
    assert response.status in (400, 404)
    assert b"root:" not in body


@pytest.mark.parametrize(
    "path",
    ["/", "/events", "/events?q=Geneva", "/dyads/RUS-UKR", "/quotes", "/articles/web-xss"],
)
def test_markup_in_articles_is_escaped_on_pages(client: Any, path: str) -> None:
    text = client.get(path).text
    assert XSS not in text
    assert "alert(1)" in text  # the text is shown, escaped
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


@pytest.mark.parametrize(
    "path", ["/api/articles/web-xss", "/api/events?limit=1000", "/api/quotes?limit=1000"]
)
def test_markup_in_articles_is_escaped_in_the_api(client: Any, path: str) -> None:
    response = client.get(path)
    assert response.headers["content-type"] == "application/json"
    assert b"<script>" not in response.content
    assert XSS in response.text.replace("\\u003c", "<").replace("\\u003e", ">")


def test_api_round_trips_the_markup_unchanged(client: Any) -> None:
    article = client.get("/api/articles/web-xss").json()["article"]
    assert article["title"] == f"Talks in Geneva {XSS}"
    assert XSS in article["text"]


def test_chart_json_cannot_close_its_script_element() -> None:
    embedded = str(spec_json({"title": "</script><!-- & -->", "x": "\u2028"}))
    assert "<" not in embedded and ">" not in embedded and "&" not in embedded
    assert "\\u003c/script\\u003e" in embedded


@pytest.fixture
def locked_db(web_db: Path, tmp_path: Path) -> Any:
    """A copy of the database held open for writing by another process (as an ingest would)."""
    copy = tmp_path / "locked.duckdb"
    shutil.copy(web_db, copy)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time\n"
            f"con = duckdb.connect({str(copy)!r})\n"
            "print('ready', flush=True)\n"
            "sys.stdin.read()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    yield copy, holder
    if holder.poll() is None:
        holder.kill()
        holder.wait(timeout=10)


def test_a_writer_holding_the_file_gives_503_with_retry_after(locked_db: Any) -> None:
    path, holder = locked_db  # a writer that keeps the file (not an eventwire ingest)
    with TestClient(create_app(path, db_wait=0.5), raise_server_exceptions=False) as client:
        for url in ("/api/events", "/"):
            response = client.get(url)
            assert response.status_code == 503
            assert response.headers["retry-after"] == "5"
            assert "being written by another process" in response.text
            assert "Traceback" not in response.text
        holder.communicate("", timeout=20)  # the writer finishes and lets go
        assert client.get("/api/events").status_code == 200


def test_missing_database_is_a_503_not_a_traceback(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "missing.duckdb")) as client:
        response = client.get("/api/events")
    assert response.status_code == 503
    assert "does not exist" in response.json()["detail"]
