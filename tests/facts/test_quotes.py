"""Quotes: direct, continued, indirect and mixed, with exact spans (sentences written for tests)."""

from __future__ import annotations

import pytest
from quote_checks import quotes_in as _quotes
from quote_checks import unresolved as _unresolved
from spacy.language import Language
from spacy.tokens import Span

import eventwire
from eventwire.facts.quotes import find_quotes, reporting_verbs
from eventwire.facts.quotes.regions import find_regions
from eventwire.schema import ActorMention

# (text, kind, quoted text, speaker as written, cue)
CASES = [
    (
        "Chancellor Olaf Scholz arrived in Kyiv on Monday and warned that a Russian attack on "
        'Ukraine would bring "very far-reaching" sanctions.',
        "mixed",
        'a Russian attack on Ukraine would bring "very far-reaching" sanctions',
        "Chancellor Olaf Scholz",
        "warned",
    ),
    (
        "The United States will close its embassy in the capital, Secretary of State Antony "
        "Blinken said.",
        "indirect",
        "The United States will close its embassy in the capital",
        "Secretary of State Antony Blinken",
        "said",
    ),
    (
        'The European Union said its missions "are not closing."',
        "mixed",
        'its missions "are not closing."',
        "The European Union",
        "said",
    ),
    (
        '"The door to talks remains open," Blinken said.',
        "direct",
        "The door to talks remains open",
        "Blinken",
        "said",
    ),
    (
        "Blinken said: “The door to talks remains open. We will keep knocking.”",
        "direct",
        "The door to talks remains open. We will keep knocking.",
        "Blinken",
        "said",
    ),
    (
        '"We have taken note of his comments," said Ned Price, a State Department spokesman.',
        "direct",
        "We have taken note of his comments",
        "Ned Price",
        "said",
    ),
    (
        "“This is a dangerous moment for Europe,” he told reporters in Brussels.",
        "direct",
        "This is a dangerous moment for Europe",
        "he",
        "told",
    ),
    (
        '"Are we ready for this?" the minister asked.',
        "direct",
        "Are we ready for this?",
        "the minister",
        "asked",
    ),
    (
        "According to the defence ministry, 300 soldiers were moved to the border.",
        "indirect",
        "300 soldiers were moved to the border",
        "the defence ministry",
        "according to",
    ),
    (
        "The talks ended without a deal, according to two diplomats.",
        "indirect",
        "The talks ended without a deal",
        "two diplomats",
        "according to",
    ),
    (
        "The Kremlin denied that it planned an invasion of its neighbour.",
        "indirect",
        "it planned an invasion of its neighbour",
        "The Kremlin",
        "denied",
    ),
    (
        "The ministry said in a statement that the drills would end on Sunday.",
        "indirect",
        "the drills would end on Sunday",
        "The ministry",
        "said",
    ),
    (
        "The foreign minister told reporters that the border would stay open.",
        "indirect",
        "the border would stay open",
        "The foreign minister",
        "told",
    ),
    (
        "Zelensky wrote on Telegram: Ukraine will not give up an inch of its land.",
        "indirect",
        "Ukraine will not give up an inch of its land",
        "Zelensky",
        "wrote",
    ),
    (
        'The prime minister described the pipeline as a "geopolitical weapon" of the Kremlin.',
        "mixed",
        'the pipeline as a "geopolitical weapon" of the Kremlin',
        "The prime minister",
        "described",
    ),
    (
        '"The sanctions will bite," the statement said.',
        "direct",
        "The sanctions will bite",
        "the statement",
        "said",
    ),
    (
        "The general insisted the troops were on home soil.",
        "indirect",
        "the troops were on home soil",
        "The general",
        "insisted",
    ),
    (
        "The company announced that it would halt exports to the region.",
        "indirect",
        "it would halt exports to the region",
        "The company",
        "announced",
    ),
    (
        "The border crossing, the governor said, would reopen on Friday.",
        "indirect",
        "The border crossing, the governor said, would reopen on Friday",
        "the governor",
        "said",
    ),
    (
        "The ceasefire was holding, a military spokesman told reporters on Sunday, despite "
        "shelling near the town.",
        "indirect",
        "The ceasefire was holding",
        "a military spokesman",
        "told",
    ),
    (
        "KYIV, Ukraine (Wire) - The shelling stopped overnight, the regional governor said.",
        "indirect",
        "The shelling stopped overnight",
        "the regional governor",
        "said",
    ),
    (
        "Kyiv, the mayor said on Tuesday, was calm.",
        "indirect",
        "Kyiv, the mayor said on Tuesday, was calm",
        "the mayor",
        "said",
    ),
    (
        "Nato: Allied jets will patrol the Baltic skies around the clock.",
        "indirect",
        "Allied jets will patrol the Baltic skies around the clock",
        "Nato",
        ":",
    ),
    # A cue in an 'as' clause vouches for the clause it hangs on; "put it" is a cue.
    (
        "As the minister noted, the plan has serious flaws.",
        "indirect",
        "the plan has serious flaws",
        "the minister",
        "noted",
    ),
    (
        "The plan, as the minister noted, has serious flaws.",
        "indirect",
        "The plan, as the minister noted, has serious flaws",
        "the minister",
        "noted",
    ),
    (
        "The plan has serious flaws, as the minister noted.",
        "indirect",
        "The plan has serious flaws",
        "the minister",
        "noted",
    ),
    ('As one critic put it, "This is theft."', "direct", "This is theft.", "one critic", "put"),
    (
        "The minister put it bluntly: the plan is dead.",
        "indirect",
        "the plan is dead",
        "The minister",
        "put",
    ),
    # A cue on a thing issued speaks for the one who issued it.
    (
        "The ministry issued a statement saying the talks had failed.",
        "indirect",
        "the talks had failed",
        "The ministry",
        "saying",
    ),
    (
        "Police released a report saying the driver was drunk.",
        "indirect",
        "the driver was drunk",
        "Police",
        "saying",
    ),
    # A saying after a reported clause is the first speaker's quote of its own.
    (
        "The minister insisted the policy was working, saying unemployment had fallen.",
        "indirect",
        "the policy was working",
        "The minister",
        "insisted",
    ),
    (
        "The minister insisted the policy was working, saying unemployment had fallen.",
        "indirect",
        "unemployment had fallen",
        "The minister",
        "saying",
    ),
    # A cue before its speaker and a colon, which the parser may take for part of the name.
    (
        'Said Ellis: "I do not think she cares about reform."',
        "direct",
        "I do not think she cares about reform.",
        "Ellis",
        "Said",
    ),
    # Wire-style cases written for the quote work of 2026-12-03: a naming cue with a second
    # speaker after "while", ranks and hyphenated names, "quoted X as saying", quotations in
    # single marks, mixed quotes, continued paragraphs, "according to", colons, statements.
    (
        'Senator Mark Hale called the bill "a gift to polluters," while Governor Ann Price said it '
        "would create jobs.",
        "mixed",
        'the bill "a gift to polluters,"',
        "Senator Mark Hale",
        "called",
    ),
    (
        'Senator Mark Hale called the bill "a gift to polluters," while Governor Ann Price said it '
        "would create jobs.",
        "indirect",
        "it would create jobs",
        "Governor Ann Price",
        "said",
    ),
    (
        'The union called the offer "an insult to every worker," while the company said talks '
        "would resume on Monday.",
        "mixed",
        'the offer "an insult to every worker,"',
        "The union",
        "called",
    ),
    (
        'The union called the offer "an insult to every worker," while the company said talks '
        "would resume on Monday.",
        "indirect",
        "talks would resume on Monday",
        "the company",
        "said",
    ),
    (
        'Opposition leader Tom Reyes called it "a sham from start to finish," while election '
        "officials said turnout was high.",
        "mixed",
        'it "a sham from start to finish,"',
        "Opposition leader Tom Reyes",
        "called",
    ),
    (
        'Opposition leader Tom Reyes called it "a sham from start to finish," while election '
        "officials said turnout was high.",
        "indirect",
        "turnout was high",
        "election officials",
        "said",
    ),
    (
        'Activists called the ruling "a dark day for the press," while the justice ministry said '
        "the court had acted lawfully.",
        "mixed",
        'the ruling "a dark day for the press,"',
        "Activists",
        "called",
    ),
    (
        'Activists called the ruling "a dark day for the press," while the justice ministry said '
        "the court had acted lawfully.",
        "indirect",
        "the court had acted lawfully",
        "the justice ministry",
        "said",
    ),
    (
        "Lt. Col. Jane Doe said the convoy had been delayed by heavy snow.",
        "indirect",
        "the convoy had been delayed by heavy snow",
        "Lt. Col. Jane Doe",
        "said",
    ),
    (
        '"The base is secure and the perimeter holds," said Sgt. Maj. Carl Obi.',
        "direct",
        "The base is secure and the perimeter holds",
        "Sgt. Maj. Carl Obi",
        "said",
    ),
    (
        "Brig. Gen. Omar Farid told reporters that the drills would continue until Friday.",
        "indirect",
        "the drills would continue until Friday",
        "Brig. Gen. Omar Farid",
        "told",
    ),
    (
        'Capt. Lena Moss said: "We lost contact with the vessel at dawn."',
        "direct",
        "We lost contact with the vessel at dawn.",
        "Capt. Lena Moss",
        "said",
    ),
    (
        "Jean-Pierre Lacroix said the mission would stay in the region for another year.",
        "indirect",
        "the mission would stay in the region for another year",
        "Jean-Pierre Lacroix",
        "said",
    ),
    (
        '"The peace remains fragile," said Marie-Claire Dubois, a UN envoy.',
        "direct",
        "The peace remains fragile",
        "Marie-Claire Dubois",
        "said",
    ),
    (
        "Foreign Minister Hans-Dieter Vogel told parliament that the treaty was dead.",
        "indirect",
        "the treaty was dead",
        "Foreign Minister Hans-Dieter Vogel",
        "told",
    ),
    (
        "Abdel-Rahman al-Masri said the ceasefire had collapsed overnight.",
        "indirect",
        "the ceasefire had collapsed overnight",
        "Abdel-Rahman al-Masri",
        "said",
    ),
    (
        "The agency quoted an unnamed official as saying the talks had stalled.",
        "indirect",
        "the talks had stalled",
        "an unnamed official",
        "saying",
    ),
    (
        "Xinhua quoted a ministry spokesman as saying that exports would rise this year.",
        "indirect",
        "exports would rise this year",
        "a ministry spokesman",
        "saying",
    ),
    (
        "State television quoted the president as saying the country would not bow to pressure.",
        "indirect",
        "the country would not bow to pressure",
        "the president",
        "saying",
    ),
    (
        'The newspaper quoted a senior diplomat as saying, "The deal is close."',
        "direct",
        "The deal is close.",
        "a senior diplomat",
        "saying",
    ),
    (
        "'We will not retreat,' says defence minister",
        "direct",
        "We will not retreat",
        "defence minister",
        "says",
    ),
    (
        "'This is not the end of the road,' the coach said after the defeat.",
        "direct",
        "This is not the end of the road",
        "the coach",
        "said",
    ),
    (
        "The minister said: 'We will rebuild every home that was lost.'",
        "direct",
        "We will rebuild every home that was lost.",
        "The minister",
        "said",
    ),
    (
        "‘Our patience has limits,’ the foreign ministry said in a statement.",
        "direct",
        "Our patience has limits",
        "the foreign ministry",
        "said",
    ),
    (
        'The senator described the deal as a "historic mistake."',
        "mixed",
        'the deal as a "historic mistake."',
        "The senator",
        "described",
    ),
    (
        "Labour described the deal as a 'historic mistake'.",
        "mixed",
        "the deal as a 'historic mistake'",
        "Labour",
        "described",
    ),
    (
        'The ministry branded the report "pure fiction" and demanded an apology.',
        "mixed",
        'the report "pure fiction"',
        "The ministry",
        "branded",
    ),
    (
        'Union leaders said the cuts were "a betrayal of every nurse."',
        "mixed",
        'the cuts were "a betrayal of every nurse."',
        "Union leaders",
        "said",
    ),
    (
        '"We will appeal the verdict," said lawyer Ruth Kamau.\n\n"The judgment ignores the '
        'evidence we presented."',
        "direct",
        "We will appeal the verdict",
        "lawyer Ruth Kamau",
        "said",
    ),
    (
        '"We will appeal the verdict," said lawyer Ruth Kamau.\n\n"The judgment ignores the '
        'evidence we presented."',
        "direct",
        "The judgment ignores the evidence we presented.",
        "lawyer Ruth Kamau",
        None,
    ),
    (
        "“We have lost everything,” said farmer Ali Musa. “The river took our house and our "
        "animals.\n\n“Nobody has come to help us.”",
        "direct",
        "The river took our house and our animals.",
        "farmer Ali Musa",
        None,
    ),
    (
        "“We have lost everything,” said farmer Ali Musa. “The river took our house and our "
        "animals.\n\n“Nobody has come to help us.”",
        "direct",
        "Nobody has come to help us.",
        "farmer Ali Musa",
        None,
    ),
    (
        'Mayor Karen Holt said the city was ready. "We have salt, we have trucks and we have '
        'people," she said.\n\n"The storm will not catch us off guard."',
        "direct",
        "We have salt, we have trucks and we have people",
        "she",
        "said",
    ),
    (
        'Mayor Karen Holt said the city was ready. "We have salt, we have trucks and we have '
        'people," she said.\n\n"The storm will not catch us off guard."',
        "direct",
        "The storm will not catch us off guard.",
        "she",
        None,
    ),
    (
        "'We are not afraid,' said the protest leader.\n\n'We will be back here tomorrow and every "
        "day after.'",
        "direct",
        "We are not afraid",
        "the protest leader",
        "said",
    ),
    (
        "'We are not afraid,' said the protest leader.\n\n'We will be back here tomorrow and every "
        "day after.'",
        "direct",
        "We will be back here tomorrow and every day after.",
        "the protest leader",
        None,
    ),
    (
        "Prices rose by 4 percent in March, according to the statistics office.",
        "indirect",
        "Prices rose by 4 percent in March",
        "the statistics office",
        "according to",
    ),
    (
        "According to police, the suspect fled on foot.",
        "indirect",
        "the suspect fled on foot",
        "police",
        "according to",
    ),
    (
        "The bridge will reopen next week, according to a city spokeswoman.",
        "indirect",
        "The bridge will reopen next week",
        "a city spokeswoman",
        "according to",
    ),
    (
        "According to Health Minister Sara Lind, the vaccine supply is sufficient.",
        "indirect",
        "the vaccine supply is sufficient",
        "Health Minister Sara Lind",
        "according to",
    ),
    (
        'The president said: "We will never give up on our people."',
        "direct",
        "We will never give up on our people.",
        "The president",
        "said",
    ),
    (
        "In a statement, the ministry said: the strikes hit military targets only.",
        "indirect",
        "the strikes hit military targets only",
        "the ministry",
        "said",
    ),
    (
        'Lind told reporters: "The supply is sufficient for the winter."',
        "direct",
        "The supply is sufficient for the winter.",
        "Lind",
        "told",
    ),
    (
        'The spokesman added: "There will be no further comment today."',
        "direct",
        "There will be no further comment today.",
        "The spokesman",
        "added",
    ),
    (
        "The attack was condemned in the strongest terms, the statement said.",
        "indirect",
        "The attack was condemned in the strongest terms",
        "the statement",
        "said",
    ),
    (
        "The company will cut 500 jobs by the end of the year, the statement said.",
        "indirect",
        "The company will cut 500 jobs by the end of the year",
        "the statement",
        "said",
    ),
    (
        '"We regret the delay and apologise to passengers," the statement said.',
        "direct",
        "We regret the delay and apologise to passengers",
        "the statement",
        "said",
    ),
    (
        "The report said the army had used excessive force against protesters.",
        "indirect",
        "the army had used excessive force against protesters",
        "The report",
        "said",
    ),
]


