"""Sums of money: "about $170 million", "€2bn", "500 million euros", with ISO 4217 codes.

A range ("$5bn-$7bn", "between $2 and $3 billion", "2 to 3 billion euros") is one sum: its low
end, with the scale of the high end when it has none of its own, as ``value``, its high end as
``high`` and ``approx`` "between". A
vague sum ("billions of dollars", "tens of millions of euros") has the round value it names and
its words as ``approx``. A bare name that several countries use ("rupees", "pesos", "dinars")
takes the code of the country its adjective or the text names ("Pakistan ... 500 billion
rupees" is PKR), or of the country whose region the text names ("the Sindh government ... Rs 20
billion" is PKR); where no country is named and the name has no usual code ("5 million dinars"),
the sum keeps its value with the name as its unit and no currency, rather than being dropped or
given a guessed code. The schema has no field for a range's high end, so only the low end is kept.
A rate ("$3 a barrel", "$2,000 a month", "£64.6 billion annually") keeps what it is per as
``counts`` ("per barrel", "per year"; see :mod:`.rates`), the schema's only field for it; every
other sum has ``counts`` None.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import pycountry
from spacy.tokens import Doc

from eventwire.datafiles import load_yaml
from eventwire.facts.quantities.numbers import (
    AMOUNT,
    DIGITS,
    SCALE,
    approx_before,
    exact,
    parse_number,
    with_added,
)
from eventwire.facts.quantities.rates import rate_after
from eventwire.schema import Quantity

_VAGUE_SCALES = {"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}
_VAGUE_TIMES = {"tens": 10.0, "hundreds": 100.0}
# what may join the two ends of a range; "and" only after "between"
_TO = r"\s*(?:-|–|—|\bto\b|\band\b)\s*"
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM = re.compile(r"\b(?:from|by)\s+$", re.IGNORECASE)
# "ranged from $8,000 to $10,000", "varying from": a range, where "rose from" names two sums
_RANGING = re.compile(r"\b(?:rang|var)(?:e|es|ed|ing|y|ies|ied|ying)\s+from\s+$", re.IGNORECASE)
_PLUS = re.compile(r"-?plus\b(?!\s*[\d$€£¥])", re.IGNORECASE)
# a sum on top of others: "$2bn more in arms" (not "$2bn more than expected")
_MORE = re.compile(r"\s+more\b(?!\s+than\b)", re.IGNORECASE)
_HIGH = re.compile(rf"{_TO}(?P<num>{DIGITS})(?P<scale>{SCALE})?(?![\d,.]*\d)", re.IGNORECASE)
# a share of "a" scale before a sum: "a quarter of a billion dollars", "two-thirds of a million"
_FRACTION = re.compile(
    r"(?<![\w-])(?P<frac>(?:a|one)\s+quarter|three[\s-]quarters|(?:a|one)\s+third|"
    r"two[\s-]thirds)\s+of\s+$",
    re.IGNORECASE,
)
_FRACTIONS = {"quarter": 0.25, "quarters": 0.75, "third": 1 / 3, "thirds": 2 / 3}
_LOW = re.compile(rf"(?<![\w.,$])(?P<num>{DIGITS})(?P<scale>{SCALE})?{_TO}$", re.IGNORECASE)


@dataclass(frozen=True)
class _Countries:
    """The countries that use one bare currency name: a pattern of their words, word → code."""

    pattern: re.Pattern[str]
    codes: dict[str, str]
    regions: frozenset[str] = frozenset()  # the lowercase names of the countries' regions


@dataclass(frozen=True)
class _Currencies:
    prefix: re.Pattern[str]
    scaled: re.Pattern[str]
    suffix: re.Pattern[str]
    vague: re.Pattern[str]
    codes: dict[str, str]
    by_country: dict[str, _Countries]
    names: frozenset[str]
    subunits: frozenset[str] = frozenset()  # hundredths: "pence", "cents"


@dataclass(frozen=True)
class _Sum:
    start: int
    end: int
    number: float
    scale: float | None  # None when no scale word is written: "$2" in "$2 and $3 billion"
    code: str  # ISO 4217, or the lowercase name of a currency no country says whose ("dinars")
    prefixed: bool
    ranged: bool = False
    high: float | None = None  # the high end of a range

    @property
    def value(self) -> float:
        return exact(self.number * (self.scale or 1.0))


@cache
def _currencies() -> _Currencies:
    """Load the currency table once and build the money patterns from it."""
    text = resources.files("eventwire.facts").joinpath("data/currencies.yaml").read_text("utf-8")
    table = load_yaml(text, "currencies.yaml")
    codes: dict[str, str] = {code: code for code in table["codes"]}
    codes.update(table["symbols"])
    codes.update({name: code for name, code in table["names"].items()})
    subunits = frozenset(table.get("subunits", {}))
    codes.update(table.get("subunits", {}))
    by_country = _by_country(table["by_country"])
    symbols = sorted([*table["symbols"], *table["codes"]], key=len, reverse=True)
    bare_names = [name for group in table["by_country"] for name in group["names"]]
    names = sorted(
        {*table["names"], *table["codes"], *bare_names, *subunits}, key=len, reverse=True
    )
    symbol_alt = "|".join(re.escape(s) for s in symbols)
    name_alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    prefix = re.compile(rf"(?<![\w$])(?P<cur>{symbol_alt})\s?{AMOUNT}")
    codes.update(table["scaled_symbols"])
    letters = "|".join(re.escape(s) for s in table["scaled_symbols"])
    scaled = re.compile(rf"(?<![\w$])(?P<cur>{letters})(?P<num>{DIGITS})(?P<scale>{SCALE})")
    suffix = re.compile(
        # "500 pounds of explosives" is a weight; "300 billion euros of reserves" is money
        # "a 500-million-euro loan", "a 100-euro fine"; "a 500-pound bomb" is a weight
        # "100 million Ukrainian hryvnias": a capitalised adjective, tried only after the name
        rf"(?<![\w.,$])(?P<body>{AMOUNT})(?:\s+|(?<=[a-z])-|-(?!pounds?\b))"
        rf"(?:(?P<adj>(?-i:[A-Z][a-z]+))\s+)??(?P<cur>{name_alt})\b"
        rf"(?!(?<=pounds)\s+of\b)"
        rf"(?!(?<=pound)\s+of\b)",
        re.IGNORECASE,
    )
    vague = re.compile(
        r"(?<![\w-])(?P<body>(?:(?P<times>tens|hundreds)\s+of\s+)?"
        rf"(?P<scale>{'|'.join(_VAGUE_SCALES)}))\s+of\s+(?P<cur>{name_alt})\b",
        re.IGNORECASE,
    )
    return _Currencies(prefix, scaled, suffix, vague, codes, by_country, frozenset(names), subunits)


def is_currency_name(word: str) -> bool:
    """Whether ``word`` names a currency ("dinars"), which a count never counts."""
    return word.lower() in _currencies().names


# words that make an admin-1 name no name ("Western", "Eastern Province", "Central Region")
_GENERIC_REGION_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "mid", "far", "upper", "lower", "region", "province", "state", "area",
    "district", "division", "capital", "coast",
})  # fmt: skip


@cache
def _admin_regions() -> dict[str, list[str]]:
    """ISO 3166 alpha-3 code → the names of that country's admin-1 regions ("Sindh")."""
    text = resources.files("eventwire.facts").joinpath("data/admin_areas.tsv").read_text("utf-8")
    rows = csv.reader((line for line in text.splitlines() if not line.startswith("#")), "excel-tab")
    regions: dict[str, list[str]] = {}
    for name, kind, country, *_ in rows:
        if kind == "admin1" and not set(re.split(r"[\s-]+", name.lower())) <= _GENERIC_REGION_WORDS:
            regions.setdefault(country, []).append(name)
    return regions


