"""Quotes on unseen wire-style news: sentences invented for this file, none taken from a corpus.

Written before looking at the extractor, to measure how it generalises; each case names the quoted
text (exactly, or a fragment it must contain), the speaker and the cue.
"""

from __future__ import annotations

import pytest
from quote_checks import found as _found
from quote_checks import quotes_in as _quotes
from spacy.language import Language

import eventwire

ANY = object()  # the cue is not asserted


# (text, quoted text exactly, speaker as written, cue)
EXACT_CASES = [
    # Direct, cue after.
    (
        '"We will not be intimidated by threats," Foreign Minister Ana Lucescu said on Tuesday.',
        "We will not be intimidated by threats",
        "Foreign Minister Ana Lucescu",
        "said",
    ),
    (
        '"The ceasefire is holding for now," said Omar Haddad, a spokesman for the monitors.',
        "The ceasefire is holding for now",
        "Omar Haddad",
        "said",
    ),
    # Direct, cue before.
    (
        'The senator said, "This bill will not pass the chamber in its current form."',
        "This bill will not pass the chamber in its current form.",
        "The senator",
        "said",
    ),
    # Inserted cue.
    (
        '"Our troops are ready," the defence minister said, "but we hope diplomacy prevails."',
        "but we hope diplomacy prevails.",
        "the defence minister",
        "said",
    ),
    # Inserted cue whose speaker is an apposition.
    (
        '"There will be no talks under pressure," Dmitry Peskov, the Kremlin spokesman, told '
        'reporters, "and the West knows that."',
        "There will be no talks under pressure",
        "Dmitry Peskov",
        "told",
    ),
    (
        '"The vote was free," Irena Valk, the head of the election commission, said, "and the '
        'count was fair."',
        "and the count was fair.",
        "Irena Valk",
        "said",
    ),
    # "said in a statement".
    (
        '"We categorically reject these accusations," the foreign ministry said in a statement.',
        "We categorically reject these accusations",
        "the foreign ministry",
        "said",
    ),
    (
        "Shell said in a statement on Thursday that it would halt all new investment in the "
        "region.",
        "it would halt all new investment in the region",
        "Shell",
        "said",
    ),
    # Indirect.
    (
        "Prime Minister Kofi Mensah told reporters that elections would be held by the end of the "
        "year.",
        "elections would be held by the end of the year",
        "Prime Minister Kofi Mensah",
        "told",
    ),
    (
        "The central bank warned that inflation could stay above its target well into next year.",
        "inflation could stay above its target well into next year",
        "The central bank",
        "warned",
    ),
    (
        "Talks with the rebels will resume next week, a government spokeswoman said on Monday.",
        "Talks with the rebels will resume next week",
        "a government spokeswoman",
        "said",
    ),
    (
        "The rebels released a video on Tuesday. They insisted that the hostages were unharmed.",
        "the hostages were unharmed",
        "They",
        "insisted",
    ),
    # "according to".
    (
        "At least 40 people were detained during the protests, according to a rights group.",
        "At least 40 people were detained during the protests",
        "a rights group",
        "according to",
    ),
    (
        "According to Interior Minister Paolo Ferri, the suspects entered the country in March.",
        "the suspects entered the country in March",
        "Interior Minister Paolo Ferri",
        "according to",
    ),
    # Colon-introduced.
    (
        'The president told the assembly: "Nobody will divide this nation."',
        "Nobody will divide this nation.",
        "The president",
        "told",
    ),
    (
        "In a televised address, Novak said: “We have nothing to hide. The inspectors are "
        "welcome.”",
        "We have nothing to hide. The inspectors are welcome.",
        "Novak",
        "said",
    ),
    # Mixed quote whose quoted words close with a comma.
    (
        'The opposition leader said the reforms were "a step backwards," and vowed more protests.',
        'the reforms were "a step backwards,"',
        "The opposition leader",
        "said",
    ),
    # A quoted paragraph without a cue continues the last speaker.
    (
        '"The port will reopen on Monday," the harbour master told Reuters.\n\n'
        '"Ships are already queuing outside the breakwater."',
        "Ships are already queuing outside the breakwater.",
        "the harbour master",
        None,
    ),
    # A quotation left open at the paragraph's end and taken up again in the next one.
    (
        'Energy Minister Lena Berg said on Friday: "Prices will fall by winter.\n\n'
        '"We have secured supplies from three new partners."',
        "We have secured supplies from three new partners.",
        "Energy Minister Lena Berg",
        ANY,
    ),
    # The same with single marks.
    (
        "The coach said: 'We were not good enough today.\n\n"
        "'The players know it and they will respond.'",
        "The players know it and they will respond.",
        "The coach",
        ANY,
    ),
    # Titles and organisations as speakers.
    (
        '"The talks were constructive," the spokeswoman said.',
        "The talks were constructive",
        "the spokeswoman",
        "said",
    ),
    (
        "Kyiv will receive the first jets in the spring, the ministry said.",
        "Kyiv will receive the first jets in the spring",
        "the ministry",
        "said",
    ),
    (
        "The World Health Organization said on Monday that the outbreak was under control.",
        "the outbreak was under control",
        "The World Health Organization",
        "said",
    ),
    (
        '"We have suspended all flights to the region," Lufthansa said.',
        "We have suspended all flights to the region",
        "Lufthansa",
        "said",
    ),
    # Apposition speakers.
    (
        "Dmitry Peskov, the Kremlin spokesman, said Moscow had not received any formal proposal.",
        "Moscow had not received any formal proposal",
        "Dmitry Peskov",
        "said",
    ),
    (
        '"We are ready for any scenario," Maria Zakharova, the foreign ministry spokeswoman, said '
        "on Thursday.",
        "We are ready for any scenario",
        "Maria Zakharova",
        "said",
    ),
    # Headline labels.
    (
        "Police chief: Suspect acted alone in market attack",
        "Suspect acted alone in market attack",
        "Police chief",
        ":",
    ),
    (
        "Zelenskiy: We will rebuild every city",
        "We will rebuild every city",
        "Zelenskiy",
        ":",
    ),
    (
        "Kremlin: talks with Kyiv are frozen for now",
        "talks with Kyiv are frozen for now",
        "Kremlin",
        ":",
    ),
    # Two-word quotes with a trailing cue.
    ('"Never again," says UN chief', "Never again", "UN chief", "says"),
    ("'Deeply concerned,' says White House", "Deeply concerned", "White House", "says"),
    ('"Absolutely not," Johnson said.', "Absolutely not", "Johnson", "said"),
    # Question, inverted cue.
    (
        '"Who will pay for this?" asked opposition leader Rui Costa.',
        "Who will pay for this?",
        "opposition leader Rui Costa",
        "asked",
    ),
]

