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

import csv
import errno
import glob
import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TextIO

from eventwire.config import Config
from eventwire.errors import InputError, InputTooLarge, MalformedInput
from eventwire.ingest.clean import clean_wire_text, normalise_published
from eventwire.ingest.html import read_html
from eventwire.ingest.ids import article_id, json_type, own_id
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
FIELDS = ("text", "title", "published", "url", "outlet", "id")
_BOM = b"\xef\xbb\xbf"
_SNIFF_BYTES = 8192
_READ_ERRORS = (OSError, EOFError, zlib.error)

Readline = Callable[[int], bytes]
_CsvReader = Any  # the csv module's reader type has no public name


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
            yield InputTooLarge(path, _too_large("file", size, config))
            return
        with _open(path) as handle:
            _check_not_binary(handle.peek(_SNIFF_BYTES)[:_SNIFF_BYTES], path)
            if kind == "csv":
                yield from _read_csv(handle, path, published, config)
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
        kind = "jsonl" if line.lstrip(_BOM + b" \t\r\n").startswith(b"{") else "text"
    if kind == "jsonl":
        yield from _read_jsonl(_prefixed(head, readline), source, published, config)
    else:
        data = head + read(config.max_bytes + 1 - len(head))
        if len(data) > config.max_bytes:
            raise InputTooLarge(source, _too_large("input", None, config))
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
    _check_not_binary(data, source)
    body = data.removeprefix(_BOM)
    try:
        markup: str | bytes = body.decode("utf-8")
    except UnicodeDecodeError:
        markup = body  # trafilatura follows the page's declared charset
    return read_html(markup, source, published=published)


def _read_jsonl(
    readline: Readline, source: str, published: str | None, config: Config
) -> Iterator[Article | InputError]:
    """Read JSON Lines one line at a time; each bad line yields an error and reading goes on."""
    number, offset, records = 0, 0, 0
    while line := readline(config.max_bytes + 2):
        number += 1
        where = f"{source}:{number}"
        start = offset
        offset += len(line)
        if len(line.rstrip(b"\r\n")) > config.max_bytes:
            while not line.endswith(b"\n") and (line := readline(1 << 16)):
                offset += len(line)
            yield InputTooLarge(where, _too_large("line", offset - start, config))
            records += 1
            continue
        if not line.strip():
            continue
        records += 1
        try:
            text = decode(line, where, offset=start)
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise MalformedInput(
                    where, f"not valid JSON: {exc.msg} (column {exc.colno})"
                ) from exc
            if not isinstance(record, dict):
                raise MalformedInput(where, f"expected a JSON object, got {json_type(record)}")
            yield record_article(record, where, published=published, config=config)
        except InputError as exc:
            yield exc
    if records == 0:
        yield MalformedInput(source, "empty file: no JSON lines")


def _read_csv(
    handle: gzip.GzipFile | io.BufferedReader, source: str, published: str | None, config: Config
) -> Iterator[Article | InputError]:
    """Read CSV with a header row, one record at a time (quoted newlines allowed)."""
    if csv.field_size_limit() < config.max_bytes:
        csv.field_size_limit(config.max_bytes)  # the default (128 KiB) is below our own limit
    with io.TextIOWrapper(handle, encoding="utf-8-sig", newline="") as stream:
        yield from _read_csv_rows(csv.reader(stream), source, published, config)


def _read_csv_rows(
    reader: _CsvReader, source: str, published: str | None, config: Config
) -> Iterator[Article | InputError]:
    header: list[str] | None = None
    rows = 0
    while True:
        where = f"{source}:{reader.line_num + 1}"
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield _csv_error(where, exc, config)
            rows += 1
            continue
        except UnicodeDecodeError as exc:
            yield MalformedInput(
                where, f"not valid UTF-8 text (byte 0x{exc.object[exc.start]:02x})"
            )
            return
        if not row:
            continue
        if header is None:
            header = [name.strip().lower() for name in row]
            if "text" not in header:
                found = ", ".join(header)
                yield MalformedInput(source, f"CSV header has no 'text' column (found: {found})")
                return
            continue
        rows += 1
        if len(row) > len(header):
            reason = f"row has {len(row)} fields, the header {len(header)}"
            yield MalformedInput(where, reason)
            continue
        record = {name: value for name, value in zip(header, row, strict=False) if value.strip()}
        try:
            yield record_article(record, where, published=published, config=config)
        except InputError as exc:
            yield exc
    if header is None:
        yield MalformedInput(source, "empty file: no CSV header row")
    elif rows == 0:
        yield MalformedInput(source, "no articles: the CSV file has a header but no rows")