@pytest.mark.parametrize(("text", "kind", "quoted", "speaker", "cue"), CASES)
def test_finds_quote_with_speaker_and_cue(
    nlp: Language, text: str, kind: str, quoted: str, speaker: str, cue: str | None
) -> None:
    quotes = _quotes(nlp, text)
    found = [(q.kind, q.text, q.speaker.text if q.speaker else None, q.cue) for q in quotes]
    assert (kind, quoted, speaker, cue) in found


@pytest.mark.parametrize(("text", "kind", "quoted", "speaker", "cue"), CASES)
def test_spans_point_at_the_text(
    nlp: Language, text: str, kind: str, quoted: str, speaker: str, cue: str | None
) -> None:
    for quote in _quotes(nlp, text):
        assert text[quote.span[0] : quote.span[1]] == quote.text
        assert quote.speaker is not None and quote.speaker_span is not None
        assert text[quote.speaker_span[0] : quote.speaker_span[1]] == quote.speaker.text


def test_quote_split_around_cue_gives_two_quotes_by_one_speaker(nlp: Language) -> None:
    quotes = _quotes(nlp, '"We are ready," Scholz said. "But we will not wait forever."')
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("We are ready", "Scholz"),
        ("But we will not wait forever.", "Scholz"),
    ]


def test_quoted_paragraph_without_cue_continues_last_speaker(nlp: Language) -> None:
    text = (
        '"Russia could move at any moment," the adviser told reporters on Friday.\n\n'
        '"We are not going to wait and see what happens next."'
    )
    last = _quotes(nlp, text)[-1]
    assert (last.kind, last.text, last.cue) == (
        "direct",
        "We are not going to wait and see what happens next.",
        None,
    )
    assert last.speaker is not None and last.speaker.text == "the adviser"


