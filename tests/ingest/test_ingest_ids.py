"""Article ids: content hashes and records' own ids."""

from __future__ import annotations

import hashlib

import pytest

from eventwire.ingest.ids import article_id, own_id


def test_article_id_is_sha256_of_title_and_text() -> None:
    expected = hashlib.sha256(b'["Talks resume","Envoys met."]').hexdigest()
    assert article_id("Envoys met.", "Talks resume") == f"sha256:{expected}"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("Envoys met.", "Talks resume"), ("Envoys met.", "Talks stall")),
        (("Envoys met.", "Talks resume"), ("Envoys met.", None)),
        (("B", "A"), ("A\n\nB", None)),
    ],
)
def test_article_ids_differ(first: tuple[str, str | None], second: tuple[str, str | None]) -> None:
    assert article_id(*first) != article_id(*second)


def test_empty_title_counts_as_none() -> None:
    assert article_id("Envoys met.", "") == article_id("Envoys met.", None)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("a-17", "a-17"), (" a-17 ", "a-17"), (17, "17"), ("", None), (None, None)],
)
def test_own_id(value: object, expected: str | None) -> None:
    assert own_id(value) == expected


@pytest.mark.parametrize("value", [True, 1.5, ["a"], {"a": 1}])
def test_own_id_refuses_other_types(value: object) -> None:
    with pytest.raises(TypeError, match="field 'id' must be a string or an integer"):
        own_id(value)
