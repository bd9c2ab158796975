"""Score coded documents against hand-coded events on whole articles (one gold line per event).

Gold lines carry ``article_id``, ``sentence`` (as it stands in the text), ``type``, ``actor`` and
``recipient`` (lists of codes), ``polarity``, ``status`` and ``date``. A system event matches a
gold event when they share the article, the sentence (compared after dropping quote marks and
whitespace, either containing the other, because spaCy's sentence splitter can attach a closing
quote to the next sentence), the type, and the actor and recipient code sets. Each gold and each
system event is used once.

Reported, beside precision, recall and F1 of that match:

* ``type_*``: the same with type and sentence only (who-did-it left out);
* ``negated_as_asserted``: gold negated events that the system codes as asserted;
* ``date_accuracy``: among matched events whose gold date is known, the share with that date
  (eventwire leaves a date null when the sentence gives none, where gold may use the
  publication date); ``date_precision``: among matched events the system dated, the share right.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from eventwire.evaluate.metrics import f1, ratio
from eventwire.schema import Document, Event

_DROP = re.compile(r"[\s\"'“”‘’]+")


def _norm(sentence: str) -> str:
    return _DROP.sub("", sentence)


def _same_sentence(gold: str, system: str) -> bool:
    a, b = _norm(gold), _norm(system)
    return bool(a) and bool(b) and (a in b or b in a)


def _codes(mentions: Sequence[Any]) -> frozenset[str]:
    return frozenset(m.code for m in mentions if m.code)


def _matches(gold: Mapping[str, Any], event: Event, *, strict: bool) -> bool:
    if event.type != gold["type"] or not _same_sentence(gold["sentence"], event.evidence.sentence):
        return False
    if not strict:
        return True
    return _codes(event.actor) == frozenset(gold["actor"]) and _codes(event.recipient) == frozenset(
        gold["recipient"]
    )


def _pair(
    golds: list[Mapping[str, Any]], events: list[Event], *, strict: bool
) -> list[tuple[Mapping[str, Any], Event]]:
    pairs = []
    used: set[int] = set()
    for gold in golds:
        for index, event in enumerate(events):
            if index not in used and _matches(gold, event, strict=strict):
                used.add(index)
                pairs.append((gold, event))
                break
    return pairs


def evaluate_articles(
    gold: Sequence[Mapping[str, Any]], documents: Sequence[Document]
) -> dict[str, float | int]:
    """Score documents against gold events (see the module docstring)."""
    by_article: dict[str, list[Mapping[str, Any]]] = {}
    for line in gold:
        by_article.setdefault(line["article_id"], []).append(line)
    totals = dict.fromkeys(
        (
            "gold",
            "system",
            "matched",
            "type_matched",
            "dated",
            "date_right",
            "system_dated",
            "system_date_right",
            "negated_as_asserted",
        ),
        0,
    )
    for document in documents:
        golds = by_article.get(document.article.id, [])
        events = list(document.events)
        totals["gold"] += len(golds)
        totals["system"] += len(events)
        pairs = _pair(golds, events, strict=True)
        totals["matched"] += len(pairs)
        totals["type_matched"] += len(_pair(golds, events, strict=False))
        for gold_event, event in pairs:
            if event.date is not None:
                totals["system_dated"] += 1
                totals["system_date_right"] += event.date == gold_event.get("date")
            if gold_event.get("date"):
                totals["dated"] += 1
                totals["date_right"] += event.date == gold_event["date"]
        for gold_event in golds:
            if gold_event.get("polarity") == "negated":
                totals["negated_as_asserted"] += any(
                    e.polarity == "asserted"
                    and e.type == gold_event["type"]
                    and _same_sentence(gold_event["sentence"], e.evidence.sentence)
                    for e in events
                )
    precision = ratio(totals["matched"], totals["system"])
    recall = ratio(totals["matched"], totals["gold"])
    type_precision = ratio(totals["type_matched"], totals["system"])
    type_recall = ratio(totals["type_matched"], totals["gold"])
    return {
        **totals,
        "precision": precision,
        "recall": recall,
        "f1": f1(precision, recall),
        "type_precision": type_precision,
        "type_recall": type_recall,
        "type_f1": f1(type_precision, type_recall),
        "date_accuracy": ratio(totals["date_right"], totals["dated"]),
        "date_precision": ratio(totals["system_date_right"], totals["system_dated"]),
    }
