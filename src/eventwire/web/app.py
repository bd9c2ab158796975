"""The dashboard application: :func:`create_app` builds it over one DuckDB file.

Each request opens the database read-only, reads, and closes it again (:func:`open_db`), so the
server never holds the file between requests. An ``eventwire ingest`` opens the file only while it
writes a batch (store/writer.py); a request that arrives then waits for the write to end (up to
``db_wait`` seconds, 3 by default) and is answered. Only a writer that keeps the file longer (an
old eventwire, a DuckDB shell) makes the dashboard answer 503 with a ``Retry-After`` header.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException

from eventwire import __version__
from eventwire.errors import DatabaseBusy as FileBusy
from eventwire.errors import StoreError
from eventwire.store.db import Database
from eventwire.web import assets
from eventwire.web.security import SecurityMiddleware

RETRY_AFTER_SECONDS = 5
DEFAULT_DB_WAIT = 3.0
log = logging.getLogger("eventwire.web")


class DatabaseBusy(HTTPException):
    """The database file is locked by a writer (an ingest); try again shortly."""

    def __init__(self, detail: str) -> None:
        super().__init__(503, detail, headers={"Retry-After": str(RETRY_AFTER_SECONDS)})


@contextmanager
def open_db(request: Request) -> Iterator[Database]:
    """Open the app's database read-only for one request, and close it afterwards.

    Raises:
        DatabaseBusy: another process is writing the file (503 with Retry-After).
        HTTPException: 503 when the file is missing or not an eventwire database.
    """
    path: Path = request.app.state.db_path
    try:
        db = Database(path, read_only=True, wait=request.app.state.db_wait)
    except StoreError as error:
        if isinstance(error, FileBusy):
            raise DatabaseBusy(
                f"the database is being written by another process (an ingest?); "
                f"retry in {RETRY_AFTER_SECONDS} seconds"
            ) from error
        raise HTTPException(503, f"database unavailable: {error}") from error
    try:
        yield db
    finally:
        db.close()


def _templates() -> Jinja2Templates:
    """Jinja2 templates from the package, autoescaping every HTML template."""
    folder = str(resources.files("eventwire.web") / "templates")
    env = Environment(
        loader=FileSystemLoader(folder),
        autoescape=select_autoescape(["html"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return Jinja2Templates(env=env)


def create_app(
    db_path: str | Path, *, build_bundle: bool = False, db_wait: float = DEFAULT_DB_WAIT
) -> FastAPI:
    """Build the dashboard over the DuckDB file at ``db_path`` (opened read-only per request).

    Args:
        db_path: the eventwire database.
        db_wait: seconds a request waits for a writer to release the file before a 503.
        build_bundle: build the Vega JavaScript bundle at start-up (the server does, so the first
            page with a chart does not wait for it); otherwise it is built on first request.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if build_bundle:
            assets.vega_bundle()
        yield

    app = FastAPI(
        title="eventwire",
        version=__version__,
        description="Coded news events: who did what to whom, with evidence. Read-only.",
        docs_url=None,  # Swagger UI and ReDoc load scripts from CDNs; /openapi.json stays
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.db_path = Path(db_path)
    app.state.db_wait = db_wait
    app.state.templates = _templates()
    _register_static(app)
    _register_errors(app)

    from eventwire.web import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_middleware(SecurityMiddleware)
    return app


def _register_static(app: FastAPI) -> None:
    """Serve the allowlisted static files and the Vega bundle (no file-system paths involved)."""

    @app.get("/static/vega-bundle.js", include_in_schema=False)
    def vega_bundle(request: Request) -> Response:
        body, etag = assets.vega_bundle()
        headers = {"ETag": etag, "Cache-Control": "public, max-age=86400"}
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers=headers)
        return Response(body, media_type="text/javascript; charset=utf-8", headers=headers)

    @app.get("/static/{name}", include_in_schema=False)
    def static_file(name: str) -> Response:
        entry = assets.STATIC.get(name)
        if entry is None:
            raise HTTPException(404, "no such static file")
        return Response(
            assets.static_bytes(name),
            media_type=entry.media_type,
            headers={"Cache-Control": "public, max-age=3600"},
        )


def _register_errors(app: FastAPI) -> None:
    """Short error answers: JSON under /api, a small HTML page elsewhere; never a traceback."""

    def answer(request: Request, status: int, detail: str, headers: Any = None) -> Response:
        if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
            return JSONResponse({"detail": detail}, status_code=status, headers=headers)
        templates: Jinja2Templates = request.app.state.templates
        return templates.TemplateResponse(
            request,
            "error.html",
            {"status": status, "detail": detail},
            status_code=status,
            headers=headers,
        )

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        return answer(request, error.status_code, str(error.detail), error.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        problems = []
        for item in error.errors()[:5]:
            where = ".".join(str(part) for part in item.get("loc", ()) if part != "query")
            problems.append(f"{where}: {item.get('msg', 'invalid')}")
        return answer(request, 422, "invalid request: " + "; ".join(problems))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, error: StoreError) -> Response:
        return answer(request, 422, str(error))
