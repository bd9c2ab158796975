"""Score event coding on the PLOVER gold standard records (``PLOVER_GSR_CAMEO.txt``).

The gold file (openeventdata/PLOVER, CC BY-SA 4.0) is a JSON array: one ``DOCUMENT`` record, then
one record per sentence with ``id``, ``text``, ``event`` and ``source``/``target`` lists of
``{"actorText", "code", "sector"}``. It predates PLOVER 0.8, so four old type names are renamed
(:data:`OLD_TYPES`), and a few actor codes are not ISO 3166-1 alpha-3 (:data:`GOLD_CODE_FIXES`;
``IGO``/``NGO`` become the class key ``ORG``, see :mod:`eventwire.evaluate.metrics`). ``IMG``
(al-Qaeda) and ``ISM`` ("Muslim hackers") are CAMEO class codes kept as written.

Every sentence becomes one article (id = the gold id, published 2000-01-01 like every gold date).
The sentence's **predicted event** is its most confident ``asserted`` event (the first one on a
tie), or none. Metrics:

* ``type_accuracy``: share of sentences whose predicted type equals the gold type (no prediction
  counts as wrong). ``micro_precision`` = correct / sentences with a prediction,
  ``micro_recall`` = ``type_accuracy``; ``micro_f1`` their harmonic mean. ``per_type`` scores the
  same single-label view per type, and ``macro_f1`` averages F1 over every gold or predicted type.
* ``type_recall_any``: share of sentences with *any* asserted event of the gold type (lenient).
* ``coverage``: share of sentences with a predicted event.
* ``actor_accuracy``: over sentences whose gold source has a code, the share whose predicted
  event's actor keys (:func:`~eventwire.evaluate.metrics.country_key` of each actor, uncoded
  actors left out) *intersect* the gold source keys. ``actor_accuracy_strict`` asks for set
  *equality*. ``recipient_accuracy`` and ``recipient_accuracy_strict`` do the same for the
  predicted recipients against gold targets, over sentences with a coded gold target. Each also
  comes ``…_when_type_right``: over the same sentences restricted to those whose type is right.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import EvalError
from eventwire.evaluate.metrics import (
    ORG,
    Coder,
    EvalReport,
    check_documents,
    country_key,
    f1,
    label_scores,
    macro_f1,
    ratio,
)
from eventwire.schema import EVENT_TYPES, ActorMention, Article, Event

FILENAME = "PLOVER_GSR_CAMEO.txt"
PUBLISHED = "2000-01-01"

OLD_TYPES: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
"""PLOVER 0.5 type names in the gold file → their PLOVER 0.8 type (PLOVER manual v0.8)."""

GOLD_CODE_FIXES: dict[str, str] = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "IGO": ORG, "NGO": ORG}
"""Gold actor codes that are not ISO 3166-1 alpha-3 → the key eventwire's actors are compared by."""


@dataclass(frozen=True, slots=True)
class PloverItem:
    """One gold sentence: its text, PLOVER 0.8 type and normalised source/target keys."""

    id: str
    text: str
    type: str
    source: frozenset[str]
    target: frozenset[str]


def load_plover_gsr(path: Path) -> list[PloverItem]:
    """Read the PLOVER GSR file (or the folder holding it), skipping the DOCUMENT record.

    Raises:
        EvalError: the file is missing, is not JSON, or a record lacks its id, text or a known type.
    """
    file = path / FILENAME if path.is_dir() else path
    try:
        records = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise EvalError(f"{file}: cannot read the PLOVER gold file: {err}") from err
    except json.JSONDecodeError as err:
        raise EvalError(
            f"{file}: not JSON (expected a JSON array of PLOVER records): {err}"
        ) from err
    if not isinstance(records, list):
        raise EvalError(f"{file}: expected a JSON array of PLOVER records")
    items = [_item(record, file, i) for i, record in enumerate(records) if not _is_doc(record)]
    if not items:
        raise EvalError(f"{file}: no PLOVER gold records found")
    return items