def test_cue_between_two_quoted_parts_serves_both(nlp: Language) -> None:
    text = '"Russia could attack at any moment," Sullivan said, "and we must be prepared."'
    quotes = _quotes(nlp, text)
    assert [(q.text, q.cue) for q in quotes] == [
        ("Russia could attack at any moment", "said"),
        ("and we must be prepared.", "said"),
    ]


def test_cue_with_an_aside_between_two_quoted_parts_serves_both(nlp: Language) -> None:
    text = '"We are ready to talk," the envoy said, pointing to the map, "but not under fire."'
    quotes = _quotes(nlp, text)
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("We are ready to talk", "the envoy"),
        ("but not under fire.", "the envoy"),
    ]


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        ("To understand the vote, Roberts said, one should look at turnout.",
         "To understand the vote, Roberts said, one should look at turnout", "Roberts"),
        ("If the talks fail, the minister said, sanctions will follow.",
         "If the talks fail, the minister said, sanctions will follow", "the minister"),
    ],
)  # fmt: skip
def test_a_cue_inside_what_was_said_reports_both_parts(
    nlp: Language, text: str, quoted: str, speaker: str
) -> None:
    quotes = _quotes(nlp, text)
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [(quoted, speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mayor is unlikely to say that the budget is safe.", "The mayor"),
        ("The envoy was careful to stress that talks were needed.", "The envoy"),
        ("The envoy began by saying that the talks had failed.", "The envoy"),
        ("After saying the port was closed, the minister left the room.", "the minister"),
        ("A witness can be heard shouting to the guards that the man was unarmed.", "A witness"),
    ],
)
def test_the_subject_of_the_governing_verb_speaks(nlp: Language, text: str, speaker: str) -> None:
    assert [q.speaker.text if q.speaker else None for q in _quotes(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('Asked whether he would resign, the minister said: "No."', ["No."]),
        ("Told of the ruling, the mayor said the city would appeal.", ["the city would appeal"]),
    ],
)
def test_what_the_speaker_was_asked_or_told_is_not_what_was_said(
    nlp: Language, text: str, said: list[str]
) -> None:
    assert [q.text for q in _quotes(nlp, text)] == said


def test_a_time_clause_after_said_is_not_what_was_said(nlp: Language) -> None:
    assert _quotes(nlp, "That was what the envoy said when she resigned from the post.") == []


def test_an_open_question_after_said_is_what_was_said(nlp: Language) -> None:
    quotes = _quotes(nlp, "Lawmakers have not said when they would vote on the bill.")
    assert [q.text for q in quotes] == ["when they would vote on the bill"]


def test_a_cue_closing_its_paragraph_with_a_colon_reports_the_next_paragraph(
    nlp: Language,
) -> None:
    text = (
        "The governor spoke on the radio.\n\nThe governor added:\n\n"
        "It is typical of the mayor. He knows nothing about the port.\n\nThe show ended."
    )
    quotes = _quotes(nlp, text)
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("It is typical of the mayor. He knows nothing about the port", "The governor")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Now tell us this is not a witch hunt!",
        "Go a step further and ask whether you would vote for such a candidate.",
    ],
)
def test_a_cue_that_bids_the_reader_is_no_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


def test_a_quotation_that_ends_a_sentence_of_reported_words_is_mixed(nlp: Language) -> None:
    text = 'The answer to the shortage is "not more money," says Jane Roe, who runs the clinic.'
    quotes = _quotes(nlp, text)
    assert [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("mixed", 'The answer to the shortage is "not more money,"', "Jane Roe")
    ]


def test_participle_aside_is_no_cue(nlp: Language) -> None:
    assert (
        _quotes(nlp, "The deputy minister left the talks early, saying nothing, and flew home.")
        == []
    )


def test_continue_in_a_clause_of_its_own_is_no_cue(nlp: Language) -> None:
    text = (
        'Kuleba said the chances of a deal were "not exhausted," and Cavusoglu agreed that the '
        "dialogue should continue."
    )
    assert [q.cue for q in _quotes(nlp, text)] == ["said"]


def test_reported_clause_stops_before_a_second_speaker(nlp: Language) -> None:
    text = (
        "The envoy said the talks would resume, and when asked about sanctions, "
        'the minister replied, "Not today."'
    )
    quotes = _quotes(nlp, text)
    assert [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("indirect", "the talks would resume", "The envoy"),
        ("direct", "Not today.", "the minister"),
    ]


def test_dateline_is_not_part_of_what_was_said_but_capitals_mid_text_are(nlp: Language) -> None:
    text = "Trade Talks Stall\n\nGENEVA ― Neither side will move, a negotiator said on Friday."
    assert [q.text for q in _quotes(nlp, text)] == ["Neither side will move"]
    text = "He arrived late. NATO ― the alliance ― will respond, the Kremlin said."
    assert [q.text for q in _quotes(nlp, text)] == ["NATO ― the alliance ― will respond"]


