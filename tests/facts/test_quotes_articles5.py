"""Blind quote battery on twelve political wire stories (quote_articles5.py), scored strictly as
test_quotes_articles3.py and test_quotes_articles4.py score theirs.

A gold quote is found when one system quote covers at least 30 % of its tokens (the
GenderGapTracker convention); a system quote is right when it covers 30 % of some gold quote.
A person's resolved name must be their whole name; an organisation, a document or a person
known by one name is right when its name or text contains one of the forms listed.

The stories were written by a helper that never ran the extractor on them. First run (before
any fix), recall / precision / speaker (exact) / kind: truce 10/10, 10/10, 9/10, 10/10; recount
9/9, 9/9, 8/9, 9/9; confidence 10/10, 11/11, 10/10, 9/10; lng-sanctions all right; fuel-protest
9/9, 9/10, 7/9, 9/9; term-limit 8/8, 8/9, 6/8, 7/8; reef 10/10, 10/10, 9/10, 10/10; coup 9/9,
9/9, 8/9, 9/9; tariffs 7/8, 7/7, 7/7, 7/7; tigris 9/10, 9/9, 9/9, 9/9; coalition 9/9, 9/10, 9/9,
9/9; haiti 9/10, 9/10, 5/9, 9/9; overall recall 0.973 (109/112), precision 0.965, speaker 0.890.
"""

from __future__ import annotations

import pytest
from quote_articles import Story
from quote_articles5 import STORIES5
from quote_scoring import (
    check_found,
    check_untouched,
    exact_speaker,
    no_quote_cases,
    overall,
    quote_cases,
    score,
)

# Gold quotes still missed or misattributed: (story, index in its quotes) -> why.
GAPS: dict[tuple[str, int], str] = {
    ("truce", 8): "'It said' after the army's statement resolves to the country, not the army",
    ("recount", 3): "'The 54-year-old former mayor of Lima' resolves to Peru",
    ("confidence", 2): "a quoted fragment after a parenthetical 'he said' is read as direct",
    ("fuel-protest", 0): "'according to a police spokesman, Maj. Khaled al-Zoubi': the title only",
    ("fuel-protest", 1): "'Al-Zoubi' at a sentence's start is not joined to Khaled al-Zoubi",
    ("term-limit", 0): "'a ruling that opposition leaders called ...' is read as direct",
    ("term-limit", 6): "'Lawyer' is kept in the name 'Lawyer Nyasha Marufu'",
    ("term-limit", 7): "'Lawyer' is kept in the name 'Lawyer Nyasha Marufu'",
    ("reef", 6): "the two-letter surname 'Li' is not joined to Li Wen",
    ("coup", 1): "'a group calling itself the Military Command ...' is named 'a group'",
    ("tariffs", 3): "a colon quote after 'The minister was blunt:' is missed",
    ("tigris", 1): "'said in a statement on Monday that ...' is missed",
    ("haiti", 1): "'said in a post on X that ...' is missed",
    ("haiti", 2): "the hyphenated 'Jean-Robert Pierre-Louis' is named 'Jean'",
    ("haiti", 4): "'The U.N. special envoy for Haiti, Marisol Ferreira,' is named the UN",
    ("haiti", 7): "'The envoy said' resolves to the UN, not the envoy named before",
    ("haiti", 9): "a name given in the speaker's describing clause ('her first name, Nadege')",
}
NOT_QUOTE_GAPS: dict[tuple[str, str], str] = {
    ("fuel-protest", "Bread before budgets"): "a placard's words are read as a quote",
    ("term-limit", "has not said publicly whether he wants a third term"): "a negated cue",
}

RECALL_FLOOR = 0.97
PRECISION_FLOOR = 0.96
SPEAKER_FLOOR = 0.88


def _overall() -> tuple[float, float, float]:
    return overall([score(s, exact_speaker) for s in STORIES5])


def test_overall_floors() -> None:
    recall, precision, speaker = _overall()
    assert recall >= RECALL_FLOOR
    assert precision >= PRECISION_FLOOR
    assert speaker >= SPEAKER_FLOOR


@pytest.mark.parametrize(("story", "index"), quote_cases(STORIES5, GAPS))
def test_quote_found_with_speaker_and_kind(story: Story, index: int) -> None:
    check_found(story, index)


@pytest.mark.parametrize(("story", "phrase"), no_quote_cases(STORIES5, NOT_QUOTE_GAPS))
def test_no_quote_touches(story: Story, phrase: str) -> None:
    check_untouched(story, phrase)
