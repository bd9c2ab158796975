"""Counts of people, troops, weapons and casualties, read from the spaCy parse."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from eventwire.facts.quantities.numbers import NUMBER_WORDS, YEARISH, approx_before, parse_number
from eventwire.schema import Quantity

# durations and measures are not counts of things
NOT_COUNTED = frozenset(
    {
        "seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years", "decades",
        "centuries", "times", "pounds", "kilograms", "kgs", "tonnes", "tons", "metres", "meters",
        "kilometres", "kilometers", "kms", "miles", "feet", "inches", "litres", "liters",
        "gallons", "acres", "hectares", "degrees", "points", "percents",
    }
)  # fmt: skip
EXCLUDED_ENTITIES = frozenset(
    {"DATE", "TIME", "ORDINAL", "ORG", "PRODUCT", "LAW", "EVENT", "WORK_OF_ART", "FAC"}
)
IRREGULAR_PLURALS = {"person": "people", "man": "men", "woman": "women", "child": "children"}
COUNT_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen"})
COUNTED_POS = frozenset({"ADJ", "NOUN", "PROPN"})
# What a bare number followed by these words counts: people ("30 wounded", "12 were killed").
CASUALTY_WORDS = frozenset({
    "killed", "wounded", "injured", "dead", "hurt", "missing", "arrested", "detained",
    "displaced", "abducted", "kidnapped", "executed",
})  # fmt: skip


def _is_number_token(token: Token) -> bool:
    return token.tag_ == "CD" or token.lower_ in NUMBER_WORDS or token.lower_ in COUNT_SCALES


def _number_runs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of written numbers: "130,000", "1.5 million", "one hundred and twenty"."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if doc[i].tag_ != "CD" or doc[i].lower_ in COUNT_SCALES:
            i += 1
            continue
        end = i + 1
        while end < len(doc):
            token = doc[end]
            joiner = token.lower_ in ("and", "-") and end + 1 < len(doc)
            if _is_number_token(token):
                end += 1
            elif (
                joiner
                and doc[end + 1].lower_ in NUMBER_WORDS
                and doc[end - 1].lower_ in (NUMBER_WORDS.keys() | COUNT_SCALES)
            ):
                end += 2
            else:
                break
        runs.append((i, end))
        i = end
    return runs


def _excluded(doc: Doc, start: int, end: int) -> bool:
    """Years, hyphenated names and ages ("Su-35", "54-year-old"), times, dates, named things."""
    first, last = doc[start], doc[end - 1]
    if any(doc[k].ent_type_ in EXCLUDED_ENTITIES for k in range(start, end)):
        return True
    if end - start == 1 and YEARISH.match(first.text):
        return True
    if re.search(r"[:/]|\d-\d|^\d+(?:st|nd|rd|th)$", first.text):
        return True
    before_hyphen = start > 0 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_
    after_hyphen = end < len(doc) and last.whitespace_ == "" and doc[end].text in ("-", "–")
    return before_hyphen or after_hyphen


def _plural(token: Token) -> str:
    if token.tag_ in ("NNS", "NNPS") or token.lower_ == "people":
        return token.lower_
    lemma = token.lemma_.lower()
    if lemma in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[lemma]
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    if re.search(r"(?:s|x|z|ch|sh)$", lemma):
        return lemma + "es"
    return lemma + "s"


def _counted(doc: Doc, end: int, value: float) -> tuple[int, Token] | None:
    """The noun a number counts: the first plural noun after it, past its modifiers."""
    k = end
    while k < len(doc) and k < end + 6:
        token = doc[k]
        if token.tag_ in ("NNS", "NNPS") or (token.pos_ == "NOUN" and token.lower_ == "people"):
            return k, token
        next_ok = k + 1 < len(doc) and (doc[k + 1].pos_ in COUNTED_POS or doc[k + 1].tag_ == "HYPH")
        if token.pos_ == "NOUN" and value == 1 and not next_ok:
            return k, token  # "one soldier"
        if token.pos_ not in COUNTED_POS and token.tag_ != "HYPH":
            return None
        k += 1
    return None


def _casualty(doc: Doc, end: int) -> Token | None:
    """The casualty word right after a bare number: "30 wounded", "12 were killed"."""
    k = end + 1 if end < len(doc) and doc[end].lower_ in ("were", "was") else end
    if k < len(doc) and doc[k].lower_ in CASUALTY_WORDS and doc[k].pos_ in ("VERB", "ADJ"):
        return doc[k]
    return None


def _percent_end(doc: Doc, end: int) -> int | None:
    """Index just past "%", "percent" or "per cent" right after a number, else None."""
    if end < len(doc) and doc[end].lower_ in ("%", "percent"):
        return end + 1
    if doc[end : end + 2].text.lower() == "per cent":
        return end + 2
    return None


def _overlaps(start: int, end: int, quantities: list[Quantity]) -> bool:
    return any(q.span[0] < end and start < q.span[1] for q in quantities)


def find_counts(doc: Doc, money: list[Quantity]) -> list[Quantity]:
    """Every count of things in ``doc`` outside the sums of ``money``."""
    text = doc.text  # Doc.text is rebuilt on every access
    found: list[Quantity] = []
    for start, end in _number_runs(doc):
        number = doc[start:end]
        if _overlaps(number.start_char, number.end_char, money) or _excluded(doc, start, end):
            continue
        value = parse_number(number.text)
        if value is None:
            continue
        approx, char_start = approx_before(text, number.start_char)
        percent_end = _percent_end(doc, end)
        if percent_end is not None:
            span_end = doc[percent_end - 1].idx + len(doc[percent_end - 1])
            found.append(
                Quantity(
                    value=value,
                    unit="percent",
                    approx=approx,
                    text=text[char_start:span_end],
                    span=[char_start, span_end],
                )
            )
            continue
        counted = _counted(doc, end, value)
        if counted is None:
            casualty = _casualty(doc, end)
            if casualty is not None:  # "12 civilians were killed and 30 wounded": 30 people
                span_end = casualty.idx + len(casualty)
                found.append(
                    Quantity(
                        value=value,
                        unit="people",
                        approx=approx,
                        counts=casualty.lower_,
                        text=text[char_start:span_end],
                        span=[char_start, span_end],
                    )
                )
            continue
        head = counted[1]
        unit = _plural(head)
        if unit in NOT_COUNTED:
            continue
        span_end = head.idx + len(head)
        found.append(
            Quantity(
                value=value,
                unit=unit,
                approx=approx,
                counts=text[doc[end].idx : span_end],
                text=text[char_start:span_end],
                span=[char_start, span_end],
            )
        )
    return found
