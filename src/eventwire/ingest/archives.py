"""WARC and WARC.gz archives (Common Crawl CC-NEWS style): one article per HTML response.

Each ``response`` record whose payload is HTML is read through trafilatura
(:func:`eventwire.ingest.html.read_html`); its url is the record's ``WARC-Target-URI`` and, when
the page states no date, its publication date is ``--published`` or else the day it was
crawled (``WARC-Date``; news is crawled within hours of publication). Other records (requests,
metadata, non-HTML responses) are skipped; a bad record is reported with its offset and the
rest of the archive is read. Payloads over ``Config.max_bytes`` are refused, not read whole.
"""

from __future__ import annotations

from collections.abc import Iterator

from eventwire.config import Config
from eventwire.errors import InputError, InputTooLarge, MalformedInput
from eventwire.ingest.html import read_html
from eventwire.schema import Article


def read_warc(path: str, published: str | None, config: Config) -> Iterator[Article | InputError]:
    """Yield the articles of a WARC file (plain or gzipped), in record order."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with open(path, "rb") as handle:
            records = ArchiveIterator(handle)
            found = False
            for record in records:
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = (record.http_headers.get_header("Content-Type") or "").lower()
                if "html" not in content_type:
                    continue
                found = True
                payload = record.content_stream().read(config.max_bytes + 1)
                where = f"{path}@{records.get_record_offset()}"  # after reading: it skips
                if len(payload) > config.max_bytes:
                    yield InputTooLarge(
                        where, f"page is over the limit of {config.max_bytes:,} bytes"
                    )
                    continue
                try:
                    yield _article(record, payload, where, published)
                except InputError as exc:
                    yield exc
            if not found:
                yield MalformedInput(path, "WARC file holds no HTML responses")
    except (ArchiveLoadFailed, ValueError) as exc:
        yield MalformedInput(path, f"not a readable WARC file ({exc})")
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")


def _article(record: object, payload: bytes, where: str, published: str | None) -> Article:
    headers = record.rec_headers  # type: ignore[attr-defined]
    url = headers.get_header("WARC-Target-URI")
    crawled = (headers.get_header("WARC-Date") or "")[:10] or None
    try:
        markup: str | bytes = payload.decode("utf-8")
    except UnicodeDecodeError:
        markup = payload
    article = read_html(markup, where, published=published or crawled)
    update: dict[str, str] = {}
    if url and not article.url:
        update["url"] = url
    return article.model_copy(update=update) if update else article
