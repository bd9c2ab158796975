"""Article ids: the input's own id when it has one, else a content hash.

The content hash is ``"sha256:"`` followed by the hex SHA-256 of the UTF-8 JSON array
``[title, text]`` written without spaces (``json.dumps([title, text], ensure_ascii=False,
separators=(",", ":"))``; a missing title is ``null``). Hashing the pair, not a concatenation,
keeps "title A, body B" apart from "no title, body A + B", and two articles with the same body
under different titles apart from each other. The hash is taken over the *cleaned* text, so
re-exporting an article with other boilerplate gives it the same id, and re-ingesting it is a
no-op.
"""

from __future__ import annotations

import hashlib
import json

ID_PREFIX = "sha256:"


def article_id(text: str, title: str | None) -> str:
    """Return the content id of an article: ``"sha256:<hex>"`` over its title and cleaned text.

    Args:
        text: the cleaned body text (``Article.text``).
        title: the title, or None; an empty title counts as None.

    Returns:
        ``"sha256:"`` and 64 hex digits.
    """
    payload = json.dumps([title or None, text], ensure_ascii=False, separators=(",", ":"))
    return ID_PREFIX + hashlib.sha256(payload.encode("utf-8")).hexdigest()


def own_id(value: object) -> str | None:
    """Return a record's own ``id`` as a string: strings are stripped, integers written out.

    Args:
        value: the ``id`` field as read (JSON or CSV), or None when absent.

    Returns:
        The id, or None when the record has none (absent, null or blank).

    Raises:
        TypeError: when the id is neither a string nor an integer (booleans, floats, lists).
    """
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"field 'id' must be a string or an integer, got {json_type(value)}")
    text = str(value).strip()
    return text or None


def json_type(value: object) -> str:
    """Name a decoded JSON value's type the way JSON does (``object``, ``array``, ``number``)."""
    match value:
        case None:
            return "null"
        case bool():
            return "boolean"
        case int() | float():
            return "number"
        case str():
            return "string"
        case dict():
            return "object"
        case list():
            return "array"
    return type(value).__name__