def _regions_of(codes: list[str]) -> dict[str, str]:
    """The admin-1 regions of the countries that issue ``codes`` (an ISO 4217 code starts with
    its issuer's ISO 3166 alpha-2 code: PKR is Pakistan's) → the code; a region two of them
    name alike ("Punjab", "Kashmir" in "Azad Kashmir") says nothing and is left out."""
    named: dict[str, str] = {}
    for code in codes:
        country = pycountry.countries.get(alpha_2=code[:2])
        for region in _admin_regions().get(country.alpha_3 if country else "", []):
            named[region] = code if named.get(region, code) == code else ""
    return {
        region: code
        for region, code in named.items()
        if code
        and not any(
            re.search(rf"(?<!\w){re.escape(region)}(?!\w)", other) and named[other] != code
            for other in named
        )
    }


def _by_country(groups: list[dict[str, Any]]) -> dict[str, _Countries]:
    """Each bare name or symbol several countries use ("pesos", "rs") → those countries' words,
    their regions' names, and codes."""
    found: dict[str, _Countries] = {}
    for group in groups:
        codes = {word: code for code, words in group["countries"].items() for word in words}
        regions = _regions_of(list(group["countries"]))
        words = sorted(codes, key=len, reverse=True)
        alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
        # a region's name is matched as written, capitalised: "Sindh", not "sindh"
        places = "|".join(re.escape(r) for r in sorted(regions, key=len, reverse=True))
        alt = f"{alt}|(?-i:{places})" if places else alt
        codes.update({r.lower(): c for r, c in regions.items() if r.lower() not in codes})
        pattern = re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.IGNORECASE)
        region_names = frozenset(r.lower() for r in regions) - set(words)
        countries = _Countries(pattern, codes, region_names)
        written = [*group["names"], *(s.lower() for s in group.get("symbols", []))]
        found.update({name: countries for name in written})
    return found