def test_two_apostrophes_work_as_quotation_marks(nlp: Language) -> None:
    quotes = _quotes(nlp, "''The vote was fair and open,'' the observer said.")
    assert [(q.kind, q.text) for q in quotes] == [("direct", "The vote was fair and open")]


def test_scare_quotes_alone_are_not_quotes(nlp: Language) -> None:
    assert _quotes(nlp, 'The so-called "peace plan" was published on Tuesday.') == []


def test_plain_report_has_no_quotes(nlp: Language) -> None:
    assert _quotes(nlp, "Russian troops moved closer to the border on Tuesday.") == []


def test_speaker_without_subject_is_none(nlp: Language) -> None:
    quotes = _quotes(nlp, "It was announced that the summit would be postponed.")
    assert [(q.text, q.speaker, q.speaker_span) for q in quotes] == [
        ("the summit would be postponed", None, None)
    ]


def test_resolver_gets_the_speaker_as_written(nlp: Language) -> None:
    seen: list[str] = []

    def resolve(span: Span) -> ActorMention | None:
        seen.append(span.text)
        return ActorMention(text=span.text, name="Olaf Scholz", code="DEU", span=[0, 6])

    quotes = find_quotes(nlp('"We are ready," he said.'), resolve)
    assert seen == ["he"]
    assert quotes[0].speaker is not None and quotes[0].speaker.code == "DEU"
    assert quotes[0].speaker_span == [16, 18]


def test_lexicon_holds_common_reporting_verbs() -> None:
    assert {"say", "tell", "warn", "announce", "deny", "write"} <= set(reporting_verbs())


def test_quoted_paragraph_signed_with_a_dash_names_its_speaker(nlp: Language) -> None:
    text = "“The new levy will close half the bakeries in town.” ― Maria L. Ortiz\n"
    quotes = _quotes(nlp, text)
    assert [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("direct", "The new levy will close half the bakeries in town.", "Maria L. Ortiz")
    ]


def test_speaker_span_stops_at_a_paragraph_break(nlp: Language) -> None:
    text = "The Briefing\n\nThe mayor said the bridge would reopen in May."
    quotes = _quotes(nlp, text)
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("the bridge would reopen in May", "The mayor")
    ]


# (text, quoted text, speaker as written, cue): attributions found only with broad=True
BROAD_CASES = [
    ("The governor wants to raise the fuel tax next year.", "to raise the fuel tax next year",
     "The governor", "wants"),
    ("A new survey shows most farmers oppose the water plan.",
     "most farmers oppose the water plan", "A new survey", "shows"),
    ("The union endorsed the former mayor on Tuesday.", "the former mayor", "The union",
     "endorsed"),
    ("Party leaders believe the bill will pass easily.", "the bill will pass easily",
     "Party leaders", "believe"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quoted", "speaker", "cue"), BROAD_CASES)
def test_broad_mode_finds_thoughts_plans_and_positions(
    nlp: Language, text: str, quoted: str, speaker: str, cue: str
) -> None:
    quotes = find_quotes(nlp(text), _unresolved, broad=True)
    found = [(q.text, q.speaker.text if q.speaker else None, q.cue) for q in quotes]
    assert (quoted, speaker, cue) in found


@pytest.mark.parametrize(("text", "quoted", "speaker", "cue"), BROAD_CASES)
def test_default_mode_leaves_broad_attributions_out(
    nlp: Language, text: str, quoted: str, speaker: str, cue: str
) -> None:
    assert _quotes(nlp, text) == []


# (text, quoted text, speaker as written, cue): a position stated in words is reported speech
STATED_POSITION_CASES = [
    ("The mayor called on residents to stay indoors until the storm passed.",
     "residents to stay indoors until the storm passed", "The mayor", "called"),
    ("The union accused the ministry of ignoring safety rules.", "ignoring safety rules",
     "The union", "accused"),
    ("Moscow accused Kyiv of sabotaging the talks.", "sabotaging the talks", "Moscow", "accused"),
    # the parser hangs 'of' on the object here: the position still starts after it
    ("The opposition accused the president of misleading voters about the deal.",
     "misleading voters about the deal", "The opposition", "accused"),
    ("Farm groups criticized the new tariff for raising feed prices.",
     "the new tariff for raising feed prices", "Farm groups", "criticized"),
    ("In Vienna, Chancellor Karl Huber called on Moscow to back its words with deeds.",
     "Moscow to back its words with deeds", "Chancellor Karl Huber", "called"),
    ("The council called the proposal reckless and costly.", "the proposal reckless and costly",
     "The council", "called"),
    ("The minister dismissed the charges as baseless.", "the charges as baseless", "The minister",
     "dismissed"),
    ("She characterized the talks as constructive.", "the talks as constructive", "She",
     "characterized"),
    ("The senator likened the plan to a blank check.", "the plan to a blank check",
     "The senator", "likened"),
    ("Allies hailed the deal as a breakthrough.", "the deal as a breakthrough", "Allies", "hailed"),
    ("Critics derided the plan as toothless.", "the plan as toothless", "Critics", "derided"),
    ("The senator has mentioned cutting student fees and forcing banks to lend more.",
     "cutting student fees and forcing banks to lend more", "The senator", "mentioned"),
    ('The candidate proclaimed a goal of "peace through strength."',
     'a goal of "peace through strength."', "The candidate", "proclaimed"),
]  # fmt: skip

# A short act done to a thing, its object a bare noun phrase: an attribution (PolNeAR counts it),
# no quote of words said in the GenderGapTracker's sense, so only the attributions setting has it.
BARE_OBJECT_CASES = [
    ("The senator called for a full review of the contract.", "a full review of the contract",
     "The senator", "called"),
    ("Officials condemned the attack, saying it targeted civilians.", "the attack", "Officials",
     "condemned"),
    ("The mayor lauded the firefighters for their courage.",
     "the firefighters for their courage", "The mayor", "lauded"),
    ("The ministry decried the strike on the hospital.", "the strike on the hospital",
     "The ministry", "decried"),
    ("The coach lamented the loss of two players.", "the loss of two players", "The coach",
     "lamented"),
    ("The governor promised lower taxes and more police.", "lower taxes and more police",
     "The governor", "promised"),
    ("The rebels vowed revenge for the raid.", "revenge for the raid", "The rebels", "vowed"),
    ("The minister stressed the need for new power lines.", "the need for new power lines",
     "The minister", "stressed"),
    ("The ministry noted the rise in fuel prices.", "the rise in fuel prices", "The ministry",
     "noted"),
    ("ECOWAS called for calm.", "calm", "ECOWAS", "called"),
    ("The minister promised new aid within a week.", "new aid", "The minister", "promised"),
    ("Brennan denies the charges.", "the charges", "Brennan", "denies"),
    ("His lawyer asked for a sentence of five years.", "a sentence of five years", "His lawyer",
     "asked"),
    ("Thousands of nurses demand higher pay.", "higher pay", "Thousands of nurses", "demand"),
    ("The agency warned of a humanitarian catastrophe.", "a humanitarian catastrophe",
     "The agency", "warned"),
    ("Mensah praised his manager, who took over in October.",
     "his manager, who took over in October", "Mensah", "praised"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quoted", "speaker", "cue"), STATED_POSITION_CASES)
def test_a_stated_position_is_reported_speech(
    nlp: Language, text: str, quoted: str, speaker: str, cue: str
) -> None:
    found = [(q.text, q.speaker.text if q.speaker else None, q.cue) for q in _quotes(nlp, text)]
    assert (quoted, speaker, cue) in found


@pytest.mark.parametrize(
    ("text", "quoted", "speaker", "cue"), STATED_POSITION_CASES + BARE_OBJECT_CASES
)
def test_a_stated_position_is_an_attribution(
    nlp: Language, text: str, quoted: str, speaker: str, cue: str
) -> None:
    quotes = _quotes(nlp, text, broad=True)
    assert (quoted, speaker, cue) in [
        (q.text, q.speaker.text if q.speaker else None, q.cue) for q in quotes
    ]


@pytest.mark.parametrize(("text", "quoted", "speaker", "cue"), BARE_OBJECT_CASES)
def test_a_bare_noun_phrase_object_is_no_quote(
    nlp: Language, text: str, quoted: str, speaker: str, cue: str
) -> None:
    assert [q.text for q in _quotes(nlp, text) if q.cue == cue] == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister called a meeting of the cabinet.",  # names nothing it calls
        "The coach called on Friday to congratulate the team.",  # a time, not whom it was on
        "Rescue teams were called to the scene.",
        "Calls for a review of the contract grew louder.",  # no one holds the position
        "The president dismissed his chief of staff.",  # calls him nothing
        "The governor proclaimed a state of emergency.",  # an act, with no words quoted
        "As he said goodbye, the crowd cheered.",  # an 'as' of time, with words of its own
        "As she told them the news, a man shouted.",
        "Prices rose even as the bank said otherwise.",  # concedes, does not cite
        "Russia put pressure on Kyiv to accept the plan.",  # 'put' is a cue only in 'put it'
    ],
)
def test_a_cue_that_states_no_position_is_no_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The chancellor announced a new loan for the shipyard.",
        "The ministry announced sanctions against five banks on Monday.",
    ],
)
def test_an_announced_thing_is_an_event_not_a_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


