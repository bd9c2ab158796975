"""quantulum3's English test cases: the figures within eventwire's scope, found with their value.

The gold files (``quantities.json`` and ``quantities.ambiguity.json`` of the quantulum3 project)
hold sentences, each with the quantities a unit parser should read from it: a value, a unit
name and the surface text. eventwire reads two kinds of figure, so only these gold quantities are
scored:

- money: quantulum3's "dollar", "euro", "pound sterling", their subunits "cent", "penny" and
  "dime" (as a share of the main unit: "3 dimes" is $0.30), and a sum per something ("dollar per
  hour", "dollar per kilogram"). Scored: found, value right, currency right (USD for a dollar,
  as eventwire's "$" is);
- counts and other figures without a unit: "dimensionless", the count words "dozen", "baker's
  dozen" and "gross" (as 12, 13 and 144 things), "count per week", and "percentage" (eventwire's
  ``percent``). Scored: found, value right. A dimensionless gold quantity that is a year (a whole
  number from 1000 to 2100 written without a separator) or not a whole number ("one sixth",
  "2.48×10−5", "6.0-sigma") is left out: eventwire's contract reads years as dates and counts
  only whole things. quantulum3's dimensionless figures also hold numbers inside names ("English
  101", "Core i7 860") and ages, which the contract leaves out on purpose, so the found rate of
  counts cannot reach 1.

Out of scope, and left out openly (their number is reported): every physical unit (lengths,
areas, volumes, masses, temperatures, times and durations, energies, data sizes, frequencies
and their compounds). A figure eventwire reports where the gold has such a measure ("two
meters" read as a count of meters) is counted as ``measures_taken``, an error.

A gold quantity is found when an eventwire quantity's span overlaps the place of its surface
text in the sentence. quantulum3 gives a range its midpoint ("7 to 10" is 8.5), so a value is
right when it equals eventwire's value or, for a range, the midpoint of ``value`` and ``high``.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from eventwire.errors import EvalError
from eventwire.facts.quantities import find_quantities
from eventwire.schema import Quantity

GOLD_FILES = ("quantities.json", "quantities.ambiguity.json")
# quantulum3's money units: eventwire's currency and what one unit is worth in it
MONEY_UNITS: dict[str, tuple[str, float]] = {
    "dollar": ("USD", 1.0),
    "euro": ("EUR", 1.0),
    "pound sterling": ("GBP", 1.0),
    "cent": ("USD", 0.01),
    "penny": ("GBP", 0.01),
    "dime": ("USD", 0.1),
    "dollar per hour": ("USD", 1.0),
    "dollar per kilogram": ("USD", 1.0),
}
# quantulum3's units of figures that count things, and how many things one unit is
COUNT_UNITS: dict[str, float] = {
    "dimensionless": 1.0,
    "dozen": 12.0,
    "baker's dozen": 13.0,
    "gross": 144.0,
    "count per week": 1.0,
    "percentage": 1.0,
}
_YEAR = re.compile(r"1\d{3}|20\d{2}|2100")


@dataclass(frozen=True)
class GoldFigure:
    """One gold quantity: its sentence, where its surface stands, its value and unit."""

    sentence: str
    start: int
    end: int
    value: float
    unit: str


def read_quantulum(path: Path) -> list[tuple[str, list[dict[str, Any]]]]:
    """The sentences of quantulum3's English test files and their gold quantities.

    Args:
        path: a gold JSON file, or the folder that holds :data:`GOLD_FILES`.

    Returns:
        ``(sentence, quantities)`` pairs, each quantity a dict with ``value``, ``unit`` and
        ``surface``.

    Raises:
        EvalError: no gold file, a file that is not JSON, or a case without ``req``/``res``.
    """
    files = [path] if path.is_file() else [path / name for name in GOLD_FILES]
    files = [file for file in files if file.is_file()]
    if not files:
        raise EvalError(f"{path}: no {' or '.join(GOLD_FILES)} inside")
    cases: list[tuple[str, list[dict[str, Any]]]] = []
    for file in files:
        try:
            loaded = json.loads(file.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise EvalError(f"{file}: not JSON ({error})") from error
        for n, case in enumerate(loaded):
            if not isinstance(case, dict) or "req" not in case or "res" not in case:
                raise EvalError(f"{file}: case {n} has no 'req' and 'res'; expected both")
            cases.append((str(case["req"]), list(case["res"])))
    return cases


def in_scope(unit: str, value: float, surface: str) -> bool:
    """Whether eventwire reads a gold quantity of this unit, value and surface (see above)."""
    if unit in MONEY_UNITS:
        return True
    if unit not in COUNT_UNITS:
        return False
    if unit != "dimensionless":
        return True
    whole = float(value).is_integer() and not re.search(r"[.×/]", surface)
    return whole and _YEAR.fullmatch(surface.strip()) is None


def _located(sentence: str, quantities: list[dict[str, Any]]) -> list[GoldFigure | None]:
    """Each gold quantity with the place of its surface, the next one along when it repeats."""
    located: list[GoldFigure | None] = []
    taken: dict[str, int] = {}
    for quantity in quantities:
        surface = str(quantity["surface"])
        start = sentence.find(surface, taken.get(surface, 0))
        if start < 0:
            located.append(None)
            continue
        taken[surface] = start + len(surface)
        value, unit = float(quantity["value"]), str(quantity["unit"])
        located.append(GoldFigure(sentence, start, start + len(surface), value, unit))
    return located


def _value_right(gold: GoldFigure, figure: Quantity) -> bool:
    worth = MONEY_UNITS[gold.unit][1] if gold.unit in MONEY_UNITS else COUNT_UNITS[gold.unit]
    wanted = gold.value * worth
    values = [figure.value]
    if figure.high is not None:
        values.append((figure.value + figure.high) / 2)
    return any(math.isclose(v, wanted, rel_tol=1e-6, abs_tol=1e-9) for v in values)


def _overlapping(gold: GoldFigure, figures: list[Quantity]) -> Quantity | None:
    return next((q for q in figures if q.span[0] < gold.end and gold.start < q.span[1]), None)


def evaluate_quantulum(path: Path, nlp: Language) -> dict[str, Any]:
    """Score :func:`eventwire.facts.quantities.find_quantities` on quantulum3's test cases.

    Args:
        path: a gold JSON file or the folder with :data:`GOLD_FILES`.
        nlp: the spaCy pipeline.

    Returns:
        Counts and ratios: ``scored`` and ``out_of_scope`` gold quantities, and for money and
        counts each the number scored, found and with the right value (and currency for money),
        with ``measures_taken`` for figures read where the gold has a physical measure.

    Raises:
        EvalError: see :func:`read_quantulum`.
    """
    cases = read_quantulum(path)
    tally = dict.fromkeys(
        ("money", "money_found", "money_value", "money_currency", "counts", "counts_found"), 0
    )
    tally |= {"counts_value": 0, "out_of_scope": 0, "unlocated": 0, "measures_taken": 0}
    for sentence, quantities in cases:
        figures = find_quantities(nlp(sentence))
        for quantity, gold in zip(quantities, _located(sentence, quantities), strict=True):
            value, surface = float(quantity["value"]), str(quantity["surface"])
            if not in_scope(str(quantity["unit"]), value, surface):
                tally["out_of_scope"] += 1
                taken = gold is not None and _overlapping(gold, figures) is not None
                tally["measures_taken"] += int(taken and quantity["unit"] not in COUNT_UNITS)
                continue
            if gold is None:
                tally["unlocated"] += 1
                continue
            kind = "money" if gold.unit in MONEY_UNITS else "counts"
            tally[kind] += 1
            figure = _overlapping(gold, figures)
            if figure is None:
                continue
            tally[f"{kind}_found"] += 1
            tally[f"{kind}_value"] += int(_value_right(gold, figure))
            if kind == "money":
                tally["money_currency"] += int(figure.currency == MONEY_UNITS[gold.unit][0])
    return _metrics(len(cases), tally)


def _metrics(sentences: int, tally: dict[str, int]) -> dict[str, Any]:
    def ratio(part: str, whole: str) -> float:
        return round(tally[part] / tally[whole], 4) if tally[whole] else 0.0

    return {
        "sentences": sentences,
        "scored": tally["money"] + tally["counts"],
        **tally,
        "money_found_rate": ratio("money_found", "money"),
        "money_value_rate": ratio("money_value", "money"),
        "money_currency_rate": ratio("money_currency", "money"),
        "counts_found_rate": ratio("counts_found", "counts"),
        "counts_value_rate": ratio("counts_value", "counts"),
    }