def evaluate_plover(path: Path, code: Coder) -> EvalReport:
    """Code every gold sentence with ``code`` and score the events (see the module docstring).

    Args:
        path: the gold file or its folder.
        code: the event coder under test.

    Raises:
        EvalError: the gold file cannot be read, or the coder broke the one-document-per-article
            contract.
    """
    items = load_plover_gsr(path)
    articles = [Article(id=item.id, published=PUBLISHED, text=item.text) for item in items]
    documents = code(articles)
    check_documents(articles, documents)
    tally: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    gold = Counter(item.type for item in items)
    for item, document in zip(items, documents, strict=True):
        event = predicted_event(document.events)
        right = event is not None and event.type == item.type
        if event is not None:
            predicted[event.type] += 1
            tally["predicted"] += 1
        if right:
            correct[item.type] += 1
        tally["any"] += any(
            e.type == item.type and e.polarity == "asserted" for e in document.events
        )
        _tally_actors(tally, "actor", item.source, event.actor if event else None, right=right)
        _tally_actors(
            tally, "recipient", item.target, event.recipient if event else None, right=right
        )
    return _report(len(items), tally, correct, predicted, gold)


def _report(
    n_items: int,
    tally: Counter[str],
    correct: Counter[str],
    predicted: Counter[str],
    gold: Counter[str],
) -> EvalReport:
    per_type = label_scores(correct, predicted, gold)
    accuracy = ratio(sum(correct.values()), n_items)
    precision = ratio(sum(correct.values()), tally["predicted"])
    metrics = {
        "type_accuracy": accuracy,
        "micro_precision": precision,
        "micro_recall": accuracy,
        "micro_f1": f1(precision, accuracy),
        "macro_f1": macro_f1(per_type),
        "type_recall_any": ratio(tally["any"], n_items),
        "coverage": ratio(tally["predicted"], n_items),
    }
    for role in ("actor", "recipient"):
        for strict in ("", "_strict"):
            hits = tally[f"{role}{strict}"]
            typed = tally[f"{role}{strict}_typed"]
            metrics[f"{role}_accuracy{strict}"] = ratio(hits, tally[f"{role}_n"])
            metrics[f"{role}_accuracy{strict}_when_type_right"] = ratio(typed, tally[f"{role}_nt"])
    return EvalReport("plover", n_items, metrics, per_type)


def _tally_actors(
    tally: Counter[str],
    role: str,
    gold: frozenset[str],
    actors: list[ActorMention] | None,
    *,
    right: bool,
) -> None:
    """Count one sentence towards the actor (or recipient) accuracies."""
    if not gold:
        return
    keys = {key for key in map(country_key, actors or []) if key is not None}
    loose = bool(keys & gold)
    strict = keys == gold
    tally[f"{role}_n"] += 1
    tally[role] += loose
    tally[f"{role}_strict"] += strict
    if right:
        tally[f"{role}_nt"] += 1
        tally[f"{role}_typed"] += loose
        tally[f"{role}_strict_typed"] += strict


def _is_doc(record: Any) -> bool:
    return isinstance(record, dict) and record.get("event") == "DOCUMENT"


def _item(record: Any, file: Path, index: int) -> PloverItem:
    """Build one gold item from a record; raise EvalError naming the record when it is malformed."""
    where = f"{file}: record {index}"
    if not isinstance(record, dict):
        raise EvalError(f"{where}: expected a JSON object, got {type(record).__name__}")
    ident, text, raw = record.get("id"), record.get("text"), record.get("event")
    if not isinstance(ident, str) or not ident:
        raise EvalError(f"{where}: missing 'id'")
    if not isinstance(text, str) or not text.strip():
        raise EvalError(f"{where} ({ident}): missing 'text'")
    kind = OLD_TYPES.get(raw, raw) if isinstance(raw, str) else raw
    if kind not in EVENT_TYPES:
        raise EvalError(f"{where} ({ident}): unknown event type {raw!r}; expected a PLOVER type")
    return PloverItem(
        ident, text, str(kind), _keys(record.get("source")), _keys(record.get("target"))
    )


def _keys(actors: Any) -> frozenset[str]:
    """Return the normalised codes of a gold actor list ("" or a stray string means none)."""
    if not isinstance(actors, list):
        return frozenset()
    codes = (actor.get("code") for actor in actors if isinstance(actor, dict))
    return frozenset(
        GOLD_CODE_FIXES.get(code.upper(), code.upper())
        for code in codes
        if isinstance(code, str) and code.strip()
    )


def predicted_event(events: list[Event]) -> Event | None:
    """Return the most confident asserted event (the first on a tie), or None."""
    asserted = [event for event in events if event.polarity == "asserted"]
    return max(asserted, key=lambda event: event.confidence, default=None)
