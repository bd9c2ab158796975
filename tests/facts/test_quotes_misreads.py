"""Quotes the parser or the page layout hides or fakes, in sentences written for this file.

A dateline the parser makes a second subject, a headline over the story, a name a group gives
itself, a quoted name inside a reported clause, a court's ruling, and a cue the tagger read as a
noun before a colon.
"""

from __future__ import annotations

import pytest
from quote_checks import quotes_in
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Count to end on Friday\n\nACCRA, Dec 9 (Reuters) - Ghana's Electoral Commission said "
            "on Monday that it would publish the results by Friday.",
            "Ghana's Electoral Commission",
        ),
        (
            "LIMA, May 2 (AP) - Peru's central bank said on Thursday that inflation had slowed.",
            "Peru's central bank",
        ),
    ],
)
def test_the_subject_nearest_the_cue_speaks_not_the_dateline(
    nlp: Language, text: str, speaker: str
) -> None:
    assert [q.speaker.text for q in quotes_in(nlp, text) if q.speaker] == [speaker]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Minister says tax cuts must wait\n\nThe minister said tax cuts must wait a year.", 1),
        ("Minister says tax cuts must wait.\n\nThe minister said tax cuts must wait a year.", 2),
        ("Court lifts ban on march\n\nThe court said the march could go ahead.", 1),
    ],
)
def test_a_title_line_over_the_story_is_no_quote(nlp: Language, text: str, count: int) -> None:
    quotes = quotes_in(nlp, text)
    assert len(quotes) == count
    assert all("said" in text[: q.span[0]] or count == 2 for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        'Police arrested members of a cell calling itself "Black Dawn" in raids on Friday.',
        'The group, which calls itself "Nordic Front", was banned last year.',
    ],
)
def test_a_name_a_group_gives_itself_is_no_quote(nlp: Language, text: str) -> None:
    assert quotes_in(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        'The navy said the ship, the "Sierra Madre", had run aground in 1999.',
        'Officials said the raids, part of "Operation Clean Sweep", had led to 40 arrests.',
    ],
)
def test_a_quoted_name_leaves_a_reported_clause_indirect(nlp: Language, text: str) -> None:
    assert [q.kind for q in quotes_in(nlp, text)] == ["indirect"]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("The court ruled that the ban was unlawful and must be lifted.", "The court", "indirect"),
        (
            "The tribunal overturned the fine, ruling that the regulator had acted too late.",
            "The tribunal",
            "indirect",
        ),
        (
            'The judgment read: "The state failed to protect the plaintiffs."',
            "The judgment",
            "direct",
        ),
        ('The ruling read: "No law allows this ban."', "ruling", "direct"),
    ],
)
def test_a_ruling_and_what_it_read_are_quotes(
    nlp: Language, text: str, speaker: str, kind: str
) -> None:
    quotes = quotes_in(nlp, text)
    assert [(q.speaker.text if q.speaker else None, q.kind) for q in quotes] == [(speaker, kind)]
