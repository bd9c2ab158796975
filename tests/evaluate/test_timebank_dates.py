"""The TimeBank date-resolution scorer, on a small TimeML document written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.errors import EvalError
from eventwire.evaluate.timebank import Timex, clause_tense, evaluate_timebank
from eventwire.nlp.pipeline import load_nlp

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


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def test_scores_a_small_document(tmp_path: Path, nlp: Language) -> None:
    (tmp_path / "doc.tml").write_text(TIMEML, encoding="utf-8")
    result = evaluate_timebank(tmp_path, nlp)
    # the gold "yesterday" is deliberately wrong, so one relative timex of three is missed
    assert result["documents"] == 1
    assert (result["relative_total"], result["relative_correct"]) == (3, 2)
    assert (result["all_day_total"], result["all_day_correct"]) == (4, 3)


def test_empty_folder_is_an_eval_error(tmp_path: Path, nlp: Language) -> None:
    with pytest.raises(EvalError, match=r"no \.tml files"):
        evaluate_timebank(tmp_path, nlp)


def test_broken_xml_is_an_eval_error(tmp_path: Path, nlp: Language) -> None:
    (tmp_path / "bad.tml").write_text("<TimeML><TEXT>", encoding="utf-8")
    with pytest.raises(EvalError, match="not well-formed"):
        evaluate_timebank(tmp_path, nlp)


@pytest.mark.parametrize(
    ("before", "after", "tense"),
    [
        ("The ministers will meet on ", ".", (True, False)),
        ("Officials said ", " that talks would resume.", (False, True)),
        ("The court issued its ruling on ", ".", (False, True)),
        ("Lawyers will challenge ", "'s ruling.", (False, False)),
        ("The ministers meet ", " in Vienna.", (True, False)),
    ],
)
def test_tense_is_read_from_the_parse_of_the_sentence(
    nlp: Language, before: str, after: str, tense: tuple[bool, bool]
) -> None:
    timex = Timex(text="Thursday", value="2022-02-17", before=before, after=after)
    assert clause_tense(timex, nlp) == tense
