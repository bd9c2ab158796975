"""Sums of money: "about $170 million", "€2bn", "500 million euros", with ISO 4217 codes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Doc

from eventwire.datafiles import load_yaml
from eventwire.facts.quantities.numbers import AMOUNT, approx_before, parse_number
from eventwire.schema import Quantity


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
    prefix = re.compile(rf"(?<![\w$])(?P<cur>{symbol_alt})\s?{AMOUNT}")
    suffix = re.compile(
        # "500 pounds of explosives" is a weight; "300 billion euros of reserves" is money
        rf"(?<![\w.,$])(?P<body>{AMOUNT})\s+(?P<cur>{name_alt})\b(?!(?<=pounds)\s+of\b)"
        rf"(?!(?<=pound)\s+of\b)",
        re.IGNORECASE,
    )
    return _Currencies(prefix, suffix, codes)


def find_money(doc: Doc) -> list[Quantity]:
    """Every sum of money in ``doc``, with its value and currency."""
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
            approx, start = approx_before(text, start)
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