# (text, what was announced): a clause, a colon or a plan with its infinitive is what was said
ANNOUNCED_CASES = [
    ("The chancellor announced that the shipyard would get a new loan.",
     "the shipyard would get a new loan"),
    ('The chancellor announced: "The shipyard will get a new loan."',
     "The shipyard will get a new loan."),
    ("The campaign announced plans to spend more on radio ads.",
     "plans to spend more on radio ads"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quoted"), ANNOUNCED_CASES)
def test_an_announced_statement_is_a_quote(nlp: Language, text: str, quoted: str) -> None:
    assert [q.text for q in _quotes(nlp, text)] == [quoted]


# (text, what is held, holder as written, cue): a reporting noun with a possessive holder
HELD_CASES = [
    ("Critics rejected the ministry's claim that the troops had left.", "the troops had left",
     "the ministry", "claim"),
    ("The senator's assertion that the vote was rigged drew criticism.", "the vote was rigged",
     "The senator", "assertion"),
    ("Her promise to cut taxes won votes.", "to cut taxes", "Her", "promise"),
    # a named source before the noun holds it too
    ("Markets fell on an Interfax report that the talks had collapsed.", "the talks had collapsed",
     "Interfax", "report"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quoted", "speaker", "cue"), HELD_CASES)
def test_a_reporting_noun_with_its_holder_is_a_quote(
    nlp: Language, text: str, quoted: str, speaker: str, cue: str
) -> None:
    found = [(q.text, q.speaker.text if q.speaker else None, q.cue) for q in _quotes(nlp, text)]
    assert found == [(quoted, speaker, cue)]


@pytest.mark.parametrize(
    "text",
    [
        "The claim that the troops had left was false.",  # no one holds it
        "The senator's claim to the estate was rejected.",  # no clause: a claim to a thing
        "The report that the troops had left was false.",  # no one holds it
    ],
)
def test_a_reporting_noun_without_holder_or_clause_is_no_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


def test_broad_cue_without_a_holder_is_no_quote(nlp: Language) -> None:
    text = "Officials were shown the new plans for the harbour."
    assert find_quotes(nlp(text), _unresolved, broad=True) == []


def test_broad_classes_are_marked_in_the_lexicon() -> None:
    lexicon = reporting_verbs()
    assert lexicon["want"].broad and lexicon["show"].broad and lexicon["endorse"].broad
    assert not lexicon["say"].broad and "for" in lexicon["call"].preps


def test_a_title_in_quotation_marks_is_not_a_quote(nlp: Language) -> None:
    text = (
        "On Sunday, on the network's “Morning Report,” while commenting on the strike, "
        "the governor said the port would reopen."
    )
    quotes = _quotes(nlp, text)
    assert [(q.kind, q.text) for q in quotes] == [("indirect", "the port would reopen")]


def test_a_label_before_a_number_is_not_a_speaker(nlp: Language) -> None:
    assert _quotes(nlp, "Results by county\nHarlow: 547\nBrenton: 312") == []


def test_clause_misparsed_as_an_object_of_said_is_still_what_was_said(nlp: Language) -> None:
    text = "He said legalizing it could put thousands of people to work in the valley."
    quotes = _quotes(nlp, text)
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("legalizing it could put thousands of people to work in the valley", "He")
    ]


def test_continue_reports_only_as_an_inserted_cue(nlp: Language) -> None:
    assert _quotes(nlp, "The army continued shelling the town, which had been hit before.") == []
    quotes = _quotes(nlp, "The talks would go on, he continued.")
    assert [q.text for q in quotes] == ["The talks would go on"]


def test_name_and_colon_before_a_quotation_mid_paragraph(nlp: Language) -> None:
    text = "Analysts weighed in. Maria Ortiz and Tom Reyes: “We found the port strike cost most.”"
    quotes = _quotes(nlp, text)
    assert [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("direct", "We found the port strike cost most.", "Maria Ortiz and Tom Reyes")
    ]


def test_a_list_after_a_colon_is_not_a_quote(nlp: Language) -> None:
    assert _quotes(nlp, 'He listed three reasons: "cost, time and risk."') == []


def test_a_clause_under_that_is_no_inverted_cue(nlp: Language) -> None:
    quotes = _quotes(nlp, "Oslo warned that it would respond to any provocation.")
    assert [q.text for q in quotes] == ["it would respond to any provocation"]


def test_a_quoted_phrase_inside_a_mixed_quote_is_not_told_twice() -> None:
    document = eventwire.extract(
        'The minister condemned what he called an "unprovoked and reckless raid" on Monday.',
        published="2022-03-01",
    )
    (quote,) = document.quotes
    assert quote.kind == "mixed"
    assert quote.text.startswith('what he called an "unprovoked and reckless raid"')


def test_an_adviser_to_a_leader_is_not_the_leader() -> None:
    document = eventwire.extract(
        '"We will answer any attack," an adviser to Zelensky told reporters.',
        published="2022-03-01",
    )
    (quote,) = document.quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.code, quote.speaker.role) == (None, "UKR", "adviser")


@pytest.mark.parametrize(
    ("text", "name", "code", "role"),
    [
        (
            "Russia's foreign minister, Sergei Lavrov, told reporters on Monday that Moscow "
            'had "no intention" of attacking anyone.',
            "Sergei Lavrov",
            "RUS",
            "foreign minister",
        ),
        (
            '"This is a provocation," said the head of the Russian delegation, Oleg Vasnetsov.',
            "Oleg Vasnetsov",
            "RUS",
            "head",
        ),
    ],
)
def test_a_title_with_the_name_in_apposition_is_that_person(
    text: str, name: str, code: str, role: str
) -> None:
    (quote,) = eventwire.extract(text, published="2022-03-01").quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.code, quote.speaker.role) == (name, code, role)
    assert quote.speaker.text.endswith(name)


def test_a_noun_inside_the_quotation_is_never_its_speaker(nlp: Language) -> None:
    text = '"The army is in retreat. Full retreat," said Oleksiy Danilov, a security official.'
    (quote,) = [q for q in _quotes(nlp, text) if q.text.endswith("Full retreat")]
    assert quote.speaker is not None and quote.speaker.text == "Oleksiy Danilov"


def test_people_the_lexicon_does_not_list_still_speak() -> None:
    document = eventwire.extract(
        "Senator Alma Rendell objected to the vote, saying the bill lacked oversight. "
        '"My oath is to the constitution," she said. Rendell later left the chamber. '
        "The senator's aide said it would respond in writing.",
        published="2022-05-10",
    )
    speakers = [(q.text, q.speaker.name if q.speaker else None) for q in document.quotes]
    assert ("the bill lacked oversight", "Alma Rendell") in speakers
    assert ("My oath is to the constitution", "Alma Rendell") in speakers
    assert not [q for q in document.quotes if q.text.endswith("aide said")]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Marsh said after the hearing he would not accept the committee's findings.",
            "after the hearing he would not accept the committee's findings",
        ),
        (
            "According to harbour pilot Ansel Grady, the new channel is too shallow for tankers.",
            "the new channel is too shallow for tankers",
        ),
        (
            "The governor told her aides to prepare the evacuation of the coastal towns.",
            "to prepare the evacuation of the coastal towns",
        ),
        (
            "The minister told a meeting of farm leaders that few people understood the risks of "
            "drought better than they did.",
            "few people understood the risks of drought better than they did",
        ),
        (
            "The agency reported at the time that the mayor had conveyed to the council that the "
            "budget was short.",
            "the mayor had conveyed to the council that the budget was short",
        ),
        (
            "A witness can be heard shouting to the guards that the man was unarmed.",
            "the man was unarmed",
        ),
        # the parser makes "that" the object of the reported verb: a news conference is told
        (
            "The interior minister told a news conference that police had acted with restraint.",
            "police had acted with restraint",
        ),
        (
            "She told a rally in Kisumu that the levy would be scrapped.",
            "the levy would be scrapped",
        ),
        (
            "The reform, aides to the governor say, will pass next month.",
            "The reform, aides to the governor say, will pass next month",
        ),
    ],
)
def test_reported_speech_the_parser_hides(nlp: Language, text: str, said: str) -> None:
    assert [q.text for q in _quotes(nlp, text)] == [said]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            'Biden called the invasion "premeditated" and vowed to hold Russia accountable.',
            'the invasion "premeditated"',
        ),
        (
            'Putin told his generals to "prepare for every scenario" and left the meeting.',
            'to "prepare for every scenario"',
        ),
        (
            'The minister called the strike "barbaric" and said it would "not go unanswered."',
            'the strike "barbaric"',
        ),
        (
            'The mayor described the shelling as "relentless" and begged for "any help at all."',
            'the shelling as "relentless" and begged for "any help at all."',
        ),
    ],
)
def test_a_second_verb_of_the_speaker_is_not_what_was_said(
    nlp: Language, text: str, said: str
) -> None:
    assert said in [quote.text for quote in _quotes(nlp, text)]


