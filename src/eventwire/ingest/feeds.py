"""RSS and Atom feeds, from a file or a URL: one article per item.

An item's text is its full content when the feed carries it, else its summary, with markup
removed; its id is the item's own ``id``/``guid`` (else its link, else a content hash), so a
feed read again yields the same ids and ``ingest`` skips what it already stored. The item's
published date, else ``--published``, dates it. Items with no text are reported, not dropped.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.request
from collections.abc import Iterator
from html import unescape
from typing import Any

from eventwire.config import Config
from eventwire.errors import InputError, InputTooLarge, MalformedInput
from eventwire.ingest.ids import article_id
from eventwire.schema import Article

_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(p|br|div|li|h[1-6])\b[^>]*>", re.IGNORECASE)
TIMEOUT_SECONDS = 30


def read_feed_file(
    path: str, published: str | None, config: Config
) -> Iterator[Article | InputError]:
    """Yield the items of a feed file."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(config.max_bytes + 1)
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")
        return
    yield from read_feed(data, path, published, config)


def fetch_feed(url: str, config: Config) -> bytes:
    """Download a feed (the user's own input; eventwire itself downloads nothing at run time).

    Raises:
        InputError: the feed cannot be fetched or is over ``Config.max_bytes``.
    """
    request = urllib.request.Request(url, headers={"User-Agent": "eventwire feed reader"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            data: bytes = response.read(config.max_bytes + 1)
    except (OSError, ValueError) as exc:
        raise InputError(url, f"cannot fetch the feed ({exc})") from None
    if len(data) > config.max_bytes:
        raise InputTooLarge(url, f"feed is over the limit of {config.max_bytes:,} bytes")
    return data


def read_feed(
    data: bytes, source: str, published: str | None, config: Config
) -> Iterator[Article | InputError]:
    """Yield the items of a feed document (RSS 0.9x/1.0/2.0 or Atom)."""
    import feedparser

    if len(data) > config.max_bytes:
        yield InputTooLarge(source, f"feed is over the limit of {config.max_bytes:,} bytes")
        return
    parsed: Any = feedparser.parse(data)
    entries = list(parsed.get("entries") or [])
    if not entries:
        reason = parsed.get("bozo_exception") if parsed.get("bozo") else "no items"
        yield MalformedInput(source, f"not a readable RSS/Atom feed ({reason})")
        return
    outlet = (parsed.get("feed") or {}).get("title") or None
    for number, entry in enumerate(entries, 1):
        where = f"{source}#{number}"
        text = _plain(_body(entry))
        if not text:
            yield MalformedInput(where, "feed item has no text")
            continue
        title = _plain(entry.get("title") or "") or None
        link = entry.get("link") or None
        own = entry.get("id") or link
        yield Article(
            id=str(own) if own else article_id(text, title),
            title=title,
            outlet=outlet,
            url=link,
            published=_date(entry) or published,
            text=text,
        )


def _body(entry: Any) -> str:
    for content in entry.get("content") or []:
        value = content.get("value")
        if value:
            return str(value)
    return str(entry.get("summary") or entry.get("description") or "")


def _plain(markup: str) -> str:
    text = _BLOCK.sub("\n\n", markup)
    text = unescape(_TAG.sub("", text))
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def _date(entry: Any) -> str | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    try:
        return dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday).isoformat()
    except (AttributeError, ValueError):
        return None