def _csv_error(where: str, exc: csv.Error, config: Config) -> InputError:
    if "field larger than field limit" in str(exc):
        return InputTooLarge(where, _too_large("field", None, config))
    return MalformedInput(where, f"bad CSV: {exc}")


def record_article(
    record: Mapping[str, object], source: str, *, published: str | None, config: Config
) -> Article:
    """Make an article from a JSON Lines or CSV record.

    Args:
        record: the fields read; unknown fields are ignored.
        source: ``path:line`` for error messages.
        published: the date to use when the record has no readable ``published``.
        config: settings (``max_bytes``).

    Returns:
        The article; ``text`` is kept exactly as given.

    Raises:
        MalformedInput: ``text`` is missing, not a string or blank; another field has a bad type.
        InputTooLarge: ``text`` is over ``config.max_bytes``.
    """
    text = record.get("text")
    if text is None:
        raise MalformedInput(source, "missing field 'text'")
    if not isinstance(text, str):
        raise MalformedInput(source, f"field 'text' must be a string, got {json_type(text)}")
    if not text.strip():
        raise MalformedInput(source, "empty article (field 'text' is blank)")
    if (size := len(text.encode("utf-8", "surrogatepass"))) > config.max_bytes:
        raise InputTooLarge(source, _too_large("text", size, config))
    fields = {name: _optional_text(record, name, source) for name in FIELDS[1:5]}
    try:
        identifier = own_id(record.get("id"))
    except TypeError as exc:
        raise MalformedInput(source, str(exc)) from exc
    date = normalise_published(fields["published"]) if fields["published"] else None
    return Article(
        id=identifier or article_id(text, fields["title"]),
        title=fields["title"],
        outlet=fields["outlet"],
        url=fields["url"],
        published=date or published,
        text=text,
    )


def _optional_text(record: Mapping[str, object], name: str, source: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise MalformedInput(source, f"field '{name}' must be a string, got {json_type(value)}")
    return value.strip() or None


def decode(data: bytes, source: str, *, offset: int = 0) -> str:
    """Decode UTF-8 bytes (a leading BOM is dropped); refuse binary data and bad bytes.

    Raises:
        MalformedInput: the bytes hold NUL characters or are not valid UTF-8.
    """
    if data.startswith(_BOM):
        data, offset = data[len(_BOM) :], offset + len(_BOM)
    _check_not_binary(data, source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        reason = f"not valid UTF-8 text (byte 0x{bad:02x} at offset {offset + exc.start})"
        raise MalformedInput(source, reason) from exc


def _check_not_binary(data: bytes, source: str) -> None:
    if b"\x00" in data:
        raise MalformedInput(source, "looks like a binary file (it holds NUL bytes), not text")


def _kind(path: str) -> str | None:
    name = path.lower().removesuffix(".gz")
    return KINDS.get(os.path.splitext(name)[1])


def _known_endings() -> str:
    return " ".join(sorted(KINDS))


def _too_large(what: str, size: int | None, config: Config) -> str:
    limit = f"the limit of {config.max_bytes:,} bytes (Config.max_bytes)"
    if size is None:
        return f"{what} is larger than {limit}"
    return f"{what} is {size:,} bytes, over {limit}"


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.errno == errno.ELOOP:
        return "symbolic link loop (too many levels of symbolic links)"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    if isinstance(exc, EOFError | zlib.error | gzip.BadGzipFile):
        return f"not a complete gzip file ({exc})"
    return str(exc)