def test_a_name_with_a_title_in_apposition_speaks_for_the_title_s_side() -> None:
    document = eventwire.extract(
        "KYIV (Wire) - Oleksandr Vereshchak, Ukraine's infrastructure minister, said 40 percent "
        'of the power grid had been damaged. "The situation is critical," he said.',
        published="2022-11-20",
    )
    speakers = {
        q.text: (q.speaker.name, q.speaker.code, q.speaker.role) if q.speaker else None
        for q in document.quotes
    }
    expected = ("Oleksandr Vereshchak", "UKR", "infrastructure minister")
    assert speakers["40 percent of the power grid had been damaged"] == expected
    assert speakers["The situation is critical"] == expected


def test_a_spokesperson_for_a_government_speaks_for_its_country() -> None:
    (quote,) = eventwire.extract(
        "A spokesperson for the German government said Berlin would send two more systems.",
        published="2022-11-20",
    ).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.code, quote.speaker.role) == (
        None,
        "DEU",
        "spokesperson",
    )


def test_a_stance_with_quoted_words_is_a_quote(nlp: Language) -> None:
    text = 'The agency\'s chief, Rafael Grossi, warned of a "very real" risk of disaster.'
    assert 'a "very real" risk of disaster' in [q.text for q in _quotes(nlp, text)]


@pytest.mark.parametrize(
    ("text", "code", "sector", "role"),
    [
        (
            "Macron told Putin that dialogue was still possible, according to his office.",
            "FRA",
            "GOV",
            "office",
        ),
        ("Berlin will send more howitzers, its defence ministry said.", "DEU", "MIL", "ministry"),
        # the cue is the sentence's root: the owner is the reported clause's subject, not the
        # last person named
        (
            "Chancellor Olaf Scholz will meet Polish Prime Minister Donald Tusk in Warsaw "
            "next week, his office said.",
            "DEU",
            "GOV",
            "office",
        ),
    ],
)
def test_a_possessive_office_speaks_for_its_owner(
    text: str, code: str, sector: str, role: str
) -> None:
    document = eventwire.extract(text, published="2022-02-14")
    speakers = [
        q.speaker for q in document.quotes if q.speaker and q.speaker.text[:3] in ("his", "its")
    ]
    assert [(s.code, s.sector, s.role) for s in speakers] == [(code, sector, role)]


def test_the_spokesman_of_someone_without_a_side_still_speaks_for_government() -> None:
    (quote,) = eventwire.extract(
        "Senator Alma Rendell objected to the vote. The bill lacked oversight, her spokesman said.",
        published="2022-02-14",
    ).quotes
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.sector) == ("her spokesman", "GOV")


@pytest.mark.parametrize(
    ("text", "said", "name"),
    [
        (
            "Prime Minister Anita Sorensen hosted President Felipe Arango in Oslo on Monday. "
            '"We share the same goals," the prime minister said afterwards.',
            "We share the same goals",
            "Anita Sorensen",
        ),
        (
            "Chile's mining minister, Tomas Quiroga, landed in Lima on Sunday. "
            '"Our talks will be frank," the minister said.',
            "Our talks will be frank",
            "Tomas Quiroga",
        ),
        (
            "Defence Secretary Alan Pryce met the families on Friday. "
            "The defence secretary said the inquiry would report by June.",
            "the inquiry would report by June",
            "Alan Pryce",
        ),
    ],
)
def test_a_definite_title_is_the_person_last_named_with_it(text: str, said: str, name: str) -> None:
    quotes = eventwire.extract(text, published="2024-03-01").quotes
    (quote,) = [q for q in quotes if q.text == said]
    assert quote.speaker is not None and quote.speaker.name == name


def test_a_title_of_another_office_is_not_that_person() -> None:
    text = (
        "Health Minister Carla Bento opened the clinic on Monday. "
        '"The waiting is over," the president said.'
    )
    (quote,) = eventwire.extract(text, published="2024-03-01").quotes
    assert quote.speaker is not None and quote.speaker.name != "Carla Bento"


