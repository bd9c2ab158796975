"""Speakers the article named before: what "the statement", "the company", "the judge" and
"they" stand for (short texts written for this file, run through the whole pipeline)."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.schema import Quote


def _quote(text: str, words: str) -> Quote:
    quotes = [q for q in eventwire.extract(text).quotes if words in q.text]
    assert quotes, f"no quote holding {words!r}"
    return quotes[0]


# (text, words of the quote, the name its speaker resolves to)
CASES = [
    (
        "The Transport Ministry said in a statement that rail fares would rise in April. The"
        " statement said the increase would pay for new signalling.",
        "the increase would pay",
        "Transport Ministry",
    ),
    (
        "In a video released on Sunday, the Green Front said it would boycott the vote. The video"
        ' said the election was "rigged from the start."',
        "rigged from the start",
        "Green Front",
    ),
    (
        "Norvik Shipping will sell four of its oldest tankers, the company said on Monday.",
        "will sell four",
        "Norvik Shipping",
    ),
    (
        "The Education Ministry said schools would reopen on Monday. The ministry said all"
        " teachers had been offered a booster.",
        "all teachers had been offered",
        "Education Ministry",
    ),
    (
        "The Coastal Alliance said on Friday that it would appeal the ruling, and they said they"
        " expected a hearing in May.",
        "they expected a hearing",
        "Coastal Alliance",
    ),
    (
        "Swedish retailer Norrmart said sales fell 4% in May. The Handels union said it would"
        " strike in June. Norrmart has closed 30 stores this year. In a statement, the company"
        " said it would cut prices.",
        "it would cut prices",
        "Norrmart",
    ),
    (
        "German carmaker Voss Motoren will build a plant in Ohio, the company said on Monday.",
        "will build a plant",
        "Voss Motoren",
    ),
    (
        "The Kenyan youth movement Haki Sasa said in a post on X that it would march again, and"
        " they said they expected larger crowds.",
        "they expected larger crowds",
        "Haki Sasa",
    ),
    (
        'Chief Executive Maria Lund said profits had doubled. Shares rose 6%. "We have never had'
        ' a better quarter," the chief executive said.',
        "never had a better quarter",
        "Maria Lund",
    ),
    (
        "Federal Judge Oscar Reyes dismissed the lawsuit on Monday. The plaintiffs' lawyer, Mark"
        ' Dunn, said he would appeal. The judge wrote that the claims were "without merit."',
        "without merit",
        "Oscar Reyes",
    ),
    (
        "Among the crowd was Tomas Ruiz, a retired teacher who said he had come to support his"
        " son.",
        "he had come to support",
        "Tomas Ruiz",
    ),
    (
        'Lena Fischer won her first title on Sunday. "I have dreamed of this since I was a'
        ' child," the 24-year-old said.',
        "dreamed of this",
        "Lena Fischer",
    ),
    (
        'Omar Haddad won the final in straight sets. "It was hard. I was tired. My legs hurt."'
        " The 31-year-old said he would rest for a month.",
        "he would rest for a month",
        "Omar Haddad",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), CASES)
def test_speaker_named_before(text: str, words: str, name: str) -> None:
    speaker = _quote(text, words).speaker
    assert speaker is not None
    assert speaker.name is not None and name in speaker.name


def test_unnamed_source_stays_unnamed() -> None:
    text = (
        "Minister Jan Holm met his Danish counterpart on Monday. A senior official said the talks"
        ' had stalled. "Nobody is ready to move," the official said.'
    )
    speaker = _quote(text, "Nobody is ready").speaker
    assert speaker is not None
    assert speaker.name is None


@pytest.mark.parametrize(
    "text",
    [
        "The Transport Ministry said in a statement that rail fares would rise in April.",
        "The ministry said in a letter to unions that rail fares would rise in April.",
        "The Transport Ministry said in a statement that a rise in rail fares was needed to"
        " meet its targets.",
    ],
)
def test_said_in_a_statement_that(text: str) -> None:
    quote = _quote(text, "rail fares")
    assert quote.kind == "indirect"
    assert quote.speaker is not None and "inistry" in quote.speaker.text


def test_statement_of_a_placed_issuer() -> None:
    text = (
        "PRAGUE - The Finance Ministry said in a statement that Czech pensions would rise by 3%."
        " The statement said the rise would be paid for by a tax on banks."
    )
    speaker = _quote(text, "paid for by a tax").speaker
    assert speaker is not None and speaker.name == "Finance Ministry"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Ruth Okafor put her case simply: "We were here first. We are not leaving."',
            "We were here first",
            "Ruth Okafor",
        ),
        (
            'Interior Minister Tom Berg, speaking in Oslo, defended the plan: "It is hard, but it'
            ' is fair."',
            "It is hard, but it is fair",
            "Tom Berg",
        ),
    ],
)
def test_colon_after_a_speaker_clause(text: str, words: str, speaker: str) -> None:
    quote = _quote(text, words)
    assert quote.kind == "direct"
    assert quote.speaker is not None and speaker in quote.speaker.text


@pytest.mark.parametrize(
    "text",
    [
        'The rules were simple: "No phones. No cameras."',
        'The plan has three steps: "Count the votes. Check the seals. Sign the sheet."',
    ],
)
def test_colon_after_a_clause_of_no_speaker(text: str) -> None:
    assert eventwire.extract(text).quotes == []


@pytest.mark.parametrize(
    ("text", "not_quoted"),
    [
        (
            "Asked whether she had spoken to the party’s treasurer, Anna Berg, since the vote,"
            ' Lind said: "We speak every day."',
            "whether she had spoken",
        ),
        (
            "A spokesman, Jon Alm, said the bank would not comment on the talks beyond its"
            " statement.",
            "the talks beyond its statement",
        ),
    ],
)
def test_words_not_said(text: str, not_quoted: str) -> None:
    quotes = eventwire.extract(text).quotes
    assert quotes, "the words said are still found"
    assert not [q for q in quotes if q.text.startswith(not_quoted[:12])]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Inflation rose to 4.2%, the central bank said.", "Inflation rose to 4.2%"),
        (
            "The bank said prices would keep rising (by about 3%).",
            "prices would keep rising (by about 3%)",
        ),
    ],
)
def test_reported_clause_keeps_its_last_sign(text: str, quoted: str) -> None:
    assert [q.text for q in eventwire.extract(text).quotes] == [quoted]


def test_cue_set_between_commas_the_parser_made_the_root() -> None:
    text = (
        "The factory's closure, he told the hearing, left 300 families without an income and"
        " forced many to move away."
    )
    (quote,) = eventwire.extract(text).quotes
    assert quote.kind == "indirect" and quote.text == text.rstrip(".")
    assert quote.speaker is not None and quote.speaker.text == "he"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Ali Khan met Omar Farouk in Geneva on Monday. The talks were useful, the two men"
            " said.",
            "The talks were useful",
            "Ali Khan and Omar Farouk",
        ),
        (
            "Prime Minister Jan Nowak hosted President Lena Vogt in Warsaw. Both leaders said"
            " they would build a new pipeline.",
            "they would build",
            "Jan Nowak and Lena Vogt",
        ),
    ],
)
def test_the_two_people_named_before_speak_together(text: str, words: str, name: str) -> None:
    speaker = _quote(text, words).speaker
    assert speaker is not None and speaker.name == name


def test_the_two_men_stay_unnamed_when_three_people_were_named() -> None:
    text = "Ali Khan met Omar Farouk and Lena Vogt. The two men said the talks were useful."
    speaker = _quote(text, "the talks were useful").speaker
    assert speaker is not None and speaker.name is None


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Tom Vella grows rice near Griffith. The father of four says he has written to his"
            " local member twice.",
            "written to his local member",
            "Tom Vella",
        ),
        (
            '"I was scared," Laura Pennington testified. The 38-year-old, who worked for'
            " Commissioner Richard Brennan, said she had kept copies.",
            "she had kept copies",
            "Laura Pennington",
        ),
        (
            'The former minister, Alistair Crane, said the plan was dead. "I warned them," the'
            " former minister said.",
            "I warned them",
            "Alistair Crane",
        ),
    ],
)
def test_a_description_stands_for_the_person_named_before(text: str, words: str, name: str) -> None:
    speaker = _quote(text, words).speaker
    assert speaker is not None and speaker.name == name


def test_a_naming_verb_with_an_object_asks_for_nothing() -> None:
    text = "The drills, which North Korea calls rehearsals for an invasion, began on Monday."
    assert eventwire.extract(text).quotes == []


def test_guillemets_pair_as_quotation_marks() -> None:
    quote = _quote("«We have heard the anger,» Sophie Renaud told reporters.", "heard the anger")
    assert quote.kind == "direct"


def test_he_after_an_unnamed_title_is_that_title_holder() -> None:
    text = (
        "Majority Leader Tom Hargrove said he would bring the measure back next week.\n\n"
        'The president, speaking at a rally in Ohio, called the vote "a disgrace." He told '
        'supporters that Democrats "don\'t care about working families."'
    )
    speaker = _quote(text, "working families").speaker
    assert speaker is not None
    assert (speaker.text, speaker.name, speaker.code) == ("He", None, "USA")


def test_he_after_a_named_person_is_still_that_person() -> None:
    text = (
        "The president met senators on Monday. Senator Paul Brenner said after the meeting that "
        'he was open to a shorter extension. "We can get there," he said.'
    )
    speaker = _quote(text, "We can get there").speaker
    assert speaker is not None
    assert speaker.name == "Paul Brenner"


STORY = (
    "The African Union asked the regional bloc ECOWAS to consider sanctions.\n\n"
    "The coup leaders, who call themselves the High Military Command, announced on state "
    "television that they had dissolved parliament and closed the borders. A curfew will be "
    "enforced, they said."
)


def test_a_name_they_call_themselves_is_no_quote() -> None:
    assert not [q for q in eventwire.extract(STORY).quotes if "High Military" in q.text]


def test_the_speaker_of_a_verb_the_parser_hung_on_its_subject_noun() -> None:
    speaker = _quote(STORY, "dissolved parliament").speaker
    assert speaker is not None
    assert speaker.text == "The coup leaders"


def test_they_are_the_plural_subject_before_not_an_organisation_further_back() -> None:
    speaker = _quote(STORY, "A curfew will be enforced").speaker
    assert speaker is not None
    assert speaker.code != "ECOWAS"
    assert speaker.name is None


def test_it_is_the_body_the_sentence_before_is_about() -> None:
    text = (
        "The Israeli military said it had struck more than 120 Hezbollah targets near Tyre. It "
        "said Hezbollah had fired about 70 rockets into northern Israel."
    )
    speaker = _quote(text, "had fired about 70 rockets").speaker
    assert speaker is not None
    assert speaker.code == "ISR"
