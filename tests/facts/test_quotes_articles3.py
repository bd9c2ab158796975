"""Blind quote battery on twelve short political stories (quote_articles3.py), scored strictly.

A gold quote is found when one system quote covers at least 30 % of its tokens (the
GenderGapTracker convention); a system quote is right when it covers 30 % of some gold quote.
The speaker is scored by exact match: a person's resolved name must be their whole name (when
the speaker has no resolved name, the words written must end with the whole name, so a title
may precede it); a surname alone, one head token of the name or a country read into a person's
name is wrong. An organisation or unnamed source is right when its name or text contains one of
the forms listed. The kind must match too.

First run (before any fix), recall / precision / speaker (exact) / kind:
budget 8/8, 8/8, 8/8, 8/8; rally-ban 5/7, 5/5, 2/5, 5/5; runoff 8/8, 8/9, 5/8, 8/8;
talks 6/6, 6/6, 3/6, 6/6; nurses 8/8, 8/9, 8/8, 8/8; refinery 7/7, 7/7, 6/7, 7/7;
ban 7/7, 8/9, 5/7, 6/7; shoal 5/5, 5/5, 3/5, 5/5; rentals, summit, resignation, exports all
right; overall recall 0.975 (78/80), precision 0.963, speaker 0.821 (64/78); 16 of 80 gold
quotes failed and 2 of 10 no-quote phrases were quoted. The failures: a person named like a
country resolved to it ("Jordan Mensah", "Chad Wilson", "Israel Mbatha" as Jordan, Chad, Israel;
"U.S. envoy Georgia Hale" as the United States); a surname standing for a person named earlier
left as the surname ("Mensah said", "Wilson said", "Hale told", "Reyes said"); a rank kept in a
name ("Commodore Austin Reyes"); a dateline as speaker ("ACCRA" for "Ghana's Electoral
Commission said"); "the ministry" and "the statement" resolved to a country or to the wire
("Reuters"); "ruling that …" and "The ruling read: …" not read; a headline read as a quote
("Electoral commission says count will finish by Friday"); a group's quoted name read as a
mixed quote ('the group, which called itself "Nordsturm", …').
The no-quote check was first written as "no quote touches the phrase", which is wrong for a
quoted name inside a reported clause; it now ignores the gold quotes (see test_no_quote_touches).
One expectation was wrong: the German interior ministry's forms lacked "germany", which the
Iranian foreign ministry's had ("iran"); a ministry is named by its country, as the first
mention of both is.
After reading a country that is a person's given name as part of the name, ranks as titles and a
surname the tagger read as a noun: speaker 0.962. After taking the subject nearest the cue when
a dateline is a second one, a title line as no quote, a name a group gives itself as no quote
and a quoted name as not making a clause mixed: precision 0.988, speaker 0.974. After "rule"
as a cue and a cue the tagger read as a noun before a colon ('The ruling read: "…"'): recall
1.000, precision 0.988 (one extra: 'marched … to demand higher pay' read as the marchers'
position), speaker 1.000 (exact names; "The ruling" is right by its form only: it is not
resolved to the court).
"""

from __future__ import annotations

import pytest
from quote_articles import Story
from quote_articles3 import STORIES3
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
GAPS: dict[tuple[str, int], str] = {}
NOT_QUOTE_GAPS: dict[tuple[str, str], str] = {}

RECALL_FLOOR = 0.99
PRECISION_FLOOR = 0.98
SPEAKER_FLOOR = 0.99


def _overall() -> tuple[float, float, float]:
    return overall([score(s, exact_speaker) for s in STORIES3])


def test_overall_floors() -> None:
    recall, precision, speaker = _overall()
    assert recall >= RECALL_FLOOR
    assert precision >= PRECISION_FLOOR
    assert speaker >= SPEAKER_FLOOR


@pytest.mark.parametrize(("story", "index"), quote_cases(STORIES3, GAPS))
def test_quote_found_with_speaker_and_kind(story: Story, index: int) -> None:
    check_found(story, index)


@pytest.mark.parametrize(("story", "phrase"), no_quote_cases(STORIES3, NOT_QUOTE_GAPS))
def test_no_quote_touches(story: Story, phrase: str) -> None:
    check_untouched(story, phrase)