@pytest.mark.parametrize(
    ("text", "said", "name"),
    [
        (
            "Governor Ruth Kessler answered her rival. "
            '"Maria, your numbers do not add up," she said.',
            "Maria, your numbers do not add up",
            "Ruth Kessler",
        ),
        (
            "Interior Minister Paul Verhoeven said on Monday that Colonel Dirk Maas had been "
            'suspended. "His conduct was unacceptable," he said.',
            "His conduct was unacceptable",
            "Paul Verhoeven",
        ),
        (
            "Senator Dana Whitlow met Mayor Leo Grant in Denver. Grant was more cautious. "
            '"Nothing is decided yet," he said.',
            "Nothing is decided yet",
            "Leo Grant",
        ),
    ],
)
def test_he_or_she_before_a_cue_is_whom_the_sentence_is_about(
    text: str, said: str, name: str
) -> None:
    quotes = eventwire.extract(text, published="2024-03-01").quotes
    (quote,) = [q for q in quotes if q.text == said]
    assert quote.speaker is not None and quote.speaker.name == name


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            '"Our borders are closed to smugglers," Minister Ilya Petrov was quoted as saying by '
            "the state news agency.",
            "Our borders are closed to smugglers",
            "Minister Ilya Petrov",
        ),
        (
            'Union leader Joan Marsh was quoted as saying the company was "spoiling for a fight."',
            'the company was "spoiling for a fight."',
            "Union leader Joan Marsh",
        ),
    ],
)
def test_the_one_quoted_as_saying_speaks(nlp: Language, text: str, said: str, speaker: str) -> None:
    (quote,) = [q for q in _quotes(nlp, text) if q.text == said]
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_quoting_a_book_is_no_quote(nlp: Language) -> None:
    assert _quotes(nlp, "The bishop quoted Shakespeare at length during the service.") == []


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        (
            "“Critics call the city “paralysed,” but the buses run,” the mayor said.",
            ["Critics call the city “paralysed,” but the buses run,"],
        ),
        (
            '“I would say "no" to him. The law comes first,” the judge said.',
            ['I would say "no" to him. The law comes first,'],
        ),
        (
            '"She called it “reckless” and walked out," the aide said.',
            ["She called it “reckless” and walked out,"],
        ),
        (  # an opening mark with too few closing marks after it starts a new quote
            "“The first was never closed. “The second is,” he said.",
            ["The first was never closed.", "The second is,"],
        ),
        ('"One," he said, "and two."', ["One,", "and two."]),
    ],
)
def test_a_quotation_inside_another_stays_inside_it(text: str, inside: list[str]) -> None:
    assert [text[region.start : region.end] for region in find_regions(text)] == inside


def test_a_closing_mark_that_opens_a_paragraph_opens_a_quotation() -> None:
    text = (
        "Readers wrote in.\n”I fear for my children. Nobody listens.” ― Ana Ruiz\nA stray ” mark."
    )
    assert [text[r.start : r.end] for r in find_regions(text)] == [
        "I fear for my children. Nobody listens."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The plan would add so many new rules that nobody could follow them.",
        "The mayor spoke on Monday, the day that the council voted.",
    ],
)
def test_a_result_or_time_clause_after_a_cue_s_object_is_no_quote(nlp: Language, text: str) -> None:
    assert _quotes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("'We will not retreat,' says defence minister", ["We will not retreat,"]),
        ("‘Our patience has limits,’ the ministry’s envoy said.", ["Our patience has limits,"]),
        ("The players' union said 'no deal' was an option.", ["no deal"]),
        ("In the '90s it was 'fine', he said. Don't 'panic.'", ["fine", "panic."]),
        ("He's 'sure' the fans' chants helped.", ["sure"]),
        ("He said \"no 'way' now\" today.", ["no 'way' now"]),
        ("It was 'open and unfinished, he said.", []),
    ],
)
def test_single_quotation_marks_pair_but_apostrophes_do_not(text: str, inside: list[str]) -> None:
    assert [text[region.start : region.end] for region in find_regions(text)] == inside


def test_a_quoted_heading_does_not_continue_the_last_speaker(nlp: Language) -> None:
    text = (
        "'We will keep the mines open,' the owner said.\n\n"
        "'A Legend in the Hills.'\n\n"
        "The company was founded in 1921."
    )
    assert [q.text for q in _quotes(nlp, text)] == ["We will keep the mines open"]


def test_a_quotation_with_a_nested_one_is_one_direct_quote(nlp: Language) -> None:
    text = '“I was asked if I would say "no" to the governor. I would,” Judge Ada Moss said.'
    (quote,) = _quotes(nlp, text)
    assert (quote.kind, quote.text) == (
        "direct",
        'I was asked if I would say "no" to the governor. I would',
    )


def test_a_statement_that_reads_is_a_direct_quote(nlp: Language) -> None:
    text = '"This is our answer to the blockade," the statement read.'
    (quote,) = _quotes(nlp, text)
    assert (quote.kind, quote.text, quote.cue) == (
        "direct",
        "This is our answer to the blockade",
        "read",
    )
    assert quote.speaker is not None and quote.speaker.text == "the statement"


def test_reading_a_book_is_no_quote(nlp: Language) -> None:
    assert _quotes(nlp, "The senator read a children's book to pupils in Dover.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The defence secretary declined to comment on the inquiry's terms.",
        "A spokesman refused to say whether talks had resumed.",
        "The shelling went on all night, said a resident who asked not to be named.",
    ],
)
def test_words_withheld_are_no_quote(nlp: Language, text: str) -> None:
    assert not [q for q in _quotes(nlp, text) if "comment" in q.text or "whether" in q.text]
    assert not [q for q in _quotes(nlp, text) if "named" in q.text]


def test_a_plain_request_is_still_reported(nlp: Language) -> None:
    (quote,) = _quotes(nlp, "The mayor asked residents to stay indoors.")
    assert quote.text == "to stay indoors"


def test_a_short_opening_of_a_split_quote_is_its_first_part(nlp: Language) -> None:
    text = '"The proposal," union chair Rita Okafor said, "ignores everything we asked for."'
    quotes = _quotes(nlp, text)
    assert [q.text for q in quotes] == ["The proposal", "ignores everything we asked for."]
    assert all(
        q.speaker is not None and q.speaker.text == "union chair Rita Okafor" for q in quotes
    )


def test_a_short_quotation_ending_its_sentence_is_no_split_quote(nlp: Language) -> None:
    text = 'She called it "a farce," and left. "Nobody listened," she said.'
    assert "a farce" not in [q.text for q in _quotes(nlp, text) if q.kind == "direct"]


def test_a_rank_abbreviation_does_not_end_the_sentence_before_the_name(nlp: Language) -> None:
    text = '"The fire was set deliberately," RCMP Sgt. Dana Kroll said in a news release.'
    (quote,) = _quotes(nlp, text)
    assert quote.text == "The fire was set deliberately"
    assert quote.speaker is not None and quote.speaker.text == "RCMP Sgt. Dana Kroll"


def test_a_short_quotation_opening_its_sentence_takes_the_cue_after_it(nlp: Language) -> None:
    (quote,) = _quotes(nlp, '"Fine," he said, and left the room.')
    assert (quote.kind, quote.text, quote.cue) == ("direct", "Fine", "said")
    assert quote.speaker is not None and quote.speaker.text == "he"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Defence minister: troops will stay in the east",
            [("troops will stay in the east", "Defence minister")],
        ),
        (
            "Ukraine's foreign ministry: the talks are off for now",
            [("the talks are off for now", "Ukraine's foreign ministry")],
        ),
        ("Bottom line: the economy is slowing down.", []),
        ("Our view: the council must act", []),
        ("Key points: the plan will cost more.", []),
    ],
)
def test_a_lower_case_label_names_a_speaker_only_when_an_office_ends_it(
    nlp: Language, text: str, found: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.speaker.text if q.speaker else None) for q in _quotes(nlp, text)] == found


