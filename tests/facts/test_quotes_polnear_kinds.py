"""Quote kinds PolNeAR showed we miss or bound badly: a comment on what was said set after it
("…, a claim the police denied"), and a question put in words ("questioned why …")."""

from __future__ import annotations

import pytest
from quote_checks import found as _found
from quote_checks import quotes_in as _quotes
from spacy.language import Language

# (text, what was said): the reporter's comment after the content is no part of it
COMMENTED = [
    (
        "Human rights monitors said soldiers had burned three villages near Gao on Sunday, "
        "a claim the army denied.",
        "soldiers had burned three villages near Gao on Sunday",
    ),
    (
        "The rebels said they had shot down two army helicopters, a figure that could not be "
        "independently verified.",
        "they had shot down two army helicopters",
    ),
    (
        "Opposition leaders said the count had been rigged in four provinces, an allegation the "
        "electoral commission rejected on Tuesday.",
        "the count had been rigged in four provinces",
    ),
    (
        "The union said managers had withheld overtime pay for months, a charge the company "
        "strongly disputes.",
        "managers had withheld overtime pay for months",
    ),
    (
        "Local officials said 57 people had died in the landslide, a toll that is expected to "
        "rise.",
        "57 people had died in the landslide",
    ),
    (
        "Militia fighters have seized the airport, the governor said, an assertion the militia's "
        "spokesman dismissed.",
        "Militia fighters have seized the airport",
    ),
]

# (text, what was said): a noun phrase after a comma that is what was said stays in it
NOT_COMMENTS = [
    (
        "The minister said the ministry would pay the farmers, a group hit hard by the drought.",
        "the ministry would pay the farmers, a group hit hard by the drought",
    ),
    (
        "The court said the lender must repay the fee, a charge of 40 euros a month.",
        "the lender must repay the fee, a charge of 40 euros a month",
    ),
]

# (text, question, speaker, cue): a question put in words is a statement of its asker
QUESTIONS = [
    (
        "The senator questioned why the agency had waited six weeks to recall the vaccine.",
        "why the agency had waited six weeks to recall the vaccine",
        "The senator",
        "questioned",
    ),
    (
        "Several lawmakers questioned whether the army could hold the border town through winter.",
        "whether the army could hold the border town through winter",
        "Several lawmakers",
        "questioned",
    ),
    (
        "Auditors queried how the ministry had spent the 2 million euros set aside for repairs.",
        "how the ministry had spent the 2 million euros set aside for repairs",
        "Auditors",
        "queried",
    ),
]

# a questioning that puts no question in words is a stance, found only in broad mode
NOT_QUESTIONS = [
    "The senator questioned the agency's figures at the hearing on Thursday.",
    "Police questioned two suspects about the robbery on Friday.",
]


@pytest.mark.parametrize(("text", "said"), COMMENTED)
def test_a_comment_set_after_what_was_said_is_not_part_of_it(
    nlp: Language, text: str, said: str
) -> None:
    assert [q.text for q in _quotes(nlp, text)] == [said]


@pytest.mark.parametrize(("text", "said"), NOT_COMMENTS)
def test_a_noun_phrase_that_is_part_of_what_was_said_stays(
    nlp: Language, text: str, said: str
) -> None:
    assert [q.text for q in _quotes(nlp, text)] == [said]


@pytest.mark.parametrize(("text", "question", "speaker", "cue"), QUESTIONS)
def test_a_question_put_in_words_is_reported(
    nlp: Language, text: str, question: str, speaker: str, cue: str
) -> None:
    assert _found(_quotes(nlp, text)) == [(question, speaker, cue)]


@pytest.mark.parametrize("text", NOT_QUESTIONS)
def test_a_questioning_with_no_question_in_words_is_no_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


# (text, what was said, speaker, cue): sayings the lexicon lacked
SAYINGS = [
    (
        "The central bank cautioned that inflation could stay above 5 percent until next spring.",
        "inflation could stay above 5 percent until next spring",
        "The central bank",
        "cautioned",
    ),
    (
        "Aid agencies cautioned against sending families back to the shelled district.",
        "sending families back to the shelled district",
        "Aid agencies",
        "cautioned",
    ),
    (
        "The defence lawyer charged that police had planted the evidence in the car.",
        "police had planted the evidence in the car",
        "The defence lawyer",
        "charged",
    ),
    (
        "The prime minister reminded voters that the last government had doubled the debt.",
        "the last government had doubled the debt",
        "The prime minister",
        "reminded",
    ),
    (
        "The company countered that the strike had been called without a ballot.",
        "the strike had been called without a ballot",
        "The company",
        "countered",
    ),
    (
        'The opposition portrayed the budget as "a gift to the banks."',
        'the budget as "a gift to the banks."',
        "The opposition",
        "portrayed",
    ),
]

# the same verbs where nothing is said
NOT_SAYINGS = [
    "Police charged two men with arson on Saturday.",
    "The old harbour reminded him of his childhood in Split.",
    "The film portrays a family torn apart by the war.",
    "The team countered with two goals in the second half.",
    "Aid agencies had cautioned against it for months.",  # a pronoun says nothing on its own
    "The mayor called for it on Friday.",
]


@pytest.mark.parametrize(("text", "said", "speaker", "cue"), SAYINGS)
def test_a_saying_the_lexicon_lacked_is_reported(
    nlp: Language, text: str, said: str, speaker: str, cue: str
) -> None:
    assert _found(_quotes(nlp, text)) == [(said, speaker, cue)]


@pytest.mark.parametrize("text", NOT_SAYINGS)
def test_the_same_verbs_with_nothing_said_are_no_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []
