"""The dashboard: a read-only FastAPI app over an eventwire database (``eventwire serve``).

Pages (Jinja2, autoescaped) for events, dyads, the actor network, the country map, quotes and
articles; a JSON API under ``/api`` described by ``/openapi.json``. See docs/dashboard.md.
"""

from __future__ import annotations

from eventwire.web.app import create_app

__all__ = ["create_app"]
