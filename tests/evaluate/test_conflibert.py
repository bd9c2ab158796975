"""The ConfliBERT PentaClass task on a tiny TSV written for this test."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from eventwire.errors import EvalError
from eventwire.evaluate.conflibert import evaluate_conflibert, load_pentaclass, predicted_class
from eventwire.runner.pipeline import Pipeline
from eventwire.schema import Article, Document

ROWS = [
    ("Rebels shelled the army barracks outside the city on Monday.", "4"),
    ("The minister called on the government to release the detained journalists.", "0"),
    ("Japan gave $2 million in food aid to flood victims in Bangladesh.", "2"),
    ("The spokesman declined to comment on the report.", "0"),
    ("Kenya and Uganda agreed to reopen the border crossing next month.", "1"),
    ("The opposition accused the ruling party of rigging the election.", "3"),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def test_loader_reads_sentences_and_labels(tmp_path: Path) -> None:
    path = tmp_path / "train.tsv"
    path.write_text("".join(f"{s}\t{label}\n" for s, label in ROWS), encoding="utf-8")
    assert load_pentaclass(tmp_path) == ROWS
    assert load_pentaclass(path, limit=2) == ROWS[:2]


def test_loader_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "train.tsv"
    path.write_text("A good sentence.\t1\nno label here\n", encoding="utf-8")
    with pytest.raises(EvalError, match=r"train\.tsv:2"):
        load_pentaclass(path)


def test_classes_follow_the_coded_events(pipeline: Pipeline, tmp_path: Path) -> None:
    path = tmp_path / "train.tsv"
    path.write_text("".join(f"{s}\t{label}\n" for s, label in ROWS), encoding="utf-8")

    def code(articles: Sequence[Article]) -> list[Document]:
        return list(pipeline.extract_many(articles))

    report = evaluate_conflibert(path, code)
    assert report.n_items == len(ROWS)
    answers = [
        predicted_class(pipeline.extract(Article(id=str(i), text=s)))
        for i, (s, _) in enumerate(ROWS)
    ]
    assert answers == [label for _, label in ROWS]
    assert report.metrics["accuracy"] == 1.0