# a capitalised word, not its sentence's first, just before a region's name: "Maasai Mara"
_NAME_BEFORE = re.compile(r"(?<=[\w,;:)\]]\s)[A-Z][\w'-]*\s+$")


def _names(text: str, match: re.Match[str], countries: _Countries) -> bool:
    """Whether a match names its country: a region's name inside a longer capitalised name
    ("the Maasai Mara" is Kenya's, not Tanzania's Mara region) names none."""
    if " ".join(match[0].lower().split()) not in countries.regions:
        return True
    return _NAME_BEFORE.search(text, max(0, match.start() - 40), match.start()) is None


def _country_code(
    text: str, sentences: list[tuple[int, int]], start: int, countries: _Countries
) -> str | None:
    """The code of the country named nearest ``start`` in its sentence, else of the country the
    text names most often, else None."""
    sentence = next(((a, b) for a, b in sentences if a <= start < b), (0, len(text)))
    near = [m for m in countries.pattern.finditer(text, *sentence) if _names(text, m, countries)]
    if near:
        nearest = min(near, key=lambda m: abs(m.start() - start))
        return countries.codes[" ".join(nearest[0].lower().split())]
    tally = Counter(
        countries.codes[" ".join(m[0].lower().split())]
        for m in countries.pattern.finditer(text)
        if _names(text, m, countries)
    )
    return tally.most_common(1)[0][0] if tally else None


def _code(currencies: _Currencies, written: str) -> str | None:
    return currencies.codes.get(written) or currencies.codes.get(" ".join(written.lower().split()))


def _sums(text: str, currencies: _Currencies, sentences: list[tuple[int, int]]) -> list[_Sum]:
    """Every amount written with a currency, in text order; a symbol before wins over a name;
    a bare name several countries use takes the code of the country the text names."""
    sums: list[_Sum] = []
    for pattern in (currencies.prefix, currencies.scaled, currencies.suffix):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s.start < end and start < s.end for s in sums):
                continue
            if pattern is currencies.prefix and _name_with_digits(match):
                continue
            number = parse_number(match["num"])
            code = _sum_code(text, match, currencies, sentences)
            if number is None or code is None:
                continue
            scale = _scale(match["scale"])
            prefixed = pattern is not currencies.suffix
            if not prefixed and " ".join(match["cur"].lower().split()) in currencies.subunits:
                number = exact(number / 100)  # "1,520 pence": 15.20 pounds
            fraction = _FRACTION.search(text, max(0, start - 20), start)
            if fraction is not None and match["num"].lower() in ("a", "an"):
                number *= _FRACTIONS[re.split(r"[\s-]", fraction["frac"].lower())[-1]]
                start = fraction.start()
            sums.append(_Sum(start, end, number, scale, code, prefixed))
    return sorted(sums, key=lambda s: s.start)


def _sum_code(
    text: str, match: re.Match[str], currencies: _Currencies, sentences: list[tuple[int, int]]
) -> str | None:
    """The code of a matched sum: of its symbol or name, or of the country its adjective or its
    text names ("2 billion Serbian dinars", "Pakistan ... 500 billion rupees"); None for an
    adjective that names no known issuer ("Zimbabwe dollars" are no US dollars)."""
    code = _code(currencies, match["cur"])
    countries = currencies.by_country.get(" ".join(match["cur"].lower().split()))
    adjective = match.groupdict().get("adj")
    if adjective is not None:
        if countries is not None:
            return countries.codes.get(adjective.lower())
        return None if code == "USD" else code  # "Ukrainian hryvnias", "Japanese yen"
    if countries is not None:
        resolved = _country_code(text, sentences, match.start(), countries) or code
        return resolved or _unresolved(currencies, match)
    return code


def _unresolved(currencies: _Currencies, match: re.Match[str]) -> str | None:
    """The plural name of a sum whose currency no country names ("5 million dinars" → "dinars"),
    when its number is written in digits or with a scale ("two crowns" may be no money)."""
    number = match.groupdict().get("num")
    if number is not None and not match["scale"] and not re.search(r"\d", number):
        return None
    name = " ".join(match["cur"].lower().split())
    return name + "s" if name + "s" in currencies.by_country else name


def _currency(code: str) -> str | None:
    """The ISO 4217 code of a sum, or None for the name of an unresolved one ("dinars")."""
    return code if code.isupper() else None


def _name_with_digits(match: re.Match[str]) -> bool:
    """An ISO code glued to a bare number is a name ("COP28"), not a sum ("USD50m" is one)."""
    cur = match["cur"]
    glued = match.end("cur") == match.start("num")
    return glued and len(cur) == 3 and cur.isupper() and cur.isalpha() and not match["scale"]


