"""The TimeBank date-resolution scorer, on a small TimeML document written for the test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventwire.errors import EvalError
from eventwire.evaluate.timebank import evaluate_timebank, looks_future

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-02-14" temporalFunction="false"
 functionInDocument="CREATION_TIME">20220214</TIMEX3></DCT>
<TEXT>
Biden spoke with Zelensky <TIMEX3 tid="t1" type="DATE" value="2022-02-13">Sunday</TIMEX3>.
The ministers will meet on <TIMEX3 tid="t2" type="DATE" value="2022-02-17">Thursday</TIMEX3>.
Markets fell <TIMEX3 tid="t3" type="DATE" value="2022-02-11">yesterday</TIMEX3>.
The pact was signed <TIMEX3 tid="t4" type="DATE" value="2021-02-05">Feb. 5, 2021</TIMEX3>.
Troops arrived <TIMEX3 tid="t5" type="DATE" value="2022-W06">last week</TIMEX3>.
</TEXT>
</TimeML>
"""
CORPUS = Path(os.environ.get("EVENTWIRE_TBAQ", "/work/shared/corpus/tbaq-cleaned"))


def test_scores_a_small_document(tmp_path: Path) -> None:
    (tmp_path / "doc.tml").write_text(TIMEML, encoding="utf-8")
    result = evaluate_timebank(tmp_path)
    # the gold "yesterday" is deliberately wrong, so one relative timex of three is missed
    assert result["documents"] == 1
    assert (result["relative_total"], result["relative_correct"]) == (3, 2)
    assert (result["all_day_total"], result["all_day_correct"]) == (4, 3)


def test_empty_folder_is_an_eval_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match=r"no \.tml files"):
        evaluate_timebank(tmp_path)


def test_broken_xml_is_an_eval_error(tmp_path: Path) -> None:
    (tmp_path / "bad.tml").write_text("<TimeML><TEXT>", encoding="utf-8")
    with pytest.raises(EvalError, match="not well-formed"):
        evaluate_timebank(tmp_path)


@pytest.mark.parametrize(
    ("before", "after", "future"),
    [
        ("The ministers will meet on ", ".", True),
        ("Officials said ", " that talks would resume.", False),
        ("The court issued its ruling on ", ".", False),
        ("Lawyers will challenge ", "'s ruling.", False),
    ],
)
def test_looks_future(before: str, after: str, future: bool) -> None:
    assert looks_future(before, after) is future


@pytest.mark.skipif(not CORPUS.is_dir(), reason="TBAQ-cleaned corpus not present")
def test_timebank_floor() -> None:
    result = evaluate_timebank(CORPUS)
    assert result["relative_accuracy"] >= 0.93
    assert result["all_day_accuracy"] >= 0.90
