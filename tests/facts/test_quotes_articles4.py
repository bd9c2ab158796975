"""Blind quote battery on twelve stories in feature, interview, document, British and French
quoting styles (quote_articles4.py), scored strictly as test_quotes_articles3.py scores its own.

A gold quote is found when one system quote covers at least 30 % of its tokens (the
GenderGapTracker convention); a system quote is right when it covers 30 % of some gold quote.
A person's resolved name must be their whole name; an organisation, a document or a person
known by one name is right when its name or text contains one of the forms listed.

First run (before any fix), recall / precision / speaker (exact) / kind:
drought 10/10, 10/10, 9/10, 10/10; sanctions 10/10, 10/11, 8/10, 10/10; interview 1/7, 1/2,
1/1, 1/1; nominee 8/8, 8/8, 6/8, 8/8; displaced 7/7, 7/7, 6/7, 7/7; trams 6/6, 6/7, 5/6, 6/6;
tractors 4/5, 4/5, 3/4, 0/4; strike 7/8, 6/6, 7/7, 6/7; debate 7/8, 7/8, 7/7, 7/7; trial 8/8,
8/9, 3/8, 8/8; student all right; festival 6/6, 6/6, 5/6, 6/6; overall recall 0.902 (83/92),
precision 0.932, speaker 0.831; 28 gold cases failed. The failures: guillemets not read as
quotation marks (every «…» quote indirect or cut short); a printed interview's Q: and A: lines
not read at all; "the father of four", lower-case "the former minister" after "The former
minister, …" and "The 38-year-old, who worked for …" left unresolved; a "she" read as the person
named in the clause describing the last speaker; "shot back" no cue; a surname not joined to
the full name ("Marcus" read by the actor lexicon as Ferdinand Marcos); "the mayor of Greater
Manchester, Andy Lowther," named by the title only; "It added" after "the report said" resolved
to the United Nations; a second "and that …" clause of one cue and a chant after a subject with
a modifier missed; a nickname kept in a name.
One no-quote phrase was malformed ("Hoss" is also inside "Hossein"): it is now '"Hoss"'.
After guillemets as curly marks, "shot/fired/hit back" as cues, family descriptions and ages
resolved, a title met before taking its named speaker's name and a he/she read out of a
describing clause: recall 0.924, precision 0.933, speaker 0.906 (the rest are GAPS below).
After a bare noun phrase object ("promised new aid", "called for an inquiry", "denies the
charges") stopped being a quote, a printed interview's Q: and A: lines were read, a surname
after a closing guillemet joined its full name, a quotation followed by "and" and a second verb
tied to its cue: recall 1.000, precision 0.978, speaker 0.924 (a second "and that …" clause
stays in one quote with the first, as battery 3 counts it).
"""

from __future__ import annotations

import pytest
from quote_articles import Story
from quote_articles4 import STORIES4
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
    ("nominee", 3): "the actor lexicon reads the given name Marcus as Ferdinand Marcos",
    ("nominee", 4): "the actor lexicon reads the given name Marcus as Ferdinand Marcos",
    ("displaced", 2): "'It added' after 'the report said' resolves to the report's issuer",
    ("trams", 0): "the speaker is the title before the appositive name, left unnamed",
    ("strike", 4): "found, as one mixed quote with the first clause of 'said A and that B': "
    "battery 3 counts that one quote (nurses, rentals), as the GenderGapTracker takes a cue's "
    "complement; the kind is the first clause's",
    ("trial", 0): "a description named only in a later paragraph (cataphora)",
    ("trial", 7): "'she' read as the man named as the last main subject: no gender of names",
    ("festival", 5): "a quoted nickname is kept inside the person's name",
}
NOT_QUOTE_GAPS: dict[tuple[str, str], str] = {}

RECALL_FLOOR = 1.0
PRECISION_FLOOR = 0.97
SPEAKER_FLOOR = 0.92


def _overall() -> tuple[float, float, float]:
    return overall([score(s, exact_speaker) for s in STORIES4])


def test_overall_floors() -> None:
    recall, precision, speaker = _overall()
    assert recall >= RECALL_FLOOR
    assert precision >= PRECISION_FLOOR
    assert speaker >= SPEAKER_FLOOR


@pytest.mark.parametrize(("story", "index"), quote_cases(STORIES4, GAPS))
def test_quote_found_with_speaker_and_kind(story: Story, index: int) -> None:
    check_found(story, index)


@pytest.mark.parametrize(("story", "phrase"), no_quote_cases(STORIES4, NOT_QUOTE_GAPS))
def test_no_quote_touches(story: Story, phrase: str) -> None:
    check_untouched(story, phrase)