def _scale(written: str | None) -> float | None:
    if written == "T":  # "$2.174T", a headline's trillion
        return 1e12
    return parse_number(f"1 {written}") if written else None


def _joins(text: str, low_start: int, gap: str) -> bool:
    """Whether ``gap`` joins two ends of a range: "-" always, "to" not after "from" or "by" ("rose
    from $2bn to $3bn", "rise by $15bn to $886bn" name two sums) unless after "ranged from", "and"
    only after "between"."""
    if not re.fullmatch(_TO, gap, re.IGNORECASE):
        return False
    if "and" in gap.lower():
        return _BETWEEN.search(text, 0, low_start) is not None
    if "to" not in gap.lower() or _RANGING.search(text, max(0, low_start - 20), low_start):
        return True
    return _FROM.search(text, 0, low_start) is None


def _range(low: _Sum, number: float, scale: float | None, start: int, end: int) -> _Sum | None:
    """The range from ``low`` to a high end, or None when the high end is not higher."""
    high = number * (scale or low.scale or 1.0)
    low_value = exact(low.number * (low.scale or scale or 1.0))
    if low_value >= high:
        return None
    return _Sum(start, end, low_value, None, low.code, low.prefixed, ranged=True, high=exact(high))


def _join_ranges(text: str, sums: list[_Sum]) -> list[_Sum]:
    """One sum for each range: "$5bn-$7bn", "$2-3 billion", "between 2 and 3 billion euros"."""
    joined: list[_Sum] = []
    for this in sums:
        last = joined[-1] if joined else None
        if (
            last
            and last.code == this.code
            and _joins(text, last.start, text[last.end : this.start])
        ):
            merged = _range(last, this.number, this.scale, last.start, this.end)
            if merged is not None:
                joined[-1] = merged
                continue
        high = _HIGH.match(text, this.end) if this.prefixed else None
        if high and _joins(text, this.start, text[this.end : high.start("num")]):
            number = parse_number(high["num"])
            # "$5 to 10 people" is no range: a bare high end needs a scale or a dash
            if number is not None and (high["scale"] or "to" not in high[0].lower()):
                this = _range(this, number, _scale(high["scale"]), this.start, high.end()) or this
        low = None if this.prefixed else _LOW.search(text, max(0, this.start - 40), this.start)
        if low and _joins(text, low.start(), text[low.end("num") : this.start].split("\n")[0]):
            number = parse_number(low["num"])
            if number is not None:
                base = _Sum(low.start(), low.end(), number, _scale(low["scale"]), this.code, False)
                this = _range(base, this.number, this.scale, low.start(), this.end) or this
        joined.append(this)
    return joined


def _vague(
    text: str, currencies: _Currencies, taken: list[_Sum], sentences: list[tuple[int, int]]
) -> list[Quantity]:
    """ "billions of dollars", "tens of millions of euros": the round value and its words."""
    found = []
    for match in currencies.vague.finditer(text):
        code = _sum_code(text, match, currencies, sentences)
        start, end = match.span()
        if code is None or any(s.start < end and start < s.end for s in taken):
            continue
        times = _VAGUE_TIMES[match["times"].lower()] if match["times"] else 1.0
        value = times * _VAGUE_SCALES[match["scale"].lower()]
        approx = " ".join(match["body"].lower().split())
        found.append(
            Quantity(
                value=value,
                unit=code,
                currency=_currency(code),
                approx=approx,
                text=text[start:end],
                span=[start, end],
            )
        )
    return found


def find_money(doc: Doc) -> list[Quantity]:
    """Every sum of money in ``doc``, with its value and currency."""
    text = doc.text  # Doc.text is rebuilt on every access
    currencies = _currencies()
    sentenced = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    sentences = [(sent.start_char, sent.end_char) for sent in doc.sents] if sentenced else []
    sums = _join_ranges(text, _sums(text, currencies, sentences))
    found = _vague(text, currencies, sums, sentences)
    for this in sums:
        start = this.start
        approx, start = approx_before(text, start)
        if this.ranged:
            between = _BETWEEN.search(text, max(0, start - 10), start)
            approx, start = ("between", between.start()) if between else ("between", start)
        end = this.end
        plus = _PLUS.match(text, end)
        if plus is not None:  # "$2.5 billion-plus"
            approx, end = approx or "more than", plus.end()
        more = _MORE.match(text, end)
        if more is not None:
            approx, end = with_added(approx, "more"), more.end()
        per, end = rate_after(doc, text, end)
        found.append(
            Quantity(
                value=this.value,
                high=this.high,
                unit=this.code,
                currency=_currency(this.code),
                approx=approx,
                counts=per,
                text=text[start:end],
                span=[start, end],
            )
        )
    return sorted(found, key=lambda q: q.span[0])
