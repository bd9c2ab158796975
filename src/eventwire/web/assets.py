"""The dashboard's static files: an allowlist of our own files, and the offline Vega bundle.

Nothing is read from a path a request names: a static route looks its name up in :data:`STATIC`
(a fixed table of our own files), so ``/static/../../etc/passwd`` and its encoded variants are
simply unknown names. The Vega, Vega-Lite and vega-embed JavaScript comes from
``vl_convert.javascript_bundle`` (the libraries vl-convert ships inside its wheel), built once per
process and kept in memory; no page ever references a CDN.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from functools import cache
from importlib import resources

# The bundle's entry snippet: vl-convert provides ``vegaEmbed``, ``vega`` and ``vegaLite`` as
# module bindings; we expose only vegaEmbed (our charts.js needs nothing else).
_BUNDLE_SNIPPET = "window.vegaEmbed = vegaEmbed;\n"


@dataclass(frozen=True)
class StaticFile:
    """One file the dashboard serves.

    Attributes:
        package_path: the file under ``eventwire/web/`` (``static/style.css``).
        media_type: its Content-Type.
    """

    package_path: str
    media_type: str


STATIC: dict[str, StaticFile] = {
    "style.css": StaticFile("static/style.css", "text/css; charset=utf-8"),
    "charts.js": StaticFile("static/charts.js", "text/javascript; charset=utf-8"),
    "favicon.svg": StaticFile("static/favicon.svg", "image/svg+xml"),
    "countries-110m.json": StaticFile("data/countries-110m.json", "application/json"),
}
"""Every static file by its public name; a name not in this table is a 404."""

VEGA_BUNDLE_NAME = "vega-bundle.js"


@cache
def static_bytes(name: str) -> bytes:
    """Return the bytes of an allowlisted static file (raises KeyError for any other name)."""
    entry = STATIC[name]
    return (resources.files("eventwire.web") / entry.package_path).read_bytes()


class VegaBundle:
    """The Vega + Vega-Lite + vega-embed JavaScript, built on first use and cached in memory.

    Building takes a few seconds (vl-convert bundles the libraries with its embedded Deno), so
    the server builds it once at start-up and every request gets the same bytes.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._body: bytes | None = None
        self._etag = ""

    def get(self) -> tuple[bytes, str]:
        """Return the bundle and its ETag (a hash of the bytes), building it the first time."""
        with self._lock:
            if self._body is None:
                import vl_convert

                self._body = vl_convert.javascript_bundle(_BUNDLE_SNIPPET).encode("utf-8")
                self._etag = '"' + hashlib.sha256(self._body).hexdigest()[:32] + '"'
            return self._body, self._etag


_BUNDLE = VegaBundle()


def vega_bundle() -> tuple[bytes, str]:
    """Return the process-wide Vega bundle and its ETag."""
    return _BUNDLE.get()
