"""Structured records: JSON Lines and CSV files, one article per record, read as a stream.

A record's ``text`` is used exactly as given (offsets a user computed on it stay valid); the other
fields (``title``, ``published``, ``url``, ``outlet``, ``id``) are optional strings. Each bad line
or row yields an error naming ``path:line`` and reading goes on with the next one.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from eventwire.config import Config
from eventwire.errors import InputError, InputTooLarge, MalformedInput
from eventwire.ingest.clean import normalise_published
from eventwire.ingest.ids import article_id, json_type, own_id
from eventwire.schema import Article

FIELDS = ("text", "title", "published", "url", "outlet", "id")
BOM = b"\xef\xbb\xbf"

Readline = Callable[[int], bytes]
_CsvReader = Any  # the csv module's reader type has no public name


def read_jsonl(
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
            yield InputTooLarge(where, too_large("line", offset - start, config))
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


def read_csv(
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
        return InputTooLarge(where, too_large("field", None, config))
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
        raise InputTooLarge(source, too_large("text", size, config))
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
    if data.startswith(BOM):
        data, offset = data[len(BOM) :], offset + len(BOM)
    check_not_binary(data, source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        reason = f"not valid UTF-8 text (byte 0x{bad:02x} at offset {offset + exc.start})"
        raise MalformedInput(source, reason) from exc


def check_not_binary(data: bytes, source: str) -> None:
    if b"\x00" in data:
        raise MalformedInput(source, "looks like a binary file (it holds NUL bytes), not text")


def too_large(what: str, size: int | None, config: Config) -> str:
    limit = f"the limit of {config.max_bytes:,} bytes (Config.max_bytes)"
    if size is None:
        return f"{what} is larger than {limit}"
    return f"{what} is {size:,} bytes, over {limit}"
