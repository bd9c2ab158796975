"""Sentence starts at paragraph breaks (texts written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.nlp.paragraphs import COMPONENT
from eventwire.nlp.pipeline import load_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


def _sentences(nlp: Language, text: str) -> list[str]:
    return [sentence.text.strip() for sentence in nlp(text).sents]


def test_component_runs_before_the_parser(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index(COMPONENT) < names.index("parser")


def test_headline_and_dateline_are_not_joined_to_the_story(nlp: Language) -> None:
    text = (
        "Mayor Calls Bridge Plan A ‘Costly Mistake.’\n\n"
        "RIVERTON ― The new bridge will cost twice the estimate, the mayor said on Monday."
    )
    sentences = _sentences(nlp, text)
    assert sentences[0] == "Mayor Calls Bridge Plan A ‘Costly Mistake.’"
    assert sentences[-1].endswith("the mayor said on Monday.")


def test_short_line_without_a_full_stop_ends_its_sentence(nlp: Language) -> None:
    text = "Port strike enters second week\nDock workers rejected the latest offer on Sunday."
    assert _sentences(nlp, text)[0] == "Port strike enters second week"


def test_hard_wrapped_lines_stay_one_sentence(nlp: Language) -> None:
    text = (
        "The regional council voted on Thursday to close two of the river crossings to\n"
        "heavy lorries until the spring, officials said.\n"
    )
    assert len(_sentences(nlp, text)) == 1
    text = "The harbour authority said the ferries\nwould resume on Monday."
    assert len(_sentences(nlp, text)) == 1


def test_quoted_paragraph_is_its_own_sentence(nlp: Language) -> None:
    text = (
        '"We built this town on coal," he said. "It kept us going."\n\n'
        "Mills closed here in 1999, the mayor said."
    )
    last = list(nlp(text).sents)[-1]
    said = [token for token in last if token.lemma_ == "say"]
    assert last.text.startswith("Mills") and said
    assert {child.dep_ for child in said[0].children} & {"nsubj"}


def test_a_dateline_opening_a_paragraph_is_its_own_sentence(nlp: Language) -> None:
    text = (
        "HARBOURTON (Wire) - Norway and Iceland signed a fishing accord on Friday.\n\n"
        "VELMORE, Feb 3 (Wire) - The two ministers met again on Saturday."
    )
    doc = nlp(text)
    sentences = [s.text.strip() for s in doc.sents]
    assert "Norway and Iceland signed a fishing accord on Friday." in sentences
    assert "The two ministers met again on Saturday." in sentences
    signed = next(t for t in doc if t.text == "signed")
    assert {c.text for c in signed.children if c.dep_ == "nsubj"} == {"Norway"}
