"""Quotes at their edges: where a content stops, labels in lower case, one-word openings, the
parser's slips over a speaker, and relative clauses (sentences written for tests)."""

from __future__ import annotations

import pytest
from quote_checks import found as _found
from quote_checks import quotes_in as _quotes
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            'The governor described the budget as "a gift to the wealthy," citing the tax changes.',
            'the budget as "a gift to the wealthy,"',
        ),
        (
            'The opposition leader called the deal "a capitulation," pointing to the '
            "concessions on gas.",
            'the deal "a capitulation,"',
        ),
    ],
)
def test_a_participle_clause_after_the_quoted_words_is_not_what_was_said(
    nlp: Language, text: str, quoted: str
) -> None:
    assert [q.text for q in _quotes(nlp, text)] == [quoted]


def test_a_name_the_parser_took_for_an_adverb_speaks_for_both_cues(nlp: Language) -> None:
    text = "Baerbock said the shelling was 'unacceptable', and called for restraint."
    assert _found(_quotes(nlp, text, broad=True)) == [
        ("the shelling was 'unacceptable'", "Baerbock", "said"),
        ("restraint", "Baerbock", "called"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The war has changed everything," Will wrote.', "Will"),
        ('"I can name only two successes," Dunmore answers.', "Dunmore"),
        (
            "''I am better with my hands than with forms,'' said Anna Kovacs, half joking.",
            "Anna Kovacs",
        ),
    ],
)
def test_a_name_the_parser_took_for_another_word_is_the_speaker(
    nlp: Language, text: str, speaker: str
) -> None:
    assert [q.speaker.text if q.speaker else None for q in _quotes(nlp, text)] == [speaker]


def test_a_response_saying_something_is_its_issuer_s(nlp: Language) -> None:
    text = "Hours later, the mayor fired back a response saying he would not resign."
    assert _found(_quotes(nlp, text)) == [("he would not resign", "the mayor", "saying")]


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        ('defence minister: "we will not back down"', "we will not back down", "defence minister"),
        ('police chief: "the roads stay closed"', "the roads stay closed", "police chief"),
    ],
)
def test_a_lower_case_headline_label_names_the_speaker(
    nlp: Language, text: str, quoted: str, speaker: str
) -> None:
    assert _found(_quotes(nlp, text)) == [(quoted, speaker, ":")]


@pytest.mark.parametrize(
    "text",
    [
        "a new budget: the cuts will deepen next year",
        'inside the talks: "nobody wanted to leave first"',
    ],
)
def test_lower_case_words_that_name_no_office_are_no_label(nlp: Language, text: str) -> None:
    assert [q.speaker_span for q in _quotes(nlp, text) if q.cue == ":"] == []


def test_a_one_word_opening_of_a_split_quote_is_its_first_part(nlp: Language) -> None:
    text = '"Yes," the senator said, "we will vote for the bill."'
    assert _found(_quotes(nlp, text)) == [
        ("Yes", "the senator", "said"),
        ("we will vote for the bill.", "the senator", "said"),
    ]


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        # the antecedent fills a gap in what was said: the clause is still the speaker's
        # (PolNeAR marks the relative word and the clause as the content); a span cannot hold
        # the antecedent without the speaker and cue, so the clause alone is the quote
        (
            "She gave reporters a letter she said she would send to the prime minister.",
            "she would send to the prime minister",
            "she",
        ),
        (
            "It was the plan the minister said would save the railways.",
            "would save the railways",
            "the minister",
        ),
        ("On the day he said he would resign, markets fell.", "he would resign", "he"),
        (
            "The minister, who said the talks had failed, left early.",
            "the talks had failed",
            "The minister",
        ),
    ],
)
def test_a_relative_clause_reports_its_own_subject_s_words(
    nlp: Language, text: str, quoted: str, speaker: str
) -> None:
    assert [(q.text, q.speaker.text if q.speaker else None) for q in _quotes(nlp, text)] == [
        (quoted, speaker)
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "A customer in Leeds said he was angry when he called the bank on Monday.",
            [("he was angry when he called the bank on Monday", "A customer in Leeds", "said")],
        ),
        (
            "It may not matter what the senator meant last week when he promised to fight on.",
            [("to fight on", "he", "promised")],
        ),
        ("Each party sent hundreds of volunteers on Saturday to call voters.", []),
    ],
)
def test_a_cue_in_a_time_or_purpose_clause_does_not_report_the_words_before_it(
    nlp: Language, text: str, found: list[tuple[str, str | None, str | None]]
) -> None:
    assert _found(_quotes(nlp, text)) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            '"The way I see it," she elaborated, "nobody questioned his service."',
            [
                ("The way I see it", "she", "elaborated"),
                ("nobody questioned his service.", "she", "elaborated"),
            ],
        ),
        (
            '"That is simply not true," the governor retorted.',
            [("That is simply not true", "the governor", "retorted")],
        ),
        (
            "The minister informed lawmakers that the talks had collapsed.",
            [("the talks had collapsed", "The minister", "informed")],
        ),
        (
            "The senator implored colleagues to reject the bill.",
            [("to reject the bill", "The senator", "implored")],
        ),
    ],
)
def test_less_common_verbs_of_saying_are_cues(
    nlp: Language, text: str, found: list[tuple[str, str | None, str | None]]
) -> None:
    assert _found(_quotes(nlp, text)) == found


