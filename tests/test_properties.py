"""Property tests: whatever the input, no crash, every span inside the text, a valid document."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.audit import span_errors
from eventwire.errors import InputError
from eventwire.ingest.clean import clean_wire_text
from eventwire.ingest.readers import read_inputs
from eventwire.runner.pipeline import Pipeline
from eventwire.schema import Article, Document

WORDS = [
    "Russia", "Ukraine", "NATO", "Scholz", "Biden", "said", "met", "warned", "troops", "aid",
    "on", "Monday", "in", "Kyiv", "the", "sanctions", "if", "not", "would", "\"", "(AP)", "–",
    "$170", "million", "130,000", ",", ".", "\n\n", "he", "talks", "with", "urged", "to",
]  # fmt: skip
wire_like = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
any_text = st.text(max_size=400)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(wire_like, any_text))
def test_coder_never_crashes_and_keeps_spans(pipeline: Pipeline, text: str) -> None:
    if not text.strip():
        return
    document = pipeline.extract(Article(id="x", published="2022-02-14", text=text))
    assert span_errors(document) == []
    assert Document.model_validate(document.model_dump(by_alias=True)) == document


@settings(max_examples=200, deadline=None)
@given(raw=st.one_of(wire_like, any_text))
def test_cleaner_keeps_text_from_the_input(raw: str) -> None:
    cleaned = clean_wire_text(raw)
    visible = re.sub("[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", raw)  # dropped on purpose
    for word in cleaned.text.split():
        assert word in visible


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=600), name=st.sampled_from(["a.txt", "b.jsonl", "c.csv", "d.html"]))
def test_readers_yield_articles_or_errors_never_raise(
    tmp_path: Path, data: bytes, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    items = list(read_inputs([str(path)]))
    assert items
    for item in items:
        assert isinstance(item, Article | InputError)
        if isinstance(item, InputError):
            assert str(path) in str(item)
        else:
            assert item.text.strip()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    record=st.dictionaries(
        st.sampled_from(["text", "title", "published", "id", "url"]),
        st.one_of(st.text(max_size=40), st.integers(), st.none()),
    )
)
def test_jsonl_records_of_any_shape(tmp_path: Path, record: dict[str, object]) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (item,) = list(read_inputs([str(path)]))
    assert isinstance(item, Article | InputError)
