"""Reported figures: sums of money and counts of people, troops, weapons and casualties.

Money is found with patterns over the text ("about $170 million", "€2bn", "500 million euros")
and expanded to a float with its ISO 4217 code. Counts are read from the spaCy parse: a run of
number tokens ("130,000", "1.5 million", "two dozen") and the plural noun it counts ("Russian
troops"). Years, dates, times, ages, ordinals and numbers inside names are left out; percentages
are kept with the unit ``percent``. A qualifier written just before a figure ("more than",
"about", "at least") is kept, lowercase, as ``approx``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Token

from eventwire.datafiles import load_yaml
from eventwire.schema import Quantity

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 100, "thousand": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "k": 1e3,
    "dozen": 12, "lakh": 1e5, "crore": 1e7,
}  # fmt: skip
APPROXIMATORS = (
    "more than", "over", "about", "around", "nearly", "almost", "up to", "at least", "roughly",
    "some", "an estimated", "fewer than", "less than", "as many as", "as much as", "approximately",
    "close to", "just over", "just under", "under", "upwards of", "at most", "as few as",
)  # fmt: skip
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

_APPROX = re.compile(
    r"(?<![\w-])(?P<approx>"
    + "|".join(sorted((re.escape(a) for a in APPROXIMATORS), key=len, reverse=True))
    + r")\s+$",
    re.IGNORECASE,
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD = r"(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|a)\b"
_WORDS = rf"{_WORD}(?:(?:\s+and\s+|[\s-]+){_WORD})*"
_SCALE = (
    r"(?:[\s-]+(?:hundred|thousand|million|billion|trillion|lakh|crore)\b"
    r"|\s?(?:bn|mn|mln|bln|tn|m|b|k)\b)"
)
_AMOUNT = rf"(?P<num>{_DIGITS}|{_WORDS})(?P<scale>{_SCALE}(?:\s+(?:million|billion))?)?"
_YEARISH = re.compile(r"^(?:1[89]|20)\d\d$")


@dataclass(frozen=True)
class _Currencies:
    prefix: re.Pattern[str]
    suffix: re.Pattern[str]
    codes: dict[str, str]


@cache
def _currencies() -> _Currencies:
    """Load the currency table once and build the money patterns from it."""
    text = resources.files("eventwire.facts").joinpath("data/currencies.yaml").read_text("utf-8")
    table = load_yaml(text, "currencies.yaml")
    codes: dict[str, str] = {code: code for code in table["codes"]}
    codes.update(table["symbols"])
    codes.update({name: code for name, code in table["names"].items()})
    symbols = sorted([*table["symbols"], *table["codes"]], key=len, reverse=True)
    names = sorted([*table["names"], *table["codes"]], key=len, reverse=True)
    symbol_alt = "|".join(re.escape(s) for s in symbols)
    name_alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    prefix = re.compile(rf"(?<![\w$])(?P<cur>{symbol_alt})\s?{_AMOUNT}")
    suffix = re.compile(
        # "500 pounds of explosives" is a weight; "300 billion euros of reserves" is money
        rf"(?<![\w.,$])(?P<body>{_AMOUNT})\s+(?P<cur>{name_alt})\b(?!(?<=pounds)\s+of\b)"
        rf"(?!(?<=pound)\s+of\b)",
        re.IGNORECASE,
    )
    return _Currencies(prefix, suffix, codes)


def parse_number(text: str) -> float | None:
    """Read a number written in digits, words or both: "130,000", "1.5 million", "two dozen".

    Returns:
        The value, or None when ``text`` is not a number.
    """
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", text.lower().replace(",", "")):
        if word in ("", "and", "a", "an"):
            current = current or (1.0 if word in ("a", "an") else 0.0)
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?", word):
            current += float(word)
        elif word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word in ("hundred", "dozen"):
            current = (current or 1) * SCALES[word]
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def _approx_before(text: str, start: int) -> tuple[str | None, int]:
    match = _APPROX.search(text, max(0, start - 20), start)
    if match is None:
        return None, start
    return match["approx"].lower(), match.start("approx")


def _money(doc: Doc) -> list[Quantity]:
    text = doc.text  # Doc.text is rebuilt on every access
    currencies = _currencies()
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for pattern in (currencies.prefix, currencies.suffix):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            value = parse_number(f"{match['num']} {match['scale'] or ''}")
            code = currencies.codes.get(match["cur"]) or currencies.codes.get(
                " ".join(match["cur"].lower().split())
            )
            if value is None or code is None:
                continue
            approx, start = _approx_before(text, start)
            taken.append((start, end))
            found.append(
                Quantity(
                    value=value,
                    unit=code,
                    currency=code,
                    approx=approx,
                    text=text[start:end],
                    span=[start, end],
                )
            )
    return found


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
    if end - start == 1 and _YEARISH.match(first.text):
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


def _counts(doc: Doc, money: list[Quantity]) -> list[Quantity]:
    text = doc.text  # Doc.text is rebuilt on every access
    found: list[Quantity] = []
    for start, end in _number_runs(doc):
        number = doc[start:end]
        if _overlaps(number.start_char, number.end_char, money) or _excluded(doc, start, end):
            continue
        value = parse_number(number.text)
        if value is None:
            continue
        approx, char_start = _approx_before(text, number.start_char)
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


def find_quantities(doc: Doc) -> list[Quantity]:
    """Sums of money and counts of things in a parsed article.

    Args:
        doc: the parsed article; spans are character offsets into ``doc.text``.

    Returns:
        The quantities in text order.
    """
    money = _money(doc)
    return sorted([*money, *_counts(doc, money)], key=lambda q: q.span[0])
