"""Short wire-style articles written for the dashboard tests (our own text, not a corpus's).

The last one carries markup in its title and body, so every page and the API can be checked for
escaping.
"""

from __future__ import annotations

import json
from pathlib import Path

XSS = "<script>alert(1)</script>"

ARTICLES: list[dict[str, str]] = [
    {
        "id": "web-001",
        "title": "Russia masses troops near Ukraine border",
        "outlet": "Test Wire",
        "published": "2022-02-01",
        "text": (
            "Russia has massed more than 100,000 troops near the border with Ukraine, "
            "officials in Kyiv said on Tuesday.\n\n"
            "Ukraine accused Russia of preparing an invasion. "
            '"We will defend every metre of our land," Ukrainian President Volodymyr '
            "Zelensky said."
        ),
    },
    {
        "id": "web-002",
        "title": "Biden speaks with Zelensky, pledges aid",
        "outlet": "Test Wire",
        "published": "2022-02-08",
        "text": (
            "President Joe Biden spoke with Zelensky by phone on Monday.\n\n"
            "The United States will send $200 million in military aid to Ukraine, the White "
            "House said. Secretary of State Antony Blinken met Ukrainian officials in Kyiv."
        ),
    },
    {
        "id": "web-003",
        "title": "Russian forces shell Ukrainian positions",
        "outlet": "Test Wire",
        "published": "2022-02-15",
        "text": (
            "Russian forces shelled Ukrainian positions in the east on Monday, the Ukrainian "
            "military said.\n\n"
            "Russia attacked Ukraine again on Tuesday. Ukraine condemned Russia for the "
            "attacks. Germany imposed sanctions on Russia."
        ),
    },
    {
        "id": "web-004",
        "title": "Scholz meets Macron in Berlin",
        "outlet": "Other Wire",
        "published": "2022-02-22",
        "text": (
            "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on "
            "Monday.\n\n"
            "Germany and France agreed to coordinate their response. China urged restraint."
        ),
    },
    {
        "id": "web-xss",
        "title": f"Talks in Geneva {XSS}",
        "outlet": "Test Wire",
        "published": "2022-02-23",
        "text": (
            f"Russia threatened Ukraine with new strikes on Wednesday {XSS}, officials said.\n\n"
            f'"We reject these threats {XSS}," Zelensky said.'
        ),
    },
]


def write_jsonl(path: Path) -> Path:
    """Write :data:`ARTICLES` as a JSON Lines file at ``path`` and return it."""
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    return path
