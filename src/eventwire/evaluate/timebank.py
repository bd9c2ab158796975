"""TimeBank/AQUAINT (TempEval-3 TBAQ-cleaned): resolving DATE timexes against the document date.

Every ``.tml`` file holds a document creation time (the TIMEX3 with
``functionInDocument="CREATION_TIME"``) and TIMEX3 tags with a normalised ``value``. For each DATE
timex whose gold value is a full day we run :func:`eventwire.facts.dates.resolve_date` on its text
with the creation time as publication date, and count exact matches. Two sets are scored: the
weekday and relative expressions ("Friday", "yesterday", "last week", "two days ago"), which need
the publication date, and all full-day DATE timexes.

Tense comes from the pipeline's own rules (:func:`eventwire.facts.dates.is_future_context`,
:func:`~eventwire.facts.dates.is_past_context`) on the
parse of the timex's sentence, never from the gold value, and "the next day" counts from the day
our own resolution of the text last named: the score is what ``extract`` would give.
"""

from __future__ import annotations

import datetime
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from eventwire.errors import EvalError
from eventwire.facts.dates import is_future_context, is_past_context, resolve_date

FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RELATIVE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday"
    r"|tomorrow|weekend|ago|(?:last|next|this)\s+(?:week|month|year|night|morning|evening))\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?]\s|\n\s*\n")


@dataclass(frozen=True)
class Timex:
    """One DATE timex with its gold value and the sentence text around it."""

    text: str
    value: str
    before: str
    after: str


def _creation_date(root: ET.Element, path: Path) -> datetime.date:
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            value = timex.get("value", "")[:10]
            try:
                return datetime.date.fromisoformat(value)
            except ValueError as error:
                raise EvalError(f"{path}: creation time {value!r} is not YYYY-MM-DD") from error
    raise EvalError(f"{path}: no TIMEX3 with functionInDocument='CREATION_TIME'")


def _timexes(root: ET.Element, path: Path) -> list[Timex]:
    """DATE timexes of the TEXT element with the text of their sentence before and after."""
    body = root.find("TEXT")
    if body is None:
        raise EvalError(f"{path}: no <TEXT> element")
    pieces: list[str] = [body.text or ""]
    found: list[tuple[int, ET.Element]] = []
    for element in body.iter():
        if element is body:
            continue
        if element.tag == "TIMEX3" and element.get("type") == "DATE":
            found.append((len(pieces), element))
        pieces.append(element.text or "")
        pieces.append(element.tail or "")
    result = []
    for index, element in found:
        before = "".join(pieces[:index])
        after = "".join(pieces[index + 1 :])
        ends = list(SENTENCE_END.finditer(before))
        before = before[ends[-1].end() :] if ends else before
        end = SENTENCE_END.search(after)
        after = after[: end.start()] if end else after
        text = " ".join((element.text or "").split())
        result.append(Timex(text, element.get("value", ""), before, after))
    return result


def clause_tense(timex: Timex, nlp: Language) -> tuple[bool, bool]:
    """Whether the pipeline reads the clause around the timex as future ("will meet Thursday")
    and whether as past ("the quarter ended Oct. 31")."""
    before = " ".join(timex.before.split())
    after = " ".join(timex.after.split())
    head = f"{before} {timex.text}" if before else timex.text
    glue = "" if not after or after[0] in ",.;:'" else " "
    doc = nlp(head + glue + after)
    span = doc.char_span(len(head) - len(timex.text), len(head), alignment_mode="expand")
    if span is None:
        return False, False
    return is_future_context(span.root), is_past_context(span.root)


def evaluate_timebank(path: Path, nlp: Language) -> dict[str, float | int]:
    """Score date resolution on a TBAQ-cleaned folder (``TimeBank/`` and ``AQUAINT/`` inside).

    Args:
        path: a folder searched recursively for ``*.tml`` files.
        nlp: the loaded pipeline, to parse each timex's sentence for its tense.

    Returns:
        ``documents``; ``relative_total``/``relative_correct``/``relative_accuracy`` for weekday
        and relative expressions with a full-day gold value; ``all_day_*`` for every DATE timex
        with a full-day gold value.

    Raises:
        EvalError: no ``.tml`` file under ``path``, or one cannot be read.
    """
    files = sorted(path.rglob("*.tml"))
    if not files:
        raise EvalError(f"{path}: no .tml files found (expected the TBAQ-cleaned folder)")
    counts = {"relative_total": 0, "relative_correct": 0, "all_day_total": 0, "all_day_correct": 0}
    for file in files:
        try:
            root = ET.parse(file).getroot()
        except ET.ParseError as error:
            raise EvalError(f"{file}: not well-formed TimeML ({error})") from error
        created = _creation_date(root, file)
        anchor = None  # the day our own resolution of the text so far last named
        for timex in _timexes(root, file):
            future, past = clause_tense(timex, nlp)
            value, granularity = resolve_date(
                timex.text, created, future=future, past=past, anchor=anchor
            )
            if value is not None and granularity == "day":
                anchor = datetime.date.fromisoformat(value)
            if not FULL_DAY.match(timex.value):
                continue
            correct = int(value == timex.value)
            counts["all_day_total"] += 1
            counts["all_day_correct"] += correct
            if RELATIVE.search(timex.text):
                counts["relative_total"] += 1
                counts["relative_correct"] += correct
    result: dict[str, float | int] = {"documents": len(files), **counts}
    for name in ("relative", "all_day"):
        total = counts[f"{name}_total"]
        result[f"{name}_accuracy"] = counts[f"{name}_correct"] / total if total else 0.0
    return result