def test_a_that_clause_after_a_writing_verb_is_what_was_written(nlp: Language) -> None:
    text = "The senator tweeted in the early hours that the bill was “dead on arrival.”"
    (quote,) = _quotes(nlp, text)
    assert (quote.kind, quote.text, quote.cue) == (
        "mixed",
        "the bill was “dead on arrival.”",
        "tweeted",
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The governor told residents at a town hall to “stay calm and stay home.”", True),
        ("The coach told reporters after the game to explain the defeat.", False),
    ],
)
def test_an_infinitive_after_the_one_told_is_what_they_were_bidden(
    nlp: Language, text: str, said: bool
) -> None:
    found = [q.text for q in _quotes(nlp, text)]
    assert found == (["to “stay calm and stay home.”"] if said else [])


def test_a_quoted_naming_stops_before_a_saying_of_its_own(nlp: Language) -> None:
    text = "The envoy called the vote 'a sham,' adding that observers had been barred."
    assert [(q.kind, q.text, q.cue) for q in _quotes(nlp, text)] == [
        ("mixed", "the vote 'a sham,'", "called"),
        ("indirect", "observers had been barred", "adding"),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("'Shameful,' says opposition leader", [("Shameful", "opposition leader")]),
        ('"Outrageous," the senator said.', [("Outrageous", "the senator")]),
    ],
)
def test_one_capitalised_word_opening_its_sentence_on_a_comma_is_said_not_a_title(
    nlp: Language, text: str, found: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.speaker.text if q.speaker else None) for q in _quotes(nlp, text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The mayor said the bridge would reopen and added that repairs were done.",
            [("the bridge would reopen", "The mayor"), ("repairs were done", "The mayor")],
        ),
        (
            "He said they should change the laws rather than criticize him.",
            [("they should change the laws rather than criticize him", "He")],
        ),
    ],
)
def test_a_second_cue_joined_to_what_was_said_is_the_first_speaker_s(
    nlp: Language, text: str, found: list[tuple[str, str]]
) -> None:
    quotes = [(q.text, q.speaker.text if q.speaker else None) for q in _quotes(nlp, text)]
    assert quotes[: len(found)] == found


def test_an_open_single_mark_goes_on_when_the_next_paragraph_opens_with_one(nlp: Language) -> None:
    text = (
        "The spokesman told reporters: 'There is no plan B.\n\n"
        "'We will not negotiate under fire.\n\n"
        "'The door stays open.'\n\nHe left at noon, 'tired."
    )
    assert [(q.text, q.speaker.text if q.speaker else None) for q in _quotes(nlp, text)] == [
        ("There is no plan B.", "The spokesman"),
        ("We will not negotiate under fire.", "The spokesman"),
        ("The door stays open.", "The spokesman"),
    ]


def test_continuing_an_act_inside_what_was_said_is_no_cue(nlp: Language) -> None:
    text = (
        "Lavrov told Putin that talks were going well. In Geneva, State Department spokesman "
        "Ned Price said Moscow had continued to move troops toward the border."
    )
    assert [q.cue for q in _quotes(nlp, text)] == ["told", "said"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Chancellor Olaf Scholz said on Monday that the risk of a war was “real” and accused "
            "Russia of massing troops on the border.",
            "Chancellor Olaf Scholz",
        ),
        (
            "The spokesman said Moscow had always intended to pull the units back after the "
            "exercises and accused London of spreading “panic.”",
            "The spokesman",
        ),
        # the reported verb is a cue itself, but its tense is the clause's, not the report's
        (
            "Hezbollah said in a statement that the new plan “responds to Israel's demands” and "
            "accused Paris of siding with Israel.",
            "Hezbollah",
        ),
    ],
)
def test_a_stance_joined_to_what_was_said_is_the_first_speaker_s(
    nlp: Language, text: str, speaker: str
) -> None:
    (accused,) = [q for q in _quotes(nlp, text) if q.cue == "accused"]
    assert accused.speaker is not None and accused.speaker.text == speaker


def test_according_to_mid_sentence_vouches_for_the_clause_before_it(nlp: Language) -> None:
    text = (
        "Poland is one of Kyiv's biggest arms suppliers, according to defence officials in "
        "Warsaw, and the president stayed for two days in the Ukrainian capital."
    )
    assert [(q.cue, q.text) for q in _quotes(nlp, text)] == [
        ("according to", "Poland is one of Kyiv's biggest arms suppliers")
    ]


def test_a_cue_in_what_someone_was_urged_to_do_is_no_quote_of_its_own(nlp: Language) -> None:
    text = (
        "The envoy urged Iran to announce that it would halt enrichment and to let inspectors in."
    )
    assert [q.cue for q in _quotes(nlp, text)] == ["urged"]


@pytest.mark.parametrize(
    ("text", "said", "name"),
    [
        (
            "German Chancellor Olaf Scholz met Putin in Moscow. He said NATO membership was not "
            "on the agenda. The German leader also told Putin that sanctions would follow.",
            "sanctions would follow",
            "Olaf Scholz",
        ),
        (
            "President Emmanuel Macron flew to Moscow on Monday. The French president told "
            "reporters that the talks must go on.",
            "the talks must go on",
            "Emmanuel Macron",
        ),
    ],
)
def test_the_nationality_and_office_of_a_person_named_before_is_that_person(
    text: str, said: str, name: str
) -> None:
    quotes = eventwire.extract(text, published="2022-02-15").quotes
    (quote,) = [q for q in quotes if q.text == said]
    assert quote.speaker is not None and quote.speaker.name == name


def test_the_nationality_of_another_country_is_not_that_person() -> None:
    text = (
        "German Chancellor Olaf Scholz met Putin in Moscow. The French leader told reporters "
        "that the talks must go on."
    )
    (quote,) = eventwire.extract(text, published="2022-02-15").quotes
    assert quote.speaker is not None and quote.speaker.name != "Olaf Scholz"


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Scholz told Duda that “the alliance stands together,” according to his spokesman, "
            "and the two men agreed to meet again.",
            "“the alliance stands together,”",
        ),
        (
            "Sullivan told Wang that Beijing should press Moscow to stop the war, according to a "
            "White House readout of the call.",
            "Beijing should press Moscow to stop the war",
        ),
    ],
)
def test_what_was_told_stops_before_the_source_that_vouches_for_it(
    nlp: Language, text: str, told: str
) -> None:
    assert [q.text for q in _quotes(nlp, text) if q.cue == "told"] == [told]


def test_a_named_speaker_s_words_inside_what_an_office_reports_stay_a_quote() -> None:
    text = (
        "President Emmanuel Macron met Putin on Monday. Macron told Putin that “the door to talks "
        "stays open,” according to his office, and the two leaders agreed to speak again."
    )
    quotes = eventwire.extract(text, published="2022-02-15").quotes
    assert [(q.cue, q.speaker.name if q.speaker else None, q.text) for q in quotes][-1] == (
        "told",
        "Emmanuel Macron",
        "“the door to talks stays open,”",
    )


def test_he_is_not_the_person_named_as_whom_he_told() -> None:
    text = (
        "Prime Minister Anita Sorensen spoke with President Felipe Arango by phone on Sunday. "
        "Arango backed the plan, his office said. He also told Sorensen that the border would "
        "stay open."
    )
    quotes = eventwire.extract(text, published="2024-03-01").quotes
    (quote,) = [q for q in quotes if q.text == "the border would stay open"]
    assert quote.speaker is not None and quote.speaker.name == "Felipe Arango"
