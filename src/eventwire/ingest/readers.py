"""Readers: turn paths (files, directories, globs, ``-``) into articles, in input order.

Input kinds, by file name ending (``.gz`` variants are read through gzip):

- ``.txt``, ``.text``: one wire-copy article (see ``eventwire.ingest.clean``);
- ``.html``, ``.htm``: one page (see ``eventwire.ingest.html``);
- ``.jsonl``: one article per line, fields ``text`` (required), ``title``, ``published``,
  ``url``, ``outlet``, ``id``; blank lines are skipped, other fields ignored;
- ``.csv``: the same columns, named in a header row (case and spaces ignored).

A file named on the command line with another ending is sniffed like stdin: JSON Lines when
its first non-blank character is ``{``, else a text article. Directories are walked
recursively, entries sorted by name, taking only files with a known ending; globs
(``glob.glob(recursive=True)``) likewise, sorted. ``.json`` files are refused with a pointer to
JSON Lines.

Structured records (JSON Lines, CSV) are trusted: their ``text`` is used exactly as given, so
offsets a user computed on it stay valid; only text files and HTML are cleaned. A record's
``published`` that cannot be read (see ``normalise_published``) is treated as absent: the
``published`` argument (``--published``) is used, or None. Ids: the record's own ``id``, else
``article_id(text, title)``.

Every input yields at least one ``Article`` or ``InputError``; errors are yielded, not raised,
and reading goes on with the next record or file. Memory stays bounded: files are streamed,
JSON Lines and CSV one record at a time, and no input over ``Config.max_bytes`` is read whole.
"""

from __future__ import annotations

import errno
import glob
import gzip
import io
import os
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from typing import TextIO

from eventwire.config import Config
from eventwire.errors import InputError, InputTooLarge, MalformedInput
from eventwire.ingest.clean import clean_wire_text
from eventwire.ingest.html import read_html
from eventwire.ingest.ids import article_id
from eventwire.ingest.records import (
    BOM,
    Readline,
    check_not_binary,
    decode,
    read_csv,
    read_jsonl,
    too_large,
)
from eventwire.schema import Article

KINDS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".csv": "csv",
    ".warc": "warc",
    ".rss": "feed",
    ".atom": "feed",
}
STDIN = "<stdin>"
_SNIFF_BYTES = 8192
_READ_ERRORS = (OSError, EOFError, zlib.error)


def read_inputs(
    paths: Sequence[str],
    *,
    published: str | None = None,
    config: Config | None = None,
    stdin: TextIO | None = None,
) -> Iterator[Article | InputError]:
    """Yield articles in input order; a bad input yields an InputError (not raised), the rest go on.

    Args:
        paths: files, directories, globs, or ``-`` for standard input.
        published: the publication date (``YYYY-MM-DD``, already validated) for inputs that do
            not carry a readable one.
        config: settings (``max_bytes``); by default the shipped ones.
        stdin: the stream ``-`` reads; by default ``sys.stdin``.

    Yields:
        One ``Article`` per article read, one ``InputError`` per input (file, line or row) that
        could not be read.
    """
    config = config or Config()
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin or sys.stdin, published, config)
        else:
            yield from _read_path(path, published, config)


def _read_path(path: str, published: str | None, config: Config) -> Iterator[Article | InputError]:
    try:
        is_dir = os.path.isdir(os.path.realpath(path, strict=True))
    except FileNotFoundError:
        if glob.has_magic(path):
            yield from _read_glob(path, published, config)
        elif os.path.islink(path):
            yield InputError(path, "broken symbolic link (its target does not exist)")
        else:
            yield InputError(path, "no such file or directory")
        return
    except OSError as exc:
        yield InputError(path, _os_reason(exc))
        return
    if is_dir:
        yield from _read_directory(path, published, config)
    else:
        yield from _read_file(path, published, config, kind=_kind(path) or "sniff")


def _read_glob(
    pattern: str, published: str | None, config: Config
) -> Iterator[Article | InputError]:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield InputError(pattern, "glob matched no files")
        return
    seen: set[str] = set()  # "**" matches a folder and its files: read each file once
    for match in matches:
        if os.path.isdir(match):
            files: Iterator[str | InputError] = _walk(match, set())
        elif _kind(match) is not None or not os.path.exists(match):
            files = iter([match])
        else:
            continue
        for item in files:
            if isinstance(item, InputError):
                yield item
            elif (real := os.path.realpath(item)) not in seen:
                seen.add(real)
                yield from _read_file(item, published, config, kind=_kind(item) or "sniff")
    if not seen:
        yield InputError(pattern, f"glob matched no files ending in {_known_endings()}")


def _read_directory(
    directory: str, published: str | None, config: Config
) -> Iterator[Article | InputError]:
    found = False
    for item in _walk(directory, set()):
        if isinstance(item, InputError):
            yield item
        else:
            found = True
            yield from _read_file(item, published, config, kind=_kind(item) or "sniff")
    if not found:
        yield InputError(directory, f"directory holds no files ending in {_known_endings()}")