def test_a_name_with_an_age_before_a_cue_is_the_speaker(nlp: Language) -> None:
    text = '"We were wrong not to confront him from the start," Ramos, 58, told AFP.'
    assert [q.speaker.text if q.speaker else None for q in _quotes(nlp, text)] == ["Ramos"]


def test_words_before_a_closing_cue_the_parser_made_the_root_are_what_was_said(
    nlp: Language,
) -> None:
    text = 'Those who take on heavy debt struggle, even with a "good" job, he said.'
    assert _found(_quotes(nlp, text)) == [
        ('Those who take on heavy debt struggle, even with a "good" job', "he", "said")
    ]


def test_a_cue_inserted_before_another_cue_reports_the_sentence(nlp: Language) -> None:
    text = 'The agency, the senator said, called the ruling "deeply flawed."'
    assert _found(_quotes(nlp, text)) == [
        ('The agency, the senator said, called the ruling "deeply flawed."', "the senator", "said"),
        ('the ruling "deeply flawed."', "The agency", "called"),
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('Strikers chanted "No deal, no work" and marched to the mine.', "No deal, no work"),
        ('The crowd shouted "Go home now" and then dispersed.', "Go home now"),
    ],
)
def test_a_quotation_before_a_second_verb_of_its_cue_is_direct(
    nlp: Language, text: str, quoted: str
) -> None:
    assert [(q.text, q.kind) for q in _quotes(nlp, text)] == [(quoted, "direct")]


def test_a_printed_interview_quotes_the_interviewee_and_the_outlet(nlp: Language) -> None:
    text = (
        "LIMA, May 3 (AFP) - Finance Minister Rosa Quispe said in an interview with AFP that the "
        "budget would balance. Excerpts follow.\n\n"
        "Q: Will taxes rise?\n\n"
        "A: No. Voters tell us they cannot pay more, and we agree."
    )
    assert _found(_quotes(nlp, text))[1:] == [
        ("Will taxes rise?", "AFP", ":"),
        (
            "No. Voters tell us they cannot pay more, and we agree.",
            "Finance Minister Rosa Quispe",
            ":",
        ),
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("The minister told reporters on Friday the talks had failed.", "the talks had failed"),
        ("The envoy said in June the economy would grow.", "the economy would grow"),
        ("She said the talks on Friday had failed.", "the talks on Friday had failed"),
        # the parser reads "Friday Kenya" as one noun after "on"
        (
            "Finance Minister John Mwangi said on Friday Kenya would seek a new loan.",
            "Kenya would seek a new loan",
        ),
    ],
)
def test_a_date_after_the_cue_dates_the_saying_not_what_was_said(
    nlp: Language, text: str, quoted: str
) -> None:
    assert [q.text for q in _quotes(nlp, text)] == [quoted]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('"Get out of our territory," a voice can be heard saying on the loudspeaker.',
         "a voice", "saying"),
        ('"Stop the war," protesters could be heard chanting.', "protesters", "chanting"),
    ],
)  # fmt: skip
def test_words_heard_said_after_a_quotation_are_its_cue(
    nlp: Language, text: str, speaker: str, cue: str
) -> None:
    quotes = _quotes(nlp, text)
    assert [(q.speaker.text if q.speaker else None, q.cue, q.kind) for q in quotes] == [
        (speaker, cue, "direct")
    ]
