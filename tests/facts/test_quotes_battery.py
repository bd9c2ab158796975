"""A blind battery of wire-style quotes with named speakers (sentences invented for this file).

Written in one go before running the extractor on them, in the style of news quote sets such as
GenderGapTracker's: direct and mixed quotes, speakers with titles, ages and appositions. First run
(2026-12-03): quoted text 20/20 exact, speaker 19/20 (the span of "Fatima Noor, a mother of four,
in the camp" ran on; a phrase set off by a comma is now dropped from a speaker's span).
A second, harder battery (continuations, colons, "according to", asides, questions, labels), first
run: quoted text 14/15, speaker 11/15 (a split quote with "pausing" between commas lost its second
part, "asked councillor Ruth Adeyemi" gave "councillor", and "one farmer, Jan de Vries" lost the
name the parser tagged as no entity: all three fixed; one remains, marked xfail).
"""

from __future__ import annotations

import pytest
from quote_checks import unresolved as _unresolved
from spacy.language import Language

from eventwire.facts.quotes import find_quotes

# (text, quoted text exactly, speaker as written, cue)
BATTERY = [
    (
        '"We will not be intimidated," Prime Minister Helena Varga told parliament on Tuesday.',
        "We will not be intimidated",
        "Prime Minister Helena Varga",
        "told",
    ),
    (
        '"The ceasefire is holding, for now," said Colonel Omar Haddad, a military spokesman.',
        "The ceasefire is holding, for now",
        "Colonel Omar Haddad",
        "said",
    ),
    (
        'Finance Minister Rui Costa said the budget would be "painful but fair."',
        'the budget would be "painful but fair."',
        "Finance Minister Rui Costa",
        "said",
    ),
    (
        'The opposition leader, Ines Moreau, called the vote "a disgrace to democracy."',
        'the vote "a disgrace to democracy."',
        "The opposition leader, Ines Moreau",
        "called",
    ),
    ('"This is not over," Moreau added.', "This is not over", "Moreau", "added"),
    (
        'In a statement, the foreign ministry said it "strongly condemns" the strike.',
        'it "strongly condemns" the strike',
        "the foreign ministry",
        "said",
    ),
    (
        '"Our doors remain open," the ambassador told reporters, '
        '"but our patience is not endless."',
        "but our patience is not endless.",
        "the ambassador",
        "told",
    ),
    (
        "Union leader Tomas Berg warned that workers were "
        '"ready to strike for as long as it takes."',
        'workers were "ready to strike for as long as it takes."',
        "Union leader Tomas Berg",
        "warned",
    ),
    (
        '"It was chaos," recalled Amira Saleh, 34, who fled the town on Sunday.',
        "It was chaos",
        "Amira Saleh",
        "recalled",
    ),
    (
        "Health Secretary Lena Fischer insisted the hospitals were "
        '"coping well" despite the surge.',
        'the hospitals were "coping well" despite the surge',
        "Health Secretary Lena Fischer",
        "insisted",
    ),
    (
        '"We need more time," Fischer conceded in an interview with local radio.',
        "We need more time",
        "Fischer",
        "conceded",
    ),
    (
        'The mayor described the flooding as "the worst in living memory."',
        'the flooding as "the worst in living memory."',
        "The mayor",
        "described",
    ),
    (
        '"I have nothing to hide," the senator wrote on social media late on Friday.',
        "I have nothing to hide",
        "the senator",
        "wrote",
    ),
    (
        'According to the central bank governor, inflation "has peaked and will fall steadily."',
        'inflation "has peaked and will fall steadily."',
        "the central bank governor",
        "according to",
    ),
    (
        '"No one is above the law," Attorney General Maria Okafor said at a news conference.',
        "No one is above the law",
        "Attorney General Maria Okafor",
        "said",
    ),
    (
        'Okafor said her office would "follow the evidence wherever it leads."',
        'her office would "follow the evidence wherever it leads."',
        "Okafor",
        "said",
    ),
    (
        '"The talks were frank and useful," a senior EU official, who asked not to be named, said.',
        "The talks were frank and useful",
        "a senior EU official",
        "said",
    ),
    (
        'President Jonas Lind tweeted that the result was "a victory for every citizen."',
        'the result was "a victory for every citizen."',
        "President Jonas Lind",
        "tweeted",
    ),
    (
        '"We are running out of food," said Fatima Noor, a mother of four, in the camp.',
        "We are running out of food",
        "Fatima Noor",
        "said",
    ),
    (
        'The coach admitted his team had been "simply outplayed" in the second half.',
        'his team had been "simply outplayed" in the second half',
        "The coach",
        "admitted",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker", "cue"), BATTERY)
def test_battery_quote_has_its_text_speaker_and_cue(
    nlp: Language, text: str, quoted: str, speaker: str, cue: str
) -> None:
    found = [
        (q.text, q.speaker.text if q.speaker else None, q.cue)
        for q in find_quotes(nlp(text), _unresolved)
    ]
    assert (quoted, speaker, cue) in found


# harder shapes: continuations, colons, "according to", asides, questions, labels
HARDER = [
    (
        'The minister was blunt. "We have waited long enough," she said.\n\n"Now we act."',
        "Now we act.",
        "she",
        None,
    ),
    (
        'Kovacs told the crowd: "This city belongs to all of you."',
        "This city belongs to all of you.",
        "Kovacs",
        "told",
    ),
    (
        '"Elections," the envoy said, pausing, "are only the beginning."',
        "are only the beginning.",
        "the envoy",
        "said",
    ),
    (
        'The rebels are "regrouping in the hills," according to a regional governor.',
        'The rebels are "regrouping in the hills,"',
        "a regional governor",
        "according to",
    ),
    (
        'Asked about the protests, Interior Minister Paul Weber said: "Order will be restored."',
        "Order will be restored.",
        "Interior Minister Paul Weber",
        "said",
    ),
    (
        '"We were never consulted," said one farmer, Jan de Vries. "Not once."',
        "Not once.",
        "one farmer, Jan de Vries",
        None,
    ),
    (
        'The company said in a statement that it "deeply regrets" the leak.',
        'it "deeply regrets" the leak',
        "The company",
        "said",
    ),
    (
        '"Can anyone explain this to me?" asked councillor Ruth Adeyemi.',
        "Can anyone explain this to me?",
        "Ruth Adeyemi",
        "asked",
    ),
    (
        'Police chief: "The roads will stay closed until Monday."',
        "The roads will stay closed until Monday.",
        "Police chief",
        ":",
    ),
    (
        'The president, speaking in Lagos, said the reforms were "irreversible."',
        'the reforms were "irreversible."',
        "The president",
        "said",
    ),
    (
        '"I am proud of what we built," the outgoing chairman, Lars Holm, said in a farewell '
        "letter.",
        "I am proud of what we built",
        "the outgoing chairman, Lars Holm",
        "said",
    ),
    (
        'She accused the government of "playing politics with people\'s lives."',
        'the government of "playing politics with people\'s lives."',
        "She",
        "accused",
    ),
    pytest.param(
        'Analysts were divided. "It could go either way," said Priya Nair of Eastgate Research.',
        "It could go either way",
        "Priya Nair",
        "said",
        marks=pytest.mark.xfail(
            reason="an affiliation after the name ('of Eastgate Research') stays in the span",
            strict=True,
        ),
    ),
    (
        '"Yes, we made mistakes," the spokesman acknowledged, "and we will fix them."',
        "and we will fix them.",
        "the spokesman",
        "acknowledged",
    ),
    (
        'The general urged troops to "hold the line at all costs."',
        'to "hold the line at all costs."',
        "The general",
        "urged",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker", "cue"), HARDER)
def test_harder_battery_quote_has_its_text_speaker_and_cue(
    nlp: Language, text: str, quoted: str, speaker: str, cue: str | None
) -> None:
    found = [
        (q.text, q.speaker.text if q.speaker else None, q.cue)
        for q in find_quotes(nlp(text), _unresolved)
    ]
    assert (quoted, speaker, cue) in found
