"""Property-based API checks from /openapi.json (schemathesis over the ASGI app): never a 5xx.

The schema is loaded from the app at import time (it needs no database); the session's test
database is attached before the cases run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from eventwire.web import create_app

APP = create_app(Path("not-attached-yet.duckdb"))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(autouse=True)
def _attach_database(web_db: Path) -> None:
    APP.state.db_path = web_db


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_api_never_answers_a_server_error(case: Any) -> None:
    response = case.call()
    assert response.status_code < 500, response.text
    assert response.headers["content-security-policy"][0].startswith("default-src 'self'")
