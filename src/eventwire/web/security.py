"""The dashboard's outer shell: security headers, allowed methods, body limit, last-resort errors.

One pure ASGI middleware wraps the whole application, so every response, error pages included,
carries the same headers:

* ``Content-Security-Policy`` (:data:`CSP`): only our own scripts, styles and images (plus
  ``data:`` images for chart downloads); no inline script or style, no eval, no plugins, no
  framing, no ``<base>``, forms only to ourselves. Vega runs under it because charts.js embeds
  with ``ast: true``, which makes vega-embed evaluate expressions with the bundled
  vega-interpreter instead of ``new Function``.
* ``X-Content-Type-Options: nosniff``, ``Referrer-Policy: no-referrer``,
  ``X-Frame-Options: DENY`` (for browsers without ``frame-ancestors``),
  ``Cross-Origin-Opener-Policy: same-origin``.

The dashboard only reads, so only GET and HEAD are served (anything else is 405), a request may
carry at most :data:`MAX_BODY` bytes of body, and an unexpected exception becomes a short 500
message: the traceback goes to the server's log, never to the client.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode("ascii")),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)
ALLOWED_METHODS = frozenset({"GET", "HEAD"})
MAX_BODY = 1024  # bytes; the dashboard reads nothing from request bodies

log = logging.getLogger("eventwire.web")


class _BodyTooLarge(Exception):
    """A request streamed more body than :data:`MAX_BODY`."""


class SecurityMiddleware:
    """Wrap an ASGI app with the headers, method and size rules described in the module.

    Args:
        app: the application to protect.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        if method not in ALLOWED_METHODS:
            await _plain(send, scope, 405, "method not allowed: the dashboard only reads (GET)")
            return
        length = _content_length(scope)
        if length is None or length > MAX_BODY:
            await _plain(send, scope, 413, f"request body too large (at most {MAX_BODY} bytes)")
            return
        head = method == "HEAD"
        if head:
            scope = dict(scope, method="GET")
        started = False
        received = 0

        async def guarded_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > MAX_BODY:
                raise _BodyTooLarge
            return message

        async def secured_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = _with_security_headers(message.get("headers", []))
            elif message["type"] == "http.response.body" and head:
                more = bool(message.get("more_body", False))
                message = {"type": "http.response.body", "body": b"", "more_body": more}
            await send(message)

        try:
            await self.app(scope, guarded_receive, secured_send)
        except _BodyTooLarge:
            if not started:
                await _plain(send, scope, 413, f"request body too large (at most {MAX_BODY} bytes)")
        except Exception:
            log.exception("unexpected error serving %s", scope.get("path"))
            if not started:
                await _plain(send, scope, 500, "internal error; the server's log has the details")


def _content_length(scope: Scope) -> int | None:
    """The declared body size (0 when none); None when the header is not a number."""
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return 0


def _with_security_headers(headers: Any) -> list[tuple[bytes, bytes]]:
    """Return ``headers`` with ours added, replacing any same-named header an inner app set."""
    ours = {name for name, _ in SECURITY_HEADERS}
    kept = [(bytes(n), bytes(v)) for n, v in headers if bytes(n).lower() not in ours]
    return kept + list(SECURITY_HEADERS)


async def _plain(send: Send, scope: Scope, status: int, message: str) -> None:
    """Send a short error: JSON ``{"detail": …}`` under ``/api``, plain text elsewhere."""
    if str(scope.get("path", "")).startswith("/api"):
        body = json.dumps({"detail": message}).encode("utf-8")
        media = b"application/json"
    else:
        body = (message + "\n").encode("utf-8")
        media = b"text/plain; charset=utf-8"
    headers = [(b"content-type", media), (b"content-length", str(len(body)).encode("ascii"))]
    if status == 405:
        headers.append((b"allow", b"GET, HEAD"))
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": _with_security_headers(headers),
        }
    )
    await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})
