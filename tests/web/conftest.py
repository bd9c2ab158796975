"""Fixtures for the dashboard tests: a database ingested once per session, a client, a live server.

The database is built by ``eventwire ingest`` over :data:`web_articles.ARTICLES` (our own short
wire-style texts), so the pages are tested on what the coder really produces.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from typer.testing import CliRunner
from web_articles import write_jsonl
from web_client import TestClient

from eventwire.cli.app import app as cli_app
from eventwire.web import create_app


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the test articles (spaCy runs once per session)."""
    folder = tmp_path_factory.mktemp("web")
    source = write_jsonl(folder / "articles.jsonl")
    path = folder / "web.duckdb"
    result = CliRunner().invoke(cli_app, ["ingest", str(source), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="session")
def client(web_db: Path) -> Iterator[TestClient]:
    """A TestClient over the dashboard (server errors are answered, not raised)."""
    with TestClient(create_app(web_db), raise_server_exceptions=False) as test_client:
        yield test_client


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def live_server(web_db: Path) -> Iterator[str]:
    """The dashboard served by uvicorn on a free localhost port, in a thread; yields its URL."""
    port = _free_port()
    config = uvicorn.Config(
        create_app(web_db, build_bundle=True), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
