"""``eventwire serve``: the dashboard and the JSON API over a database (:mod:`eventwire.web`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.app import DbOption, DebugOption, _errors, _fail, err


def serve(
    db: DbOption = Path("eventwire.duckdb"),
    host: Annotated[
        str, typer.Option("--host", help="Address to bind; 0.0.0.0 exposes it to the network.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
    debug: DebugOption = False,
) -> None:
    """Serve the dashboard and the JSON API (read-only; answers 503 while an ingest writes)."""
    import uvicorn

    from eventwire.web import create_app

    if not db.is_file():
        raise _fail(f"database {db} does not exist; create it with `eventwire ingest`", 1)
    with _errors(debug):
        app = create_app(db, build_bundle=True)
    err.print(
        f"serving {db} (read-only) at http://{host}:{port}/ — Ctrl-C to stop",
        highlight=False,
        markup=False,
    )
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="debug" if debug else "info",
        server_header=False,
        proxy_headers=False,
    )