# (text, a fragment the quoted text holds, speaker as written, cue)
CONTAINS_CASES = [
    (
        "Lavrov described the sanctions as a 'geopolitical weapon' on Wednesday.",
        "'geopolitical weapon'",
        "Lavrov",
        "described",
    ),
]

# (text, quoted text exactly, the speaker's resolved name, cue): through eventwire.extract
RESOLVED_CASES = [
    (
        'Senator Marta Quill voted against the package. "It is a blank cheque," she said.',
        "It is a blank cheque",
        "Marta Quill",
        "said",
    ),
    (
        "Governor Tom Achebe visited the flooded district on Sunday. He said the army would help "
        "with the clean-up.",
        "the army would help with the clean-up",
        "Tom Achebe",
        "said",
    ),
]

# Sentences with quotation marks or "said" that report nobody's words.
NEGATIVE_CASES = [
    'The "reforms" have left thousands of families without heating this winter.',
    'Her memoir, "The Long Road Home", sold a million copies in its first year.',
    'The film "Winter on Fire" was screened in Kyiv on Saturday.',
    'The so-called "grain corridor" has let dozens of ships leave Odesa since July.',
]


@pytest.mark.parametrize(("text", "quoted", "speaker", "cue"), EXACT_CASES)
def test_unseen_quote_is_found_with_speaker_and_cue(
    nlp: Language, text: str, quoted: str, speaker: str, cue: object
) -> None:
    found = _found(_quotes(nlp, text))
    if cue is ANY:
        assert (quoted, speaker) in [(q, s) for q, s, _ in found]
    else:
        assert (quoted, speaker, cue) in found


@pytest.mark.parametrize(("text", "fragment", "speaker", "cue"), CONTAINS_CASES)
def test_unseen_mixed_quote_holds_the_quoted_words(
    nlp: Language, text: str, fragment: str, speaker: str, cue: str
) -> None:
    found = _found(_quotes(nlp, text))
    assert [(s, c) for q, s, c in found if fragment in q] == [(speaker, cue)]


@pytest.mark.parametrize(("text", "quoted", "name", "cue"), RESOLVED_CASES)
def test_unseen_pronoun_speaks_for_the_person_named_before(
    text: str, quoted: str, name: str, cue: str
) -> None:
    quotes = eventwire.extract(text, published="2024-03-01").quotes
    (quote,) = [q for q in quotes if q.text == quoted]
    assert quote.speaker is not None and quote.speaker.name == name
    assert quote.cue == cue


@pytest.mark.parametrize("text", NEGATIVE_CASES)
def test_unseen_marks_or_said_without_a_report_are_no_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []
