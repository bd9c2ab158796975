"""The quantulum3 scorer and its reader, on a small gold file written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.errors import EvalError
from eventwire.evaluate.quantulum import evaluate_quantulum, in_scope, read_quantulum
from eventwire.nlp.pipeline import load_nlp

CASES = [
    {
        "req": "The envoy carried $40 million and 12 crates across 300 km of desert.",
        "res": [
            {"value": 40000000, "unit": "dollar", "surface": "$40 million"},
            {"value": 12, "unit": "dimensionless", "surface": "12"},
            {"value": 300, "unit": "kilometre", "surface": "300 km"},
        ],
    },
    {
        "req": "Between 20 and 30 boats left the harbour in 1998.",
        "res": [
            {"value": 25, "unit": "dimensionless", "surface": "20 and 30"},
            {"value": 1998, "unit": "dimensionless", "surface": "1998"},
        ],
    },
    {"req": "She paid 3 dimes.", "res": [{"value": 3, "unit": "dime", "surface": "3 dimes"}]},
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def test_reads_every_file_of_a_folder(tmp_path: Path) -> None:
    (tmp_path / "quantities.json").write_text(json.dumps(CASES[:2]), encoding="utf-8")
    (tmp_path / "quantities.ambiguity.json").write_text(json.dumps(CASES[2:]), encoding="utf-8")
    cases = read_quantulum(tmp_path)
    assert [sentence for sentence, _ in cases] == [case["req"] for case in CASES]


def test_scores_the_figures_in_scope(tmp_path: Path, nlp: Language) -> None:
    gold = tmp_path / "quantities.json"
    gold.write_text(json.dumps(CASES), encoding="utf-8")
    result = evaluate_quantulum(gold, nlp)
    # the kilometres and the year are out of scope; the range's midpoint is its value
    assert (result["scored"], result["out_of_scope"]) == (4, 2)
    assert (result["money"], result["money_found"], result["money_currency"]) == (2, 2, 1)
    assert (result["counts"], result["counts_found"], result["counts_value"]) == (2, 2, 2)
    assert result["measures_taken"] == 0


@pytest.mark.parametrize(
    ("unit", "value", "surface", "scored"),
    [
        ("euro", 5.0, "€5", True),
        ("dimensionless", 40.0, "40", True),
        ("dimensionless", 2011.0, "2011", False),
        ("dimensionless", 0.5, "one half", False),
        ("metre", 2.0, "two meters", False),
    ],
)
def test_scope(unit: str, value: float, surface: str, scored: bool) -> None:
    assert in_scope(unit, value, surface) is scored


def test_missing_gold_is_an_eval_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match=r"no quantities\.json"):
        read_quantulum(tmp_path)


def test_a_case_without_res_is_an_eval_error(tmp_path: Path) -> None:
    (tmp_path / "quantities.json").write_text(json.dumps([{"req": "x"}]), encoding="utf-8")
    with pytest.raises(EvalError, match="case 0 has no 'req' and 'res'"):
        read_quantulum(tmp_path)