def _walk(directory: str, ancestors: set[tuple[int, int]]) -> Iterator[str | InputError]:
    """Yield the files with a known ending under a directory, depth first, sorted by name."""
    try:
        status = os.stat(directory)
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield InputError(directory, f"cannot list directory: {_os_reason(exc)}")
        return
    key = (status.st_dev, status.st_ino)
    if key in ancestors:
        yield InputError(directory, "symbolic link loop (a folder links back to its parent)")
        return
    ancestors = ancestors | {key}
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(entry.path, ancestors)
        elif _kind(entry.name) is not None:
            yield entry.path


def _read_file(
    path: str, published: str | None, config: Config, *, kind: str
) -> Iterator[Article | InputError]:
    if path.lower().endswith((".json", ".json.gz")):
        yield MalformedInput(path, "JSON files are not read: write one article per line (.jsonl)")
        return
    if kind == "warc":
        from eventwire.ingest.archives import read_warc

        yield from read_warc(path, published, config)
        return
    if kind == "feed":
        from eventwire.ingest.feeds import read_feed_file

        yield from read_feed_file(path, published, config)
        return
    try:
        size = os.stat(path).st_size
        if kind in ("text", "html") and not _is_gzip(path) and size > config.max_bytes:
            yield InputTooLarge(path, too_large("file", size, config))
            return
        with _open(path) as handle:
            check_not_binary(handle.peek(_SNIFF_BYTES)[:_SNIFF_BYTES], path)
            if kind == "csv":
                yield from read_csv(handle, path, published, config)
            else:
                yield from _read_stream(handle.readline, handle.read, path, published, config, kind)
    except InputError as exc:
        yield exc
    except _READ_ERRORS as exc:
        yield InputError(path, f"cannot read: {_os_reason(exc)}")


def _open(path: str) -> gzip.GzipFile | io.BufferedReader:
    return gzip.GzipFile(path, "rb") if _is_gzip(path) else open(path, "rb")


def _is_gzip(path: str) -> bool:
    return path.lower().endswith(".gz")


def _read_stdin(
    stream: TextIO, published: str | None, config: Config
) -> Iterator[Article | InputError]:
    def readline(size: int) -> bytes:
        return stream.readline(size).encode("utf-8", "surrogateescape")

    def read(size: int) -> bytes:
        return stream.read(size).encode("utf-8", "surrogateescape")

    try:
        yield from _read_stream(readline, read, STDIN, published, config, "sniff")
    except InputError as exc:
        yield exc
    except UnicodeError as exc:
        yield MalformedInput(STDIN, f"not valid UTF-8 text ({exc})")
    except OSError as exc:
        yield InputError(STDIN, f"cannot read: {_os_reason(exc)}")


def _read_stream(
    readline: Readline,
    read: Callable[[int], bytes],
    source: str,
    published: str | None,
    config: Config,
    kind: str,
) -> Iterator[Article | InputError]:
    """Read one opened input of a kind; ``sniff`` looks at the first non-blank character."""
    head = b""
    if kind == "sniff":
        while (line := readline(config.max_bytes + 2)) and not line.strip():
            head += line
        head += line
        kind = "jsonl" if line.lstrip(BOM + b" \t\r\n").startswith(b"{") else "text"
    if kind == "jsonl":
        yield from read_jsonl(_prefixed(head, readline), source, published, config)
    else:
        data = head + read(config.max_bytes + 1 - len(head))
        if len(data) > config.max_bytes:
            raise InputTooLarge(source, too_large("input", None, config))
        if kind == "html":
            yield _html_article(data, source, published)
        else:
            yield _text_article(decode(data, source), source, published)


def _prefixed(head: bytes, readline: Readline) -> Readline:
    """A readline that returns the sniffed lines first."""
    pending = io.BytesIO(head)

    def prefixed(size: int) -> bytes:
        return pending.readline(size) or readline(size)

    return prefixed


def _text_article(text: str, source: str, published: str | None) -> Article:
    cleaned = clean_wire_text(text)
    if not cleaned.text:
        detail = " (nothing but boilerplate)" if text.strip() else ""
        raise MalformedInput(source, f"empty article{detail}")
    return Article(
        id=article_id(cleaned.text, cleaned.title),
        title=cleaned.title,
        outlet=cleaned.outlet,
        published=published,
        text=cleaned.text,
    )


def _html_article(data: bytes, source: str, published: str | None) -> Article:
    check_not_binary(data, source)
    body = data.removeprefix(BOM)
    try:
        markup: str | bytes = body.decode("utf-8")
    except UnicodeDecodeError:
        markup = body  # trafilatura follows the page's declared charset
    return read_html(markup, source, published=published)


def _kind(path: str) -> str | None:
    name = path.lower().removesuffix(".gz")
    return KINDS.get(os.path.splitext(name)[1])


def _known_endings() -> str:
    return " ".join(sorted(KINDS))


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.errno == errno.ELOOP:
        return "symbolic link loop (too many levels of symbolic links)"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    if isinstance(exc, EOFError | zlib.error | gzip.BadGzipFile):
        return f"not a complete gzip file ({exc})"
    return str(exc)
