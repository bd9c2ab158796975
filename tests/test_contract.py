"""Every coded document follows the contract to the letter: each span gives back its text.

Run over the bundled demo articles and the wire-copy exports (title line with an outlet suffix,
repeated title, byline, photo credit, contributors line, trailing link text).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.audit import span_errors
from eventwire.demo import demo_paths, wirecopy_paths
from eventwire.ingest.readers import read_inputs
from eventwire.runner.pipeline import Pipeline
from eventwire.schema import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def test_demo_documents_keep_every_span(pipeline: Pipeline) -> None:
    (path,) = demo_paths()
    fields = ("id", "title", "outlet", "url", "published", "text")
    with path.open(encoding="utf-8") as lines:
        articles = [
            Article(**{k: v for k, v in json.loads(line).items() if k in fields}) for line in lines
        ]
    for document in pipeline.extract_many(articles):
        assert not span_errors(document), document.article.id
        assert document.schema_ == "eventwire.document/1"


@pytest.mark.parametrize("path", wirecopy_paths(), ids=lambda p: Path(p).name)
def test_wire_copy_export_is_cleaned_and_spans_hold(pipeline: Pipeline, path: Path) -> None:
    (article,) = [
        a for a in read_inputs([str(path)], published="2022-02-14") if isinstance(a, Article)
    ]
    raw = Path(path).read_text(encoding="utf-8")
    title_line = raw.strip().splitlines()[0]
    document = pipeline.extract(article)
    assert document.article.title and document.article.outlet
    assert title_line.endswith(document.article.outlet)
    text = document.article.text
    assert not text.startswith(document.article.title), "repeated title left in the text"
    for boilerplate in ("Original Source", "contributed to this report", "/"):
        if boilerplate == "/":
            assert (
                f"({document.article.outlet}" not in text
                and f"/{document.article.outlet})" not in text
            )
        else:
            assert boilerplate not in text
    assert document.events
    assert not span_errors(document)
