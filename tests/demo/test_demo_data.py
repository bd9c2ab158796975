"""The bundled demo corpus and its hand-coded gold events are well formed and consistent."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from eventwire.demo import demo_paths, wirecopy_paths
from eventwire.schema import EVENT_TYPES, Article

GOLD_PATH = Path(__file__).resolve().parents[1] / "data" / "demo_gold.jsonl"
CODES = {"USA", "RUS", "UKR", "DEU", "FRA", "GBR", "BLR", "CHN", "NATO", "EU", "UN", "OSCE"}
FIRST_DAY, LAST_DAY = dt.date(2022, 2, 10), dt.date(2022, 2, 17)


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def articles() -> list[dict[str, Any]]:
    (path,) = demo_paths()
    return _read_jsonl(path)


@pytest.fixture(scope="module")
def texts(articles: list[dict[str, Any]]) -> dict[str, str]:
    return {article["id"]: article["text"] for article in articles}


@pytest.fixture(scope="module")
def gold() -> list[dict[str, Any]]:
    return _read_jsonl(GOLD_PATH)


def test_demo_paths_name_one_existing_jsonl_file() -> None:
    paths = demo_paths()
    assert [path.name for path in paths] == ["crisis-week.jsonl"]
    assert paths[0].is_file()


def test_there_are_twenty_articles_with_the_expected_ids(articles: list[dict[str, Any]]) -> None:
    ids = [article["id"] for article in articles]
    assert ids == [f"demo-{n:02d}" for n in range(1, 21)]


def test_article_ids_are_unique(articles: list[dict[str, Any]]) -> None:
    assert len({article["id"] for article in articles}) == len(articles)


def test_articles_validate_against_the_article_model(articles: list[dict[str, Any]]) -> None:
    for article in articles:
        Article.model_validate(article)


def test_articles_have_all_fields(articles: list[dict[str, Any]]) -> None:
    fields = {"id", "title", "outlet", "published", "url", "text"}
    assert all(set(article) == fields for article in articles)


def test_published_dates_fall_in_the_crisis_week(articles: list[dict[str, Any]]) -> None:
    for article in articles:
        published = dt.date.fromisoformat(article["published"])
        assert FIRST_DAY <= published <= LAST_DAY, article["id"]


def test_urls_are_null_or_example_addresses(articles: list[dict[str, Any]]) -> None:
    for article in articles:
        assert article["url"] is None or article["url"].startswith("https://example.com/")


def test_articles_are_short_wire_reports(articles: list[dict[str, Any]]) -> None:
    for article in articles:
        paragraphs = article["text"].split("\n\n")
        assert 3 <= len(paragraphs) <= 7, article["id"]
        assert 120 <= len(article["text"].split()) <= 300, article["id"]
        assert all(paragraph.strip() == paragraph and paragraph for paragraph in paragraphs)


def test_a_weekday_named_as_today_matches_the_publication_date(
    articles: list[dict[str, Any]],
) -> None:
    """The first "on <Weekday>" in an article's first paragraph is its publication day."""
    weekday = re.compile(r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
    checked = 0
    for article in articles:
        found = weekday.search(article["text"].split("\n\n")[0])
        if found:
            published = dt.date.fromisoformat(article["published"])
            assert found.group(1) == published.strftime("%A"), article["id"]
            checked += 1
    assert checked >= 15


def test_one_visit_is_reported_by_two_outlets(
    articles: list[dict[str, Any]], gold: list[dict[str, Any]]
) -> None:
    pair = [article for article in articles if article["id"] in {"demo-07", "demo-08"}]
    assert pair[0]["published"] == pair[1]["published"]
    assert pair[0]["outlet"] != pair[1]["outlet"]
    coded = [
        {
            (e["type"], tuple(e["actor"]), tuple(e["recipient"]))
            for e in gold
            if e["article_id"] == a
        }
        for a in ("demo-07", "demo-08")
    ]
    assert ("CONSULT", ("DEU",), ("UKR",)) in coded[0] & coded[1]


def test_every_article_has_three_to_eight_gold_events(
    articles: list[dict[str, Any]], gold: list[dict[str, Any]]
) -> None:
    counts = Counter(event["article_id"] for event in gold)
    assert all(3 <= counts[article["id"]] <= 8 for article in articles), counts


def test_every_gold_sentence_occurs_in_its_article(
    texts: dict[str, str], gold: list[dict[str, Any]]
) -> None:
    missing = [
        event["sentence"] for event in gold if event["sentence"] not in texts[event["article_id"]]
    ]
    assert missing == []


def test_every_gold_type_is_a_plover_type(gold: list[dict[str, Any]]) -> None:
    assert {event["type"] for event in gold} <= set(EVENT_TYPES)


def test_gold_codes_come_from_the_documented_set(gold: list[dict[str, Any]]) -> None:
    used = {code for event in gold for code in event["actor"] + event["recipient"]}
    assert used <= CODES


@pytest.mark.parametrize(
    ("field", "allowed"),
    [
        ("polarity", {"asserted", "negated"}),
        ("status", {"actual", "future", "hypothetical", "historical"}),
    ],
)
def test_gold_modality_values_are_valid(
    gold: list[dict[str, Any]], field: str, allowed: set[str]
) -> None:
    assert {event[field] for event in gold} <= allowed


def test_gold_dates_are_iso_days_or_null(gold: list[dict[str, Any]]) -> None:
    for event in gold:
        if event["date"] is not None:
            assert dt.date.fromisoformat(event["date"]) <= LAST_DAY


def test_gold_events_are_not_duplicated(gold: list[dict[str, Any]]) -> None:
    keys = Counter(
        (e["article_id"], e["sentence"], e["type"], tuple(e["actor"]), tuple(e["recipient"]))
        for e in gold
    )
    assert [key for key, count in keys.items() if count > 1] == []


def test_gold_has_negated_events(gold: list[dict[str, Any]]) -> None:
    assert any(event["polarity"] == "negated" for event in gold)


@pytest.fixture(scope="module")
def wirecopy() -> dict[str, list[str]]:
    return {
        path.name: [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        for path in wirecopy_paths()
    }


def test_there_are_three_wirecopy_files(wirecopy: dict[str, list[str]]) -> None:
    assert len(wirecopy) == 3


def test_wirecopy_title_line_ends_with_an_outlet(wirecopy: dict[str, list[str]]) -> None:
    for name, lines in wirecopy.items():
        assert re.fullmatch(r"[,\s]*\S.* – [A-Z][\w ]+", lines[0]), name


def test_one_wirecopy_title_has_stray_leading_punctuation(wirecopy: dict[str, list[str]]) -> None:
    assert sum(lines[0].startswith(", ") for lines in wirecopy.values()) == 1


def test_wirecopy_title_is_repeated_as_the_next_paragraph(wirecopy: dict[str, list[str]]) -> None:
    for name, lines in wirecopy.items():
        title = lines[0].lstrip(", ").rsplit(" – ", 1)[0]
        paragraphs = [line for line in lines if line]
        assert paragraphs[1] == title, name


@pytest.mark.parametrize(
    "pattern",
    [
        r"\([A-Z][\w.' -]+/[A-Z][\w ]+\)",  # photo credit on its own line
        r"By [A-Z][\w.'-]+(?: [A-Z][\w.'-]+)+",  # byline
        r".+ reported from [A-Z]\w+; .+ contributed to this report from [A-Z]\w+\.",
    ],
    ids=["photo-credit", "byline", "contributors"],
)
def test_wirecopy_has_boilerplate_line(wirecopy: dict[str, list[str]], pattern: str) -> None:
    for name, lines in wirecopy.items():
        assert any(re.fullmatch(pattern, line) for line in lines), name


def test_wirecopy_ends_with_original_source(wirecopy: dict[str, list[str]]) -> None:
    for name, lines in wirecopy.items():
        assert [line for line in lines if line][-1] == "Original Source", name
