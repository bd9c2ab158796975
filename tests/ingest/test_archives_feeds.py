"""WARC archives and RSS/Atom feeds, built in the test from pages and items written here."""

from __future__ import annotations

import gzip
from pathlib import Path

from eventwire.errors import InputError
from eventwire.ingest.readers import read_inputs
from eventwire.schema import Article

PAGE = """<html><head><title>Envoys meet in Geneva</title>
<meta property="og:site_name" content="Harbor Wire"></head><body><article>
<h1>Envoys meet in Geneva</h1>
<p>Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva on
Friday for talks on the crisis over Ukraine.</p>
<p>Lavrov rejected a U.S. proposal to pull troops back from the border, officials said after
the meeting ended without a breakthrough.</p>
</article></body></html>"""

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Wire</title>
<item><title>Berlin pledges aid</title><link>https://example.org/a1</link>
<guid>wire-a1</guid><pubDate>Tue, 15 Feb 2022 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Germany pledged 150 million euros in aid to Ukraine on Tuesday.&lt;/p&gt;
</description>
</item>
<item><title>Empty</title><guid>wire-a2</guid><description></description></item>
</channel></rss>"""


def _record(uri: str, body: bytes, kind: str) -> bytes:
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\n\r\n".encode() + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {uri}\r\nWARC-Date: 2022-01-21T10:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash(uri)):032x}>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    )
    return head.encode() + http + b"\r\n\r\n"


def _warc(path: Path) -> None:
    records = [
        _record("https://example.org/geneva", PAGE.encode(), "text/html; charset=utf-8"),
        _record("https://example.org/logo.png", b"\x89PNG\r\n", "image/png"),
    ]
    path.write_bytes(b"".join(gzip.compress(r) for r in records))


def test_warc_gz_yields_the_html_responses(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path)
    items = list(read_inputs([str(path)]))
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) == 1 and len(items) == 1  # the image response is skipped
    article = articles[0]
    assert article.url == "https://example.org/geneva"
    assert article.published == "2022-01-21"  # the crawl day: the page states no date
    assert "Lavrov rejected" in article.text


def test_not_a_warc_is_reported_by_name(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this is not an archive\n")
    (item,) = list(read_inputs([str(path)]))
    assert isinstance(item, InputError) and "broken.warc" in str(item)


def test_rss_items_become_articles_with_their_own_ids(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_inputs([str(path)]))
    article, empty = items
    assert isinstance(article, Article)
    assert (article.id, article.title, article.outlet) == (
        "wire-a1",
        "Berlin pledges aid",
        "Harbor Wire",
    )
    assert article.published == "2022-02-15"
    assert article.text == "Germany pledged 150 million euros in aid to Ukraine on Tuesday."
    assert isinstance(empty, InputError) and "#2" in str(empty)


def test_watch_once_ingests_new_items_and_skips_seen_ones(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from eventwire.cli.app import app

    feed = tmp_path / "wire.rss"
    feed.write_text(RSS, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    runner = CliRunner()
    first = runner.invoke(app, ["watch", str(feed), "--db", str(db), "--once"])
    assert first.exit_code == 1  # the empty item is reported
    assert "1 new items" in first.stderr and "#2" in first.stderr
    second = runner.invoke(app, ["watch", str(feed), "--db", str(db), "--once"])
    assert "0 new items, 1 seen" in second.stderr
