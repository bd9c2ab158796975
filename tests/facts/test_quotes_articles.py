"""Whole-article quote battery: six stories of our own, scored as a journalist reads them.

Written blind, before reading the extractor (stories in quote_articles.py and quote_articles2.py).
Scoring, per story and overall: a gold quote is found when one system quote covers at least 30 %
of its tokens; a system quote is right when it covers 30 % of some gold quote's tokens
(precision); the speaker of a found quote (that of the system quote covering most of it) is
right when its name or text is the expected person's full name or ends with their surname, or,
for an organisation or unnamed source, contains one of the forms listed.

First run (2026-12-03, before any fix), recall / precision / speaker:
politics 18/18, 18/18, 17/18; court 16/17, 16/18, 13/16; disaster 20/21, 20/20, 19/20;
business 18/18, 18/20, 13/18; sport 17/17, 17/19, 12/17; protest 18/20, 18/18, 13/18;
overall recall 0.964, precision 0.947, speaker 0.813. Most misses are speakers left as written
("the statement", "the ministry", "the judge", "the chief executive", "the 27-year-old", "they")
or a pronoun resolved to the last name rather than the last subject ("he" after "set up the
third for Kyle Osei").
After naming the speakers a story refers back to ("the statement", "the company", "the judge",
"they", "a market trader who said"): speaker 0.963, recall and precision unchanged. After
reading whole sentences quoted after a colon that closes a speaker's clause ("Meissner put it
plainly: …") and "said in a statement that … was needed": recall 0.991, precision 0.948,
speaker 0.973. After dropping a refused remark ("would not comment on …") and a question put
to the speaker however tagged ("Asked whether …, X said"): precision 0.965. After looking back
past quoted sentences for the person a title stands for ("the manager replied"): speaker 0.982.
After reading a cue set between commas that the parser made the root ("Lone Star's collapse, he
told the court, left …"): recall 1.000, speaker 0.973 (that quote's "he" is resolved to Kessler:
the actor finder does not see "Assistant U.S. Attorney Craig Holloway" as a person).
After reading a country that is a person's given name as part of the name ("Jordan Mensah" was
Jordan): the sport story's two remaining gaps close.
"""

from __future__ import annotations

import pytest
from quote_articles import EARTHQUAKE, PENSIONS, SENTENCING, Story
from quote_articles2 import LAYOFFS, MARCH, PRESSER
from quote_scoring import Score, best_match, covered, document, gold_span, overall, score, words

from eventwire.schema import Quote

STORIES = [PENSIONS, SENTENCING, EARTHQUAKE, LAYOFFS, PRESSER, MARCH]

# Cases that failed on the first run: (story, index in its quotes).
GAPS: set[tuple[str, int]] = {
    ("business", 4),
}

RECALL_FLOOR = 0.99
PRECISION_FLOOR = 0.96
SPEAKER_FLOOR = 0.99


def _speaker_right(quote: Quote, expected: str | tuple[str, ...]) -> bool:
    if quote.speaker is None:
        return False
    names = [words(quote.speaker.name), words(quote.speaker.text)]
    if isinstance(expected, str):
        full = words(expected)
        return any(n == full or (n and n[-1] == full[-1]) for n in names)
    return any(" ".join(words(form)) in " ".join(n) for n in names for form in expected if n)


def _score(story: Story) -> Score:
    return score(story, _speaker_right)


def _overall() -> tuple[float, float, float]:
    return overall([_score(s) for s in STORIES])


def test_overall_floors() -> None:
    recall, precision, speaker = _overall()
    assert recall >= RECALL_FLOOR
    assert precision >= PRECISION_FLOOR
    assert speaker >= SPEAKER_FLOOR


def _cases() -> list[object]:
    cases: list[object] = []
    for story in STORIES:
        for i in range(len(story.quotes)):
            marks = (
                [pytest.mark.xfail(strict=True, reason="first-run gap")]
                if (story.name, i) in GAPS
                else []
            )
            cases.append(pytest.param(story, i, marks=marks, id=f"{story.name}-{i}"))
    return cases


@pytest.mark.parametrize(("story", "index"), _cases())
def test_quote_found_with_speaker_and_kind(story: Story, index: int) -> None:
    gold = story.quotes[index]
    quote = best_match(story, gold)
    assert quote is not None, f"not found: {gold.text!r}"
    assert _speaker_right(quote, gold.speaker), f"speaker {quote.speaker!r} for {gold.text!r}"
    assert quote.kind == gold.kind


@pytest.mark.parametrize(
    ("story", "phrase"),
    [pytest.param(s, p, id=f"{s.name}-{p}") for s in STORIES for p in s.not_quotes],
)
def test_quoted_name_is_no_quote(story: Story, phrase: str) -> None:
    doc = document(story)
    span = gold_span(doc.article.text, phrase)
    assert not [q for q in doc.quotes if covered(doc.article.text, span, q) > 0]


def report() -> str:
    """Per-story and overall numbers, for the docstring and the report."""
    lines = []
    for story in STORIES:
        s = _score(story)
        lines.append(
            f"{story.name}: recall {s.found}/{s.gold}, precision {s.right}/{s.system}, "
            f"speaker {s.speakers}/{s.found}"
        )
    recall, precision, speaker = _overall()
    lines.append(f"overall: recall {recall:.3f}, precision {precision:.3f}, speaker {speaker:.3f}")
    return "\n".join(lines)
